import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { DialogKind } from './dialog-folders';
import { createFileDialogs, type NativeFileDialogs } from './file-dialogs';

interface Shown {
  owner: string | null;
  options: OpenDialogOptions | SaveDialogOptions;
}

/** Electron's dialogs answered from a script, recording what each was shown. */
function scripted(answers: { open?: string[] | null; save?: string | null }) {
  const shown: Shown[] = [];
  const native: NativeFileDialogs<string> = {
    showOpenDialog: async (owner, options) => {
      shown.push({ owner, options });
      return answers.open ? { canceled: false, filePaths: answers.open } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (owner, options) => {
      shown.push({ owner, options });
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' };
    },
  };
  return { native, shown };
}

function dialogsWith(native: NativeFileDialogs<string>, window: string | null = 'main window') {
  const remembered: Array<[DialogKind, string]> = [];
  const dialogs = createFileDialogs({
    native,
    window: () => window,
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

  it('give null and remember nothing when cancelled', async () => {
    const { native } = scripted({ open: null, save: null });
    const { dialogs, remembered } = dialogsWith(native);
    expect(await dialogs.pick('import', { properties: ['openFile'] })).toBeNull();
    expect(await dialogs.chooseSaveFile('export', 'floods.html', {})).toBeNull();
    expect(remembered).toEqual([]);
  });
});
