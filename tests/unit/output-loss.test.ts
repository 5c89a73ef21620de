import { describe, expect, it } from 'vitest';
import { deviceName, isWorn, routeFor, SYSTEM_DEFAULT_ID } from '@domain/audio/sound-output';
import { applyControl } from '@domain/session/controls';
import { historyCsv, historyRecord } from '@domain/session/history';
import { stateAt } from '@domain/session/state-at';
import { MIN, press, startRun, T0 } from '../support/runs';

describe('a lost sound output in the session', () => {
  it('is noted when the output goes and when sound comes back, however quickly a device comes and goes', () => {
    let run = startRun('timed-40');
    run = press(run, 'outputLost', T0 + 10 * MIN);
    expect(stateAt(run, T0 + 11 * MIN).outputLostSince).toBe(T0 + 10 * MIN);
    // A plug that slips out and back within a tenth of a second is two reports, not a double click.
    const back = applyControl(run, { type: 'outputBack' }, T0 + 10 * MIN + 100);
    expect(back).toMatchObject({ ok: true, ignored: false });
    run = back.ok ? back.run : run;
    expect(stateAt(run, T0 + 11 * MIN).outputLostSince).toBeNull();
  });

  it('never stops the session, its clocks or its light', () => {
    const run = startRun('timed-40');
    const lost = press(run, 'outputLost', T0 + 10 * MIN);
    const at = T0 + 25 * MIN;
    const { outputLostSince, ...withLoss } = stateAt(lost, at);
    const { outputLostSince: none, ...without } = stateAt(run, at);
    expect([outputLostSince, none]).toEqual([T0 + 10 * MIN, null]);
    expect(withLoss).toEqual(without);
  });

  it('is refused twice in a row with a reason, and once the session is closed', () => {
    const lost = press(startRun('timed-40'), 'outputLost', T0 + MIN);
    expect(applyControl(lost, { type: 'outputLost' }, T0 + 2 * MIN)).toEqual({
      ok: false,
      reason: 'The sound output is already noted as lost.',
    });
    expect(applyControl(startRun('timed-40'), { type: 'outputBack' }, T0 + 2 * MIN)).toEqual({
      ok: false,
      reason: 'The sound output was not lost.',
    });
  });

  it('goes into the history as when and for how long, with no device named, until the close if it never came back', () => {
    let run = startRun('timed-40');
    run = press(run, 'outputLost', T0 + 10 * MIN);
    run = press(run, 'outputBack', T0 + 11.5 * MIN);
    run = press(run, 'endTreatment', T0 + 44 * MIN);
    run = press(run, 'outputLost', T0 + 70 * MIN);
    run = press(run, { type: 'close', uncheckedConfirmed: true, reasonId: 'other' }, T0 + 80 * MIN);
    const record = historyRecord(run);
    expect(record.outputLosses).toEqual([
      { at: new Date(T0 + 10 * MIN).toISOString(), sec: 90 },
      { at: new Date(T0 + 70 * MIN).toISOString(), sec: 600 },
    ]);
    const [header, row] = historyCsv([record], () => 0).split('\r\n');
    const columns = header!.split(',');
    const cells = row!.split(',');
    expect(cells[columns.indexOf('sound output losses')]).toBe('2');
    expect(cells[columns.indexOf('minutes without sound output')]).toBe('11.5');
  });
});

describe('the room’s output, in words staff read', () => {
  const headphones = { deviceId: 'a1', label: 'WH-1000XM5 (Bluetooth)' };
  const speakers = { deviceId: 'b2', label: 'Built-in Audio Analog Stereo' };

  it('plays on the chosen output while it is listed, nowhere when it is not, and on the system’s when none is chosen', () => {
    const choice = { deviceId: 'a1', label: 'WH-1000XM5 (Bluetooth)' };
    expect(routeFor(choice, [speakers, headphones])).toEqual({ kind: 'chosen', device: headphones });
    expect(routeFor(choice, [speakers])).toEqual({ kind: 'missing', choice });
    expect(routeFor(null, [speakers])).toEqual({ kind: 'unset' });
  });

  it('says “Headphones lost” for what is worn and “Sound output lost” for speakers', () => {
    for (const worn of [
      'Headphones',
      'Bose QC45',
      'WH-1000XM5 (Bluetooth)',
      'AirPods Pro',
      'USB Headset',
      'Galaxy Buds',
    ])
      expect(isWorn(worn), worn).toBe(true);
    for (const room of ['Room speakers', 'Built-in Audio Analog Stereo', 'HDMI / DisplayPort 1', 'System default'])
      expect(isWorn(room), room).toBe(false);
  });

  it('names the system default by the device it is now, and a device whose name the browser hides by its place', () => {
    expect(deviceName({ deviceId: SYSTEM_DEFAULT_ID, label: 'Default' }, 0)).toBe('System default');
    expect(deviceName({ deviceId: SYSTEM_DEFAULT_ID, label: 'Default - Room speakers' }, 0)).toBe(
      'System default (Room speakers)',
    );
    expect(deviceName({ deviceId: 'c3', label: '' }, 2)).toBe('Output 3 (name hidden)');
    expect(deviceName(speakers, 1)).toBe('Built-in Audio Analog Stereo');
  });
});
