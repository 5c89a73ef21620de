import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { roomStateMessage } from '@domain/board/room-state';
import { HEARTBEAT_MS, RoomPublisher } from '../../../../../main/services/mqtt/room-publisher';
import type { SessionRun } from '@domain/session/run-log';
import { press, startRun, T0 } from '../../../../support/runs';

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

function publisher(run: () => SessionRun) {
  const sent: { topic: string; payload: string; retain: boolean }[] = [];
  const room = new RoomPublisher({
    clinicId: 'northside',
    roomId: 'r-1',
    publish: (topic, payload, retain) => sent.push({ topic, payload, retain }),
    message: () => roomStateMessage({ id: 'r-1', name: 'Room 1' }, run(), Date.now()),
    discovery: () => [],
    now: () => Date.now(),
  });
  return { room, sent, states: () => sent.filter((m) => m.topic.endsWith('/state')) };
}

describe('what the room publishes, and when', () => {
  it('says it is online and what it is doing each time the link comes up, retained', () => {
    const { room, sent } = publisher(() => startRun());
    room.connected();
    expect(sent.map((m) => [m.topic, m.retain])).toEqual([
      ['stillroom/northside/r-1/availability', true],
      ['stillroom/northside/r-1/state', true],
    ]);
    room.stop();
  });

  it('publishes a change at once, a ticking clock only with the 10 s heartbeat', () => {
    let run = startRun();
    const { room, states } = publisher(() => run);
    room.connected();
    vi.advanceTimersByTime(5_000);
    // The clocks moved on five seconds: nothing worth saying before the heartbeat.
    expect(states()).toHaveLength(1);
    run = press(run, 'quiet', Date.now());
    room.changed();
    expect(states()).toHaveLength(2);
    expect(JSON.parse(states()[1]!.payload)).toMatchObject({ quiet: true });
    vi.advanceTimersByTime(HEARTBEAT_MS);
    expect(states()).toHaveLength(3);
    room.stop();
  });

  it('notices a change no control made, like a check falling due, within a second', () => {
    const { room, states } = publisher(() => startRun());
    room.connected();
    vi.setSystemTime(T0 + 40 * 60_000 - 500);
    room.changed();
    const before = states().length;
    vi.advanceTimersByTime(1_000);
    expect(states()).toHaveLength(before + 1);
    expect(JSON.parse(states().at(-1)!.payload).dueChecks).toEqual([
      { text: 'Check blood pressure', dueAt: T0 + 40 * 60_000 },
    ]);
    room.stop();
  });
});
