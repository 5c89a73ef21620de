import type { PromptEntry } from '../prompt-types';

/** Prompts about relationships. */
export const RELATIONSHIPS: PromptEntry[] = [
  {
    id: 'someone-to-tell',
    stages: ['first'],
    theme: 'relationships',
    text: {
      en: 'Is there someone you would like to tell about today? You can share as much or as little as you like.',
      es: '¿Hay alguien a quien te gustaría contarle cómo te fue hoy? Puedes compartir tanto o tan poco como quieras.',
    },
  },
  {
    id: 'cared-for',
    stages: ['first'],
    theme: 'relationships',
    text: {
      en: 'Who helped you today, even in a small way? How did it feel to be cared for?',
      es: '¿Quién te ayudó hoy, aunque sea en algo pequeño? ¿Cómo te sentiste al recibir ese cuidado?',
    },
  },
  {
    id: 'being-around-people',
    stages: ['early'],
    theme: 'relationships',
    text: {
      en: 'How did it feel to be around people this week? Was any moment easier or warmer than usual?',
      es: '¿Cómo te sentiste con la gente esta semana? ¿Hubo algún momento más fácil o más cálido que de costumbre?',
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
      es: '¿Hay alguien a quien sientes un poco más cerca últimamente? ¿Qué crees que ha cambiado?',
    },
  },
  {
    id: 'a-talk-put-off',
    stages: ['middle'],
    theme: 'relationships',
    text: {
      en: 'Is there a talk you have been putting off? If you like, you could explore it in therapy first.',
      es: '¿Hay una conversación que has ido dejando para después? Si quieres, puedes hablar de ella primero en terapia.',
    },
  },
  {
    id: 'asking-for-help',
    stages: ['middle', 'maintenance'],
    theme: 'relationships',
    text: {
      en: 'Is there one person you could ask for a little help this week? What would you ask for?',
      es: '¿Hay alguna persona a quien podrías pedirle un poco de ayuda esta semana? ¿Qué le pedirías?',
    },
  },
  {
    id: 'by-your-side',
    stages: ['lastOfSeries'],
    theme: 'relationships',
    text: {
      en: 'Who has been there for you during this series? Is there anything you would like to say to them?',
      es: '¿Quién ha estado a tu lado durante esta serie de sesiones? ¿Te gustaría decirle algo?',
    },
  },
  {
    id: 'people-close-by',
    stages: ['maintenance'],
    theme: 'relationships',
    text: {
      en: 'Have things with the people close to you felt tense or easy lately? What might help a little?',
      es: 'Últimamente, ¿cómo han estado las cosas con la gente cercana, tensas o tranquilas? ¿Qué podría ayudar un poco?',
    },
  },
];
