import { z } from 'zod';

/**
 * How one light output is doing, as staff see it on the console and the setup screen, saying no
 * more than is known: `connected` only where the device answered (Hue, Home Assistant); `sending`
 * where nothing can answer (sACN and Art-Net), with the frames a second going out.
 */
export const OutputStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('connecting') }),
  z.object({ state: z.literal('connected') }),
  z.object({ state: z.literal('sending'), framesPerSecond: z.number().min(0) }),
  z.object({ state: z.literal('retrying'), reason: z.string() }),
  z.object({ state: z.literal('failed'), reason: z.string() }),
  /** Switched off on the setup screen. */
  z.object({ state: z.literal('off') }),
]);
export type OutputStatus = z.infer<typeof OutputStatus>;
