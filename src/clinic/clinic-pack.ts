import { z } from 'zod';
import { Playlist } from '../audio/playlist';
import { ClinicNetworkPart } from '../board/network-settings';
import { TrackTag } from '../library/track-tags';
import { StoredJourney } from '../music/journey';
import { Program } from '../session/program';
import type { ClinicConfig } from './clinic-config';

export const PACK_VERSION = 1;
export const PACK_MANIFEST = 'stillroom-pack.json';

/** A library track as a pack carries it: what it is, and where its audio is in the pack, if there. */
export const PackTrack = z.object({
  id: z.string().regex(/^[a-z0-9]{1,40}$/),
  title: z.string().max(300),
  artist: z.string().max(300),
  album: z.string().max(300),
  durationSec: z
    .number()
    .positive()
    .max(24 * 60 * 60),
  fingerprint: z.string().min(1).max(200),
  tags: z.array(TrackTag).max(20),
  /** The file's ending, e.g. "ogg". */
  extension: z.string().regex(/^[a-z0-9]{1,5}$/),
  /** True when the pack holds the audio as `audio/<id>.<extension>`. */
  audioIncluded: z.boolean(),
});
export type PackTrack = z.infer<typeof PackTrack>;

/**
 * Everything a clinic sets up once and copies to every room: settings (without the room's own
 * name), programs, journeys, playlists and the tracks they use, and the clinic network's broker
 * address and clinic id. Lights, keys, the broker password and the PIN stay with each room.
 */
export const PackManifest = z
  .object({
    format: z.literal('stillroom-clinic-pack'),
    packVersion: z.number().int().positive(),
    exportedAt: z.iso.datetime(),
    appVersion: z.string().max(40),
    /** In whatever version the exporting Stillroom wrote it; migrated on import. */
    clinic: z.record(z.string(), z.unknown()),
    programs: z.array(Program).max(200),
    journeys: z.array(StoredJourney).max(200),
    playlists: z.array(Playlist).max(500),
    tracks: z.array(PackTrack).max(20_000),
    /** The broker's address and the clinic id; absent in packs from before the clinic network. */
    network: ClinicNetworkPart.optional(),
  })
  .strict();
export type PackManifest = z.infer<typeof PackManifest>;

/** Where a pack's audio for a track lives inside the zip. */
export const packAudioPath = (track: Pick<PackTrack, 'id' | 'extension'>) => `audio/${track.id}.${track.extension}`;

/** What an import would change, by kind, in words a clinic understands. */
export interface PackPreview {
  settings: string[];
  programs: Changes;
  journeys: Changes;
  playlists: Changes;
  /** Tracks the library gains (their audio comes in the pack). */
  tracksAdded: number;
  /** Settings from an older Stillroom, brought up to date on import. */
  migratedFrom: number | null;
}
export interface Changes {
  added: string[];
  replaced: string[];
  removed: string[];
}

/** The clinic's own items of one kind after an import: the pack's set replaces the room's. */
export function changes<T extends { id: string; name: string }>(current: T[], incoming: T[]): Changes {
  const now = new Map(current.map((item) => [item.id, item]));
  const next = new Set(incoming.map((item) => item.id));
  return {
    added: incoming.filter((item) => !now.has(item.id)).map((item) => item.name),
    replaced: incoming
      .filter((item) => now.has(item.id) && JSON.stringify(now.get(item.id)) !== JSON.stringify(item))
      .map((item) => item.name),
    removed: current.filter((item) => !next.has(item.id)).map((item) => item.name),
  };
}

const SETTING_NAMES: Partial<Record<keyof ClinicConfig, string>> = {
  clinicName: 'Clinic name',
  clinicPhone: 'Phone number',
  afterHoursPhone: 'After-hours number',
  dischargeChecklist: 'Discharge checklist',
  defaultLanguage: 'Sheet language',
  paperSize: 'Paper size',
  inductionSessions: 'Sessions in the first series',
  keepSheetCopies: 'Keeping copies of sheets',
  sheetWording: 'Take-home sheet wording',
  promptOverrides: 'Changes to built-in prompts',
  customPrompts: 'The clinic’s own prompts',
};

/** The settings an import would change, by name (the room's own name never changes). */
export function changedSettings(current: ClinicConfig, incoming: ClinicConfig): string[] {
  return (Object.keys(SETTING_NAMES) as (keyof ClinicConfig)[])
    .filter((key) => JSON.stringify(current[key]) !== JSON.stringify(incoming[key]))
    .map((key) => SETTING_NAMES[key]!);
}
