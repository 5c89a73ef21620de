import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '../../main/ipc/dispatch';
import { UserError } from '../../main/services/user-error';
import { EVENT_CHANNELS, REQUEST_CHANNELS } from '@domain/ipc/channels';
import { contract, events } from '@domain/ipc/contract';
import { services } from '../support/services';

function spyHandlers(): Handlers {
  const real = services().handlers;
  return Object.fromEntries(Object.keys(real).map((channel) => [channel, vi.fn(() => null)])) as unknown as Handlers;
}

describe('the contract between processes', () => {
  it('has a schema and a main-process handler for every channel, and nothing else', () => {
    const { handlers } = services();
    expect(Object.keys(contract).sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect(Object.keys(handlers).sort()).toEqual([...REQUEST_CHANNELS].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENT_CHANNELS].sort());
  });

  it.each<[string, unknown, unknown, RegExp]>([
    ['an unknown channel', 'session.delete', {}, /Unknown request "session.delete"/],
    ['a channel that is not a string', 42, {}, /Unknown request/],
    ['a payload that is not an object', 'session.start', 'iv-40', /Invalid request for session.start/],
    ['an extra key on a strict input', 'session.get', { everything: true }, /Invalid request for session.get/],
    ['an empty program id', 'session.start', { programId: '' }, /programId/],
    ['a 10,000-character program id', 'session.start', { programId: 'x'.repeat(10_000) }, /programId/],
    ['an unknown control', 'session.control', { type: 'selfDestruct' }, /Invalid request for session.control/],
    ['a checklist tick without an item', 'session.control', { type: 'checklist', done: true }, /itemId/],
    ['a prototype-polluting payload', 'session.start', JSON.parse('{"__proto__": {"x": 1}}'), /programId/],
  ])('refuses %s without calling any handler', async (_label, channel, payload, message) => {
    const handlers = spyHandlers();
    const reply = await dispatch(handlers, channel, payload);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(message);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('passes a valid payload to its handler and returns the value', async () => {
    const handlers = spyHandlers();
    vi.mocked(handlers['session.start']).mockReturnValue(null as never);
    expect(await dispatch(handlers, 'session.start', { programId: 'iv-40' })).toEqual({ ok: true, value: null });
    expect(handlers['session.start']).toHaveBeenCalledWith({ programId: 'iv-40' });
  });

  it('shows a staff-facing error as it is, and hides the details of an unexpected one', async () => {
    const handlers = spyHandlers();
    const reportError = vi.fn();
    vi.mocked(handlers['session.control']).mockImplementation(() => {
      throw new UserError('No session is running.');
    });
    expect(await dispatch(handlers, 'session.control', { type: 'pause' }, reportError)).toEqual({
      ok: false,
      error: 'No session is running.',
    });
    expect(reportError).not.toHaveBeenCalled();

    vi.mocked(handlers['session.get']).mockImplementation(() => {
      throw new Error('ENOSPC: no space left on device, write /secret/path');
    });
    const reply = await dispatch(handlers, 'session.get', {}, reportError);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).not.toMatch(/ENOSPC|secret/);
    expect(reportError).toHaveBeenCalledTimes(1);
  });
});
