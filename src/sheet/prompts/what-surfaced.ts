import type { PromptEntry } from '../prompt-types';

/** Prompts about what surfaced during the session. */
export const WHAT_SURFACED: PromptEntry[] = [
  {
    id: 'while-it-is-fresh',
    stages: ['first', 'anyPoint'],
    theme: 'whatSurfaced',
    text: {
      en: 'What do you remember from the session while it is still fresh? A few words or a drawing is enough.',
      es: '¿Qué recuerdas de la sesión ahora que está reciente? Bastan unas palabras o un dibujo.',
    },
  },
  {
    id: 'image-sound-or-feeling',
    stages: ['first', 'early', 'anyPoint'],
    theme: 'whatSurfaced',
    text: {
      en: 'Was there an image, a sound or a feeling that stayed with you? You might put it into a few words.',
      es: '¿Recuerdas alguna imagen, sonido o sensación de la sesión? Si quieres, escribe unas palabras sobre eso.',
    },
  },
  {
    id: 'no-need-to-understand',
    stages: ['first', 'anyPoint'],
    theme: 'whatSurfaced',
    text: {
      en: 'Some parts of the session may not make sense. It is fine to leave them as they are for now.',
      es: 'Puede que algunas partes de la sesión no tengan sentido. Está bien dejarlas así por ahora.',
    },
  },
  {
    id: 'still-on-your-mind',
    stages: ['early'],
    theme: 'whatSurfaced',
    text: {
      en: 'Is anything from your last session still on your mind? If it feels heavy, tell the clinic.',
      es: '¿Hay algo de tu última sesión que todavía te da vueltas? Si te pesa, cuéntaselo a la clínica.',
    },
  },
  {
    id: 'for-therapy',
    stages: ['middle'],
    theme: 'whatSurfaced',
    text: {
      en: 'Is there something from the sessions you would like to talk over with your care team? You could jot it down.',
      es: '¿Hay algo de las sesiones de lo que te gustaría hablar con tu equipo de atención médica? Puedes anotarlo.',
    },
  },
  {
    id: 'more-than-once',
    stages: ['middle', 'lastOfSeries'],
    theme: 'whatSurfaced',
    text: {
      en: 'Has anything come up more than once across your sessions? What do you make of it?',
      es: '¿Hay algo que haya aparecido más de una vez en tus sesiones? ¿Qué piensas de eso?',
    },
  },
  {
    id: 'a-moment-to-keep',
    stages: ['lastOfSeries'],
    theme: 'whatSurfaced',
    text: {
      en: 'Of everything that came up in this series, what moment would you like to remember?',
      es: 'De todo lo que surgió en esta serie, ¿qué momento te gustaría recordar?',
    },
  },
  {
    id: 'links-to-life-now',
    stages: ['maintenance'],
    theme: 'whatSurfaced',
    text: {
      en: 'Did anything come up in this session that links to your life right now?',
      es: '¿Surgió algo en esta sesión que tenga que ver con lo que vives ahora?',
    },
  },
];
