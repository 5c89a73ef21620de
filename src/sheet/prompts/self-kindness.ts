import type { PromptEntry } from '../prompt-types';

/** Prompts about self-criticism: kindness to oneself. */
export const SELF_KINDNESS: PromptEntry[] = [
  {
    id: 'no-right-way',
    stages: ['first', 'anyPoint'],
    theme: 'selfCriticism',
    text: {
      en: 'There is no right or wrong way for a session to go. Can you let today be what it was?',
      es: 'No hay una forma correcta o incorrecta de vivir una sesión. ¿Puedes dejar que hoy sea lo que fue?',
    },
  },
  {
    id: 'words-for-a-friend',
    stages: ['first', 'early', 'anyPoint'],
    theme: 'selfCriticism',
    text: {
      en: 'If someone you care about had your day, what kind words would you offer them? You might offer yourself the same.',
      es: 'Si alguien a quien quieres tuviera un día como el tuyo, ¿qué palabras amables le dirías? Quizás también puedas decírtelas a ti.',
    },
  },
  {
    id: 'a-hard-day',
    stages: ['early', 'anyPoint'],
    theme: 'selfCriticism',
    text: {
      en: 'A hard day does not mean you did something wrong. How could you be gentle with yourself today?',
      es: 'Un día difícil no significa que hayas hecho algo mal. ¿Cómo podrías tratarte con cariño hoy?',
    },
  },
  {
    id: 'not-a-straight-line',
    stages: ['early', 'middle'],
    theme: 'selfCriticism',
    text: {
      en: 'Change is rarely a straight line. Can you meet a slow day with patience?',
      es: 'El cambio casi nunca va en línea recta. ¿Puedes tenerte paciencia en los días lentos?',
    },
  },
  {
    id: 'inner-critic',
    stages: ['middle'],
    theme: 'selfCriticism',
    text: {
      en: 'When your inner critic speaks up, what does it usually say? Does it sound any different lately?',
      es: 'Cuando aparece esa voz que te critica, ¿qué suele decirte? ¿Suena distinto últimamente?',
    },
  },
  {
    id: 'credit-for-showing-up',
    stages: ['middle', 'lastOfSeries'],
    theme: 'selfCriticism',
    text: {
      en: 'Coming to each session takes effort. What would it be like to give yourself credit for that?',
      es: 'Venir a cada sesión cuesta trabajo. ¿Cómo sería reconocer lo que haces por ti?',
    },
  },
  {
    id: 'thanks-to-yourself',
    stages: ['lastOfSeries'],
    theme: 'selfCriticism',
    text: {
      en: 'However these weeks went, you gave them your time and care. Can you thank yourself for that?',
      es: 'Sin importar cómo hayan ido estas semanas, les dedicaste tiempo y cuidado. ¿Puedes darte las gracias por eso?',
    },
  },
  {
    id: 'old-habits-of-thought',
    stages: ['maintenance'],
    theme: 'selfCriticism',
    text: {
      en: 'When a familiar hard thought shows up, what would a kind reply to it sound like?',
      es: 'Cuando llega un pensamiento duro que ya conoces, ¿cómo le responderías con cariño?',
    },
  },
  {
    id: 'when-things-pile-up',
    stages: ['maintenance'],
    theme: 'selfCriticism',
    text: {
      en: 'When things pile up, what do you say to yourself inside? Could you say it in a kinder way?',
      es: 'Cuando se te junta todo, ¿qué te dices por dentro? ¿Podrías decirlo de una forma más amable?',
    },
  },
];
