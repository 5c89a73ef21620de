import path from 'node:path';
import type { Clock } from '../../src/clock';
import { ClinicConfig, DEFAULT_CLINIC_CONFIG } from '../../src/clinic/clinic-config';
import { builtinPrograms } from '../../src/session/builtin-programs';
import type { Handlers } from '../ipc/dispatch';
import { openValidatedStore, type StoreFactory } from './document-store';
import type { MediaRoots } from './media';
import { SessionService } from './session-service';

export interface AppServicesOptions {
  dataDir: string;
  assetsDir: string;
  clock: Clock;
  timeScale: number;
  storeFactory: StoreFactory;
  version: string;
}

/** Builds every main-process service and the request handlers, with no Electron involved. */
export function createAppServices(options: AppServicesOptions) {
  const { dataDir, assetsDir, clock, timeScale, storeFactory, version } = options;
  const config = openValidatedStore(storeFactory, {
    name: 'clinic-config',
    cwd: dataDir,
    schema: ClinicConfig,
    defaults: DEFAULT_CLINIC_CONFIG,
  });
  const programs = builtinPrograms;
  const session = new SessionService({ clock, timeScale, storeFactory, dataDir, programs });
  const notices = [config.notice, session.notice].filter((n): n is string => n !== null);
  const mediaRoots: MediaRoots = {
    assets: assetsDir,
    library: path.join(dataDir, 'library'),
  };

  const handlers: Handlers = {
    'app.info': () => {
      const clinic = ClinicConfig.parse(config.store.store);
      return { version, clinicName: clinic.clinicName, roomName: clinic.roomName, timeScale, notices };
    },
    'programs.list': () => programs(),
    'session.get': () => session.snapshot(),
    'session.start': ({ programId }) => session.start(programId),
    'session.control': (control) => session.control(control),
    'session.dismiss': () => {
      session.dismiss();
      return null;
    },
  };

  return { session, handlers, mediaRoots, notices };
}

export type AppServices = ReturnType<typeof createAppServices>;
