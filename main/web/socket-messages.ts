import type { RawData } from 'ws';

/** Deeper than any request in the contract; deeper input is refused before anything walks it. */
const MAX_DEPTH = 64;

export type RequestMessage = { id: number; channel: unknown; payload: unknown };

/** Why a socket message cannot be a request: it then closes that socket, and only that one. */
export type MessageRefusal = { refused: string };

/** Reads one socket message as a request `{ id, channel, payload }`, or says why it is not one. */
export function readRequestMessage(data: RawData, isBinary: boolean): RequestMessage | MessageRefusal {
  if (isBinary) return { refused: 'messages must be text' };
  let message: unknown;
  try {
    message = JSON.parse(Array.isArray(data) ? Buffer.concat(data).toString() : data.toString());
  } catch {
    return { refused: 'messages must be JSON' };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return { refused: 'messages must be JSON objects' };
  }
  const { id, channel, payload } = message as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return { refused: 'messages need a whole-number id' };
  return { id, channel, payload };
}

/** True when `value` nests arrays or objects deeper than any request can; walked without recursion. */
export function nestedTooDeep(value: unknown, maxDepth = MAX_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= maxDepth) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A log line that stays one line and short, whatever a client put in it. */
export function oneLine(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
