import type { PromptEntry } from '../prompt-types';

/** Prompts about the body. */
export const BODY: PromptEntry[] = [
  {
    id: 'body-since-the-session',
    stages: ['first', 'anyPoint'],
    theme: 'body',
    text: {
      en: 'How does your body feel since the session? You might simply notice it, without trying to change anything.',
      es: '¿Cómo se siente tu cuerpo desde la sesión? Puedes simplemente observarlo, sin intentar cambiar nada.',
    },
  },
  {
    id: 'most-at-ease',
    stages: ['first', 'early', 'anyPoint'],
    theme: 'body',
    text: {
      en: 'Where in your body do you feel most at ease right now?',
      es: '¿En qué parte del cuerpo te sientes más a gusto ahora mismo?',
    },
  },
  {
    id: 'heavier-or-lighter',
    stages: ['early'],
    theme: 'body',
    text: {
      en: 'Over the last few days, has your body felt heavier, lighter or about the same?',
      es: 'En los últimos días, ¿has sentido el cuerpo más pesado, más ligero o igual que antes?',
    },
  },
  {
    id: 'moving-gently',
    stages: ['early', 'middle'],
    theme: 'body',
    text: {
      en: 'Is there a gentle way of moving that you enjoy, like a walk or a stretch? How do you feel afterwards?',
      es: '¿Hay alguna forma suave de moverte que disfrutes, como caminar o estirarte? ¿Cómo te sientes después?',
    },
  },
  {
    id: 'where-tension-sits',
    stages: ['middle'],
    theme: 'body',
    text: {
      en: 'Where do you tend to hold tension? Has that changed at all over the last week?',
      es: '¿En qué parte del cuerpo se te suele acumular la tensión? ¿Ha cambiado algo en la última semana?',
    },
  },
  {
    id: 'feelings-in-the-body',
    stages: ['middle', 'anyPoint'],
    theme: 'body',
    text: {
      en: 'When a strong feeling comes, where do you notice it in your body?',
      es: 'Cuando llega una emoción fuerte, ¿en qué parte del cuerpo la notas?',
    },
  },
  {
    id: 'body-over-the-weeks',
    stages: ['lastOfSeries'],
    theme: 'body',
    text: {
      en: 'How has your body felt across these weeks? Is there anything you would like to keep doing for it?',
      es: '¿Cómo has sentido el cuerpo a lo largo de estas semanas? ¿Hay algo que te gustaría seguir haciendo por él?',
    },
  },
  {
    id: 'slow-breath',
    stages: ['maintenance'],
    theme: 'body',
    text: {
      en: 'Take a slow breath, if you like. What does your body tell you about how this month has been?',
      es: 'Si quieres, respira despacio. ¿Qué te dice tu cuerpo sobre cómo ha sido este mes?',
    },
  },
  {
    id: 'stress-in-the-body',
    stages: ['maintenance'],
    theme: 'body',
    text: {
      en: 'When you feel stressed lately, where does it show up in your body? What helps it ease a little?',
      es: 'Cuando sientes estrés estos días, ¿dónde lo notas en el cuerpo? ¿Qué te ayuda a aliviarlo un poco?',
    },
  },
];
