import { describe, expect, it } from 'vitest';
import { boardCard } from '@domain/board/board-card';
import { roomStateMessage } from '@domain/board/room-state';
import { MIN, press, startRun, T0 } from '../../../support/runs';

const ROOM = { id: 'r-1', name: 'Room 1' };
/** The board computer's clock runs five minutes ahead of the room's. */
const SKEW = 5 * MIN;

describe('a room’s card on the clinic board', () => {
  it('keeps the time since dose running between messages, on the board’s own clock', () => {
    const state = roomStateMessage(ROOM, startRun(), T0 + 2 * MIN);
    const card = boardCard(
      { roomId: 'r-1', state, online: true, lastHeardAt: T0 + 2 * MIN + SKEW },
      T0 + 2 * MIN + SKEW + 7_000,
    );
    expect(card).toMatchObject({ roomName: 'Room 1', headline: 'Opening', sinceDose: '2:07', notReporting: null });
    expect(card.nextCheck).toMatchObject({ text: 'Check blood pressure', at: T0 + 40 * MIN + SKEW, when: 'in 38 min' });
  });

  it('names a due check in words, with how long ago it fell due', () => {
    const state = roomStateMessage(ROOM, startRun(), T0 + 43 * MIN);
    const card = boardCard({ roomId: 'r-1', state, online: true, lastHeardAt: T0 + 43 * MIN }, T0 + 43 * MIN);
    expect(card.dueChecks).toEqual([{ text: 'Check blood pressure', when: 'due 3 min ago' }]);
  });

  it('says Not reporting with how long, and stops the clocks it can no longer vouch for', () => {
    const state = roomStateMessage(ROOM, startRun(), T0 + 2 * MIN);
    const card = boardCard({ roomId: 'r-1', state, online: false, lastHeardAt: T0 + 2 * MIN }, T0 + 4 * MIN);
    expect(card.notReporting).toBe('Not reporting for 2 min');
    expect(card.sinceDose).toBe('2:00');
  });

  it('counts down to the earliest discharge, then says the minimum time is reached', () => {
    const run = press(startRun(), 'endTreatment', T0 + 40 * MIN);
    const recovering = roomStateMessage(ROOM, run, T0 + 50 * MIN);
    expect(
      boardCard({ roomId: 'r-1', state: recovering, online: true, lastHeardAt: T0 + 50 * MIN }, T0 + 50 * MIN)
        .discharge,
    ).toEqual({
      at: T0 + 70 * MIN,
      when: 'in 20 min',
    });
    const ready = roomStateMessage(ROOM, run, T0 + 71 * MIN);
    const card = boardCard({ roomId: 'r-1', state: ready, online: true, lastHeardAt: T0 + 71 * MIN }, T0 + 71 * MIN);
    expect(card.headline).toBe('Minimum time reached');
    expect(card.discharge?.when).toBe('Minimum time reached');
  });
});
