import type { HueGroupedLightChoice } from '@domain/light/hue-settings';
import type { SecretStore } from '../services/secret-store';
import { UserError } from '../services/user-error';
import { HueClient, identifyBridge, type HueConnection } from './hue/hue-client';

/** Where a bridge's application key is filed; outputs on the same bridge share it. */
export const hueKeyRef = (bridgeId: string) => `hue-${bridgeId.toLowerCase()}`;

/** Setting up a Hue output: which bridge answers, pairing with its link button, its rooms and zones. */
export class HuePairing {
  constructor(
    private readonly secrets: SecretStore,
    /** Only for testing against a simulated bridge: its authority instead of Hue's own. */
    private readonly ca?: readonly string[],
    private readonly port?: number,
  ) {}

  identify(host: string) {
    return identifyBridge(this.connection(host));
  }

  /** Pairs (the link button must have been pressed) and keeps the key in the secret store. */
  async pair(host: string, bridgeId: string, roomName: string): Promise<HueGroupedLightChoice[]> {
    const client = new HueClient({ ...this.connection(host), bridgeId });
    try {
      const { applicationKey } = await client.pair(roomName);
      this.secrets.set(hueKeyRef(bridgeId), applicationKey);
    } finally {
      client.close();
    }
    return this.groups(host, bridgeId);
  }

  async groups(host: string, bridgeId: string): Promise<HueGroupedLightChoice[]> {
    const applicationKey = this.secrets.get(hueKeyRef(bridgeId));
    if (applicationKey === undefined) throw new UserError('Pair with the bridge first: press its link button.');
    const client = new HueClient({ ...this.connection(host), bridgeId, applicationKey });
    try {
      const groups = await client.listLightGroups();
      return groups.map(({ kind, name, groupedLightId }) => ({ kind, name, id: groupedLightId }));
    } finally {
      client.close();
    }
  }

  private connection(host: string): HueConnection {
    return { host, ...(this.ca ? { ca: this.ca } : {}), ...(this.port ? { port: this.port } : {}) };
  }
}
