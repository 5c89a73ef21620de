import type { StoreApi } from 'zustand/vanilla';
import { ClinicConfig } from '@domain/clinic/clinic-config';
import {
  withBuiltinPromptWording,
  withBuiltinWording,
  withCustomPrompt,
  withoutPrompt,
  withPromptHandedOut,
  withPromptText,
  withWording,
  type WordingPart,
} from '@domain/clinic/clinic-edits';
import { isBuiltinPrompt } from '@domain/sheet/prompt-library';
import type { SheetWording } from '@domain/sheet/prompt-types';
import { checkNewPrompt, promptFromDraft, type PromptDraft } from './clinic-editor-model';
import { checklistActions, type ChecklistActions } from './checklist-actions';
import { checkItem, type Edit, type FieldErrors } from './editor-model';
import { createEditorStore, type EditorActions, type EditorState } from './editor-store';

/** Where the settings come from and go to: the main process in the app, a fake in tests. */
export interface ClinicBackend {
  load(): Promise<ClinicConfig>;
  /** Resolves to the settings as stored; rejects with the reason when they are refused. */
  save(config: ClinicConfig): Promise<ClinicConfig>;
  /** Hears the settings each time they change in main (from the clinic store); answers how to stop. */
  onChange?(listener: (config: ClinicConfig) => void): () => void;
}

/**
 * The places the settings are edited, each with its own undo history although all save into
 * one document: Undo on one of them never takes back what was done on another.
 */
export type ClinicHistory = 'details' | 'sheet' | 'prompts' | 'programs';

export type DetailField =
  | 'clinicName'
  | 'roomName'
  | 'clinicPhone'
  | 'afterHoursPhone'
  | 'logo'
  | 'defaultLanguage'
  | 'paperSize'
  | 'inductionSessions'
  | 'keepSheetCopies'
  | 'defaultProgramId'
  | 'hiddenProgramIds';

const DETAIL_LABELS: Record<DetailField, string> = {
  clinicName: 'clinic name',
  roomName: 'room name',
  clinicPhone: 'phone number',
  afterHoursPhone: 'after-hours number',
  logo: 'logo',
  defaultLanguage: 'sheet language',
  paperSize: 'paper size',
  inductionSessions: 'sessions in the first series',
  keepSheetCopies: 'copies of sheets',
  defaultProgramId: 'program chosen first',
  hiddenProgramIds: 'programs offered',
};

const TYPED_DETAILS: readonly DetailField[] = ['clinicName', 'roomName', 'clinicPhone', 'afterHoursPhone'];
/** Chosen beside the programs, so they are undone there. */
const PROGRAM_CHOICES: readonly DetailField[] = ['defaultProgramId', 'hiddenProgramIds'];

const WORDING_LABELS: Record<WordingPart, string> = {
  tonight: 'Tonight lines',
  thisWeek: 'This week lines',
  weeklyCheckIn: 'weekly check-in line',
  crisisLine: 'crisis line',
};

/** The settings are one item under this id. */
export const CLINIC_ID = 'clinic';

export interface ClinicEditorActions extends ChecklistActions {
  /** Reads the settings afresh (after any save still on its way) and starts new undo histories. */
  load(): Promise<void>;
  setDetail<F extends DetailField>(field: F, value: ClinicConfig[F]): void;
  setWording<P extends WordingPart>(part: P, value: SheetWording[P]): void;
  restoreBuiltinWording(part: WordingPart): void;
  /** Rewords a prompt (`typing`: as typed, key by key); the clinic's own prompts also take new stages and a theme. */
  editPrompt(id: string, draft: PromptDraft, typing?: boolean): void;
  setPromptHandedOut(id: string, handedOut: boolean): void;
  restorePromptWording(id: string): void;
  /** Adds a prompt of the clinic's own; returns its id, or why it cannot be added. */
  addPrompt(draft: PromptDraft): { ok: true; id: string } | { ok: false; errors: FieldErrors };
  deletePrompt(id: string): void;
  /** Staff left a field: the next keystroke starts a new change for undo. */
  endTyping(): void;
  /** Takes back the last thing done in one place: an unsaved value, or else its last saved change. */
  undo(history: ClinicHistory): void;
  dismissError(): void;
}

export interface ClinicEditor {
  store: StoreApi<EditorState<ClinicConfig>>;
  actions: ClinicEditorActions;
}

