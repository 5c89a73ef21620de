import { REQUEST_CHANNELS, type Reply, type RequestChannel } from '@domain/ipc/channels';
import { contract, type Output, type ParsedInput } from '@domain/ipc/contract';
import { describeIssues } from '@domain/zod-issues';
import { describeStorageError, isStorageError } from '../services/background-writer';
import { UserError } from '../services/user-error';

/** One handler per channel; the type makes a missing handler a compile error. */
export type Handlers = { [C in RequestChannel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C> };

/** The handlers of some namespaces (`HandlersFor<'session' | 'history'>`): one part of the table. */
export type HandlersFor<N extends string> = Pick<Handlers, Extract<RequestChannel, `${N}.${string}`>>;

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && (REQUEST_CHANNELS as readonly string[]).includes(value);
}

/**
 * Runs one request from a window: checks the channel exists, validates the payload against
 * the contract, calls the handler and turns failures into a message staff can read.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  reportError: (error: unknown) => void = () => {},
): Promise<Reply<unknown>> {
  if (!isRequestChannel(channel)) return { ok: false, error: `Unknown request ${describeChannel(channel)}.` };
  // A request without a payload means "no input"; null is a malformed payload, not an absent one.
  let parsed;
  try {
    parsed = contract[channel].input.safeParse(payload === undefined ? {} : payload);
  } catch {
    // Input nested past the stack's depth, say: refused like any other malformed request.
    return { ok: false, error: `Invalid request for ${channel}: it could not be read.` };
  }
  if (!parsed.success) {
    return { ok: false, error: `Invalid request for ${channel}: ${describeIssues(parsed.error)}.` };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown> | unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: error.message };
    reportError(error);
    if (isStorageError(error)) {
      return {
        ok: false,
        error: `Stillroom could not save: ${describeStorageError(error)}. Nothing was changed; try again once the disk can be written.`,
      };
    }
    return { ok: false, error: `Stillroom could not complete "${channel}". The error was logged; please try again.` };
  }
}

/** A channel as a refusal names it: a short string, or only its kind (never stringified, which can recurse without end). */
function describeChannel(channel: unknown): string {
  if (typeof channel !== 'string')
    return `(a ${Array.isArray(channel) ? 'list' : channel === null ? 'null' : typeof channel})`;
  return JSON.stringify(channel.length > 60 ? `${channel.slice(0, 60)}…` : channel);
}
