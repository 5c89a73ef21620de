import path from 'node:path';
import type { Clock } from '../../src/clock';
import { ClinicConfig, DEFAULT_CLINIC_CONFIG } from '../../src/clinic/clinic-config';
import { builtinPrograms } from '../../src/session/builtin-programs';
import { historyCsv } from '../../src/session/history';
import type { Handlers } from '../ipc/dispatch';
import { HistoryService } from './history-service';
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
  const clinic = () => ClinicConfig.parse(config.store.store);
  const history = new HistoryService(dataDir);
  const session = new SessionService({ clock, timeScale, storeFactory, dataDir, programs, clinic, history });
  const notices = [config.notice, session.notice].filter((n): n is string => n !== null);
  const mediaRoots: MediaRoots = {
    assets: assetsDir,
    library: path.join(dataDir, 'library'),
  };

  const handlers: Handlers = {
    'app.info': () => {
      const { clinicName, roomName } = clinic();
      return { version, clinicName, roomName, timeScale, notices };
    },
    'clock.now': () => ({ clockNow: clock.now(), timeScale }),
    'programs.list': () => programs(),
    'session.get': () => session.snapshot(),
    'session.start': ({ programId }) => session.start(programId),
    'session.control': (control) => session.control(control),
    'session.continue': () => session.continueAfterRestart(),
    'history.list': () => history.list(),
    'history.csv': () => historyCsv(history.list().records),
    'session.dismiss': () => {
      session.dismiss();
      return null;
    },
  };

  return { session, handlers, mediaRoots, notices };
}

export type AppServices = ReturnType<typeof createAppServices>;
