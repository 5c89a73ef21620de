import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/ipc/dispatch';
import { waitAfterFailures } from '../../main/services/staff-lock';
import { services } from '../support/services';

/** A room showing the patient screen, its PIN 4821. */
async function lockedRoom() {
  const room = services();
  await room.handlers['staff.setPin']({ newPin: '4821' });
  await room.handlers['staff.lock']({});
  return room;
}

const wrongGuesses = (count: number) => Array.from({ length: count }, (_, i) => String(1000 + i));

describe('the PIN wait holds when guesses arrive all at once', () => {
  it('checks one of 400 parallel guesses and tells the other 399 to wait', async () => {
    const room = await lockedRoom();
    // Through the dispatcher both the web host and Electron's IPC use.
    const replies = await Promise.all(wrongGuesses(400).map((pin) => dispatch(room.handlers, 'staff.unlock', { pin })));
    const errors = replies.map((reply) => (reply.ok ? 'unlocked' : reply.error));
    expect(errors.filter((e) => /not right/.test(e))).toHaveLength(1);
    expect(errors.filter((e) => /^Please wait/.test(e))).toHaveLength(399);
    expect((await room.handlers['staff.status']({})).locked).toBe(true);
  }, 120_000);

  it('refuses the right PIN while another guess is being checked, and takes it once the wait is over', async () => {
    const room = await lockedRoom();
    const wrong = dispatch(room.handlers, 'staff.unlock', { pin: '1111' });
    const right = await dispatch(room.handlers, 'staff.unlock', { pin: '4821' });
    expect(right).toEqual({ ok: false, error: expect.stringMatching(/^Please wait/) });
    expect(await wrong).toEqual({ ok: false, error: 'That PIN is not right.' });
    room.clock.advance(waitAfterFailures(1));
    expect(await dispatch(room.handlers, 'staff.unlock', { pin: '4821' })).toMatchObject({ ok: true });
  }, 20_000);

  it('writes the failure down before checking the guess, so stopping the app mid-check saves no guess', async () => {
    const room = await lockedRoom();
    const guess = room.handlers['staff.unlock']({ pin: '1111' });
    const saved = JSON.parse(fs.readFileSync(path.join(room.dataDir, 'staff-lock.json'), 'utf8')) as {
      failures: number;
    };
    expect(saved.failures).toBe(1);
    await expect(guess).rejects.toThrow(/not right/);
  });

  it('holds the same wait for the current PIN asked when changing it', async () => {
    const room = services();
    await room.handlers['staff.setPin']({ newPin: '4821' });
    const replies = await Promise.all(
      wrongGuesses(50).map((pin) => dispatch(room.handlers, 'staff.setPin', { newPin: '9999', currentPin: pin })),
    );
    const errors = replies.map((reply) => (reply.ok ? 'changed' : reply.error));
    expect(errors.filter((e) => /not right/.test(e))).toHaveLength(1);
    expect(errors.filter((e) => /^Please wait/.test(e))).toHaveLength(49);
  }, 60_000);
});
