import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunEvent, SessionRun } from '@domain/session/run-log';
import { MAX_RUN_EVENTS } from '@domain/session/run-log';
import { ManualClock } from '../support/manual-clock';
import { startRun, T0 } from '../support/runs';
import { services, tempDir } from '../support/services';

const HOUR = 3_600_000;
const TOGGLES = ['pause', 'resume', 'quiet', 'soundBack', 'staffLightOn', 'staffLightOff'] as const;

/** An IV-40 session dosed at its start, then `presses` toggles five seconds apart, as its run log holds them. */
function longRun(presses: number): SessionRun {
  const run = startRun('iv-40');
  const events: RunEvent[] = [...run.events, { type: 'dose', at: T0 }];
  for (let i = 0; i < presses; i++) events.push({ type: TOGGLES[i % TOGGLES.length]!, at: T0 + (i + 1) * 5_000 });
  return { ...run, events };
}

/** A data folder holding `run` as the app writes it, and the app started on it at `now`. */
function restartWith(run: SessionRun, now: number) {
  const dataDir = tempDir();
  fs.writeFileSync(path.join(dataDir, 'session-run.json'), JSON.stringify({ run, aliveAt: run.events.at(-1)!.at }));
  return services(dataDir, new ManualClock(now));
}

describe('a long session', () => {
  it('of twelve hours with a control every five seconds resumes after a restart, and goes on', async () => {
    const presses = (12 * HOUR) / 5_000;
    const room = restartWith(longRun(presses), T0 + 12 * HOUR + 60_000);
    expect(room.notices).toEqual([]);
    expect(room.session.snapshot()).toMatchObject({ awaitingResume: true });
    room.session.continueAfterRestart();
    room.clock.advance(5_000);
    expect(room.session.control({ type: 'quiet' }).run.events.at(-1)!.type).toBe('quiet');
  });

  it('never writes more entries than loading accepts: at the limit a control is refused, and the session still resumes', async () => {
    // Three short of the limit (start, dose and the toggles); the restart adds one.
    const room = restartWith(longRun(MAX_RUN_EVENTS - 5), T0 + 20 * HOUR);
    room.session.continueAfterRestart();
    room.clock.advance(5_000);
    room.session.control({ type: 'endTreatment' });
    // The last place is kept for Close.
    expect(room.session.snapshot()!.run.events).toHaveLength(MAX_RUN_EVENTS - 1);
    room.clock.advance(5_000);
    expect(() => room.session.control({ type: 'extendRecovery' })).toThrow(
      /holds 10,000 entries, the most one session keeps/,
    );
    await room.session.close();

    const again = services(room.dataDir, new ManualClock(T0 + 21 * HOUR));
    expect(again.notices).toEqual([]);
    expect(again.session.snapshot()!.run.events.length).toBe(MAX_RUN_EVENTS - 1);
    // A full log can still be closed, so the session reaches the history.
    again.session.continueAfterRestart();
    again.clock.advance(5_000);
    await again.session.closeSession({ type: 'close', uncheckedConfirmed: true, reasonId: 'other' });
    expect((await again.handlers['history.list']({})).records).toHaveLength(1);
  });
});
