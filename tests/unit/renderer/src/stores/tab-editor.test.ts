import { describe, expect, test, vi } from 'vitest';
import { ClinicConfig, defaultClinicConfig } from '@domain/clinic/clinic-config';
import { builtinPrograms } from '@domain/session/builtin-programs';
import { Program } from '@domain/session/program';
import { createClinicEditor } from '../../../../../renderer/src/stores/clinic-editor-store';
import { checkItem, MAIN_HISTORY } from '../../../../../renderer/src/stores/editor-model';
import { createEditorStore } from '../../../../../renderer/src/stores/editor-store';
import { programCopy, programText } from '../../../../../renderer/src/stores/program-fields';
import { createTabEditor } from '../../../../../renderer/src/stores/tab-editor';

const BUILTIN = builtinPrograms();
const own = programCopy(BUILTIN[0]!, BUILTIN, 'clinic-own');

/** The clinic editor and the program editor over a main process in memory, and three of the screen's tabs. */
async function openScreen() {
  let config = defaultClinicConfig(7);
  const programs = new Map([[own.id, own]]);
  const clinic = createClinicEditor({
    load: async () => config,
    save: async (next) => (config = ClinicConfig.parse(next)),
  });
  const programEditor = createEditorStore<Program>({
    backend: {
      list: async () => [...BUILTIN, ...programs.values()],
      save: async (program) => (programs.set(program.id, program), program),
    },
    idOf: (program) => program.id,
    isBuiltin: (id) => BUILTIN.some((p) => p.id === id),
    check: (candidate, at) => checkItem(Program, candidate, at),
    plural: 'programs',
  });
  await clinic.actions.load();
  await programEditor.getState().actions.load();
  programEditor.getState().actions.select(own.id);
  const tabs = {
    details: createTabEditor([{ editor: clinic.store, history: 'details' }]),
    programs: createTabEditor([
      { editor: programEditor, history: MAIN_HISTORY },
      { editor: clinic.store, history: 'programs' },
    ]),
    rooms: createTabEditor([{ editor: clinic.store, history: 'rooms' }]),
  };
  const settled = () =>
    vi.waitFor(() => expect(clinic.store.getState().saving || programEditor.getState().saving).toBe(false));
  return { clinic, programEditor, tabs, settled, config: () => config, program: () => programs.get(own.id)! };
}

describe('Undo on a tab of the Clinic screen', () => {
  test('takes back the newest step among the tab’s own histories and nothing done on another tab', async () => {
    const { clinic, programEditor, tabs, settled, config, program } = await openScreen();
    programEditor.getState().actions.edit(programText('name', 'Harbor IV'));
    clinic.actions.setDetail('hiddenProgramIds', [BUILTIN[1]!.id]);
    clinic.actions.setDetail('roomName', 'Quiet room');
    await settled();
    expect(tabs.programs.view.getState().lastChange).toBe('programs offered');
    expect(tabs.details.view.getState().lastChange).toBe('room name');
    expect(tabs.rooms.view.getState().lastChange).toBeNull();

    tabs.programs.undo();
    await settled();
    expect(config()).toMatchObject({ hiddenProgramIds: [], roomName: 'Quiet room' });
    expect(tabs.programs.view.getState().lastChange).toBe('program name');
    tabs.programs.undo();
    await settled();
    expect(program().name).toBe(own.name);
    expect(config().roomName).toBe('Quiet room');
    expect(tabs.programs.view.getState().lastChange).toBeNull();
  });

  test('says a value is not saved only on the tab it was typed on', async () => {
    const { clinic, tabs } = await openScreen();
    clinic.actions.setDetail('clinicPhone', '555-CALL');
    expect(tabs.details.view.getState()).toMatchObject({ unsaved: true, lastChange: 'phone number (not saved)' });
    expect(tabs.programs.view.getState().unsaved).toBe(false);
  });
});
