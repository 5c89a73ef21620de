import fs from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

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

/** Where a clinic pack is to be read from or written to, chosen by staff; null when they cancel. */
export async function choosePackFile(window: BrowserWindow, mode: 'open' | 'save'): Promise<string | null> {
  const filters = [{ name: 'Clinic pack', extensions: ['zip'] }];
  if (mode === 'open') {
    const choice = await dialog.showOpenDialog(window, {
      title: 'Import a clinic pack',
      properties: ['openFile'],
      filters,
    });
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  }
  const choice = await dialog.showSaveDialog(window, {
    title: 'Export the clinic pack',
    defaultPath: path.join(app.getPath('documents'), 'stillroom-clinic-pack.zip'),
    filters,
  });
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}
