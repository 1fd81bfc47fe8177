import type { BrowserWindow, Dialog } from 'electron';

/** The desktop app's "Choose a GGUF file…": the native open dialog; the chosen path, or null when cancelled. */
export function modelPicker(window: () => BrowserWindow | null, dialog: Pick<Dialog, 'showOpenDialog'>): () => Promise<string | null> {
  return async () => {
    const win = window();
    if (!win) return null;
    const { canceled, filePaths } = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: [{ name: 'GGUF model', extensions: ['gguf'] }] });
    return canceled ? null : (filePaths[0] ?? null);
  };
}
