/** A moment (epoch ms) as the clock on the wall shows it, in the computer's own time zone and daylight saving. */
export function timeOfDay(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** "10:42" for an input of type time, in the computer's time zone. */
export function clockTimeInput(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * The moment a typed clock time means within a session that started at `startedAt` and runs
 * now: that time on the day the session started, or the next day for a session that crossed
 * midnight. The minute the session started counts from its start. Null when it lies outside.
 */
export function doseMomentFromTime(text: string, startedAt: number, now: number): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const day = new Date(startedAt);
  day.setHours(Number(match[1]), Number(match[2]), 0, 0);
  for (const candidate of [day.getTime(), day.getTime() + DAY]) {
    const at = Math.floor(candidate / MINUTE) === Math.floor(startedAt / MINUTE) ? startedAt : candidate;
    if (at >= startedAt && at <= now) return at;
  }
  return null;
}
