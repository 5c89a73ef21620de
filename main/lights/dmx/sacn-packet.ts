/**
 * ANSI E1.31-2018 (sACN) data packets: a root layer, a framing layer and a DMP layer, each
 * opening with flags (0x7) and its own length, carrying one universe of DMX slots.
 */

export const SACN_PORT = 5568;
export const CID_BYTES = 16;
export const SOURCE_NAME_BYTES = 64;
export const MAX_SLOTS = 512;

const ACN_PACKET_IDENTIFIER = [0x41, 0x53, 0x43, 0x2d, 0x45, 0x31, 0x2e, 0x31, 0x37, 0x00, 0x00, 0x00];
const VECTOR_ROOT_E131_DATA = 0x00000004;
const VECTOR_E131_DATA_PACKET = 0x00000002;
const VECTOR_DMP_SET_PROPERTY = 0x02;
const DMP_ADDRESS_AND_DATA_TYPE = 0xa1;
/** Every PDU's flags nibble: vector, header and data all present. */
const PDU_FLAGS = 0x7000;
/** The framing layer's Options bit that tells receivers this source has stopped for good. */
export const STREAM_TERMINATED = 0x40;

/** Octet offsets of Table 4-1; the slots follow the START code at DMP_START_CODE + 1. */
const ROOT_FLAGS_LENGTH = 16;
const FRAMING_FLAGS_LENGTH = 38;
const DMP_FLAGS_LENGTH = 115;
const DMP_START_CODE = 125;

export interface SacnFrame {
  /** The sending component's identity: 16 bytes that stay the same for the life of the install. */
  cid: Uint8Array;
  /** Shown by consoles and receivers; cut to 63 bytes of UTF-8 so one NUL always ends it. */
  sourceName: string;
  priority: number;
  /** 0–255 per universe, wrapping, one step per packet sent. */
  sequence: number;
  universe: number;
  /** DMX slot values after the null START code; 0–512 of them. */
  slots: Uint8Array;
  terminated?: boolean;
}

/** The multicast group a universe is sent to: 239.255.<high byte>.<low byte>. */
export function sacnMulticastAddress(universe: number): string {
  checkRange('universe', universe, 1, 63999);
  return `239.255.${universe >> 8}.${universe & 0xff}`;
}

/** One E1.31 data packet for a universe of DMX slots. */
export function encodeSacnData(frame: SacnFrame): Uint8Array {
  if (frame.cid.length !== CID_BYTES) throw new RangeError(`a CID has ${CID_BYTES} bytes, got ${frame.cid.length}`);
  checkRange('priority', frame.priority, 0, 200);
  checkRange('sequence', frame.sequence, 0, 255);
  checkRange('universe', frame.universe, 1, 63999);
  checkRange('slot count', frame.slots.length, 0, MAX_SLOTS);

  const packet = new Uint8Array(DMP_START_CODE + 1 + frame.slots.length);
  const view = new DataView(packet.buffer);
  const flagsAndLength = (offset: number) => view.setUint16(offset, PDU_FLAGS | (packet.length - offset));

  // Root layer.
  view.setUint16(0, 0x0010); // preamble size
  view.setUint16(2, 0x0000); // postamble size
  packet.set(ACN_PACKET_IDENTIFIER, 4);
  flagsAndLength(ROOT_FLAGS_LENGTH);
  view.setUint32(18, VECTOR_ROOT_E131_DATA);
  packet.set(frame.cid, 22);

  // Framing layer.
  flagsAndLength(FRAMING_FLAGS_LENGTH);
  view.setUint32(40, VECTOR_E131_DATA_PACKET);
  packet.set(sourceNameBytes(frame.sourceName), 44);
  packet[108] = frame.priority;
  view.setUint16(109, 0); // no synchronization universe
  packet[111] = frame.sequence;
  packet[112] = frame.terminated ? STREAM_TERMINATED : 0;
  view.setUint16(113, frame.universe);

  // DMP layer.
  flagsAndLength(DMP_FLAGS_LENGTH);
  packet[117] = VECTOR_DMP_SET_PROPERTY;
  packet[118] = DMP_ADDRESS_AND_DATA_TYPE;
  view.setUint16(119, 0x0000); // first property address
  view.setUint16(121, 0x0001); // address increment
  view.setUint16(123, 1 + frame.slots.length); // START code plus slots
  packet[DMP_START_CODE] = 0x00; // null START code: dimmer levels
  packet.set(frame.slots, DMP_START_CODE + 1);
  return packet;
}

/** The source name as 64 NUL-padded bytes, cut at a character boundary so it stays valid UTF-8. */
export function sourceNameBytes(name: string): Uint8Array {
  const out = new Uint8Array(SOURCE_NAME_BYTES);
  const encoder = new TextEncoder();
  let used = 0;
  for (const char of name) {
    const bytes = encoder.encode(char);
    if (used + bytes.length > SOURCE_NAME_BYTES - 1) break;
    out.set(bytes, used);
    used += bytes.length;
  }
  return out;
}

function checkRange(what: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`sACN ${what} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}
