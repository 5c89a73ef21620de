import { useEffect, useState } from 'react';
import { useAppActions } from '../../app/app-store';
import { useClinicEditor, useClinicEditorActions } from '../../clinic/clinic-editor';
import { Tabs, type TabDefinition } from '../../ui/Tabs';
import { DetailsTab } from './DetailsTab';
import { PromptsTab } from './PromptsTab';
import { RoomsTab } from './RoomsTab';
import { SheetWordingTab } from './SheetWordingTab';
import './clinic.css';

type ClinicTab = 'details' | 'sheet' | 'prompts' | 'rooms';

/** The editor's tabs in order; a new one (programs, journeys) is one more entry here. */
const TABS: readonly TabDefinition<ClinicTab>[] = [
  { id: 'details', label: 'Details', render: () => <DetailsTab /> },
  { id: 'sheet', label: 'Take-home sheet', render: () => <SheetWordingTab /> },
  { id: 'prompts', label: 'Prompts', render: () => <PromptsTab /> },
  { id: 'rooms', label: 'Rooms and PIN', render: () => <RoomsTab /> },
];

/** Keys typed into these undo their own text, so the editor's undo leaves them alone. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/** Ctrl+Z (Cmd+Z on a Mac) undoes the last change while focus is not in a text field. */
function useUndoShortcut(undo: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const undoKeys = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
      if (!undoKeys || event.key.toLowerCase() !== 'z' || isTextEntry(event.target)) return;
      event.preventDefault();
      undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo]);
}

/** The clinic's own settings: details, the take-home sheet's wording and its prompts. Saved as typed. */
export function ClinicScreen() {
  const { show } = useAppActions();
  const { load, undo, dismissError } = useClinicEditorActions();
  const loaded = useClinicEditor((s) => s.config !== null);
  const lastChange = useClinicEditor((s) => s.history.at(-1)?.label ?? null);
  const saving = useClinicEditor((s) => s.saving);
  const status = useClinicEditor((s) => s.status);
  const unsaved = useClinicEditor((s) => Object.keys(s.drafts).length > 0);
  const error = useClinicEditor((s) => s.error);
  const [tab, setTab] = useState<ClinicTab>('details');
  useUndoShortcut(undo);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="clinic">
      <div className="clinic-top">
        <nav className="sheet-actions" aria-label="Clinic settings actions">
          <button type="button" className="secondary" onClick={() => show('room')}>
            Back
          </button>
          <button
            type="button"
            aria-keyshortcuts="Control+Z Meta+Z"
            disabled={lastChange === null}
            onClick={undo}
            aria-describedby={lastChange ? 'clinic-last-change' : undefined}
          >
            Undo
          </button>
        </nav>
        <div className="clinic-save-state">
          <p role="status" className="clinic-status">
            {saving ? 'Saving…' : unsaved ? 'A marked field is not saved: see the reason beside it.' : status}
          </p>
          {lastChange && (
            <p id="clinic-last-change" className="muted">
              Last change: {lastChange}
            </p>
          )}
        </div>
      </div>
      <h1>Clinic settings</h1>
      <p className="muted">
        Changes are saved as you type and apply from the next session; a session already running keeps the settings it
        started with.
      </p>
      {error && (
        <div role="alert" className="warning">
          <span>{error}</span>
          <button type="button" className="link" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {loaded && <Tabs label="Clinic settings" tabs={TABS} selected={tab} onSelect={setTab} />}
    </main>
  );
}
