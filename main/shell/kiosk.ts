const ON = new Set(['1', 'true', 'yes', 'on']);
const OFF = new Set(['', '0', 'false', 'no', 'off']);

/**
 * Whether the control window runs in kiosk mode: `--kiosk` on the command line (easy to put
 * in a shortcut) or STILLROOM_KIOSK=1. Any other value of the variable is refused, so a typo
 * never leaves a room's screen quietly in a normal window.
 */
export function resolveKiosk(env: NodeJS.ProcessEnv, argv: readonly string[]): boolean {
  const raw = env.STILLROOM_KIOSK?.trim().toLowerCase();
  if (raw !== undefined && !ON.has(raw) && !OFF.has(raw)) {
    throw new Error(`STILLROOM_KIOSK must be 1 or 0 (or true/false, yes/no, on/off), got "${env.STILLROOM_KIOSK}"`);
  }
  return argv.includes('--kiosk') || (raw !== undefined && ON.has(raw));
}
