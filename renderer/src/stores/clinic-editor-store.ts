import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClinicConfig } from '@domain/clinic/clinic-config';
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
import {
  changedSettings,
  checkChange,
  checkNewPrompt,
  lastChangeIn,
  promptFromDraft,
  recordChange,
  revertChange,
  type Change,
  type PartChange,
  type PromptDraft,
  type Setting,
} from './clinic-editor-model';
import { checklistActions, type ChecklistActions } from './checklist-actions';
import { nextEditSeq } from './edit-sequence';
import { sameItem, type FieldErrors } from './editor-model';
import { editorSync } from './editor-sync';
import { createSaveQueue, type SaveStatus } from './save-queue';
import { errorMessage } from '@domain/error-message';

/** Where the settings come from and go to: the main process in the app, a fake in tests. */
export interface ClinicBackend {
  load(): Promise<ClinicConfig>;
  /** Resolves to the settings as stored; rejects with the reason when they are refused. */
  save(config: ClinicConfig): Promise<ClinicConfig>;
  /** Hears the settings each time they change in main (from the clinic store); answers how to stop. */
  onChange?(listener: (config: ClinicConfig) => void): () => void;
}

/** What a clinic typed in one part that the schema does not accept: shown, never saved. */
export interface PartDraft {
  value: unknown;
  errors: FieldErrors;
}

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

const WORDING_LABELS: Record<WordingPart, string> = {
  tonight: 'Tonight lines',
  thisWeek: 'This week lines',
  weeklyCheckIn: 'weekly check-in line',
  crisisLine: 'crisis line',
};

export interface ClinicEditorActions extends ChecklistActions {
  /** Reads the settings afresh (after any save still on its way) and starts a new undo history. */
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
  /**
   * Takes back the last change to the settings in `scope` (the tab's own; every setting when
   * omitted) and saves; settings changed elsewhere since stay as they are.
   */
  undo(scope?: readonly Setting[]): void;
  dismissError(): void;
}

export interface ClinicEditorState extends SaveStatus {
  /** The settings as edited; every value in it has passed the schema. Null until loaded. */
  config: ClinicConfig | null;
  /** Parts whose typed value is invalid, by part name. */
  drafts: Record<string, PartDraft>;
  /** Saved changes, oldest first, for undo. */
  history: Change[];
  actions: ClinicEditorActions;
}

/**
 * The clinic editor: each edit is checked against the schema as it is typed, a valid one is
 * saved at once (one save at a time, the newest settings winning) and an invalid one stays on
 * screen with its reasons. If the main process refuses a save, the last settings it accepted
 * come back, with the undo history they had. Settings changed elsewhere (a pack import, another
 * window) replace the edited ones and start a new undo history.
 */
