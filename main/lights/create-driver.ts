import type { LightOutput } from '@domain/light/light-output';
import type { SecretStore } from '../services/secret-store';
import { failedDriver } from './driver';
import { DmxDriver } from './dmx/dmx-driver';
import { HomeAssistantDriver } from './home-assistant/home-assistant-driver';
import { HueDriver } from './hue/hue-driver';
import type { DriverFactory } from './light-service';

/**
 * The real drivers, by output kind. `hue` replaces Hue's own root certificates and port only
 * when testing against a simulated bridge.
 */
export function createDriverFactory(options: {
  secrets: SecretStore;
  roomName: () => string;
  hue?: { ca: readonly string[]; port: number };
}): DriverFactory {
  const { secrets, roomName, hue } = options;
  return (output: LightOutput, { clock, sourceId }) => {
    switch (output.kind) {
      case 'dmx':
        return new DmxDriver({
          settings: output.dmx,
          cid: Buffer.from(sourceId, 'hex'),
          sourceName: `Stillroom ${roomName()} ${output.name}`,
          clock,
        });
      case 'hue': {
        const { bridgeHost, bridgeId, groupedLight, applicationKeyRef } = output.hue;
        const applicationKey = secrets.get(applicationKeyRef);
        if (applicationKey === undefined) return failedDriver('The bridge key is missing. Pair with the bridge again.');
        return new HueDriver({
          bridge: { host: bridgeHost, bridgeId, ...hue },
          groupedLight: { id: groupedLight.id, name: groupedLight.name },
          applicationKey,
          clock,
        });
      }
      case 'homeAssistant': {
        const { baseUrl, entityIds, tokenRef } = output.homeAssistant;
        const token = secrets.get(tokenRef);
        if (token === undefined) return failedDriver('The access token is missing. Paste it again.');
        return new HomeAssistantDriver({ connection: { baseUrl, token }, entityIds, clock });
      }
    }
  };
}
