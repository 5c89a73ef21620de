import { useEffect } from 'react';
import type { Journey } from '@domain/music/journey';
import { journeyCopy, newJourney } from '../../stores/journey-fields';
import {
  isBuiltinJourney,
  useEditedJourney,
  useJourneysActions,
  useJourneysEditor,
} from '../../stores/journeys-editor';
import { journeySummary } from './sound-choice';
import { useLibraryActions, useLibraryStore } from '../../stores/library-store';
import { CollectionList } from './CollectionList';
import { useEditorOpening } from './use-editor-opening';
import { JourneyEditor } from './JourneyEditor';
import './collections.css';

/** The music patients choose from: built-in journeys copied, the clinic's own made and edited beside the list. */
export function JourneysTab() {
  const journeys = useJourneysEditor((s) => s.items);
  const loaded = useJourneysEditor((s) => s.loaded);
  const selectedId = useJourneysEditor((s) => s.selectedId);
  const edited = useEditedJourney();
  const { select, add, remove } = useJourneysActions();
  const playlists = useLibraryStore((s) => s.playlists);
  const { load: loadLibrary } = useLibraryActions();
  const { editor, open } = useEditorOpening(select);

  useEffect(() => {
    // Parts choose among the clinic's playlists, and covers come from its tracks.
    void loadLibrary();
  }, [loadLibrary]);

  const added = (journey: Journey, label: string) => {
    add(journey, label);
    open(journey.id);
  };

  if (!loaded) return <p className="muted">Loading journeys…</p>;
  return (
    <div className="collections">
      <div className="collection-column">
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => added(newJourney(journeys), 'new journey')}>
            New journey
          </button>
        </div>
        <CollectionList
          label="Journeys"
          noun="journey"
          items={journeys}
          selectedId={selectedId}
          isBuiltin={isBuiltinJourney}
          summary={(journey) => journeySummary(journey, playlists)}
          onEdit={(journey) => open(journey.id)}
          onCopy={(journey) => added(journeyCopy(journey, journeys), `copy of ${journey.name}`)}
          onDelete={(journey) => remove(journey.id)}
        />
      </div>
      <section ref={editor} className="collection-editor" aria-label="Edit journey">
        {edited ? (
          <JourneyEditor key={edited.id} journey={edited} />
        ) : (
          <p className="muted editor-empty">
            A journey is the music a patient can choose on the patient screen: one sound for each part of the session.
            Built-in journeys cannot be changed; make a copy, or a new journey, and it opens here.
          </p>
        )}
      </section>
    </div>
  );
}
