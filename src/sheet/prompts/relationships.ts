import type { PromptEntry } from '../prompt-types';

/** Prompts about relationships. */
export const RELATIONSHIPS: PromptEntry[] = [
  {
    id: 'someone-to-tell',
    stages: ['first', 'anyPoint'],
    theme: 'relationships',
    text: {
      en: 'Is there someone you would like to tell about today? You can share as much or as little as you like.',
      es: '¿Hay alguien a quien te gustaría contarle cómo te fue hoy? Puedes compartir tanto o tan poco como quieras.',
    },
  },
  {
    id: 'cared-for',
    stages: ['first', 'anyPoint'],
    theme: 'relationships',
    text: {
      en: 'Was there a moment today, however small, when you felt looked after? What was it like?',
      es: '¿Hubo hoy algún momento, aunque fuera pequeño, en que sentiste que te cuidaban? ¿Cómo fue?',
    },
  },
  {
    id: 'being-around-people',
    stages: ['early'],
    theme: 'relationships',
    text: {
      en: 'How did it feel to be around people this week? Was any moment easier or warmer than usual?',
      es: 'Esta semana, ¿cómo te sentiste al estar con otras personas? ¿Hubo algún momento más fácil o más cálido de lo normal?',
    },
  },
  {
    id: 'someone-you-trust',
    stages: ['early'],
    theme: 'relationships',
    text: {
      en: 'Is there someone you trust who you might talk to about the sessions? What would you tell them?',
      es: '¿Hay alguien de confianza con quien podrías hablar de cómo van las sesiones? ¿Qué le contarías?',
    },
  },
  {
    id: 'feeling-closer',
    stages: ['middle'],
    theme: 'relationships',
    text: {
      en: 'Is there someone you feel a little closer to lately? What do you think has changed?',
      es: '¿Te sientes un poco más cerca de alguien últimamente? ¿Qué crees que ha cambiado?',
    },
  },
  {
    id: 'a-talk-put-off',
    stages: ['middle'],
    theme: 'relationships',
    text: {
      en: 'Is there a talk you have been putting off? If you like, you could talk it through with your care team first.',
      es: '¿Hay una conversación que vienes posponiendo? Si quieres, puedes hablar de eso antes con tu equipo de atención médica.',
    },
  },
  {
    id: 'asking-for-help',
    stages: ['middle', 'maintenance'],
    theme: 'relationships',
    text: {
      en: 'Is there someone, maybe at the clinic, you could ask for a little help this week? What would you ask for?',
      es: '¿Hay alguien, quizás en la clínica, a quien podrías pedirle un poco de ayuda esta semana? ¿Qué le pedirías?',
    },
  },
  {
    id: 'by-your-side',
    stages: ['lastOfSeries'],
    theme: 'relationships',
    text: {
      en: 'What has helped you through this series? It might be a person, a place, a routine or something in you.',
      es: '¿Qué te ha acompañado en esta serie de sesiones? Puede ser una persona, un lugar, una rutina o algo dentro de ti.',
    },
  },
  {
    id: 'people-close-by',
    stages: ['maintenance'],
    theme: 'relationships',
    text: {
      en: 'How have things felt with the people around you lately? What might help a little?',
      es: 'Últimamente, ¿cómo te has sentido con la gente que te rodea? ¿Qué podría ayudar un poco?',
    },
  },
];
