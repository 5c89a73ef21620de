import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventChannel } from '@domain/ipc/channels';
import { services, tempDir } from '../support/services';

type Heard = { event: EventChannel; payload: unknown };

/** The real services, with every event they send to the windows written down. */
function listening() {
  const app = services();
  const heard: Heard[] = [];
  app.onEvent((event, payload) => heard.push({ event, payload }));
  const names = (event: 'programs.changed' | 'journeys.changed') =>
    heard
      .filter((h) => h.event === event)
      .map((h) => (h.payload as { id: string; name: string }[]).filter((i) => i.id.startsWith('clinic-')));
  return { app, heard, names };
}

describe('main announces every change to the clinic’s setup to every window', () => {
  it('a saved or deleted program, journey or setting is announced whole', async () => {
    const { app, heard } = listening();
    const [builtin] = await app.handlers['programs.list']({});
    await app.handlers['programs.save']({ ...builtin!, id: 'clinic-a', name: 'Harbor IV' });
    await app.handlers['programs.delete']({ id: 'clinic-a' });
    const clinic = await app.handlers['clinic.get']({});
    await app.handlers['clinic.save']({ ...clinic, clinicName: 'Harbor Clinic' });
    const programs = heard.filter((h) => h.event === 'programs.changed').map((h) => h.payload as { id: string }[]);
    expect(programs.map((list) => list.some((p) => p.id === 'clinic-a'))).toEqual([true, false]);
    expect(programs[0]![0]!.id).toBe(builtin!.id);
    expect(heard.find((h) => h.event === 'clinic.changed')?.payload).toMatchObject({ clinicName: 'Harbor Clinic' });
  });

  it('an imported pack and a restored backup are announced, so no window keeps the setup from before', async () => {
    const { app, heard, names } = listening();
    const [builtin] = await app.handlers['programs.list']({});
    await app.handlers['programs.save']({ ...builtin!, id: 'clinic-a', name: 'Harbor IV, 45 min' });
    const pack = path.join(tempDir(), 'harbor.zip');
    await app.handlers['pack.export']({ path: pack, includeAudio: false });
    await app.handlers['programs.save']({ ...builtin!, id: 'clinic-a', name: 'Harbor IV, old' });

    heard.length = 0;
    await app.handlers['pack.import']({ path: pack });
    expect(
      names('programs.changed')
        .at(-1)!
        .map((p) => p.name),
    ).toEqual(['Harbor IV, 45 min']);
    expect(heard.some((h) => h.event === 'journeys.changed')).toBe(true);
    expect(heard.some((h) => h.event === 'clinic.changed')).toBe(true);
    expect(heard.some((h) => h.event === 'playlists.changed')).toBe(true);

    heard.length = 0;
    await app.handlers['pack.restoreBackup']({});
    // The backup's files were put back underneath the services; what they announce is read from them.
    expect(
      names('programs.changed')
        .at(-1)!
        .map((p) => p.name),
    ).toEqual(['Harbor IV, old']);
    expect(heard.some((h) => h.event === 'clinic.changed')).toBe(true);
    expect(heard.some((h) => h.event === 'playlists.changed')).toBe(true);
  });
});
