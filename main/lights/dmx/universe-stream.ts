import type { DmxOutputSettings } from '@domain/light/dmx-settings';
import { ARTNET_PORT, encodeArtDmx } from './artnet-packet';
import { encodeSacnData, SACN_PORT, sacnMulticastAddress } from './sacn-packet';

/** One universe's packets in order: it owns the sequence numbers and knows where they go. */
export interface UniverseStream {
  readonly host: string;
  readonly port: number;
  /** Whether the destination is a multicast group (sACN with no node address). */
  readonly multicast: boolean;
  /** The next packet carrying `slots`; each call takes the universe's next sequence number. */
  next(slots: Uint8Array): Uint8Array;
  /** The packets that tell receivers this source has stopped; none where the protocol has no such thing. */
  goodbye(slots: Uint8Array): Uint8Array[];
}

/** Receivers treat the source as gone after these (E1.31 6.2.6). */
const SACN_TERMINATE_PACKETS = 3;

/** The stream for a validated output, identified by the install's CID and source name. */
export function universeStream(settings: DmxOutputSettings, cid: Uint8Array, sourceName: string): UniverseStream {
  return settings.protocol === 'sacn' ? sacnStream(settings, cid, sourceName) : artnetStream(settings);
}

function sacnStream(settings: DmxOutputSettings, cid: Uint8Array, sourceName: string): UniverseStream {
  let sequence = 0;
  const packet = (slots: Uint8Array, terminated: boolean) => {
    const encoded = encodeSacnData({
      cid,
      sourceName,
      priority: settings.priority,
      sequence,
      universe: settings.universe,
      slots,
      terminated,
    });
    sequence = (sequence + 1) & 0xff;
    return encoded;
  };
  const multicast = settings.host === '';
  return {
    host: multicast ? sacnMulticastAddress(settings.universe) : settings.host,
    port: SACN_PORT,
    multicast,
    next: (slots) => packet(slots, false),
    goodbye: (slots) => Array.from({ length: SACN_TERMINATE_PACKETS }, () => packet(slots, true)),
  };
}

function artnetStream(settings: DmxOutputSettings): UniverseStream {
  // 0 would tell nodes to ignore ordering, so the count runs 1..255 and wraps to 1.
  let sequence = 1;
  return {
    host: settings.host,
    port: ARTNET_PORT,
    multicast: false,
    next(slots) {
      const encoded = encodeArtDmx({ sequence, portAddress: settings.universe, slots });
      sequence = sequence === 255 ? 1 : sequence + 1;
      return encoded;
    },
    goodbye: () => [],
  };
}