/** The settings as edited, once loaded. */
export const clinicConfigOf = (state: EditorState<ClinicConfig>): ClinicConfig | null => state.items[0] ?? null;

/**
 * The clinic editor: the editor core over the settings as a collection of one, with an edit for
 * each thing the tabs change.
 */
export function createClinicEditor(backend: ClinicBackend): ClinicEditor {
  const store = createEditorStore<ClinicConfig>({
    backend: {
      list: async () => [await backend.load()],
      save: (config) => backend.save(config),
      onChange: backend.onChange && ((listener) => backend.onChange!((config) => listener([config]))),
    },
    idOf: () => CLINIC_ID,
    check: (candidate, at) => checkItem(ClinicConfig, candidate, at),
    plural: 'clinic settings',
  });
  const core: EditorActions<ClinicConfig> = store.getState().actions;
  const config = () => clinicConfigOf(store.getState());
  const change = (edit: Edit<ClinicConfig> & { history: ClinicHistory }) => core.edit(edit, CLINIC_ID);

  const promptAt = (id: string): PropertyKey[] => {
    if (isBuiltinPrompt(id)) return ['promptOverrides', id];
    return ['customPrompts', config()?.customPrompts.findIndex((p) => p.id === id) ?? 0];
  };
  const promptChange = (edit: Omit<Edit<ClinicConfig>, 'history'>) => change({ ...edit, history: 'prompts' });

  const actions: ClinicEditorActions = {
    load: core.load,
    endTyping: core.endTyping,
    undo: core.undo,
    dismissError: core.dismissError,
    setDetail: (field, value) =>
      change({
        part: field,
        label: DETAIL_LABELS[field],
        at: [field],
        value,
        next: (settings) => ({ ...settings, [field]: value }),
        typing: typeof value === 'string' && TYPED_DETAILS.includes(field),
        history: PROGRAM_CHOICES.includes(field) ? 'programs' : 'details',
      }),
    setWording: (part, value) =>
      change({
        part: `sheetWording.${part}`,
        label: WORDING_LABELS[part],
        at: ['sheetWording', part],
        value,
        next: (settings) => withWording(settings, part, value),
        typing: true,
        history: 'sheet',
      }),
    restoreBuiltinWording: (part) =>
      change({
        part: `sheetWording.${part}`,
        label: WORDING_LABELS[part],
        at: ['sheetWording', part],
        value: undefined,
        next: (settings) => withBuiltinWording(settings, part),
        history: 'sheet',
      }),
    editPrompt: (id, draft, typing = true) =>
      promptChange({
        part: `prompt.${id}`,
        label: 'prompt wording',
        at: promptAt(id),
        value: draft,
        next: (settings) => {
          const own = settings.customPrompts.find((p) => p.id === id);
          if (!own) return withPromptText(settings, id, draft.text);
          return withCustomPrompt(settings, promptFromDraft(id, draft, own.enabled));
        },
        typing,
      }),
    setPromptHandedOut: (id, handedOut) =>
      promptChange({
        part: `prompt.${id}.handedOut`,
        label: handedOut ? 'prompt handed out' : 'prompt switched off',
        at: promptAt(id),
        value: handedOut,
        next: (settings) => withPromptHandedOut(settings, id, handedOut),
      }),
    restorePromptWording: (id) =>
      promptChange({
        part: `prompt.${id}`,
        label: 'prompt wording',
        at: promptAt(id),
        value: undefined,
        next: (settings) => withBuiltinPromptWording(settings, id),
      }),
    addPrompt: (draft) => {
      const current = config();
      if (!current) return { ok: false, errors: { '': 'The clinic settings are not loaded yet.' } };
      const checked = checkNewPrompt(current, draft);
      if (!checked.ok) return checked;
      promptChange({
        part: `prompt.${checked.id}`,
        label: 'added prompt',
        at: [],
        value: draft,
        next: () => checked.config,
      });
      return { ok: true, id: checked.id };
    },
    deletePrompt: (id) =>
      promptChange({
        part: `prompt.${id}.deleted`,
        label: 'deleted prompt',
        at: [],
        value: undefined,
        next: (settings) => withoutPrompt(settings, id),
      }),
    ...checklistActions((edit) => change({ ...edit, history: 'details' }), config),
  };
  return { store, actions };
}
