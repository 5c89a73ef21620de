import { describe, expect, it } from 'vitest';
import { encodeArtDmx, splitPortAddress } from '../../../../../main/lights/dmx/artnet-packet';

// Offsets from the Art-Net 4 specification, ArtDmx packet definition.
describe('an ArtDmx packet', () => {
  const slots = Uint8Array.from({ length: 512 }, (_, i) => 255 - (i & 0xff));
  const packet = encodeArtDmx({ sequence: 9, physical: 2, portAddress: 0x0123, slots });

  it('lays out header, OpCode, version, sequence, port-address and length as the spec says', () => {
    expect(packet.length).toBe(18 + 512);
    expect(new TextDecoder().decode(packet.subarray(0, 7))).toBe('Art-Net');
    expect(packet[7]).toBe(0);
    expect([packet[8], packet[9]]).toEqual([0x00, 0x50]); // OpDmx 0x5000, low byte first
    expect([packet[10], packet[11]]).toEqual([0, 14]); // ProtVerHi, ProtVerLo
    expect(packet[12]).toBe(9); // Sequence
    expect(packet[13]).toBe(2); // Physical
    expect(packet[14]).toBe(0x23); // SubUni: Sub-Net 2, Universe 3
    expect(packet[15]).toBe(0x01); // Net
    expect([packet[16], packet[17]]).toEqual([0x02, 0x00]); // LengthHi, Length: 512
    expect([...packet.subarray(18)]).toEqual([...slots]);
  });

  it('pads an odd number of slots to an even Length, and sends at least two', () => {
    const odd = encodeArtDmx({ sequence: 1, portAddress: 0, slots: Uint8Array.of(10, 20, 30) });
    expect([odd[16], odd[17]]).toEqual([0, 4]);
    expect([...odd.subarray(18)]).toEqual([10, 20, 30, 0]);
    const empty = encodeArtDmx({ sequence: 1, portAddress: 0, slots: new Uint8Array(0) });
    expect([empty[16], empty[17]]).toEqual([0, 2]);
  });
});

describe('an Art-Net port-address', () => {
  it.each([
    [0, 0, 0x00],
    [15, 0, 0x0f],
    [16, 0, 0x10],
    [0x0123, 0x01, 0x23],
    [32767, 0x7f, 0xff],
  ])('%i is Net %i, SubUni %i', (portAddress, net, subUni) => {
    expect(splitPortAddress(portAddress)).toEqual({ net, subUni });
  });

  it('stops at 15 bits', () => {
    expect(() => splitPortAddress(32768)).toThrow(/0 to 32767/);
    expect(() => splitPortAddress(-1)).toThrow();
  });
});
