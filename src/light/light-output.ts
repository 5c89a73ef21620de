import { z } from 'zod';
import { DmxOutputSettings } from './dmx-settings';
import { HomeAssistantSettings } from './home-assistant-settings';
import { HueSettings } from './hue-settings';

export const LIGHT_OUTPUT_KINDS = ['dmx', 'hue', 'homeAssistant'] as const;
export type LightOutputKind = (typeof LIGHT_OUTPUT_KINDS)[number];

const percent = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .min(0, { error: `${what} goes from 0 to 100 %.` })
    .max(100, { error: `${what} goes from 0 to 100 %.` });

/** What every output has: a name staff know it by, its own range and the programs it follows. */
const common = {
  id: z
    .string()
    .max(40)
    .regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().trim().min(1, { error: 'Give the output a name, like “Ceiling”.' }).max(60),
  enabled: z.boolean().default(true),
  /** The output never goes below this… */
  minPct: percent('The lowest level').default(0),
  /** …or above this, whatever the program asks. */
  maxPct: percent('The highest level').default(100),
  /** The programs this output follows; null follows them all, others leave it at room level. */
  programIds: z.array(z.string().min(1).max(100)).max(50).nullable().default(null),
};

const rangeIsOrdered = (output: { minPct: number; maxPct: number }) => output.minPct <= output.maxPct;
const rangeMessage = { message: 'The lowest level must not be above the highest.', path: ['maxPct'] };

/** One light output of the room, as the clinic sets it up. Keys and tokens live apart (SecretStore). */
export const LightOutput = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('dmx'), ...common, dmx: DmxOutputSettings }),
    z.object({ kind: z.literal('hue'), ...common, hue: HueSettings }),
    z.object({ kind: z.literal('homeAssistant'), ...common, homeAssistant: HomeAssistantSettings }),
  ])
  .refine(rangeIsOrdered, rangeMessage);
export type LightOutput = z.infer<typeof LightOutput>;

export const LIGHTING_VERSION = 1;

/** The lighting set-up of this room: its outputs and the install's own sACN source id. */
export const LightingConfig = z.object({
  version: z.literal(LIGHTING_VERSION),
  /** sACN's CID: random per install, so two rooms never look like one source to a receiver. */
  sourceId: z
    .string()
    .max(32)
    .regex(/^[0-9a-f]{32}$/),
  outputs: z.array(LightOutput).max(16),
});
export type LightingConfig = z.infer<typeof LightingConfig>;

const { id, ...editable } = common;

/**
 * An output as the setup screen sends it: no id yet when it is new, and no secret references
 * (the main process files the Hue key from pairing and the Home Assistant token itself).
 */
export const LightOutputDraft = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('dmx'), id: id.optional(), ...editable, dmx: DmxOutputSettings }).strict(),
    z
      .object({
        kind: z.literal('hue'),
        id: id.optional(),
        ...editable,
        hue: HueSettings.omit({ applicationKeyRef: true }),
      })
      .strict(),
    z
      .object({
        kind: z.literal('homeAssistant'),
        id: id.optional(),
        ...editable,
        homeAssistant: HomeAssistantSettings.omit({ tokenRef: true }),
        /** A new long-lived access token; left out when editing keeps the one already stored. */
        token: z.string().trim().min(20, { error: 'Paste the whole long-lived access token.' }).max(4_096).optional(),
      })
      .strict(),
  ])
  .refine(rangeIsOrdered, rangeMessage);
export type LightOutputDraft = z.infer<typeof LightOutputDraft>;
