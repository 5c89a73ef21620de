import { describe, expect, it } from 'vitest';
import { attentionRank, notReportingSince, sortByAttention, type BoardRoom } from '@domain/board/board-rooms';
import { brokerUrlWarning, ClinicNetworkSettings } from '@domain/board/network-settings';
import { RoomStateMessage, roomStateMessage } from '@domain/board/room-state';
import { boardTopics, readRoomTopic, stateTopic } from '@domain/board/topics';
import { MIN, press, startRun, T0 } from '../../../support/runs';

const ROOM = { id: 'r-7k2m9q', name: 'Room 3' };

describe('what a room publishes', () => {
  it('names the phase, both clocks and the next check with its text and clock time', () => {
    const message = roomStateMessage(ROOM, startRun('settled-40'), T0 + 2 * MIN);
    expect(RoomStateMessage.parse(message)).toEqual(message);
    expect(message).toMatchObject({
      status: 'treatment',
      program: 'Settled 40',
      phase: 'Settling in',
      sinceDoseSec: null,
      phaseLeftSec: null,
      dueChecks: [{ text: 'Baseline vitals', dueAt: T0 }],
      nextCheck: null,
      writtenAt: T0 + 2 * MIN,
    });
    const dosed = press(startRun('settled-40'), 'dose', T0 + 5 * MIN);
    const later = roomStateMessage(ROOM, dosed, T0 + 7 * MIN);
    expect(later.sinceDoseSec).toBe(120);
    expect(later.nextCheck).toEqual({ text: 'Vitals 15 min after the dose', dueAt: T0 + 20 * MIN });
  });

  it('says when a check falls due, paused, quiet, staff light and a lost sound output', () => {
    let run = press(startRun(), 'quiet', T0 + MIN);
    run = press(run, 'staffLightOn', T0 + 2 * MIN);
    run = press(run, 'outputLost', T0 + 3 * MIN);
    const message = roomStateMessage(ROOM, run, T0 + 41 * MIN);
    expect(message.dueChecks).toEqual([{ text: 'Check blood pressure', dueAt: T0 + 40 * MIN }]);
    expect(message).toMatchObject({ quiet: true, staffLight: true, paused: false });
    expect(message.soundAlerts).toEqual([{ text: expect.stringContaining('Sound output lost'), since: T0 + 3 * MIN }]);
  });

  it('gives the earliest discharge in recovery', () => {
    const run = press(startRun(), 'endTreatment', T0 + 40 * MIN);
    expect(roomStateMessage(ROOM, run, T0 + 41 * MIN)).toMatchObject({
      status: 'recovery',
      earliestDischargeAt: T0 + 70 * MIN,
    });
  });

  it('carries nothing the patient chose or typed', () => {
    const run = {
      ...startRun(),
      patient: {
        journeyName: 'Forest walk',
        comfort: 0.4,
        intention: 'To forgive my brother',
        language: 'en' as const,
      },
    };
    const wire = JSON.stringify(roomStateMessage(ROOM, run, T0 + MIN));
    expect(wire).not.toContain('Forest walk');
    expect(wire).not.toContain('forgive');
    expect(wire).not.toContain('0.4');
  });

  it('says idle when no session is open', () => {
    expect(roomStateMessage(ROOM, null, T0)).toMatchObject({ status: 'idle', phase: null, dueChecks: [] });
  });
});

describe('topics', () => {
  it('puts each room under its clinic and lets the board hear every room', () => {
    expect(stateTopic('northside', ROOM.id)).toBe('stillroom/northside/r-7k2m9q/state');
    expect(boardTopics('northside')).toEqual(['stillroom/northside/+/state', 'stillroom/northside/+/availability']);
    expect(readRoomTopic('northside', 'stillroom/northside/r-7k2m9q/availability')).toEqual({
      roomId: 'r-7k2m9q',
      kind: 'availability',
    });
    expect(readRoomTopic('northside', 'stillroom/southside/r-7k2m9q/state')).toBeNull();
    expect(readRoomTopic('northside', 'stillroom/northside/r-7k2m9q/state/extra')).toBeNull();
  });
});

describe('the board', () => {
  const heard = (name: string, run: ReturnType<typeof startRun> | null, at: number, online = true): BoardRoom => ({
    roomId: name.toLowerCase().replace(' ', '-'),
    state: roomStateMessage({ id: name.toLowerCase().replace(' ', '-'), name }, run, at),
    online,
    lastHeardAt: at,
  });

  it('shows a room as Not reporting when it went offline or fell silent for 30 s', () => {
    const room = heard('Room 1', startRun(), T0);
    expect(notReportingSince(room, T0 + 29_999)).toBeNull();
    expect(notReportingSince(room, T0 + 30_000)).toBe(T0);
    expect(notReportingSince({ ...room, online: false }, T0 + 1)).toBe(T0);
  });

  it('puts a due check first, then a silent room, then discharge ready, then running, then idle', () => {
    const now = T0 + 39 * MIN;
    const due = heard('Room 4', startRun('settled-40', now - MIN), now);
    const silent = heard('Room 2', startRun(), now - 31_000);
    const ready = heard('Room 3', press(startRun(), 'endTreatment', T0 + 5 * MIN), now);
    const running = heard('Room 1', startRun('timed-40', now - 5 * MIN), now);
    const idle = heard('Room 0', null, now);
    const order = sortByAttention([idle, running, ready, silent, due], now).map((r) => r.state?.roomName);
    expect(order).toEqual(['Room 4', 'Room 2', 'Room 3', 'Room 1', 'Room 0']);
    expect(attentionRank(due, now)).toBe(0);
  });
});

describe('clinic network settings', () => {
  it('takes mqtts:// and mqtt:// with a warning, and refuses other addresses', () => {
    const base = { enabled: true, clinicId: 'northside', caFile: '', homeAssistantDiscovery: false, publishRoom: true };
    expect(ClinicNetworkSettings.safeParse({ ...base, brokerUrl: 'mqtts://broker.lan:8883' }).success).toBe(true);
    expect(brokerUrlWarning('mqtts://broker.lan:8883')).toBeNull();
    expect(brokerUrlWarning('mqtt://broker.lan')).toMatch(/not encrypted/);
    expect(ClinicNetworkSettings.safeParse({ ...base, brokerUrl: 'http://broker.lan' }).success).toBe(false);
    expect(ClinicNetworkSettings.safeParse({ ...base, brokerUrl: 'mqtts://me:pw@broker.lan' }).success).toBe(false);
    expect(ClinicNetworkSettings.safeParse({ ...base, brokerUrl: 'mqtts://b', clinicId: 'a/#' }).success).toBe(false);
  });
});
