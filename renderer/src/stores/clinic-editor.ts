import { useStore } from 'zustand';
import type { ClinicConfig } from '@domain/clinic/clinic-config';
import { api } from '../ipc/client';
import { useClinicStore } from './clinic-store';
import { clinicConfigOf, createClinicEditor } from './clinic-editor-store';
import type { Draft } from './editor-model';
import type { EditorState } from './editor-store';

/** The clinic editor: drafts and undo over the clinic store, saving through the main process. */
export const clinicEditor = createClinicEditor({
  load: () => api['clinic.get']({}),
  save: (config) => api['clinic.save'](config),
  onChange: (listener) =>
    useClinicStore.subscribe((now, before) => now.config && now.config !== before.config && listener(now.config)),
});

/** Subscribes a component to one slice of the clinic editor. */
export function useClinicEditor<T>(selector: (state: EditorState<ClinicConfig>) => T): T {
  return useStore(clinicEditor.store, selector);
}

/** Subscribes a component to one slice of the settings as edited; only for parts of the screen shown once they are loaded. */
export const useClinicConfig = <T>(selector: (config: ClinicConfig) => T): T =>
  useClinicEditor((s) => selector(clinicConfigOf(s)!));

/** The clinic editor's actions (they never change). */
export const useClinicEditorActions = () => clinicEditor.actions;

/** The invalid value typed in one part, if any, with its reasons. */
export const usePartDraft = (part: string): Draft | undefined => useClinicEditor((s) => s.drafts[part]);
