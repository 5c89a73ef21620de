import { describe, expect, it } from 'vitest';
import { HomeAssistantSettings } from '@domain/light/home-assistant-settings';
import { HueSettings } from '@domain/light/hue-settings';

const hue = {
  bridgeHost: '192.168.1.20',
  bridgeId: '001788FFFE4D2A1C',
  groupedLight: { id: 'C7A0D1E2-3B4C-4D5E-8F60-718293A4B5C6', name: 'Treatment room', kind: 'room' },
  applicationKeyRef: 'hue-room-1',
};

const homeAssistant = {
  baseUrl: 'http://homeassistant.local:8123/',
  entityIds: ['light.treatment_ceiling', 'light.floor_lamp_2'],
  tokenRef: 'home-assistant-room-1',
};

function firstIssue(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  return result.success ? undefined : result.error!.issues[0]!.message;
}

describe('Hue settings', () => {
  it('accepts what a clinic types and keeps ids in lower case', () => {
    expect(HueSettings.parse(hue)).toEqual({
      ...hue,
      bridgeId: '001788fffe4d2a1c',
      groupedLight: { ...hue.groupedLight, id: 'c7a0d1e2-3b4c-4d5e-8f60-718293a4b5c6' },
    });
    for (const bridgeHost of ['hue-bridge.local', 'bridge', '10.0.0.7', 'fe80::1']) {
      expect(HueSettings.safeParse({ ...hue, bridgeHost }).success).toBe(true);
    }
  });

  it.each([
    ['https://192.168.1.20', 'without http:// or https://'],
    ['192.168.1.300', 'should look like 192.168.1.20'],
    ['192.168.1.20/api', 'without a path'],
    ['my bridge', 'should look like 192.168.1.20'],
    ['', 'enter an address'],
  ])('refuses the bridge address %j, saying what is wrong', (bridgeHost, message) => {
    expect(firstIssue(HueSettings.safeParse({ ...hue, bridgeHost }))).toContain(message);
  });

  it('refuses a bridge id that is not 16 hexadecimal characters', () => {
    for (const bridgeId of ['001788fffe4d2a1', '001788fffe4d2a1g', '00:17:88:ff:fe:4d:2a:1c']) {
      expect(firstIssue(HueSettings.safeParse({ ...hue, bridgeId }))).toContain('16 characters');
    }
  });

  it('holds a reference to the application key, never a key-like secret with spaces or symbols', () => {
    expect(HueSettings.safeParse({ ...hue, applicationKeyRef: 'X9fQ2-kP/+abc==' }).success).toBe(false);
    expect(HueSettings.safeParse({ ...hue, groupedLight: { ...hue.groupedLight, id: '1' } }).success).toBe(false);
  });
});

describe('Home Assistant settings', () => {
  it('accepts http and https addresses and stores them without a trailing slash', () => {
    expect(HomeAssistantSettings.parse(homeAssistant).baseUrl).toBe('http://homeassistant.local:8123');
    expect(HomeAssistantSettings.parse({ ...homeAssistant, baseUrl: 'https://ha.clinic.example' }).baseUrl).toBe(
      'https://ha.clinic.example',
    );
  });

  it.each([
    ['homeassistant.local:8123', 'must start with http:// or https://'],
    ['ftp://homeassistant.local', 'must start with http:// or https://'],
    ['not a url', 'enter the full address'],
    ['http://user:secret@homeassistant.local:8123', 'the token goes in its own field'],
    ['http://homeassistant.local:8123/?token=abc', 'the token goes in its own field'],
  ])('refuses the address %j, saying what is wrong', (baseUrl, message) => {
    expect(firstIssue(HomeAssistantSettings.safeParse({ ...homeAssistant, baseUrl }))).toContain(message);
  });

  it('accepts only light entities, each once, at least one', () => {
    const withLights = (entityIds: string[]) => HomeAssistantSettings.safeParse({ ...homeAssistant, entityIds });
    expect(firstIssue(withLights(['switch.kettle']))).toContain('light.treatment_ceiling');
    expect(firstIssue(withLights(['light.Ceiling']))).toContain('light.treatment_ceiling');
    expect(firstIssue(withLights(['light.a', 'light.a']))).toBe('each light may be listed once');
    expect(firstIssue(withLights([]))).toBe('choose at least one light');
  });
});
