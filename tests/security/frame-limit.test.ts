import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { MAX_PROMPT_OVERRIDES } from '@domain/clinic/clinic-config';
import { MAX_FRAME_BYTES, REQUEST_CHANNELS } from '@domain/ipc/channels';
import { contract } from '@domain/ipc/contract';
import { largestJsonBytes } from './support/largest-request';
import { validPayload } from './support/contract-payloads';

/** `{"id":<n>,"channel":"…","payload":…}` around a payload. */
const ENVELOPE_BYTES = 64;
const RECORD_KEYS = { 'payload.promptOverrides': MAX_PROMPT_OVERRIDES };

const largest = REQUEST_CHANNELS.map((channel) => {
  const unbounded: string[] = [];
  const bytes = largestJsonBytes(contract[channel].input as z.ZodType, 'payload', unbounded, RECORD_KEYS);
  return { channel, bytes: bytes + ENVELOPE_BYTES, unbounded };
});

describe('the web host reads every request the contract allows, and nothing much larger', () => {
  it.each(largest.map((l) => [l.channel, l] as const))('%s has a largest request', (_, { unbounded }) => {
    // A field with no maximum would make the largest valid request unbounded: give it one.
    expect(unbounded).toEqual([]);
  });

  it('every channel’s largest valid request fits one frame', () => {
    const over = largest.filter((l) => l.bytes > MAX_FRAME_BYTES).map((l) => `${l.channel}: ${l.bytes} bytes`);
    expect(over).toEqual([]);
  });

  it('the frame limit is no more than twice the largest valid request', () => {
    const biggest = Math.max(...largest.map((l) => l.bytes));
    expect(MAX_FRAME_BYTES).toBeLessThan(2 * biggest);
  });

  it('refuses more prompt changes than the walker counted', () => {
    const valid = validPayload('clinic.save') as { promptOverrides: Record<string, unknown> };
    const many = Object.fromEntries(
      Array.from({ length: MAX_PROMPT_OVERRIDES + 1 }, (_, i) => [`p${i}`, { enabled: false }]),
    );
    expect(contract['clinic.save'].input.safeParse({ ...valid, promptOverrides: many }).success).toBe(false);
  });
});
