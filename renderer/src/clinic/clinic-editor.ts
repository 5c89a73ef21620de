import { useStore } from 'zustand';
import { api, onEvent } from '../ipc/client';
import { createClinicEditorStore, type ClinicEditorState, type PartDraft } from './clinic-editor-store';

/** The clinic editor's one store, saving through the main process and following what it announces. */
export const clinicEditorStore = createClinicEditorStore({
  load: () => api['clinic.get']({}),
  save: (config) => api['clinic.save'](config),
  onChange: (listener) => onEvent('clinic.changed', listener),
});

/** Subscribes a component to one slice of the clinic editor. */
export function useClinicEditor<T>(selector: (state: ClinicEditorState) => T): T {
  return useStore(clinicEditorStore, selector);
}

export const useClinicEditorActions = () => useClinicEditor((s) => s.actions);

/** The invalid value typed in one part, if any, with its reasons. */
export const usePartDraft = (part: string): PartDraft | undefined => useClinicEditor((s) => s.drafts[part]);
