import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { DialogFolders, DialogKind } from './dialog-folders';

/**
 * Electron's dialog module as these helpers use it (Electron 45 docs/api/dialog.md): `owner` is the
 * window the dialog is modal to, or null before there is one. main.ts passes dialog.showOpenDialog /
 * dialog.showSaveDialog; tests pass fakes.
 */
export interface NativeFileDialogs<Owner> {
  showOpenDialog(owner: Owner | null, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(owner: Owner | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

export interface FileDialogs {
  /** Asks for one existing file or folder of `kind`; null when cancelled. */
  pick(kind: DialogKind, options: OpenDialogOptions): Promise<string | null>;
  /** Asks where to save a file of `kind`, offering `suggestedName`; null when cancelled. */
  chooseSaveFile(kind: DialogKind, suggestedName: string, options: SaveDialogOptions): Promise<string | null>;
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
    async chooseSaveFile(kind, suggestedName, options) {
      const result = await deps.native.showSaveDialog(deps.window(), {
        ...options,
        properties: [...new Set([...SAVE_PROPERTIES, ...(options.properties ?? [])])],
        defaultPath: await deps.folders.defaultPath(kind, suggestedName),
      });
      const file = result.canceled || !result.filePath ? null : result.filePath;
      if (file) remember(kind, file);
      return file;
    },
  };
}
