import fs from 'node:fs';
import { z } from 'zod';
import {
  ClinicNetworkSettings,
  DEFAULT_CLINIC_NETWORK,
  type ClinicNetworkSettings as Settings,
} from '@domain/board/network-settings';
import { openValidatedStore, type DocumentStore, type StoreFactory } from '../document-store';
import type { SecretStore } from '../secret-store';

const PASSWORD_REF = 'mqtt-password';

/** What a managed install or a test presets through the environment. */
export interface NetworkPresets {
  url?: string;
  username?: string;
  passwordFile?: string;
  ca?: string;
  /** Not one of the documented presets: lets tests see a killed room go offline within seconds. */
  keepaliveSec?: number;
}

export function presetsFromEnvironment(env: NodeJS.ProcessEnv): NetworkPresets {
  const keepalive = Number(env.STILLROOM_MQTT_KEEPALIVE_SEC);
  return {
    url: env.STILLROOM_MQTT_URL || undefined,
    username: env.STILLROOM_MQTT_USERNAME || undefined,
    passwordFile: env.STILLROOM_MQTT_PASSWORD_FILE || undefined,
    ca: env.STILLROOM_MQTT_CA || undefined,
    keepaliveSec: Number.isInteger(keepalive) && keepalive > 0 ? keepalive : undefined,
  };
}

const Document = z.object({ settings: ClinicNetworkSettings });

/**
 * The room's clinic network settings (`clinic-network.json`) and its broker password, kept in the
 * secret store like the light outputs' keys. A preset broker address turns the network on with it
 * the first time; a preset password file is read at each connection, so it can be replaced.
 */
export class NetworkSettingsStore {
  private readonly store: DocumentStore<z.infer<typeof Document>>;
  readonly notice: string | null;

  constructor(
    dataDir: string,
    storeFactory: StoreFactory,
    private readonly secrets: SecretStore,
    private readonly presets: NetworkPresets,
  ) {
    const preset = presets.url
      ? { ...DEFAULT_CLINIC_NETWORK, enabled: false, brokerUrl: presets.url, caFile: presets.ca ?? '' }
      : DEFAULT_CLINIC_NETWORK;
    const opened = openValidatedStore(storeFactory, {
      name: 'clinic-network',
      cwd: dataDir,
      schema: Document,
      defaults: { settings: preset },
    });
    this.store = opened.store;
    this.notice = opened.notice;
  }

  get(): Settings {
    return this.store.store.settings;
  }

  save(settings: Settings, password: string | undefined): Settings {
    const parsed = ClinicNetworkSettings.parse(settings);
    if (password !== undefined) {
      if (password === '') this.secrets.delete(PASSWORD_REF);
      else this.secrets.set(PASSWORD_REF, password);
    }
    this.store.store = { settings: parsed };
    return parsed;
  }

  /** The password to connect with: the preset file's first line, else the one staff entered. */
  password(): string | undefined {
    if (this.presets.passwordFile) return fs.readFileSync(this.presets.passwordFile, 'utf8').split('\n')[0];
    return this.secrets.get(PASSWORD_REF);
  }

  get passwordSet(): boolean {
    return this.presets.passwordFile !== undefined || this.secrets.get(PASSWORD_REF) !== undefined;
  }
}
