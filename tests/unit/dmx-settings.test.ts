import { describe, expect, it } from 'vitest';
import { DmxOutputSettings } from '@domain/light/dmx-settings';

const sacn = { protocol: 'sacn', host: '192.168.1.50', universe: 1, startChannel: 1, fixtures: 4 };

/** The messages a form would show next to each field. */
function problems(input: unknown): Record<string, string> {
  const result = DmxOutputSettings.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('DMX output settings', () => {
  it('fills in 8-bit, the perceptual curve and sACN priority 100 when left out', () => {
    expect(DmxOutputSettings.parse(sacn)).toEqual({
      ...sacn,
      interfaceAddress: '',
      resolution: '8bit',
      curve: 'perceptual',
      priority: 100,
    });
  });

  it('takes an empty sACN address as multicast, but Art-Net needs one', () => {
    expect(problems({ ...sacn, host: '' })).toEqual({});
    expect(problems({ ...sacn, protocol: 'artnet', host: '  ' }).host).toMatch(/Art-Net needs the node’s IP address/);
    expect(problems({ ...sacn, protocol: 'artnet', host: '2.255.255.255', universe: 0 })).toEqual({});
  });

  it('says how to write an address it cannot read', () => {
    expect(problems({ ...sacn, host: '192.168.1' }).host).toMatch(/like 192\.168\.1\.50/);
    expect(problems({ ...sacn, host: '192.168.1.256' }).host).toMatch(/four numbers/);
    expect(problems({ ...sacn, host: 'lights.local' }).host).toMatch(/four numbers/);
    expect(problems({ ...sacn, host: '239.255.0.1' }).host).toMatch(/Leave the address empty/);
    expect(problems({ ...sacn, interfaceAddress: 'eth0' }).interfaceAddress).toMatch(/this computer’s IP address/);
  });

  it('keeps universes in each protocol’s own range', () => {
    expect(problems({ ...sacn, universe: 0 }).universe).toBe('sACN universes go from 1 to 63999.');
    expect(problems({ ...sacn, universe: 64000 }).universe).toBe('sACN universes go from 1 to 63999.');
    expect(problems({ ...sacn, protocol: 'artnet', universe: 32768 }).universe).toBe(
      'Art-Net universes (port-addresses) go from 0 to 32767.',
    );
    expect(problems({ ...sacn, universe: 1.5 }).universe).toBe('The universe must be a whole number.');
  });

  it('refuses fixtures that would run past channel 512, counting two channels each at 16-bit', () => {
    expect(problems({ ...sacn, startChannel: 509, fixtures: 4 })).toEqual({});
    expect(problems({ ...sacn, startChannel: 509, fixtures: 4, resolution: '16bit' }).fixtures).toBe(
      '4 fixture(s) at 16-bit from channel 509 would need channels up to 516, but a universe ends at 512.',
    );
    expect(problems({ ...sacn, startChannel: 0 }).startChannel).toBe('DMX channels start at 1.');
    expect(problems({ ...sacn, fixtures: 0 }).fixtures).toBe('Add at least one fixture.');
  });

  it('keeps sACN priority within 0–200', () => {
    expect(problems({ ...sacn, priority: 201 }).priority).toBe('sACN priority goes from 0 to 200.');
    expect(problems({ ...sacn, priority: 0 })).toEqual({});
  });

  it('names the choices when a protocol or resolution is unknown', () => {
    expect(problems({ ...sacn, protocol: 'dmx' }).protocol).toBe('Choose sACN (E1.31) or Art-Net.');
    expect(problems({ ...sacn, resolution: '12bit' }).resolution).toBe('Choose 8-bit or 16-bit fixtures.');
  });
});
