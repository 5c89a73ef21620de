import type { HandlersFor } from '../../ipc/dispatch';
import type { AppParts } from './app-parts';
import { UserError } from '../user-error';

/** The room's lights, the ambient display and the sound output. */
export function roomHandlers(parts: AppParts): HandlersFor<'lights' | 'ambient' | 'soundOutput'> {
  const { clinic, lights, secrets, huePairing, ambient, soundOutput } = parts;
  return {
    'soundOutput.get': () => soundOutput.get(),
    'soundOutput.set': ({ choice }) => soundOutput.set(choice),
    'lights.list': () => ({ outputs: lights.outputs(), secretsEncrypted: secrets.encrypted }),
    'lights.save': (draft) => lights.save(draft),
    'lights.remove': async ({ id }) => {
      await lights.remove(id);
      return null;
    },
    'lights.test': ({ id }) => {
      lights.testFlash(id);
      return null;
    },
    'lights.hueIdentify': ({ host }) => huePairing.identify(host),
    'lights.huePair': ({ host, bridgeId }) => huePairing.pair(host, bridgeId, clinic().roomName),
    'lights.hueGroups': ({ host, bridgeId }) => huePairing.groups(host, bridgeId),
    'ambient.status': () => ({
      canOpenWindows: ambient !== undefined,
      displays: ambient?.displays() ?? [],
      openOn: ambient?.openOn() ?? null,
    }),
    'ambient.open': ({ displayId }) => {
      if (!ambient) throw new UserError('Open the ambient display’s address in a browser window on the room’s screen.');
      ambient.open(displayId);
      return null;
    },
    'ambient.close': () => {
      ambient?.close();
      return null;
    },
  };
}
