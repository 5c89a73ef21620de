import type { HandlersFor } from '../../ipc/dispatch';
import type { AppParts } from './app-parts';
import { UserError } from '../user-error';

/** The music library and its playlists. */
export function musicHandlers(parts: AppParts): HandlersFor<'library' | 'playlists'> {
  const { options, library, playlists, removal, chosen, emit } = parts;
  return {
    'library.tag': ({ trackIds, tag, on }) => library.setTag(trackIds, tag, on),
    'library.usage': ({ trackIds }) => removal.usage(trackIds),
    'library.remove': ({ trackIds }) => removal.remove(trackIds),
    'library.markPlayable': ({ results }) => library.markPlayable(results),
    'library.list': () => library.tracks(),
    'library.chooseMusic': async ({ folders }) => {
      if (!options.chooseMusic)
        throw new UserError('There is no file chooser here: type the path of a file or folder.');
      return (await options.chooseMusic({ folders })).map((file) => chosen.grant(file));
    },
    'library.import': async ({ paths, mode }) =>
      library.import(chosen.resolveForImport(paths), mode, (progress) => emit('library.progress', progress)),
    'playlists.list': () => playlists.list(),
    'playlists.save': (draft) => playlists.save(draft),
    'playlists.delete': ({ id }) => {
      playlists.remove(id);
      return null;
    },
  };
}
