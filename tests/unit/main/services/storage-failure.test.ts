import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Control } from '@domain/session/controls';
import { dispatch } from '../../../../main/ipc/dispatch';
import { services, tempDir } from '../../../support/services';
import { mountSmallDisk, type SmallDisk } from '../../../support/small-disk';
import { MIN } from '../../../support/runs';
import { waitFor } from '../../../support/wait-for';

const probe = mountSmallDisk();
const refused = 'refused' in probe ? probe.refused : null;
if (!('refused' in probe)) probe.unmount();

let disk: SmallDisk | null = null;
afterEach(() => {
  disk?.unmount();
  disk = null;
});

/** A session on a small disk of its own: dosed, twenty minutes in. */
function roomOnSmallDisk() {
  const mounted = mountSmallDisk();
  if ('refused' in mounted) throw new Error(mounted.refused);
  disk = mounted;
  const room = services(path.join(mounted.dir, 'data'));
  room.session.start('iv-40');
  room.session.control({ type: 'dose' });
  room.clock.advance(20 * MIN);
  return { room, disk: mounted };
}

const onDisk = (dataDir: string) =>
  JSON.parse(fs.readFileSync(path.join(dataDir, 'session-run.json'), 'utf8')) as {
    run: { events: { type: string }[] };
  };

/** Every safety control, pressed a second apart, as staff would in a hurry. */
const SAFETY: Control[] = [
  { type: 'quiet' },
  { type: 'staffLightOn' },
  { type: 'pause' },
  { type: 'resume' },
  { type: 'extend' },
  { type: 'endTreatment' },
  { type: 'extendRecovery' },
  { type: 'checklist', itemId: 'vitals', done: true },
];

describe.skipIf(refused !== null)(`when the disk fails mid-session${refused ? ` (skipped: ${refused})` : ''}`, () => {
  it.each([
    ['full', (d: SmallDisk) => d.fill(), (d: SmallDisk) => d.makeRoom(), 'disk full (ENOSPC)'],
    [
      'read-only',
      (d: SmallDisk) => d.readOnly(true),
      (d: SmallDisk) => d.readOnly(false),
      'the disk is read-only (EROFS)',
    ],
  ])('a %s disk stops no control, says so, and catches up when it recovers', async (_, fail, recover, why) => {
    const { room, disk } = roomOnSmallDisk();
    await room.session.whenWritten();
    fail(disk);
    for (const control of SAFETY) {
      room.clock.advance(1_000);
      expect(room.session.control(control).run.events.at(-1)!.type).toBe(control.type);
    }
    const banner = `Cannot save: ${why}. The session goes on; changes are kept in memory.`;
    await expect.poll(() => room.session.snapshot()!.unsaved).toBe(banner);

    // Close waits for its history line: refused, with the reason, and the session goes on.
    for (let press = 0; press < 2; press++) {
      room.clock.advance(1_000);
      await expect(
        room.session.closeSession({ type: 'close', uncheckedConfirmed: true, reasonId: 'other' }),
      ).rejects.toThrow(new RegExp(`not closed.*${why.replace(/[()]/g, '\\$&')}.*Press Close session again`));
      expect(room.session.snapshot()!.run.events.at(-1)!.type).toBe('checklist');
    }

    recover(disk);
    await room.session.whenWritten();
    expect(room.session.snapshot()!.unsaved).toBeNull();
    expect(onDisk(room.dataDir).run.events.map((e) => e.type)).toEqual(
      room.session.snapshot()!.run.events.map((e) => e.type),
    );
    room.clock.advance(1_000);
    await room.session.closeSession({ type: 'close', uncheckedConfirmed: true, reasonId: 'other' });
    expect((await room.handlers['history.list']({})).records).toHaveLength(1);
  });

  it('a close whose history line was written but whose run log was not is found open after a restart, and closing it again keeps one line', async () => {
    const { room, disk } = roomOnSmallDisk();
    room.session.control({ type: 'endTreatment' });
    await room.session.whenWritten();
    // Only the run log's own write fails: its temporary name is taken by a folder.
    fs.mkdirSync(path.join(room.dataDir, `session-run.json.tmp-${process.pid}`));
    room.clock.advance(MIN);
    await room.session.closeSession({ type: 'close', uncheckedConfirmed: true, reasonId: 'other' });
    await expect.poll(() => room.session.snapshot()!.unsaved).toMatch(/^Cannot save/);

    // The app is stopped before the disk recovers; the history holds the close, the run log does not.
    const again = services(room.dataDir, room.clock);
    expect(again.session.snapshot()!.awaitingResume).toBe(true);
    fs.rmdirSync(path.join(room.dataDir, `session-run.json.tmp-${process.pid}`));
    again.session.continueAfterRestart();
    room.clock.advance(MIN);
    await again.session.closeSession({ type: 'close', uncheckedConfirmed: true, reasonId: 'other' });
    const { records } = await again.handlers['history.list']({});
    expect(records).toHaveLength(1);
    expect(records[0]!.restarts).toHaveLength(1);
    expect(disk.dir).toBeTruthy();
  });
});

