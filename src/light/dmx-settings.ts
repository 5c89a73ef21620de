import { z } from 'zod';
import { BRIGHTNESS_CURVES } from './brightness-curve';

export const DMX_PROTOCOLS = ['sacn', 'artnet'] as const;
export type DmxProtocol = (typeof DMX_PROTOCOLS)[number];

export const DMX_RESOLUTIONS = ['8bit', '16bit'] as const;
export type DmxResolution = (typeof DMX_RESOLUTIONS)[number];

export const UNIVERSE_SLOTS = 512;
export const SACN_UNIVERSES = { min: 1, max: 63999 } as const;
/** Art-Net 4 port-addresses: 7-bit Net, 4-bit Sub-Net, 4-bit Universe. */
export const ARTNET_PORT_ADDRESSES = { min: 0, max: 32767 } as const;
export const SACN_PRIORITY = { min: 0, max: 200, default: 100 } as const;

/** DMX channels one fixture takes: its level alone, or coarse and fine. */
export function channelsPerFixture(resolution: DmxResolution): number {
  return resolution === '16bit' ? 2 : 1;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const isMulticast = (ip: string) => {
  const first = Number(ip.split('.')[0]);
  return first >= 224 && first <= 239;
};

const whole = (what: string) =>
  z.number({ error: `${what} must be a number.` }).int({ error: `${what} must be a whole number.` });

/**
 * A DMX light output as the clinic types it into the setup form. Messages say what to
 * change, because the person reading them may not be a lighting technician.
 */
export const DmxOutputSettings = z
  .object({
    protocol: z.enum(DMX_PROTOCOLS, { error: 'Choose sACN (E1.31) or Art-Net.' }),
    /** The lighting node's IPv4 address; empty sends sACN to its universe's multicast group. */
    host: z.string().max(253).trim().default(''),
    /** This computer's address on the lighting network; empty lets the system choose. */
    interfaceAddress: z.string().max(253).trim().default(''),
    universe: whole('The universe'),
    startChannel: whole('The start channel')
      .min(1, { error: 'DMX channels start at 1.' })
      .max(UNIVERSE_SLOTS, { error: `A DMX universe has ${UNIVERSE_SLOTS} channels.` }),
    fixtures: whole('The number of fixtures')
      .min(1, { error: 'Add at least one fixture.' })
      .max(UNIVERSE_SLOTS, { error: `A DMX universe has room for at most ${UNIVERSE_SLOTS} fixtures.` }),
    resolution: z.enum(DMX_RESOLUTIONS, { error: 'Choose 8-bit or 16-bit fixtures.' }).default('8bit'),
    curve: z.enum(BRIGHTNESS_CURVES, { error: 'Choose a perceptual or linear dimming curve.' }).default('perceptual'),
    /** sACN only: receivers follow the highest-priority source of a universe. */
    priority: whole('The priority')
      .min(SACN_PRIORITY.min, { error: `sACN priority goes from ${SACN_PRIORITY.min} to ${SACN_PRIORITY.max}.` })
      .max(SACN_PRIORITY.max, { error: `sACN priority goes from ${SACN_PRIORITY.min} to ${SACN_PRIORITY.max}.` })
      .default(SACN_PRIORITY.default),
  })
  .superRefine((settings, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const { protocol, host, interfaceAddress, universe } = settings;

    if (host !== '' && !IPV4.test(host)) {
      issue('host', 'Enter the lighting node’s IP address as four numbers, like 192.168.1.50.');
    } else if (protocol === 'artnet' && host === '') {
      issue('host', 'Art-Net needs the node’s IP address, or the network’s broadcast address (like 2.255.255.255).');
    } else if (host !== '' && isMulticast(host)) {
      issue('host', 'Leave the address empty to send sACN by multicast; enter a node’s own address otherwise.');
    }
    if (interfaceAddress !== '' && !IPV4.test(interfaceAddress)) {
      issue('interfaceAddress', 'Enter this computer’s IP address on the lighting network, or leave it empty.');
    }

    const range = protocol === 'sacn' ? SACN_UNIVERSES : ARTNET_PORT_ADDRESSES;
    if (universe < range.min || universe > range.max) {
      const name = protocol === 'sacn' ? 'sACN universes' : 'Art-Net universes (port-addresses)';
      issue('universe', `${name} go from ${range.min} to ${range.max}.`);
    }

    const lastChannel = settings.startChannel + settings.fixtures * channelsPerFixture(settings.resolution) - 1;
    if (lastChannel > UNIVERSE_SLOTS) {
      issue(
        'fixtures',
        `${settings.fixtures} fixture(s) at ${settings.resolution === '16bit' ? '16' : '8'}-bit from channel ` +
          `${settings.startChannel} would need channels up to ${lastChannel}, but a universe ends at ${UNIVERSE_SLOTS}.`,
      );
    }
  });
export type DmxOutputSettings = z.infer<typeof DmxOutputSettings>;
