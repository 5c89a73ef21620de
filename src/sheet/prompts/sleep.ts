import type { PromptEntry } from '../prompt-types';

/** Prompts about sleep. */
export const SLEEP: PromptEntry[] = [
  {
    id: 'first-night',
    stages: ['first', 'anyPoint'],
    theme: 'sleep',
    text: {
      en: 'How did you sleep after the session? You might note anything that felt different.',
      es: '¿Cómo dormiste después de la sesión? Si quieres, anota si algo fue distinto.',
    },
  },
  {
    id: 'bedtime-and-waking',
    stages: ['first', 'anyPoint'],
    theme: 'sleep',
    text: {
      en: 'If you like, jot down how you feel as you go to bed tonight, and again when you wake.',
      es: 'Si quieres, anota cómo te sientes al acostarte esta noche y otra vez al despertar.',
    },
  },
  {
    id: 'sleep-shifts',
    stages: ['early'],
    theme: 'sleep',
    text: {
      en: 'Has your sleep changed at all this week, in falling asleep, waking up or your dreams?',
      es: '¿Notas algo distinto en tu sueño esta semana, al dormirte, al despertar o en lo que sueñas?',
    },
  },
  {
    id: 'dreams',
    stages: ['early', 'middle'],
    theme: 'sleep',
    text: {
      en: 'Do you recall any dreams since the session? You might note a word or two about them.',
      es: '¿Recuerdas algún sueño desde la sesión? Si quieres, anota una o dos palabras sobre él.',
    },
  },
  {
    id: 'steady-bedtime',
    stages: ['early', 'middle'],
    theme: 'sleep',
    text: {
      en: 'What helps you go to bed and get up at about the same time? What gets in the way?',
      es: '¿Qué te ayuda a acostarte y levantarte más o menos a la misma hora? ¿Qué te lo hace difícil?',
    },
  },
  {
    id: 'rested-mornings',
    stages: ['middle'],
    theme: 'sleep',
    text: {
      en: 'On the mornings you wake up more rested, what was the evening before like?',
      es: 'Las mañanas en que te levantas con más energía, ¿cómo suele ser la noche anterior?',
    },
  },
  {
    id: 'wind-down',
    stages: ['middle', 'maintenance', 'anyPoint'],
    theme: 'sleep',
    text: {
      en: 'Is there a calm thing you like to do before bed? It could be music, a book or a warm shower.',
      es: '¿Hay algo tranquilo que te guste hacer antes de dormir? Puede ser música, un libro o una ducha tibia.',
    },
  },
  {
    id: 'sleep-over-the-weeks',
    stages: ['lastOfSeries'],
    theme: 'sleep',
    text: {
      en: 'Looking back over these weeks, how has your sleep been? What would you like to keep doing at night?',
      es: 'Pensando en estas semanas, ¿cómo has dormido? ¿Qué te gustaría seguir haciendo por las noches?',
    },
  },
  {
    id: 'sleep-in-busy-times',
    stages: ['maintenance'],
    theme: 'sleep',
    text: {
      en: 'When life gets busy, how does your sleep hold up? What helps you sleep well?',
      es: 'Cuando tienes mucho que hacer, ¿cómo duermes? ¿Qué te ayuda a dormir bien?',
    },
  },
];
