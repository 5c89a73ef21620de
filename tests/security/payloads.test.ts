import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { REQUEST_CHANNELS, type RequestChannel } from '@domain/ipc/channels';
import { contract } from '@domain/ipc/contract';
import { dispatch, type Handlers } from '../../main/ipc/dispatch';
import { EXTRA_KEY, invalidPayloads, validPayload } from './support/contract-payloads';

/** Handlers that only note that they ran and what they were given. */
function recordingHandlers() {
  const calls: { channel: RequestChannel; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    REQUEST_CHANNELS.map((channel) => [
      channel,
      (input: unknown) => {
        calls.push({ channel, input });
        return null;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const CASES = REQUEST_CHANNELS.map((channel) => {
  const valid = validPayload(channel);
  return { channel, valid, cases: invalidPayloads(contract[channel].input as z.ZodType, valid) };
});

describe('every channel validates its payload before its handler runs', () => {
  it.each(CASES.map((c) => [c.channel, c] as const))('%s runs its handler for a valid request', async (_, c) => {
    const { handlers, calls } = recordingHandlers();
    expect(await dispatch(handlers, c.channel, c.valid)).toEqual({ ok: true, value: null });
    expect(calls.map((call) => call.channel)).toEqual([c.channel]);
  });

  it.each(CASES.map((c) => [c.channel, c.cases.length, c] as const))(
    '%s refuses each of its %i malformed requests without running its handler',
    async (_, _count, { channel, cases }) => {
      for (const { label, payload, expect: outcome } of cases) {
        const { handlers, calls } = recordingHandlers();
        const reply = await dispatch(handlers, channel, structuredClone(payload));
        if (outcome === 'refused') {
          expect(reply, label).toEqual({ ok: false, error: expect.stringMatching(/^Invalid request for /) });
          expect(calls, label).toEqual([]);
        } else if (reply.ok) {
          // A schema that is not strict may take the request, but only with the unknown key dropped.
          expect(JSON.stringify(calls[0]!.input), label).not.toContain(EXTRA_KEY);
        }
      }
    },
  );

  it('covers every kind of malformed request across the contract', () => {
    const labels = CASES.flatMap((c) => c.cases.map((x) => x.label));
    const count = (pattern: RegExp) => labels.filter((label) => pattern.test(label)).length;
    // Each channel's payload as a whole: string, number, boolean, null and array instead of an object.
    expect(count(/^payload: (string|number|boolean|null|array) instead of object$/)).toBe(5 * REQUEST_CHANNELS.length);
    expect(count(/: an extra key$/)).toBeGreaterThan(REQUEST_CHANNELS.length);
    expect(count(/: missing$/)).toBeGreaterThan(50);
    expect(count(/: longer than \d+$/)).toBeGreaterThan(30);
    expect(count(/ instead of /)).toBeGreaterThan(500);
  });

  it('refuses an unknown channel and a channel that is not a string', async () => {
    const { handlers, calls } = recordingHandlers();
    for (const channel of ['app.exec', '__proto__', 'constructor', 'toString', '', 42, null, ['app.info']]) {
      expect(await dispatch(handlers, channel, {})).toEqual({
        ok: false,
        error: expect.stringMatching(/^Unknown request/),
      });
    }
    expect(calls).toEqual([]);
  });
});
