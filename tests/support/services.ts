import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppServices } from '../../main/services/app-services';
import type { StoreFactory } from '../../main/services/document-store';
import { jsonFileStores } from '../../main/services/json-file-store';
import { ManualClock } from './manual-clock';
import { T0 } from './runs';

/** The app's own documents, as the desktop app and the web host keep them. */
export const fileStores: StoreFactory = jsonFileStores;

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
      storeFactory: fileStores,
      version: '0.0.0',
    }),
  };
}
