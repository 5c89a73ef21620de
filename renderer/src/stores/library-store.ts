import { create } from 'zustand';
import type { Playlist, PlaylistDraft } from '@domain/audio/playlist';
import type { ImportReport, LibraryTrack } from '@domain/library/track';
import type { TrackTag } from '@domain/library/track-tags';
import { IMPORT_BATCH_PATHS } from '@domain/ipc/channels';
import type { EventPayload, Input } from '@domain/ipc/contract';
import { api, mediaUrl, onEvent } from '../ipc/client';
import { checkPlayability } from '../audio/playability-check';
import { attemptFor } from './attempt';
import { errorMessage } from '@domain/error-message';

export type ImportProgress = EventPayload<'library.progress'>;
/** Whether imported files stay where they are or are copied into the library folder. */
export type ImportMode = Input<'library.import'>['mode'];

interface LibraryStore {
  tracks: LibraryTrack[];
  playlists: Playlist[];
  importing: ImportProgress | null;
  /** Tracks being tried in this browser to see whether they can play. */
  checking: number;
  report: ImportReport | null;
  error: string | null;
  actions: {
    load(): Promise<void>;
    importPaths(paths: string[], mode: ImportMode): Promise<void>;
    savePlaylist(draft: PlaylistDraft): Promise<Playlist | null>;
    deletePlaylist(id: string): Promise<void>;
    /** Puts a tag (lyrics, voices …) on tracks or takes it off. */
    tagTracks(trackIds: string[], tag: TrackTag, on: boolean): Promise<void>;
  };
}

/** The clinic's tracks and playlists (which follow main's playlists.changed), and the state of an import in progress. */
export const useLibraryStore = create<LibraryStore>()((set, get) => {
  const attempt = attemptFor(set);
  onEvent('library.progress', (progress) => set({ importing: progress }));
  onEvent('playlists.changed', (playlists) => set({ playlists }));
  /**
   * Tries the tracks not yet known to play in this browser and records the answers. Tracks this
   * version imported (it notes their codec) and those found not to play (their file may since
   * have been replaced) get a decode probe; older ones only the browser's word on their format,
   * so opening a large library made by an earlier version does not load every file.
   */
  const checkPlayable = async () => {
    if (get().checking > 0) return;
    const unsure = get().tracks.filter((t) => t.playable !== true);
    const worthProbing = (t: LibraryTrack) => t.codec !== undefined || t.playable === false;
    if (unsure.length === 0) return;
    set({ checking: Math.max(1, unsure.filter(worthProbing).length) });
    try {
      const results = await checkPlayability(unsure, mediaUrl, worthProbing);
      if (results.length === 0) return;
      const changed = new Map((await api['library.markPlayable']({ results })).map((t) => [t.id, t]));
      set({ tracks: get().tracks.map((t) => changed.get(t.id) ?? t) });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      set({ checking: 0 });
    }
    // Tracks imported while this check ran get theirs now.
    const tried = new Set(unsure.map((t) => t.id));
    if (get().tracks.some((t) => t.playable === undefined && !tried.has(t.id))) void checkPlayable();
  };

  return {
    tracks: [],
    playlists: [],
    importing: null,
    checking: 0,
    report: null,
    error: null,
    actions: {
      load: async () => {
        const both = await attempt(() => Promise.all([api['library.list']({}), api['playlists.list']({})]));
        if (!both) return;
        set({ tracks: both[0], playlists: both[1] });
        void checkPlayable();
      },
      importPaths: async (paths, mode) => {
        set({ importing: { done: 0, total: 0, current: '' }, report: null, error: null });
        try {
          // A large selection goes in batches, each a request the web host reads in one frame.
          let report: ImportReport | null = null;
          for (let i = 0; i < paths.length; i += IMPORT_BATCH_PATHS) {
            const batch = await api['library.import']({ paths: paths.slice(i, i + IMPORT_BATCH_PATHS), mode });
            report = report ? mergeReports(report, batch) : batch;
          }
          set({ report, tracks: await api['library.list']({}) });
          void checkPlayable();
        } catch (error) {
          set({ error: errorMessage(error) });
        } finally {
          set({ importing: null });
        }
      },
      // The list itself follows main's playlists.changed.
      savePlaylist: (draft) => attempt(() => api['playlists.save'](draft)),
      tagTracks: async (trackIds, tag, on) => {
        const tagged = await attempt(() => api['library.tag']({ trackIds, tag, on }));
        if (!tagged) return;
        const changed = new Map(tagged.map((t) => [t.id, t]));
        set({ tracks: get().tracks.map((t) => changed.get(t.id) ?? t) });
      },
      deletePlaylist: async (id) => {
        await attempt(() => api['playlists.delete']({ id }));
      },
    },
  };
});

/** One report for an import sent in batches. */
function mergeReports(a: ImportReport, b: ImportReport): ImportReport {
  return {
    added: a.added + b.added,
    alreadyThere: [...a.alreadyThere, ...b.alreadyThere],
    failed: [...a.failed, ...b.failed],
    notAudio: a.notAudio + b.notAudio,
    lengthsCorrected: [...a.lengthsCorrected, ...b.lengthsCorrected],
  };
}

export const useLibraryActions = () => useLibraryStore((s) => s.actions);
