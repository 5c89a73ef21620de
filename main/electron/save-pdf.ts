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
