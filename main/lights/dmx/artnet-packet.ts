/** Art-Net 4 ArtDmx packets: one universe (port-address) of DMX slots over UDP. */

export const ARTNET_PORT = 6454;
export const ARTNET_PROTOCOL_VERSION = 14;
const ART_NET_ID = [0x41, 0x72, 0x74, 0x2d, 0x4e, 0x65, 0x74, 0x00]; // "Art-Net\0"
const OP_DMX = 0x5000;
/** Octet where the DMX data starts (after ID, OpCode, ProtVer, Sequence, Physical, SubUni, Net, Length). */
const DATA_OFFSET = 18;
const MAX_SLOTS = 512;

export interface ArtDmxFrame {
  /** 1–255, wrapping past 255 back to 1; 0 tells nodes not to reorder. */
  sequence: number;
  /** The physical input port the data came from; informational only. */
  physical?: number;
  /** 15-bit port-address 0–32767: Net, Sub-Net and Universe together. */
  portAddress: number;
  /** DMX slot values; an odd count is padded with one zero, as Length must be even. */
  slots: Uint8Array;
}

/** A port-address split into the Net byte and the SubUni byte (Sub-Net high nibble, Universe low). */
export function splitPortAddress(portAddress: number): { net: number; subUni: number } {
  if (!Number.isInteger(portAddress) || portAddress < 0 || portAddress > 0x7fff) {
    throw new RangeError(`an Art-Net port-address goes from 0 to 32767, got ${portAddress}`);
  }
  return { net: portAddress >> 8, subUni: portAddress & 0xff };
}

/** One ArtDmx packet. */
export function encodeArtDmx(frame: ArtDmxFrame): Uint8Array {
  const { net, subUni } = splitPortAddress(frame.portAddress);
  if (!Number.isInteger(frame.sequence) || frame.sequence < 0 || frame.sequence > 255) {
    throw new RangeError(`an ArtDmx sequence goes from 0 to 255, got ${frame.sequence}`);
  }
  if (frame.slots.length > MAX_SLOTS)
    throw new RangeError(`ArtDmx carries at most 512 slots, got ${frame.slots.length}`);
  const length = Math.max(2, frame.slots.length + (frame.slots.length % 2));

  const packet = new Uint8Array(DATA_OFFSET + length);
  const view = new DataView(packet.buffer);
  packet.set(ART_NET_ID, 0);
  view.setUint16(8, OP_DMX, true); // the only little-endian field
  view.setUint16(10, ARTNET_PROTOCOL_VERSION); // ProtVerHi, ProtVerLo
  packet[12] = frame.sequence;
  packet[13] = frame.physical ?? 0;
  packet[14] = subUni;
  packet[15] = net;
  view.setUint16(16, length); // LengthHi, Length
  packet.set(frame.slots, DATA_OFFSET);
  return packet;
}
