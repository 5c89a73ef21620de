import { z } from 'zod';

/**
 * The room's chosen sound output, remembered by the id the system gives the device and the name
 * staff saw when they chose it (the id alone means nothing to a person; the name alone may repeat).
 */
export const SoundOutputChoice = z.object({
  deviceId: z.string().min(1).max(200),
  label: z.string().trim().min(1).max(200),
});
export type SoundOutputChoice = z.infer<typeof SoundOutputChoice>;

/** An output device as the page lists it; `label` is empty where the browser has not granted names. */
export interface OutputDevice {
  deviceId: string;
  label: string;
}

/** The system's own choice, which follows whatever it routes sound to. Never remembered as the room's output. */
export const SYSTEM_DEFAULT_ID = 'default';

/** Where the room's sound should go now, given the chosen output and the devices the system offers. */
export type OutputRoute =
  /** No output chosen: the system's default plays, whatever that is. */
  | { kind: 'unset' }
  /** The chosen output is there. */
  | { kind: 'chosen'; device: OutputDevice }
  /** The chosen output is not among the devices: sound must go nowhere. */
  | { kind: 'missing'; choice: SoundOutputChoice };

export function routeFor(choice: SoundOutputChoice | null, devices: readonly OutputDevice[]): OutputRoute {
  if (!choice) return { kind: 'unset' };
  const device = devices.find((d) => d.deviceId === choice.deviceId);
  return device ? { kind: 'chosen', device } : { kind: 'missing', choice };
}

/** A device's name for staff: its label, or a plain stand-in where the browser hides names. */
export function deviceName(device: OutputDevice, index: number): string {
  if (device.deviceId === SYSTEM_DEFAULT_ID) {
    // Chromium calls it "Default", or "Default - <the device it is now>".
    const now = device.label.replace(/^Default( - )?/, '').trim();
    return now ? `System default (${now})` : 'System default';
  }
  return device.label || `Output ${index + 1} (name hidden)`;
}

/**
 * Whether a device name says it is worn: the loss alert says "Headphones lost" for these and
 * "Sound output lost" for speakers and anything else.
 */
export function isWorn(label: string): boolean {
  return /head(phone|set)|earbud|ear ?phone|airpods|buds\b|\bQC ?\d|WH-|WF-/i.test(label);
}

/** Staff's volume when they play on another device after a loss: low, for them to raise. */
export const PLAY_ON_VOLUME = 0.2;
