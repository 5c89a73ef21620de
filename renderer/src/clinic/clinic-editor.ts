import { useStore } from 'zustand';
import type { ClinicConfig } from '../../../src/clinic/clinic-config';
import { useAppStore } from '../app/app-store';
import { api } from '../ipc/client';
import { useClinicStore } from './clinic-store';
import { createClinicEditorStore, type ClinicEditorState, type PartDraft } from './clinic-editor-store';

/** Keeps the app bar's clinic and room name and the sheet's settings in step with the editor. */
function shareSaved(config: ClinicConfig) {
  useClinicStore.setState({ config });
  useAppStore.setState((s) =>
    s.info
      ? {
          info: {
            ...s.info,
            clinicName: config.clinicName,
            roomName: config.roomName,
            defaultLanguage: config.defaultLanguage,
            keepSheetCopies: config.keepSheetCopies,
          },
        }
      : {},
  );
}

/** The clinic editor's one store, saving through the main process. */
export const clinicEditorStore = createClinicEditorStore({
  load: () => api['clinic.get']({}),
  save: (config) => api['clinic.save'](config),
  onSaved: shareSaved,
});

/** Subscribes a component to one slice of the clinic editor. */
export function useClinicEditor<T>(selector: (state: ClinicEditorState) => T): T {
  return useStore(clinicEditorStore, selector);
}

export const useClinicEditorActions = () => useClinicEditor((s) => s.actions);

/** The invalid value typed in one part, if any, with its reasons. */
export const usePartDraft = (part: string): PartDraft | undefined => useClinicEditor((s) => s.drafts[part]);
