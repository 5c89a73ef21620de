import type { PromptEntry } from '../prompt-types';

/** Prompts about noticing small change. */
export const NOTICING_CHANGE: PromptEntry[] = [
  {
    id: 'first-impressions',
    stages: ['first', 'anyPoint'],
    theme: 'noticingChange',
    text: {
      en: 'What was the session like for you? You do not have to make sense of it yet.',
      es: '¿Cómo fue la sesión para ti? No hace falta que le encuentres sentido todavía.',
    },
  },
  {
    id: 'small-shifts',
    stages: ['early'],
    theme: 'noticingChange',
    text: {
      en: 'You might notice small shifts in sleep, mood or thoughts. What, if anything, feels a little different?',
      es: 'Quizás notes pequeños cambios en el sueño, el ánimo o los pensamientos. ¿Hay algo que notes un poco distinto?',
    },
  },
  {
    id: 'ups-and-downs',
    stages: ['early', 'anyPoint'],
    theme: 'noticingChange',
    text: {
      en: 'Some days may feel better and some worse, and both are common. What did you notice today?',
      es: 'Puede haber días mejores y días peores, y las dos cosas son normales. ¿Qué notaste hoy?',
    },
  },
  {
    id: 'looser-thoughts',
    stages: ['early', 'middle'],
    theme: 'noticingChange',
    text: {
      en: 'Did a thought that usually sticks feel a little looser at some point? When was that?',
      es: '¿En algún momento, un pensamiento que suele darte vueltas perdió un poco de fuerza? ¿Cuándo fue?',
    },
  },
  {
    id: 'what-is-easier',
    stages: ['middle'],
    theme: 'noticingChange',
    text: {
      en: 'Is there something that feels a bit easier now than a few weeks ago? It can be very small.',
      es: '¿Hay algo que hoy te resulte un poco más fácil que hace unas semanas? Puede ser algo muy pequeño.',
    },
  },
  {
    id: 'noticing-patterns',
    stages: ['middle'],
    theme: 'noticingChange',
    text: {
      en: 'Looking at the last few days, do you see a pattern? Maybe a time of day feels lighter or heavier.',
      es: 'Si repasas los últimos días, ¿notas algún patrón? Quizás haya un momento del día que te resulte más ligero o más pesado.',
    },
  },
  {
    id: 'since-you-started',
    stages: ['lastOfSeries'],
    theme: 'noticingChange',
    text: {
      en: 'If you think back to the week you started, what, if anything, is different now?',
      es: 'Si piensas en la semana en que empezaste, ¿hay algo que sea distinto ahora?',
    },
  },
  {
    id: 'fear-of-slipping-back',
    stages: ['lastOfSeries'],
    theme: 'noticingChange',
    text: {
      en: 'The end of a series can bring mixed feelings. What would help you feel supported next, and what would you like the clinic to know?',
      es: 'El final de una serie puede traer sentimientos encontrados. ¿Qué apoyo te gustaría para lo que sigue, y qué quieres que sepa la clínica?',
    },
  },
  {
    id: 'what-has-held',
    stages: ['maintenance'],
    theme: 'noticingChange',
    text: {
      en: 'Since your last session, what has felt steady, and what has been harder? If it feels heavy, tell the clinic.',
      es: 'Desde tu última sesión, ¿qué se ha mantenido estable y qué ha sido más difícil? Si te pesa, cuéntaselo a la clínica.',
    },
  },
  {
    id: 'your-own-usual',
    stages: ['maintenance', 'anyPoint'],
    theme: 'noticingChange',
    text: {
      en: 'How are you doing this week, compared with your own usual? A word or two is enough.',
      es: '¿Cómo estás esta semana, en comparación con lo habitual para ti? Con una o dos palabras basta.',
    },
  },
];
