import type { Playlist } from '@domain/audio/playlist';
import type { Journey } from '@domain/music/journey';
import { trackUsage, type RemovalResult, type TrackUsage } from '@domain/library/track-removal';
import type { SessionSnapshot } from '@domain/ipc/contract';
import type { CollectionService } from './collection-service';
import type { LibraryService } from './library-service';
import { isClosed } from '@domain/session/run-log';
import type { PlaylistService } from './playlist-service';

/**
 * Takes tracks out of the library: out of every playlist (a playlist left with none is deleted)
 * and off every journey's cover, then out of the index with the library's own copies of their
 * files. A file referenced where it was is never touched. A track the running session can still
 * play stays until that session closes.
 */
export class TrackRemoval {
  constructor(
    private readonly deps: {
      library: LibraryService;
      playlists: PlaylistService;
      journeys: CollectionService<Journey>;
      session: () => SessionSnapshot | null;
    },
  ) {}

  /** The running session's music, while it has not closed. */
  private sessionPlaylists(): Playlist[] {
    const run = this.deps.session()?.run;
    return run && !isClosed(run) ? run.playlists : [];
  }

  usage(trackIds: string[]): TrackUsage {
    const known = trackIds.filter((id) => this.deps.library.track(id));
    return trackUsage(known, {
      playlists: this.deps.playlists.list(),
      journeys: this.deps.journeys.list(),
      sessionPlaylists: this.sessionPlaylists(),
    });
  }

  async remove(trackIds: string[]): Promise<RemovalResult> {
    const usage = this.usage(trackIds);
    const ids = new Set(trackIds.filter((id) => this.deps.library.track(id)));
    const playlistsDeleted = this.deps.playlists.removeTracks(ids).map((p) => p.name);
    for (const journey of this.deps.journeys.custom()) {
      if (journey.coverTrackId !== null && ids.has(journey.coverTrackId))
        this.deps.journeys.save({ ...journey, coverTrackId: null });
    }
    const later = new Set(usage.inSession);
    this.deps.library.removeAfterSession([...ids].filter((id) => later.has(id)));
    const removed = await this.deps.library.remove([...ids].filter((id) => !later.has(id)));
    return { removed, afterSession: later.size, playlistsDeleted };
  }

  /** Once the session has closed (or is gone), what waited for it is removed. */
  async sessionChanged(): Promise<void> {
    const waiting = this.deps.library.waitingForSession();
    if (waiting.length === 0) return;
    const stillPlaying = new Set(this.sessionPlaylists().flatMap((p) => p.tracks.map((t) => t.trackId)));
    const now = waiting.filter((id) => !stillPlaying.has(id));
    if (now.length > 0) await this.deps.library.remove(now);
  }
}
