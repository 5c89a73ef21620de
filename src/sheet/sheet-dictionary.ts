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
  /** Comes before the after-hours number, when the clinic has one. */
  afterHours: string;
  urgentHelp: string;
}

const en: SheetDictionary = {
  locale: 'en-US',
  languageName: 'English',
  title: 'After your session',
  sessionNumber: (n) => `Session ${n}`,
  yourIntention: 'Your intention for today',
  tonight: 'Tonight',
  nextDays: 'For the days ahead',
  nextDaysHint:
    'If you like, take a few quiet minutes each day with one of these. Skip any that do not feel right. If something feels heavy, call the clinic.',
  thisWeek: 'This week',
  whoToCall: (clinicName) => `Questions or worries? Call ${clinicName} at`,
  afterHours: 'After hours:',
  urgentHelp: 'If you need help right away',
};

const es: SheetDictionary = {
  locale: 'es-US',
  languageName: 'Español',
  title: 'Después de tu sesión',
  sessionNumber: (n) => `Sesión ${n}`,
  yourIntention: 'Tu intención para hoy',
  tonight: 'Esta noche',
  nextDays: 'Para los próximos días',
  nextDaysHint:
    'Si quieres, tómate unos minutos tranquilos cada día con una de estas ideas. Puedes saltarte las que no te parezcan bien. Si algo te pesa, llama a la clínica.',
  thisWeek: 'Esta semana',
  whoToCall: (clinicName) => `¿Tienes dudas o algo te preocupa? Llama a ${clinicName} al`,
  afterHours: 'Fuera del horario de atención:',
  urgentHelp: 'Si necesitas ayuda de inmediato',
};

/** One dictionary per language; the type makes a missing language or word a compile error. */
export const SHEET_DICTIONARIES: Record<Language, SheetDictionary> = { en, es };
