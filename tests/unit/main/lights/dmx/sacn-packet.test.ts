import { describe, expect, it } from 'vitest';
import { encodeSacnData, sacnMulticastAddress } from '../../../../../main/lights/dmx/sacn-packet';

// Offsets and constants from ANSI E1.31-2018, Table 4-1 (E1.31 Data Packet).
const CID = Uint8Array.from([
  0x5a, 0x1e, 0x0f, 0x33, 0x9c, 0x41, 0x47, 0x02, 0x8b, 0x77, 0x10, 0xc4, 0xde, 0x21, 0x60, 0xaa,
]);
const u16 = (bytes: Uint8Array, offset: number) => (bytes[offset]! << 8) | bytes[offset + 1]!;
const u32 = (bytes: Uint8Array, offset: number) => u16(bytes, offset) * 0x10000 + u16(bytes, offset + 2);

function fullUniverse(): Uint8Array {
  return Uint8Array.from({ length: 512 }, (_, i) => (i * 7 + 3) & 0xff);
}

describe('an E1.31 data packet', () => {
  const slots = fullUniverse();
  const packet = encodeSacnData({
    cid: CID,
    sourceName: 'Stillroom Room 1',
    priority: 150,
    sequence: 42,
    universe: 0x1234,
    slots,
  });

  it('is 638 octets for a full universe', () => {
    expect(packet.length).toBe(638);
  });

  it('has the root layer the standard lays out', () => {
    expect(u16(packet, 0)).toBe(0x0010); // Preamble Size
    expect(u16(packet, 2)).toBe(0x0000); // Post-amble Size
    expect([...packet.subarray(4, 16)]).toEqual([
      0x41, 0x53, 0x43, 0x2d, 0x45, 0x31, 0x2e, 0x31, 0x37, 0x00, 0x00, 0x00,
    ]);
    expect(u16(packet, 16)).toBe(0x726e); // flags 0x7, length 638 - 16 = 622
    expect(u32(packet, 18)).toBe(0x00000004); // VECTOR_ROOT_E131_DATA
    expect([...packet.subarray(22, 38)]).toEqual([...CID]);
  });

  it('has the framing layer with name, priority, sequence, options and universe', () => {
    expect(u16(packet, 38)).toBe(0x7258); // flags 0x7, length 638 - 38 = 600
    expect(u32(packet, 40)).toBe(0x00000002); // VECTOR_E131_DATA_PACKET
    const name = packet.subarray(44, 108);
    expect(new TextDecoder().decode(name.subarray(0, 16))).toBe('Stillroom Room 1');
    expect([...name.subarray(16)].every((b) => b === 0)).toBe(true);
    expect(packet[108]).toBe(150); // Priority
    expect(u16(packet, 109)).toBe(0); // Synchronization Address
    expect(packet[111]).toBe(42); // Sequence Number
    expect(packet[112]).toBe(0); // Options: not preview, not terminated, not forced sync
    expect(u16(packet, 113)).toBe(0x1234); // Universe
  });

  it('has the DMP layer and the slots after a null START code', () => {
    expect(u16(packet, 115)).toBe(0x720b); // flags 0x7, length 638 - 115 = 523
    expect(packet[117]).toBe(0x02); // VECTOR_DMP_SET_PROPERTY
    expect(packet[118]).toBe(0xa1); // Address Type & Data Type
    expect(u16(packet, 119)).toBe(0x0000); // First Property Address
    expect(u16(packet, 121)).toBe(0x0001); // Address Increment
    expect(u16(packet, 123)).toBe(513); // Property value count: START code + 512
    expect(packet[125]).toBe(0x00); // DMX512-A START code
    expect([...packet.subarray(126, 638)]).toEqual([...slots]);
  });

  it('sets only the Stream_Terminated bit (bit 6) when the source stops', () => {
    const last = encodeSacnData({
      cid: CID,
      sourceName: 'x',
      priority: 100,
      sequence: 0,
      universe: 1,
      slots,
      terminated: true,
    });
    expect(last[112]).toBe(0x40);
  });

  it('shortens every PDU length with fewer slots', () => {
    const short = encodeSacnData({
      cid: CID,
      sourceName: 'x',
      priority: 100,
      sequence: 0,
      universe: 1,
      slots: Uint8Array.of(1, 2, 3, 4),
    });
    expect(short.length).toBe(130);
    expect(u16(short, 16)).toBe(0x7000 | 114);
    expect(u16(short, 38)).toBe(0x7000 | 92);
    expect(u16(short, 115)).toBe(0x7000 | 15);
    expect(u16(short, 123)).toBe(5);
    expect([...short.subarray(125)]).toEqual([0, 1, 2, 3, 4]);
  });

  it('cuts a long name to 63 bytes of whole UTF-8 characters, leaving a NUL at the end', () => {
    // 31 two-byte characters fill 62 bytes; one more would need bytes 62 and 63.
    const name = 'é'.repeat(40);
    const long = encodeSacnData({ cid: CID, sourceName: name, priority: 100, sequence: 0, universe: 1, slots });
    const field = long.subarray(44, 108);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(field.subarray(0, 62))).toBe('é'.repeat(31));
    expect(field[62]).toBe(0);
    expect(field[63]).toBe(0);
    const ascii = encodeSacnData({
      cid: CID,
      sourceName: 'a'.repeat(80),
      priority: 100,
      sequence: 0,
      universe: 1,
      slots,
    });
    expect(ascii[44 + 62]).toBe(0x61);
    expect(ascii[44 + 63]).toBe(0);
  });

  it('refuses values the standard does not allow', () => {
    const base = { cid: CID, sourceName: 'x', priority: 100, sequence: 0, universe: 1, slots };
    expect(() => encodeSacnData({ ...base, universe: 0 })).toThrow(/universe/);
    expect(() => encodeSacnData({ ...base, universe: 64000 })).toThrow(/universe/);
    expect(() => encodeSacnData({ ...base, priority: 201 })).toThrow(/priority/);
    expect(() => encodeSacnData({ ...base, sequence: 256 })).toThrow(/sequence/);
    expect(() => encodeSacnData({ ...base, cid: new Uint8Array(15) })).toThrow(/CID/);
    expect(() => encodeSacnData({ ...base, slots: new Uint8Array(513) })).toThrow(/slot/);
  });
});

describe('the multicast group of a universe', () => {
  it.each([
    [1, '239.255.0.1'],
    [255, '239.255.0.255'],
    [256, '239.255.1.0'],
    [0x1234, '239.255.18.52'],
    [63999, '239.255.249.255'],
  ])('universe %i is sent to %s', (universe, address) => {
    expect(sacnMulticastAddress(universe)).toBe(address);
  });

  it('has no group for universe 0 or above 63999', () => {
    expect(() => sacnMulticastAddress(0)).toThrow();
    expect(() => sacnMulticastAddress(64000)).toThrow();
  });
});
