import type { PromptEntry } from '../prompt-types';

/** Prompts about one next small step. */
export const NEXT_STEP: PromptEntry[] = [
  {
    id: 'a-gentler-evening',
    stages: ['first', 'anyPoint'],
    theme: 'nextStep',
    text: {
      en: 'What is one small thing that would make tonight or tomorrow a little gentler?',
      es: '¿Qué cosa pequeña te ayudaría a pasar esta noche o mañana con más calma?',
    },
  },
  {
    id: 'one-small-step',
    stages: ['early', 'anyPoint'],
    theme: 'nextStep',
    text: {
      en: 'What is one small, kind step you could take this week? Small is more than enough.',
      es: '¿Qué pequeño paso podrías dar esta semana para cuidarte? Algo pequeño es más que suficiente.',
    },
  },
  {
    id: 'something-you-enjoyed',
    stages: ['early', 'maintenance'],
    theme: 'nextStep',
    text: {
      en: 'Is there something you used to enjoy that you might try again, just a little?',
      es: '¿Hay algo que antes disfrutabas y que quizás quieras probar de nuevo, aunque sea un poco?',
    },
  },
  {
    id: 'room-for-what-is-easy',
    stages: ['middle'],
    theme: 'nextStep',
    text: {
      en: 'Which part of your week felt easiest? Is there a small way to make more room for it?',
      es: '¿Qué momento de tu semana te resultó más fácil? ¿Cómo podrías darle un poco más de espacio?',
    },
  },
  {
    id: 'questions-for-the-clinic',
    stages: ['lastOfSeries'],
    theme: 'nextStep',
    text: {
      en: 'What would you like to ask the clinic about what comes next? You might write your questions down.',
      es: '¿Qué te gustaría preguntarle a la clínica sobre lo que sigue? Puedes anotar tus preguntas.',
    },
  },
  {
    id: 'habits-to-keep',
    stages: ['lastOfSeries'],
    theme: 'nextStep',
    text: {
      en: 'Which habits from these weeks would you like to keep? If you like, pick one to carry forward.',
      es: '¿Qué hábitos de estas semanas te gustaría mantener? Si quieres, elige uno para seguir con él.',
    },
  },
  {
    id: 'staying-steady',
    stages: ['maintenance'],
    theme: 'nextStep',
    text: {
      en: 'Looking at the weeks ahead, what is one small thing that would help you stay steady?',
      es: 'Si piensas en las semanas que vienen, ¿qué cosa pequeña te ayudaría a mantener el equilibrio?',
    },
  },
  {
    id: 'busy-time-ahead',
    stages: ['maintenance'],
    theme: 'nextStep',
    text: {
      en: 'Is there a busy or stressful time coming up? What is one way you could make it a bit lighter?',
      es: '¿Viene una época con mucho que hacer o con estrés? ¿Cómo podrías hacerla un poco más ligera?',
    },
  },
];
