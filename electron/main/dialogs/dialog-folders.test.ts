import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../test-support';
import { createDialogFolders, DIALOG_KINDS, type DialogKind } from './dialog-folders';

let root: string;
let places: { documents: string; pictures: string; drafts: string };

beforeEach(async () => {
  root = await makeTempFolder('dialog-folders');
  places = { documents: path.join(root, 'Documents'), pictures: path.join(root, 'Pictures'), drafts: path.join(root, 'Documents', 'Copydesk Drafts') };
  for (const folder of Object.values(places)) await fsp.mkdir(folder, { recursive: true });
});
afterEach(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

function folders(draftsFolder = () => places.drafts) {
  return createDialogFolders({
    fs: fsp,
    stateFolder: path.join(root, 'state'),
    places: { documents: places.documents, pictures: places.pictures, draftsFolder: async () => draftsFolder() },
  });
}

describe('where file dialogs open', () => {
  it('gives every kind an absolute folder the first time (never Electron’s Downloads default)', async () => {
    const dialogs = folders();
    const first = Object.fromEntries(await Promise.all(DIALOG_KINDS.map(async (kind) => [kind, await dialogs.defaultPath(kind)] as const)));
    expect(first).toEqual({
      'draft-file': places.drafts,
      'drafts-folder': places.drafts,
      'portable-draft': places.documents,
      import: places.documents,
      'lead-image': places.pictures,
      export: places.documents,
      pdf: places.documents,
      'house-style': places.documents,
    });
    for (const folder of Object.values(first)) expect(path.isAbsolute(folder)).toBe(true);
  });

  it('offers a save dialog the suggested name in the kind’s folder', async () => {
    expect(await folders().defaultPath('export', 'flood.html')).toBe(path.join(places.documents, 'flood.html'));
  });

  it('opens each kind where that kind was last picked, kept across restarts, without mixing kinds', async () => {
    const wires = path.join(root, 'Wires');
    const desk = path.join(root, 'Desk');
    await fsp.mkdir(wires);
    await fsp.mkdir(desk);
    await folders().remember('import', path.join(wires, 'dpa-0412.json'));
    await folders().remember('export', path.join(desk, 'flood.html'));

    const afterRestart = folders();
    expect(await afterRestart.defaultPath('import')).toBe(wires);
    expect(await afterRestart.defaultPath('export', 'storm.md')).toBe(path.join(desk, 'storm.md'));
    expect(await afterRestart.defaultPath('lead-image')).toBe(places.pictures);
    expect(await afterRestart.defaultPath('pdf', 'flood.pdf')).toBe(path.join(places.documents, 'flood.pdf'));
  });

  it('keeps every kind when several are remembered at once', async () => {
    const dialogs = folders();
    const kinds: DialogKind[] = ['import', 'lead-image', 'export', 'portable-draft'];
    await Promise.all(kinds.map(async (kind) => {
      await fsp.mkdir(path.join(root, kind));
      await dialogs.remember(kind, path.join(root, kind, 'file'));
    }));
    for (const kind of kinds) expect(await folders().defaultPath(kind)).toBe(path.join(root, kind));
  });

  it('falls back to the first place when the remembered folder is gone (an unplugged stick)', async () => {
    const stick = path.join(root, 'USB');
    await fsp.mkdir(stick);
    await folders().remember('portable-draft', path.join(stick, 'flood.copydesk'));
    await fsp.rm(stick, { recursive: true });
    expect(await folders().defaultPath('portable-draft')).toBe(places.documents);
  });

  it('opens the drafts folder picker at the library as it is now, after the user moved it', async () => {
    let library = places.drafts;
    const dialogs = folders(() => library);
    library = path.join(root, 'Shared', 'Drafts');
    await dialogs.remember('drafts-folder', path.join(root, 'Elsewhere', 'x'));
    expect(await dialogs.defaultPath('drafts-folder')).toBe(library);
    expect(await dialogs.defaultPath('draft-file')).toBe(library);
  });

  it('treats a corrupt or foreign state file as nothing remembered', async () => {
    await fsp.mkdir(path.join(root, 'state'));
    for (const content of ['garbage', '{"import": "relative/folder"}', '{"import": 42}', '{"unknown-kind": "/tmp"}']) {
      await fsp.writeFile(path.join(root, 'state', 'dialog-folders.json'), content);
      expect(await folders().defaultPath('import')).toBe(places.documents);
    }
  });
});
