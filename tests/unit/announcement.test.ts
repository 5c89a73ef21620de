import { describe, expect, it } from 'vitest';
import { sessionAnnouncement } from '@domain/session/announcement';
import { stateAt } from '@domain/session/state-at';
import { MIN, press, startRun, T0 } from '../support/runs';

describe('what a screen reader is told about the session', () => {
  it('changes only every five minutes, then minute by minute, never every second', () => {
    const run = startRun('timed-40');
    const said: string[] = [];
    for (let at = T0; at < T0 + 40 * MIN; at += 1_000) {
      const text = sessionAnnouncement(stateAt(run, at));
      if (said.at(-1) !== text) said.push(text);
    }
    // Opening (5 min), Deep (30 min), Closing (5 min): a handful of lines, not thousands.
    expect(said.length).toBeLessThan(30);
    expect(said).toContain('Opening: about 5 minutes left in this phase.');
    expect(said).toContain('Deep: about 30 minutes left in this phase.');
    expect(said).toContain('Deep: about 25 minutes left in this phase.');
    expect(said).toContain('Closing: about 1 minute left in this phase.');
  });

  it('says when the session is paused, overruns, recovers and is ready for discharge', () => {
    let run = press(startRun('timed-40'), 'pause', T0 + 2 * MIN);
    expect(sessionAnnouncement(stateAt(run, T0 + 3 * MIN))).toBe(
      'Opening: about 3 minutes left in this phase. Paused.',
    );
    run = press(run, 'resume', T0 + 3 * MIN);
    expect(sessionAnnouncement(stateAt(run, T0 + 45 * MIN))).toBe('Closing: planned treatment time reached.');
    run = press(run, 'endTreatment', T0 + 45 * MIN);
    expect(sessionAnnouncement(stateAt(run, T0 + 46 * MIN))).toBe('Recovery: about 30 minutes left.');
    expect(sessionAnnouncement(stateAt(run, T0 + 80 * MIN))).toBe('Recovery: minimum time reached.');
  });
});
