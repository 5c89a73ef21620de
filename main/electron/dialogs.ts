import fs from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { FilePurpose } from '@domain/ipc/contract';

/**
 * Saves what a window shows, laid out for print (the take-home sheet), as a PDF where staff
 * choose. Resolves to the path, or null when they cancel.
 */
export async function savePagePdf(
  window: BrowserWindow,
  options: { fileName: string; paperSize: 'letter' | 'a4' },
): Promise<string | null> {
  const pdf = await window.webContents.printToPDF({
    pageSize: options.paperSize === 'a4' ? 'A4' : 'Letter',
    printBackground: false,
  });
  const choice = await dialog.showSaveDialog(window, {
    title: 'Save the take-home sheet',
    defaultPath: path.join(app.getPath('documents'), options.fileName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return null;
  await fs.writeFile(choice.filePath, pdf);
  return choice.filePath;
}

/** A file staff choose: a clinic pack to import, where to export one, or a logo; null when they cancel. */
export async function chooseFile(window: BrowserWindow, purpose: FilePurpose): Promise<string | null> {
  const pack = [{ name: 'Clinic pack', extensions: ['zip'] }];
  if (purpose === 'exportPack') {
    const choice = await dialog.showSaveDialog(window, {
      title: 'Export the clinic pack',
      defaultPath: path.join(app.getPath('documents'), 'stillroom-clinic-pack.zip'),
      filters: pack,
    });
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  }
  const choice = await dialog.showOpenDialog(window, {
    title: purpose === 'logo' ? 'Choose the clinic’s logo' : 'Import a clinic pack',
    properties: ['openFile'],
    filters: purpose === 'logo' ? [{ name: 'Picture', extensions: ['png', 'jpg', 'jpeg'] }] : pack,
  });
  return choice.canceled ? null : (choice.filePaths[0] ?? null);
}
