import path from 'node:path';
import type { MessageBoxOptions, MessageBoxReturnValue, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { DialogFolders, DialogKind } from './dialog-folders';

/**
 * Electron's dialog module as these helpers use it (Electron 45 docs/api/dialog.md): `owner` is the
 * window the dialog is modal to, or null before there is one. main.ts passes dialog.showOpenDialog,
 * showSaveDialog and showMessageBox; tests pass fakes.
 */
export interface NativeFileDialogs<Owner> {
  showOpenDialog(owner: Owner | null, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(owner: Owner | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showMessageBox(owner: Owner | null, options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

export interface FileDialogs {
  /** Asks for one existing file or folder of `kind`; null when cancelled. */
  pick(kind: DialogKind, options: OpenDialogOptions): Promise<string | null>;
  /**
   * Asks where to save a file of `kind`, offering `suggestedName`; null when cancelled. `withExtension`
   * gives the name the file is written under (the kind's extension added to a name typed without it).
   */
  chooseSaveFile(kind: DialogKind, suggestedName: string, options: SaveDialogOptions, withExtension?: (file: string) => string): Promise<string | null>;
}

/**
 * Every save dialog: on Linux the dialog asks before a typed name replaces an existing file only when
 * told to (Electron 45 dialog.md, showOverwriteConfirmation; Windows and macOS always ask); on macOS
 * the user may make a folder for the file (createDirectory).
 */
const SAVE_PROPERTIES: NonNullable<SaveDialogOptions['properties']> = ['showOverwriteConfirmation', 'createDirectory'];

/**
 * Every file dialog of the app: each opens where its kind of file was last picked (Electron 43+ opens
 * Downloads otherwise) and remembers the folder of what the user chose.
 */
export function createFileDialogs<Owner>(deps: {
  native: NativeFileDialogs<Owner>;
  window: () => Owner | null;
  exists: (file: string) => Promise<boolean>;
  folders: Pick<DialogFolders, 'defaultPath' | 'remember'>;
  warn?: (message: string, error: unknown) => void;
}): FileDialogs {
  const warn = deps.warn ?? console.warn;
  const remember = (kind: DialogKind, file: string) =>
    void deps.folders.remember(kind, file).catch((error: unknown) => warn('Could not remember the dialog folder', error));
  return {
    async pick(kind, options) {
      const result = await deps.native.showOpenDialog(deps.window(), { ...options, defaultPath: await deps.folders.defaultPath(kind) });
      const file = result.canceled ? null : (result.filePaths[0] ?? null);
      if (file) remember(kind, file);
      return file;
    },
    async chooseSaveFile(kind, suggestedName, options, withExtension = (file) => file) {
      const result = await deps.native.showSaveDialog(deps.window(), {
        ...options,
        properties: [...new Set([...SAVE_PROPERTIES, ...(options.properties ?? [])])],
        defaultPath: await deps.folders.defaultPath(kind, suggestedName),
      });
      const chosen = result.canceled || !result.filePath ? null : result.filePath;
      if (chosen === null) return null;
      remember(kind, chosen);
      const file = withExtension(chosen);
      // The dialog asked about the name as typed (Linux adds no extension to it); the one written may be another file.
      return file === chosen || !(await deps.exists(file)) || (await confirmReplace(file)) ? file : null;
    },
  };

  async function confirmReplace(file: string): Promise<boolean> {
    const { response } = await deps.native.showMessageBox(deps.window(), {
      type: 'warning',
      message: `“${path.basename(file)}” already exists. Replace it?`,
      detail: `A file of that name is already in ${path.dirname(file)}. Replacing it overwrites what it holds.`,
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    return response === 0;
  }
}
