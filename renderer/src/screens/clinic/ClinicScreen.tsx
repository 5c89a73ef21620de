import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useAppActions } from '../../app/app-store';
import { clinicEditor, useClinicEditor } from '../../stores/clinic-editor';
import type { ClinicHistory } from '../../stores/clinic-editor-store';
import { MAIN_HISTORY } from '../../stores/editor-model';
import { journeysEditor } from '../../stores/journeys-editor';
import { programsEditor } from '../../stores/programs-editor';
import { createTabEditor, type TabEditor, type TabHistory } from '../../stores/tab-editor';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Tabs, type TabDefinition } from '../../ui/Tabs';
import { networkStore } from '../../stores/network-store';
import { ClinicNetworkTab } from './ClinicNetworkTab';
import { DetailsTab } from './DetailsTab';
import { JourneysTab } from './JourneysTab';
import { ProgramsTab } from './ProgramsTab';
import { PromptsTab } from './PromptsTab';
import { RoomsTab } from './RoomsTab';
import { SheetWordingTab } from './SheetWordingTab';
// After the tabs' own styles, as the screen's frame overrides the sheet's headings in the preview.
import './clinic.css';

type ClinicTab = 'details' | 'sheet' | 'prompts' | 'programs' | 'journeys' | 'rooms' | 'network';

interface ClinicTabDefinition extends TabDefinition<ClinicTab> {
  /** Its status line and its own Undo, over the histories of the edits made on it. */
  editor: TabEditor;
  /** When its changes take effect, said once on the tab. */
  note: string;
}

const SETTINGS_NOTE =
  'Changes are saved as you type and apply from the next session; a session already running keeps the settings it started with.';

const settings = (history: ClinicHistory | 'rooms'): TabHistory => ({ editor: clinicEditor.store, history });
const collection = (editor: TabHistory['editor']): TabHistory => ({ editor, history: MAIN_HISTORY });

/** The editor's tabs in order; a new one is one more entry here. */
const TABS: readonly ClinicTabDefinition[] = [
  {
    id: 'details',
    label: 'Details',
    render: () => <DetailsTab />,
    editor: createTabEditor([settings('details')]),
    note: SETTINGS_NOTE,
  },
  {
    id: 'sheet',
    label: 'Take-home sheet',
    render: () => <SheetWordingTab />,
    editor: createTabEditor([settings('sheet')]),
    note: SETTINGS_NOTE,
  },
  {
    id: 'prompts',
    label: 'Prompts',
    render: () => <PromptsTab />,
    editor: createTabEditor([settings('prompts')]),
    note: SETTINGS_NOTE,
  },
  {
    id: 'programs',
    label: 'Programs',
    render: () => <ProgramsTab />,
    // The programs, and which of them the start screen offers (clinic settings).
    editor: createTabEditor([collection(programsEditor.store), settings('programs')]),
    note: 'Changes are saved as you type and apply from the next session; a session already running keeps the program it started with.',
  },
  {
    id: 'journeys',
    label: 'Journeys',
    render: () => <JourneysTab />,
    editor: createTabEditor([collection(journeysEditor.store)]),
    note: 'Changes are saved as you type and apply from the next session; a session already running keeps the music it started with.',
  },
  {
    id: 'rooms',
    label: 'Rooms and PIN',
    render: () => <RoomsTab />,
    // Importing a pack and setting the PIN are not edits of this screen: its Undo has nothing to take back.
    editor: createTabEditor([settings('rooms')]),
    note: 'An imported pack applies from the next session; a session already running keeps what it started with.',
  },
  {
    id: 'network',
    label: 'Clinic network',
    render: () => <ClinicNetworkTab />,
    // Saved with its button, not as typed: there is nothing for Undo to take back.
    editor: createTabEditor([{ editor: networkStore, history: 'network' }]),
    note: 'Saved with its button; the room connects again at once. A session goes on whatever the network does.',
  },
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

/** The clinic's own settings, programs and journeys, in tabs. Saved as typed, with Undo. */
export function ClinicScreen() {
  const { show } = useAppActions();
  const loaded = useClinicEditor((s) => s.loaded);
  const [tab, setTab] = useState<ClinicTab>('details');
  const { editor, note } = TABS.find((t) => t.id === tab)!;
  const lastChange = useStore(editor.view, (s) => s.lastChange);
  const saving = useStore(editor.view, (s) => s.saving);
  const status = useStore(editor.view, (s) => s.status);
  const unsaved = useStore(editor.view, (s) => s.unsaved);
  const error = useStore(editor.view, (s) => s.error);
  useUndoShortcut(editor.undo);

  useEffect(() => {
    // Read afresh each time the screen opens; switching tabs keeps each tab's undo history.
    void clinicEditor.actions.load();
    void programsEditor.actions.load();
    void journeysEditor.actions.load();
  }, []);

  return (
    <main className="screen-layout clinic">
      <div className="clinic-top">
        <nav className="sheet-actions" aria-label="Clinic settings actions">
          <button type="button" className="secondary" onClick={() => show('room')}>
            Back
          </button>
          <button
            type="button"
            aria-keyshortcuts="Control+Z Meta+Z"
            disabled={lastChange === null}
            onClick={editor.undo}
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
      <p className="muted">{note}</p>
      <ErrorAlert error={error} onDismiss={editor.dismissError} />
      {loaded && <Tabs label="Clinic settings" tabs={TABS} selected={tab} onSelect={setTab} />}
    </main>
  );
}
