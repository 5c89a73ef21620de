import { LongTranslated, Translated, type SheetWording } from './prompt-types';

/**
 * The fixed parts of the take-home sheet as the app ships them. A clinic can rewrite every
 * line; these defaults follow the same rules as the prompts: plain, short, kind, no advice
 * about care beyond the clinic's own, and nothing about doses. The crisis line is for the US;
 * a clinic elsewhere writes its own.
 */
const wording: SheetWording = {
  tonight: [
    {
      en: 'Tonight is for rest. If you can, keep it quiet, with soft light and little screen time.',
      es: 'Esta noche es para descansar. Si puedes, que sea tranquila, con luz suave y pocas pantallas.',
    },
    {
      en: 'Please do not drive or use machinery until tomorrow, after a night’s sleep. Let someone else drive you home.',
      es: 'Por favor, no manejes ni uses maquinaria hasta mañana, después de haber dormido. Pide a alguien que te lleve a casa.',
    },
    {
      en: 'Follow the instructions your care team gave you.',
      es: 'Sigue las indicaciones que te dio tu equipo de atención médica.',
    },
  ],
  thisWeek: [
    {
      en: 'If you can, go to bed and get up at about the same time each day.',
      es: 'Si puedes, acuéstate y levántate más o menos a la misma hora cada día.',
    },
    {
      en: 'Where you can, keep your days a little lighter and leave room for rest.',
      es: 'Cuando puedas, llena un poco menos tus días y deja tiempo para descansar.',
    },
    {
      en: 'If you like, jot down anything you would like to tell your care team.',
      es: 'Si quieres, anota lo que te gustaría contarle a tu equipo de atención médica.',
    },
    {
      en: 'If you have questions or worries, you can call the clinic.',
      es: 'Si tienes dudas o algo te preocupa, puedes llamar a la clínica.',
    },
  ],
  weeklyCheckIn: {
    en: 'Once a week, you might look at how you are doing. Compare with your own last week, not with other people.',
    es: 'Una vez por semana, puedes fijarte en cómo vas. Compárate con tu semana anterior, no con otras personas.',
  },
  crisisLine: {
    en: 'For a medical emergency, or if you are in danger now, call 911. For thoughts of suicide or of hurting yourself, or if you feel in crisis, call or text 988, the Suicide & Crisis Lifeline.',
    es: 'Si tienes una emergencia médica o estás en peligro ahora, llama al 911. Si tienes pensamientos de suicidio o de hacerte daño, o sientes que estás en crisis, llama o manda un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis. Para atención en español, llama al 988 y marca 2, o manda AYUDA por mensaje de texto al 988.',
  },
};

/** Checked at load, so an empty or over-long line fails at once. */
export const DEFAULT_SHEET_WORDING: SheetWording = {
  tonight: wording.tonight.map((line) => Translated.parse(line)),
  thisWeek: wording.thisWeek.map((line) => Translated.parse(line)),
  weeklyCheckIn: Translated.parse(wording.weeklyCheckIn),
  crisisLine: LongTranslated.parse(wording.crisisLine),
};
