import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { createAppServices } from '../../main/services/app-services';
import type { StoreFactory } from '../../main/services/document-store';
import { ManualClock } from './manual-clock';
import { T0 } from './runs';

/** The web host's store: conf, the library electron-store is built on. */
export const confFactory: StoreFactory = ({ name, cwd, defaults }) =>
  new Conf<typeof defaults>({ configName: name, cwd, defaults, clearInvalidConfig: false });

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-unit-'));
}

/** The real main-process services on a temporary data folder and a hand-moved clock. */
export function services(dataDir = tempDir(), clock = new ManualClock(T0)) {
  return {
    dataDir,
    clock,
    ...createAppServices({
      dataDir,
      assetsDir: path.resolve('assets'),
      clock,
      timeScale: 1,
      storeFactory: confFactory,
      version: '0.0.0',
    }),
  };
}
