/**
 * Names of every request channel and main→renderer event. Kept free of schemas so the
 * preload can list them without bundling zod; contract.ts pairs each with its schema.
 */
export const REQUEST_CHANNELS = [
  'app.info',
  'app.about',
  'clock.now',
  'programs.list',
  'session.get',
  'session.start',
  'session.control',
  'session.continue',
  'session.dismiss',
  'history.list',
  'history.csv',
  'library.list',
  'library.chooseMusic',
  'library.import',
  'playlists.list',
  'playlists.save',
  'playlists.delete',
  'lights.list',
  'lights.save',
  'lights.remove',
  'lights.test',
  'lights.hueIdentify',
  'lights.huePair',
  'lights.hueGroups',
  'ambient.status',
  'ambient.open',
  'ambient.close',
  'clinic.get',
  'clinic.save',
  'sheet.savePdf',
  'sheet.keep',
  'programs.save',
  'programs.delete',
  'journeys.list',
  'journeys.save',
  'journeys.delete',
  'library.tag',
  'library.usage',
  'library.remove',
  'library.markPlayable',
  'patient.get',
  'patient.choose',
  'patient.clear',
  'soundOutput.get',
  'soundOutput.set',
  'staff.status',
  'staff.setPin',
  'staff.lock',
  'staff.unlock',
  'files.choose',
  'clinic.importLogo',
  'pack.export',
  'pack.preview',
  'pack.import',
  'pack.lastBackup',
  'pack.restoreBackup',
  'network.get',
  'network.save',
  'board.get',
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/**
 * `<collection>.changed` carries the whole collection after every change to it, whoever made it
 * (an editor, another window, a pack import or restore), so each renderer store follows main.
 * The library, which can be large, sends what changed instead (`LibraryChange`).
 */
export const EVENT_CHANNELS = [
  'session.changed',
  'library.progress',
  'lights.changed',
  'programs.changed',
  'journeys.changed',
  'clinic.changed',
  'playlists.changed',
  'library.changed',
  'network.changed',
  'board.room',
] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** What every request resolves to on the wire: a value, or an error message for staff. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * The largest request frame the web host reads. It follows the largest request the contract
 * allows (10,000 tracks by id, every character at its longest in JSON; a test works it out from
 * the schemas); a larger selection of files is imported in batches instead.
 */
export const MAX_FRAME_BYTES = 8 * 1024 * 1024;

/** The most files and folders one library.import takes; the renderer sends more in batches of this size. */
export const IMPORT_BATCH_PATHS = 250;

/** What the ambient display window may ask and hear: the session and the clock, nothing else. */
export const AMBIENT_CHANNELS = ['session.get', 'clock.now'] as const satisfies readonly RequestChannel[];
export const AMBIENT_EVENTS = ['session.changed'] as const satisfies readonly EventChannel[];

/**
 * Not a request of the contract: the desktop app's preload hands the main process the paths of
 * files dropped on the window and gets handles back, so the page never holds a path it could send.
 */
export const DROPPED_FILES_CHANNEL = 'files.dropped';
