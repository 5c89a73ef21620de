import type { Language } from './prompt-types';

/** Every word on the take-home sheet that is not the clinic's own, in one language. */
export interface SheetDictionary {
  /** BCP 47 tag for dates and the page's lang attribute. */
  locale: string;
  languageName: string;
  title: string;
  sessionNumber: (n: number) => string;
  yourIntention: string;
  tonight: string;
  nextDays: string;
  nextDaysHint: string;
  thisWeek: string;
  /** Says whom to call; the phone number follows it, kept on one line. */
  whoToCall: (clinicName: string) => string;
  urgentHelp: string;
}

const en: SheetDictionary = {
  locale: 'en-US',
  languageName: 'English',
  title: 'After your session',
  sessionNumber: (n) => `Session ${n}`,
  yourIntention: 'Your intention for today',
  tonight: 'Tonight',
  nextDays: 'The next three days',
  nextDaysHint: 'Take a few quiet minutes each day with one of these. There are no right answers.',
  thisWeek: 'This week',
  whoToCall: (clinicName) => `Questions or worries? Call ${clinicName} at`,
  urgentHelp: 'If you need help right away',
};

const es: SheetDictionary = {
  locale: 'es-US',
  languageName: 'Español',
  title: 'Después de tu sesión',
  sessionNumber: (n) => `Sesión ${n}`,
  yourIntention: 'Tu intención para hoy',
  tonight: 'Esta noche',
  nextDays: 'Los próximos tres días',
  nextDaysHint: 'Cada día, tómate unos minutos tranquilos con una de estas preguntas. No hay respuestas correctas.',
  thisWeek: 'Esta semana',
  whoToCall: (clinicName) => `¿Preguntas o preocupaciones? Llama a ${clinicName} al`,
  urgentHelp: 'Si necesitas ayuda de inmediato',
};

/** One dictionary per language; the type makes a missing language or word a compile error. */
export const SHEET_DICTIONARIES: Record<Language, SheetDictionary> = { en, es };
