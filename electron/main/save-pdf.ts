import { writeFile } from 'node:fs/promises';
import type { BrowserWindow, Dialog } from 'electron';

/**
 * The desktop app's "PDF report": prints the window with its print stylesheet (only the report shows) and saves it
 * where the user chooses. Thin glue over webContents.printToPDF and the save dialog; null when cancelled.
 */
export function pdfSaver(window: () => BrowserWindow | null, dialog: Pick<Dialog, 'showSaveDialog'>): () => Promise<string | null> {
  return async () => {
    const win = window();
    if (!win) return null;
    const data = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    const { canceled, filePath } = await dialog.showSaveDialog(win, { defaultPath: `rigshift-report-${new Date().toISOString().slice(0, 10)}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (canceled || !filePath) return null;
    await writeFile(filePath, data);
    return filePath;
  };
}
