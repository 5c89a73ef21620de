import type { HandlersFor } from '../../ipc/dispatch';
import type { AppParts } from './app-parts';

/** The room on the clinic network, and the clinic board it hears. */
export function networkHandlers(parts: AppParts): HandlersFor<'network' | 'board'> {
  const { network } = parts;
  return {
    'network.get': () => network.view(),
    'network.save': ({ settings, password }) => network.save(settings, password),
    'board.get': () => network.board(),
  };
}
