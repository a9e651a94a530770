import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { DialogKind } from './dialog-folders';
import { createFileDialogs, type NativeFileDialogs } from './file-dialogs';

interface Shown {
  owner: string | null;
  options: OpenDialogOptions | SaveDialogOptions;
}

/** Electron's dialogs answered from a script, recording what each was shown. */
function scripted(answers: { open?: string[] | null; save?: string | null; replace?: boolean }) {
  const shown: Shown[] = [];
  const asked: MessageBoxOptions[] = [];
  const native: NativeFileDialogs<string> = {
    showOpenDialog: async (owner, options) => {
      shown.push({ owner, options });
      return answers.open ? { canceled: false, filePaths: answers.open } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (owner, options) => {
      shown.push({ owner, options });
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' };
    },
    showMessageBox: async (_owner, options) => {
      asked.push(options);
      return { response: answers.replace ? 0 : 1, checkboxChecked: false };
    },
  };
  return { native, shown, asked };
}

function dialogsWith(native: NativeFileDialogs<string>, window: string | null = 'main window', existing: readonly string[] = []) {
  const remembered: Array<[DialogKind, string]> = [];
  const dialogs = createFileDialogs({
    native,
    window: () => window,
    exists: async (file) => existing.includes(file),
    folders: {
      defaultPath: async (kind, suggestedName) => `/home/amina/${kind}${suggestedName ? `/${suggestedName}` : ''}`,
      remember: async (kind, file) => {
        remembered.push([kind, file]);
      },
    },
  });
  return { dialogs, remembered };
}

describe('file dialogs', () => {
  it('open where their kind was last used, modal to the window, and remember the folder of the chosen file', async () => {
    const { native, shown } = scripted({ open: ['/home/amina/Pictures/harbour.jpg'] });
    const { dialogs, remembered } = dialogsWith(native);
    const options: OpenDialogOptions = { title: 'Choose a lead image', properties: ['openFile'] };
    expect(await dialogs.pick('lead-image', options)).toBe('/home/amina/Pictures/harbour.jpg');
    expect(shown).toEqual([{ owner: 'main window', options: { ...options, defaultPath: '/home/amina/lead-image' } }]);
    expect(remembered).toEqual([['lead-image', '/home/amina/Pictures/harbour.jpg']]);
  });

  it('offer the suggested name in the kind’s folder when saving', async () => {
    const { native, shown } = scripted({ save: '/home/amina/Desk/floods.copydesk' });
    const { dialogs, remembered } = dialogsWith(native, null);
    expect(await dialogs.chooseSaveFile('portable-draft', 'floods.copydesk', { title: 'Send for review', buttonLabel: 'Send' })).toBe('/home/amina/Desk/floods.copydesk');
    expect(shown[0]).toMatchObject({ owner: null, options: { title: 'Send for review', buttonLabel: 'Send', defaultPath: '/home/amina/portable-draft/floods.copydesk' } });
    expect(remembered).toEqual([['portable-draft', '/home/amina/Desk/floods.copydesk']]);
  });

  // Electron 45 docs/api/dialog.md: showOverwriteConfirmation (Linux) asks before a typed name replaces a file;
  // shell/browser/ui/file_dialog_linux.cc passes only that flag to SetOverwriteConfirmationShown, so without it GTK replaces silently.
  it('ask before replacing an existing file on Linux, keeping the caller’s own properties', async () => {
    const { native, shown } = scripted({ save: '/home/amina/Desk/floods.copydesk' });
    const { dialogs } = dialogsWith(native);
    await dialogs.chooseSaveFile('portable-draft', 'floods.copydesk', { title: 'Save a copy as' });
    await dialogs.chooseSaveFile('export', 'floods.html', { title: 'Export', properties: ['showHiddenFiles'] });
    const properties = shown.map(({ options }) => (options as SaveDialogOptions).properties);
    expect(properties).toEqual([
      expect.arrayContaining(['showOverwriteConfirmation', 'createDirectory']),
      expect.arrayContaining(['showOverwriteConfirmation', 'createDirectory', 'showHiddenFiles']),
    ]);
  });

  const withCopydesk = (file: string) => (file.endsWith('.copydesk') ? file : `${file}.copydesk`);

  it('add the kind’s extension to a name typed without it', async () => {
    const { native, asked } = scripted({ save: '/home/amina/Desk/floods' });
    const { dialogs } = dialogsWith(native);
    expect(await dialogs.chooseSaveFile('portable-draft', 'floods.copydesk', {}, withCopydesk)).toBe('/home/amina/Desk/floods.copydesk');
    expect(asked).toEqual([]);
  });

  // The dialog's own question covered the name as typed, not the one with the extension added to it (Linux adds none).
  it('ask before the added extension makes the name of a file that is there, and give null unless told to replace it', async () => {
    const existing = ['/home/amina/Desk/floods.copydesk'];
    const kept = scripted({ save: '/home/amina/Desk/floods', replace: false });
    expect(await dialogsWith(kept.native, 'main window', existing).dialogs.chooseSaveFile('portable-draft', 'floods.copydesk', {}, withCopydesk)).toBeNull();
    expect(kept.asked).toEqual([expect.objectContaining({ type: 'warning', message: '“floods.copydesk” already exists. Replace it?', buttons: ['Replace', 'Cancel'], cancelId: 1, defaultId: 1 })]);
    const replaced = scripted({ save: '/home/amina/Desk/floods', replace: true });
    expect(await dialogsWith(replaced.native, 'main window', existing).dialogs.chooseSaveFile('portable-draft', 'floods.copydesk', {}, withCopydesk)).toBe('/home/amina/Desk/floods.copydesk');
    // Typed with the extension, the dialog itself asked: no second question.
    const typed = scripted({ save: '/home/amina/Desk/floods.copydesk' });
    expect(await dialogsWith(typed.native, 'main window', existing).dialogs.chooseSaveFile('portable-draft', 'floods.copydesk', {}, withCopydesk)).toBe('/home/amina/Desk/floods.copydesk');
    expect(typed.asked).toEqual([]);
  });

  it('give null and remember nothing when cancelled', async () => {
    const { native } = scripted({ open: null, save: null });
    const { dialogs, remembered } = dialogsWith(native);
    expect(await dialogs.pick('import', { properties: ['openFile'] })).toBeNull();
    expect(await dialogs.chooseSaveFile('export', 'floods.html', {})).toBeNull();
    expect(remembered).toEqual([]);
  });
});