export function createClinicEditorStore(backend: ClinicBackend): StoreApi<ClinicEditorState> {
  let typingIn: string | null = null;
  /** The settings the main process last accepted, with the undo history they had then. */
  let confirmed: { config: ClinicConfig; history: Change[] } | null = null;
  /** The settings as the main process answered or announced them, to know its echo of our saves. */
  let answered: ClinicConfig | null = null;

  return createStore<ClinicEditorState>()((set, get) => {
    const saves = createSaveQueue({
      set,
      nextRequest: () => {
        const { config, history } = get();
        if (!config || config === confirmed?.config) return null;
        return async () => {
          answered = await backend.save(config);
          confirmed = { config, history };
        };
      },
      refused: (error) => {
        typingIn = null;
        set({
          ...confirmed!,
          drafts: {},
          status: null,
          error: `${errorMessage(error)} The settings are back as they were last saved.`,
        });
      },
    });

    /** Shows the settings as the main process holds them, with a new undo history. */
    const adopt = (config: ClinicConfig, elsewhere: boolean) => {
      confirmed = { config, history: [] };
      answered = config;
      typingIn = null;
      const status = elsewhere
        ? 'The settings were changed elsewhere (an import, another window): shown as they are now.'
        : null;
      set({ config, drafts: {}, history: [], status, error: null });
    };

    const sync = editorSync<ClinicConfig>({
      saves,
      saving: () => get().saving,
      loaded: () => get().config !== null,
      read: () => backend.load(),
      isEcho: (config) => answered !== null && sameItem(answered, config),
      adopt,
      loadFailed: (reason) => set({ error: `The clinic settings could not be loaded: ${reason}` }),
    });
    backend.onChange?.((config) => void sync.follow(config));

    const change = ({ part, label, at, value, next, typing = false }: PartChange) => {
      const { config, drafts, history } = get();
      if (!config) return;
      const { [part]: _old, ...otherDrafts } = drafts;
      const checked = checkChange(next(config), at);
      if (!checked.ok) {
        set({ drafts: { ...drafts, [part]: { value, errors: checked.errors } } });
        return;
      }
      if (sameItem(checked.config, config)) {
        set({ drafts: otherDrafts });
        return;
      }
      const recorded = recordChange(
        history,
        { part, label, before: config, settings: changedSettings(config, checked.config), seq: nextEditSeq() },
        typing ? typingIn : null,
      );
      typingIn = typing ? part : null;
      set({ config: checked.config, drafts: otherDrafts, history: recorded, status: null, error: null });
      void saves.flush();
    };

    const promptAt = (id: string): PropertyKey[] => {
      if (isBuiltinPrompt(id)) return ['promptOverrides', id];
      return ['customPrompts', get().config?.customPrompts.findIndex((p) => p.id === id) ?? 0];
    };

    return {
      config: null,
      drafts: {},
      history: [],
      saving: false,
      status: null,
      error: null,
      actions: {
        load: sync.load,
        setDetail: (field, value) =>
          change({
            part: field,
            label: DETAIL_LABELS[field],
            at: [field],
            value,
            next: (config) => ({ ...config, [field]: value }),
            typing:
              typeof value === 'string' && ['clinicName', 'roomName', 'clinicPhone', 'afterHoursPhone'].includes(field),
          }),
        setWording: (part, value) =>
          change({
            part: `sheetWording.${part}`,
            label: WORDING_LABELS[part],
            at: ['sheetWording', part],
            value,
            next: (config) => withWording(config, part, value),
            typing: true,
          }),
        restoreBuiltinWording: (part) =>
          change({
            part: `sheetWording.${part}`,
            label: WORDING_LABELS[part],
            at: ['sheetWording', part],
            value: undefined,
            next: (config) => withBuiltinWording(config, part),
          }),
        editPrompt: (id, draft, typing = true) =>
          change({
            part: `prompt.${id}`,
            label: 'prompt wording',
            at: promptAt(id),
            value: draft,
            next: (config) => {
              const own = config.customPrompts.find((p) => p.id === id);
              if (!own) return withPromptText(config, id, draft.text);
              return withCustomPrompt(config, promptFromDraft(id, draft, own.enabled));
            },
            typing,
          }),
        setPromptHandedOut: (id, handedOut) =>
          change({
            part: `prompt.${id}.handedOut`,
            label: handedOut ? 'prompt handed out' : 'prompt switched off',
            at: promptAt(id),
            value: handedOut,
            next: (config) => withPromptHandedOut(config, id, handedOut),
          }),
        restorePromptWording: (id) =>
          change({
            part: `prompt.${id}`,
            label: 'prompt wording',
            at: promptAt(id),
            value: undefined,
            next: (config) => withBuiltinPromptWording(config, id),
          }),
        addPrompt: (draft) => {
          const config = get().config;
          if (!config) return { ok: false, errors: { '': 'The clinic settings are not loaded yet.' } };
          const checked = checkNewPrompt(config, draft);
          if (!checked.ok) return checked;
          change({
            part: `prompt.${checked.id}`,
            label: 'added prompt',
            at: [],
            value: draft,
            next: () => checked.config,
          });
          return { ok: true, id: checked.id };
        },
        deletePrompt: (id) =>
          change({
            part: `prompt.${id}.deleted`,
            label: 'deleted prompt',
            at: [],
            value: undefined,
            next: (config) => withoutPrompt(config, id),
          }),
        endTyping: () => {
          typingIn = null;
        },
        undo: (scope) => {
          const { history, config } = get();
          const last = lastChangeIn(history, scope);
          if (!last || !config) return;
          typingIn = null;
          set({
            config: revertChange(config, last),
            history: history.filter((change) => change !== last),
            drafts: {},
            status: `Undone: ${last.label}. Saved.`,
            error: null,
          });
          void saves.flush();
        },
        dismissError: () => set({ error: null }),
        ...checklistActions(change, () => get().config),
      },
    };
  });
}
