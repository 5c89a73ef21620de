import { TRACK_TAG_LABELS, type TrackTag } from '../library/track-tags';
import type { Language } from '../sheet/prompt-types';

/**
 * Every word the patient screen says to a patient, in one language. Written for someone about to
 * rest with an eye mask on, perhaps anxious: short, plain, nothing to get wrong.
 */
export interface PatientWords {
  /** BCP 47 tag for the screen's lang attribute. */
  locale: string;
  languageName: string;
  step: (n: number, of: number) => string;
  stepTitles: readonly [string, string, string, string];
  stepsNav: string;
  back: string;
  next: string;
  done: string;
  journeys: string;
  journeysHint: string;
  chosen: string;
  listen: string;
  stop: string;
  listenTo: (journey: string) => string;
  stopListening: (journey: string) => string;
  inGeneral: string;
  tagRules: Partial<Record<TrackTag, string>>;
  tagNames: Record<TrackTag, string>;
  piecesLegend: string;
  noMusic: string;
  alwaysSound: string;
  playTone: string;
  stopTone: string;
  volume: string;
  quieter: string;
  louder: string;
  volumeNote: string;
  intention: string;
  intentionHelp: string;
  /** Where the intention goes: printed on the sheet, and kept only where the clinic keeps copies. */
  intentionWhere: (clinicKeepsCopies: boolean) => string;
  thanks: string;
  ready: (journey: string) => string;
  change: string;
}

const en: PatientWords = {
  locale: 'en-US',
  languageName: 'English',
  step: (n, of) => `Step ${n} of ${of}`,
  stepTitles: ['Choose your music', 'Anything to leave out?', 'Your volume', 'An intention, if you like'],
  stepsNav: 'Steps',
  back: 'Back',
  next: 'Next',
  done: 'Done',
  journeys: 'Music for your session',
  journeysHint: 'Choose one. Listening to one also chooses it.',
  chosen: 'Chosen',
  listen: 'Listen',
  stop: 'Stop',
  listenTo: (journey) => `Listen to ${journey}`,
  stopListening: (journey) => `Stop ${journey}`,
  inGeneral: 'In general',
  tagRules: { lyrics: 'No songs with words', voices: 'No voices' },
  tagNames: TRACK_TAG_LABELS,
  piecesLegend: 'Pieces in this choice: check any you would rather not hear',
  noMusic: 'This choice has no music, only sounds of nature or soft tones.',
  alwaysSound: 'Whatever you leave out, the session still has sound all the way through.',
  playTone: 'Play a test tone',
  stopTone: 'Stop the test tone',
  volume: 'Comfortable volume',
  quieter: 'Quieter',
  louder: 'Louder',
  volumeNote: 'Choose a level that feels comfortable. Staff can change it for you at any time.',
  intention: 'Your intention (optional)',
  intentionHelp: 'A few words about what you hope for today. You can leave this empty.',
  intentionWhere: (keeps) =>
    keeps
      ? 'It is printed on the sheet you take home today, and this clinic keeps a copy of that sheet.'
      : 'It is printed on the sheet you take home today. This clinic does not keep a copy.',
  thanks: 'Thank you',
  ready: (journey) => `Your choice is ready: ${journey}. A member of staff will be with you in a moment.`,
  change: 'Change my choice',
};

const es: PatientWords = {
  locale: 'es-US',
  languageName: 'Español',
  step: (n, of) => `Paso ${n} de ${of}`,
  stepTitles: ['Elige tu música', '¿Algo que prefieras no escuchar?', 'Tu volumen', 'Una intención, si quieres'],
  stepsNav: 'Pasos',
  back: 'Atrás',
  next: 'Siguiente',
  done: 'Listo',
  journeys: 'Música para tu sesión',
  journeysHint: 'Elige una. Al escuchar una, también la eliges.',
  chosen: 'Elegida',
  listen: 'Escuchar',
  stop: 'Parar',
  listenTo: (journey) => `Escuchar ${journey}`,
  stopListening: (journey) => `Parar ${journey}`,
  inGeneral: 'En general',
  tagRules: { lyrics: 'Sin canciones con letra', voices: 'Sin voces' },
  tagNames: {
    lyrics: 'Letra',
    voices: 'Voces',
    nature: 'Sonidos de la naturaleza',
    piano: 'Piano',
    strings: 'Cuerdas',
    drones: 'Tonos sostenidos',
    percussion: 'Percusión',
    electronic: 'Electrónica',
  },
  piecesLegend: 'Piezas de esta opción: marca las que prefieras no escuchar',
  noMusic: 'Esta opción no tiene música, solo sonidos de la naturaleza o tonos suaves.',
  alwaysSound: 'Aunque dejes algo fuera, la sesión tendrá sonido de principio a fin.',
  playTone: 'Escuchar un tono de prueba',
  stopTone: 'Parar el tono de prueba',
  volume: 'Volumen cómodo',
  quieter: 'Más bajo',
  louder: 'Más alto',
  volumeNote: 'Elige un nivel que te resulte cómodo. El personal puede cambiarlo en cualquier momento.',
  intention: 'Tu intención (opcional)',
  intentionHelp: 'Unas palabras sobre lo que esperas de hoy. Puedes dejarlo en blanco.',
  intentionWhere: (keeps) =>
    keeps
      ? 'Se imprime en la hoja que te llevas hoy a casa, y esta clínica guarda una copia de esa hoja.'
      : 'Se imprime en la hoja que te llevas hoy a casa. Esta clínica no guarda una copia.',
  thanks: 'Gracias',
  ready: (journey) => `Tu elección está lista: ${journey}. Alguien del personal vendrá en un momento.`,
  change: 'Cambiar mi elección',
};

/** One set of words per language; the type makes a missing language or word a compile error. */
export const PATIENT_WORDS: Record<Language, PatientWords> = { en, es };
