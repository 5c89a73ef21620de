import { useState } from 'react';
import type { TrackUsage } from '@domain/library/track-removal';
import { errorMessage } from '@domain/error-message';
import { api } from '../../ipc/client';
import { useLibraryActions } from '../../stores/library-store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(', ');
const tracks = (count: number) => `${count} ${count === 1 ? 'track' : 'tracks'}`;

/** What removing the tracks would change, said before staff confirm. */
function UsageSummary({ usage }: { usage: TrackUsage }) {
  const kept = usage.playlists.filter((p) => !p.emptied);
  const emptied = usage.playlists.filter((p) => p.emptied);
  return (
    <>
      {kept.length > 0 && <p>They are taken out of the playlists {quoted(kept.map((p) => p.name))}.</p>}
      {emptied.length > 0 && (
        <p>
          {quoted(emptied.map((p) => p.name))} would be left with no tracks and {emptied.length === 1 ? 'is' : 'are'}{' '}
          deleted: programs that play {emptied.length === 1 ? 'it' : 'them'} play built-in ambience instead.
        </p>
      )}
      {usage.journeys.length > 0 && (
        <p>The journeys {quoted(usage.journeys.map((j) => j.name))} play them or show their cover.</p>
      )}
      {usage.inSession.length > 0 && (
        <p>
          The session now running can still play {tracks(usage.inSession.length)}:{' '}
          {usage.inSession.length === 1 ? 'it is' : 'they are'} removed when that session closes.
        </p>
      )}
      <p className="muted">
        Copies Stillroom made in its own library are deleted; music played from where it was found stays where it is.
      </p>
    </>
  );
}

/** Removes the selected tracks from the library, after saying where they are used. */
export function RemoveTracks({ selected, onRemoved }: { selected: string[]; onRemoved: () => void }) {
  const { load } = useLibraryActions();
  const [asking, setAsking] = useState<TrackUsage | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  const ask = async () => {
    try {
      setOutcome(null);
      setAsking(await api['library.usage']({ trackIds: selected }));
    } catch (error) {
      setOutcome(errorMessage(error));
    }
  };
  const remove = async () => {
    setAsking(null);
    try {
      const result = await api['library.remove']({ trackIds: selected });
      const parts = [`Removed ${tracks(result.removed)}.`];
      if (result.afterSession > 0)
        parts.push(`${tracks(result.afterSession)} will go when the running session closes.`);
      if (result.playlistsDeleted.length > 0)
        parts.push(`Deleted the empty playlists ${quoted(result.playlistsDeleted)}.`);
      setOutcome(parts.join(' '));
      onRemoved();
      await load();
    } catch (error) {
      setOutcome(errorMessage(error));
    }
  };

  return (
    <div className="remove-tracks">
      <button type="button" className="warn" disabled={selected.length === 0} onClick={() => void ask()}>
        Remove from library ({selected.length})
      </button>
      {outcome && <p role="status">{outcome}</p>}
      {asking && (
        <ConfirmDialog
          title={`Remove ${tracks(selected.length)} from the library?`}
          confirmLabel="Remove"
          cancelLabel={selected.length === 1 ? 'Keep it' : 'Keep them'}
          onCancel={() => setAsking(null)}
          onConfirm={() => void remove()}
        >
          <UsageSummary usage={asking} />
        </ConfirmDialog>
      )}
    </div>
  );
}
