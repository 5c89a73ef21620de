import { useEffect, useState } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { useAppActions } from '../../app/app-store';
import { clinicEditorStore, useClinicEditor, useClinicEditorActions } from '../../stores/clinic-editor';
import { journeysEditorStore } from '../../stores/journeys-editor';
import { programsEditorStore } from '../../stores/programs-editor';
import { Tabs, type TabDefinition } from '../../ui/Tabs';
import type { Setting } from '../../stores/clinic-editor-model';
import { useTabUndo, type UndoableCollection } from './use-tab-undo';
import { networkStore } from '../../stores/network-store';
import { ClinicNetworkTab } from './ClinicNetworkTab';
import { DetailsTab } from './DetailsTab';
import { JourneysTab } from './JourneysTab';
import { ProgramsTab } from './ProgramsTab';
import { PromptsTab } from './PromptsTab';
import { RoomsTab } from './RoomsTab';
import { SheetWordingTab } from './SheetWordingTab';
import './clinic.css';

type ClinicTab = 'details' | 'sheet' | 'prompts' | 'programs' | 'journeys' | 'rooms' | 'network';

/** What the top of the screen shows: the same for every editor store behind a tab. */
interface TabEditor {
  saving: boolean;
  status: string | null;
  drafts: Record<string, unknown>;
  error: string | null;
  actions: { dismissError(): void };
}

interface ClinicTabDefinition extends TabDefinition<ClinicTab> {
  /** The store whose saving and status the top of the screen shows while the tab is showing. */
  editor: StoreApi<TabEditor>;
  /** When its changes take effect, said once on the tab. */
  note: string;
  /** The clinic settings the tab changes: its Undo takes back these and nothing changed on other tabs. */
  settings: readonly Setting[];
  /** The program or journey editor on the tab, whose steps its Undo takes back too. */
  collection?: StoreApi<UndoableCollection>;
}

const SETTINGS_NOTE =
  'Changes are saved as you type and apply from the next session; a session already running keeps the settings it started with.';

/** The editor's tabs in order; a new one is one more entry here. */
const TABS: readonly ClinicTabDefinition[] = [
  {
    id: 'details',
    label: 'Details',
    render: () => <DetailsTab />,
    editor: clinicEditorStore,
    note: SETTINGS_NOTE,
    settings: [
      'clinicName',
      'roomName',
      'clinicPhone',
      'logo',
      'defaultLanguage',
      'paperSize',
      'inductionSessions',
      'keepSheetCopies',
      'dischargeChecklist',
      'earlyCloseReasons',
    ],
  },
  {
    id: 'sheet',
    label: 'Take-home sheet',
    render: () => <SheetWordingTab />,
    editor: clinicEditorStore,
    note: SETTINGS_NOTE,
    settings: ['sheetWording'],
  },
  {
    id: 'prompts',
    label: 'Prompts',
    render: () => <PromptsTab />,
    editor: clinicEditorStore,
    note: SETTINGS_NOTE,
    settings: ['promptSeed', 'promptOverrides', 'customPrompts'],
  },
  {
    id: 'programs',
    label: 'Programs',
    render: () => <ProgramsTab />,
    editor: programsEditorStore as StoreApi<TabEditor>,
    note: 'Changes are saved as you type and apply from the next session; a session already running keeps the program it started with.',
    settings: ['defaultProgramId', 'hiddenProgramIds'],
    collection: programsEditorStore as StoreApi<UndoableCollection>,
  },
  {
    id: 'journeys',
    label: 'Journeys',
    render: () => <JourneysTab />,
    editor: journeysEditorStore as StoreApi<TabEditor>,
    note: 'Changes are saved as you type and apply from the next session; a session already running keeps the music it started with.',
    settings: [],
    collection: journeysEditorStore as StoreApi<UndoableCollection>,
  },
  {
    id: 'rooms',
    label: 'Rooms and PIN',
    render: () => <RoomsTab />,
    editor: clinicEditorStore,
    note: 'An imported pack applies from the next session; a session already running keeps what it started with.',
    // Importing a pack and setting the PIN are not edits of this screen: its Undo has nothing to take back.
    settings: [],
  },
  {
    id: 'network',
    label: 'Clinic network',
    render: () => <ClinicNetworkTab />,
    editor: networkStore as StoreApi<TabEditor>,
    note: 'Saved with its button; the room connects again at once. A session goes on whatever the network does.',
    settings: [],
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
  const { load } = useClinicEditorActions();
  const loaded = useClinicEditor((s) => s.config !== null);
  const [tab, setTab] = useState<ClinicTab>('details');
  const { editor, note, settings, collection } = TABS.find((t) => t.id === tab)!;
  const { dismissError } = useStore(editor, (s) => s.actions);
  const { label: lastChange, undo } = useTabUndo(settings, collection);
  const saving = useStore(editor, (s) => s.saving);
  const status = useStore(editor, (s) => s.status);
  const unsaved = useStore(editor, (s) => Object.keys(s.drafts).length > 0);
  const error = useStore(editor, (s) => s.error);
  useUndoShortcut(undo);

  useEffect(() => {
    // Read afresh each time the screen opens; switching tabs keeps each tab's undo history.
    void load();
    void programsEditorStore.getState().actions.load();
    void journeysEditorStore.getState().actions.load();
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
      <p className="muted">{note}</p>
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
