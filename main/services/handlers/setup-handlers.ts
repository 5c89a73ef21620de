import type { HandlersFor } from '../../ipc/dispatch';
import type { AppParts } from './app-parts';
import { missingForPrint, missingForPrintMessage } from '@domain/sheet/sheet-readiness';
import { UserError } from '../user-error';

/** The clinic's setup: settings, programs, journeys, packs, chosen files and the take-home sheet. */
export function setupHandlers(
  parts: AppParts,
): HandlersFor<'programs' | 'journeys' | 'clinic' | 'files' | 'pack' | 'sheet'> {
  const { options, clinicSettings, clinic, programs, journeys, chosen, branding, packs, announceSetup, sheetCopies } =
    parts;
  return {
    'programs.list': () => programs.list(),
    'programs.save': (draft) => programs.save(draft),
    'programs.delete': ({ id }) => {
      programs.remove(id);
      return null;
    },
    'journeys.list': () => journeys.list(),
    'journeys.save': (draft) => journeys.save(draft),
    'journeys.delete': ({ id }) => {
      journeys.remove(id);
      return null;
    },
    'files.choose': async ({ purpose }) => {
      if (!options.chooseFile) throw new UserError('There is no file chooser here: type the path of the file.');
      const file = await options.chooseFile(purpose);
      return file === null ? null : chosen.grant(file);
    },
    'clinic.importLogo': async ({ path: source }) => ({ logo: await branding.importLogo(chosen.resolve(source)) }),
    'pack.export': async ({ path: destination, includeAudio }) =>
      packs.export(chosen.resolve(destination), includeAudio),
    'pack.preview': async ({ path: file }) => packs.preview(chosen.resolve(file)),
    'pack.import': async ({ path: file }) => {
      try {
        return await packs.apply(chosen.resolve(file));
      } finally {
        announceSetup();
      }
    },
    'pack.lastBackup': () => packs.lastBackup(),
    'pack.restoreBackup': async () => {
      try {
        await packs.restoreBackup();
      } finally {
        announceSetup();
      }
      return null;
    },
    'clinic.get': () => clinic(),
    'clinic.save': (next) => clinicSettings.save(next),
    'sheet.savePdf': ({ fileName }) => {
      if (!options.savePdf) throw new UserError('Use Print and choose “Save as PDF” in the print dialog.');
      const missing = missingForPrint(clinic());
      if (missing.length > 0) throw new UserError(missingForPrintMessage(missing));
      return options.savePdf({ fileName, paperSize: clinic().paperSize });
    },
    'sheet.keep': (sheet) => {
      sheetCopies.keep(sheet);
      return null;
    },
  };
}
