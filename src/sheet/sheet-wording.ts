import { Translated, type SheetWording } from './prompt-types';

/**
 * The fixed parts of the take-home sheet as the app ships them. A clinic can rewrite
 * every line; these defaults follow the same rules as the prompts: plain, short, kind,
 * no advice about care and nothing about doses.
 */
const wording: SheetWording = {
  tonight: [
    {
      en: 'Tonight is for rest. There is nothing you have to do or figure out.',
      es: 'Esta noche es para descansar. No tienes nada que hacer ni que resolver.',
    },
    {
      en: 'Please do not drive for the rest of the day. Someone else takes you home.',
      es: 'Por favor, no manejes durante el resto del día. Otra persona te lleva a casa.',
    },
    {
      en: 'If you can, keep the evening quiet, with soft light and little screen time.',
      es: 'Si puedes, pasa una noche tranquila, con luz suave y poco tiempo frente a pantallas.',
    },
  ],
  thisWeek: [
    {
      en: 'If you can, go to bed and get up at about the same time each day.',
      es: 'Si puedes, acuéstate y levántate más o menos a la misma hora cada día.',
    },
    {
      en: 'Where you can, keep your days a little lighter and leave room for rest.',
      es: 'Cuando puedas, haz que tus días sean un poco más ligeros y deja espacio para descansar.',
    },
    {
      en: 'If you like, jot down something to bring to your next therapy visit.',
      es: 'Si quieres, anota algo que te gustaría contar en tu próxima cita de terapia.',
    },
    {
      en: 'If you have questions or worries, you can call the clinic.',
      es: 'Si tienes preguntas o preocupaciones, puedes llamar a la clínica.',
    },
  ],
  weeklyCheckIn: {
    en: 'Once a week, you might look at how you are doing. Compare with your own last week, not with other people.',
    es: 'Una vez por semana, puedes ver cómo te va. Compárate con tu semana anterior, no con otras personas.',
  },
  crisisLine: {
    en: 'If you have thoughts of hurting yourself, call or text 988, the Suicide & Crisis Lifeline. You can also call your local emergency number.',
    es: 'Si tienes pensamientos de hacerte daño, llama o manda un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis. Te atienden en español. También puedes llamar al número de emergencias de tu zona.',
  },
};

/** Checked at load, so an empty or over-long line fails at once. */
export const DEFAULT_SHEET_WORDING: SheetWording = {
  tonight: wording.tonight.map((line) => Translated.parse(line)),
  thisWeek: wording.thisWeek.map((line) => Translated.parse(line)),
  weeklyCheckIn: Translated.parse(wording.weeklyCheckIn),
  crisisLine: Translated.parse(wording.crisisLine),
};
