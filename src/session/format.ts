/** Formats seconds as m:ss under an hour and h:mm:ss from an hour, as the timers show them. */
export function formatClock(totalSec: number): string {
  const whole = Math.max(0, Math.floor(totalSec));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Spoken form for screen readers, e.g. "1 hour 5 minutes 3 seconds". */
export function describeDuration(totalSec: number): string {
  const whole = Math.max(0, Math.floor(totalSec));
  const parts: [number, string][] = [
    [Math.floor(whole / 3600), 'hour'],
    [Math.floor((whole % 3600) / 60), 'minute'],
    [whole % 60, 'second'],
  ];
  const spoken = parts.filter(([n]) => n > 0).map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`);
  return spoken.length ? spoken.join(' ') : '0 seconds';
}

/** A track's length: m:ss (h:mm:ss) from a minute, seconds below it, tenths below ten ("0.4 s" rather than "0:00"). */
export function formatLength(totalSec: number): string {
  if (totalSec >= 60) return formatClock(totalSec);
  if (totalSec >= 10) return `${Math.floor(totalSec)} s`;
  return `${(Math.floor(totalSec * 10) / 10).toFixed(1)} s`;
}

/**
 * A length as a clinic says it: "30 s", "1 min 56 s", "45 min", "2 h", "1 h 30 min".
 * Seconds are left out from ten minutes up, where nobody counts them.
 */
export function describeLength(totalSec: number): string {
  const whole = Math.max(0, Math.round(totalSec));
  if (whole < 60) return `${whole} s`;
  if (whole < 600) {
    const seconds = whole % 60;
    return seconds === 0 ? `${whole / 60} min` : `${Math.floor(whole / 60)} min ${seconds} s`;
  }
  const minutes = Math.round(whole / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
