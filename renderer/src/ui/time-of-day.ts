/** A moment (epoch ms) as the clock on the wall shows it, in the computer's own time zone and daylight saving. */
export function timeOfDay(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
