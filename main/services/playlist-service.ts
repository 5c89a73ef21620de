import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { Playlist, type PlaylistDraft } from '@domain/audio/playlist';
import { openValidatedStore, type StoreFactory } from './document-store';
import type { LibraryService } from './library-service';
import { codecName } from '@domain/library/playability';
import { Announcer } from './announcer';
import { UserError } from './user-error';

export const PlaylistDocument = z.object({ version: z.literal(1), playlists: z.array(Playlist) });

/** The clinic's playlists, each an ordered list of library tracks with a crossfade length. */
export class PlaylistService {
  private readonly store;
  readonly notice: string | null;
  private readonly announcer = new Announcer(() => this.list());
  /** Hears every playlist after each change. */
  readonly onChange = (listener: (playlists: Playlist[]) => void) => this.announcer.onChange(listener);

  constructor(
    dataDir: string,
    storeFactory: StoreFactory,
    private readonly library: LibraryService,
  ) {
    const opened = openValidatedStore(storeFactory, {
      name: 'playlists',
      cwd: dataDir,
      schema: PlaylistDocument,
      defaults: { version: 1, playlists: [] },
    });
    this.store = opened.store;
    this.notice = opened.notice;
  }

  /** The playlists, each track's title and length as the library has them now (a length may since have been measured again). */
  list(): Playlist[] {
    const library = new Map(this.library.tracks().map((t) => [t.id, t]));
    return this.store.store.playlists.map((playlist) => {
      let changed = false;
      const tracks = playlist.tracks.map((entry) => {
        const track = library.get(entry.trackId);
        if (!track || (track.title === entry.title && track.durationSec === entry.durationSec)) return entry;
        changed = true;
        return { ...entry, title: track.title, durationSec: track.durationSec };
      });
      return changed ? { ...playlist, tracks } : playlist;
    });
  }

  /**
   * A playlist as a session plays it: without tracks this app cannot play (found out after the
   * playlist was made). Left empty, the phase gets built-in ambience, like a playlist that is gone.
   */
  playable(playlist: Playlist): Playlist {
    const tracks = playlist.tracks.filter((t) => this.library.track(t.trackId)?.playable !== false);
    return tracks.length === playlist.tracks.length ? playlist : { ...playlist, tracks };
  }

  find(id: string): Playlist | undefined {
    return this.list().find((p) => p.id === id);
  }

  save(draft: PlaylistDraft): Playlist {
    const tracks = draft.trackIds.map((trackId) => {
      const track = this.library.track(trackId);
      if (!track) throw new UserError(`A track in this playlist is no longer in the library (${trackId}).`);
      if (track.playable === false)
        throw new UserError(
          `“${track.title}” will not play here (it is ${codecName(track)}), so it cannot be in a playlist. ` +
            'Take it out, or replace its file with one in a format Stillroom plays.',
        );
      const file = track.source.kind === 'reference' ? track.source.path : track.source.file;
      // The player picks its decoder by this ending, so it is the content's, not the name's.
      const extension = track.ending ?? path.extname(file).slice(1).toLowerCase();
      return { trackId, title: track.title, extension, durationSec: track.durationSec };
    });
    const playlist = Playlist.parse({
      id: draft.id ?? randomUUID(),
      name: draft.name,
      crossfadeSec: draft.crossfadeSec,
      tracks,
    });
    const others = this.list().filter((p) => p.id !== playlist.id);
    this.write([...others, playlist]);
    return playlist;
  }

  /** Replaces every playlist in one write (a clinic pack brings a whole set). */
  replaceAll(playlists: Playlist[]): void {
    this.write(playlists);
  }

  remove(id: string): void {
    this.write(this.list().filter((p) => p.id !== id));
  }

  private write(playlists: Playlist[]): void {
    this.store.store = { version: 1, playlists };
    this.announce();
  }

  /** Tells every listener the playlists as they are now (also after their file was replaced from outside). */
  announce(): void {
    this.announcer.announce();
  }

  /** Takes tracks out of every playlist; a playlist left with none is deleted. Answers the deleted ones. */
  removeTracks(trackIds: ReadonlySet<string>): Playlist[] {
    const deleted: Playlist[] = [];
    let changed = false;
    const kept = this.list().flatMap((playlist) => {
      const tracks = playlist.tracks.filter((t) => !trackIds.has(t.trackId));
      if (tracks.length === playlist.tracks.length) return [playlist];
      changed = true;
      if (tracks.length > 0) return [{ ...playlist, tracks }];
      deleted.push(playlist);
      return [];
    });
    if (changed) this.replaceAll(kept);
    return deleted;
  }
}