/** Makes a folder immutable (EPERM even for root), or says why it cannot here. */
function immutable(dir: string, on: boolean): string | null {
  try {
    execFileSync('chattr', [on ? '+i' : '-i', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    return null;
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
  }
}
const probeDir = tempDir();
const chattrRefused = immutable(probeDir, true) ?? immutable(probeDir, false);

describe.skipIf(chattrRefused !== null)(
  `when the app may not write its data folder${chattrRefused ? ` (skipped: chattr refused: ${chattrRefused})` : ''}`,
  () => {
    it('a refused write answers at once, never after a busy wait, and the session goes on', async () => {
      const room = services();
      room.session.start('iv-40');
      await room.session.whenWritten();
      const clinic = await room.handlers['clinic.get']({});
      immutable(room.dataDir, true);
      try {
        const startedAt = performance.now();
        const saved = await dispatch(room.handlers, 'clinic.save', { ...clinic, clinicName: 'Harbor' });
        expect(saved).toEqual({
          ok: false,
          error:
            'Stillroom could not save: no permission to write the data folder (EPERM). Nothing was changed; try again once the disk can be written.',
        });
        expect(performance.now() - startedAt).toBeLessThan(250);
        expect(room.session.control({ type: 'quiet' }).run.events.at(-1)!.type).toBe('quiet');
        await expect
          .poll(() => room.session.snapshot()!.unsaved)
          .toBe(
            'Cannot save: no permission to write the data folder (EPERM). The session goes on; changes are kept in memory.',
          );
      } finally {
        immutable(room.dataDir, false);
      }
      await room.session.whenWritten();
      expect(room.session.snapshot()!.unsaved).toBeNull();
    });
  },
);

const writes = (file: string, bytes: number) => {
  try {
    fs.writeFileSync(file, Buffer.alloc(bytes));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return false;
    throw error;
  }
};

// The disk-full tests rely on this: an app that was mid-write when the disk filled frees its old
// file at the rename, and its next write must still find the disk full.
describe.skipIf(refused !== null)(`a small disk filled by a test${refused ? ` (skipped: ${refused})` : ''}`, () => {
  it('stays full when a file on it is replaced after it filled', async () => {
    const mounted = mountSmallDisk(256);
    if ('refused' in mounted) throw new Error(mounted.refused);
    disk = mounted;
    const document = path.join(mounted.dir, 'session-run.json');
    fs.writeFileSync(document, Buffer.alloc(8 * 1024));
    mounted.fill();
    expect(writes(path.join(mounted.dir, 'new.tmp'), 100)).toBe(false);

    fs.rmSync(document);
    await waitFor('the freed space to be taken', () => fs.statfsSync(mounted.dir).bavail === 0, {
      timeoutMs: 2_000,
    });
    expect(writes(path.join(mounted.dir, 'next.tmp'), 100)).toBe(false);

    mounted.makeRoom();
    expect(writes(path.join(mounted.dir, 'after.tmp'), 8 * 1024)).toBe(true);
  });
});
