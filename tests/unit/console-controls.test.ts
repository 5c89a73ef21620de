import { describe, expect, it } from 'vitest';
import { consoleControls } from '../../renderer/src/screens/console/controls';
import { availableControls } from '@domain/session/controls';
import type { SessionRun } from '@domain/session/run-log';
import { stateAt } from '@domain/session/state-at';
import { AFTER_GUARD, MIN, press, startRun, T0, tickAll } from '../support/runs';

/** The console's verdict on each button that sends a control, beside the session's own rules. */
function verdicts(run: SessionRun, at: number) {
  const state = stateAt(run, at);
  const rules = availableControls(state, run);
  return consoleControls(state, run)
    .filter((c) => 'control' in c.action)
    .map((c) => {
      const { type } = (c.action as { control: { type: Parameters<typeof rules.has>[0] } }).control;
      return { label: c.label, console: c.available, rules: rules.has(type) };
    });
}

describe('the console asks the session which controls can be pressed', () => {
  const dosed = press(startRun('settled-40'), 'dose', T0 + MIN);
  const recovering = press(dosed, 'endTreatment', T0 + 41 * MIN);
  const closed = press(tickAll(recovering, T0 + 80 * MIN), 'close', T0 + 80 * MIN + 10 * AFTER_GUARD);

  it.each([
    ['before the dose', startRun('settled-40'), T0 + 10_000],
    ['in treatment', dosed, T0 + 5 * MIN],
    ['paused', press(dosed, 'pause', T0 + 6 * MIN), T0 + 7 * MIN],
    ['in recovery', recovering, T0 + 50 * MIN],
    ['closed', closed, T0 + 90 * MIN],
  ])('%s, every button agrees with the rules', (_, run, at) => {
    for (const verdict of verdicts(run, at)) expect(verdict.console, verdict.label).toBe(verdict.rules);
  });

  it('once the session is closed nothing can be pressed, not even Pause, Quiet now or Staff light', () => {
    expect(verdicts(closed, T0 + 90 * MIN).filter((v) => v.console)).toEqual([]);
  });
});
