import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_DEFAULTS } from '../../core/settings/settings-schema';
import { createHostHandlers } from './host-handlers';
import { makeTempFolder, sampleArticle, testHostDeps } from './test-support';

let root: string;
let pickedFolders: (string | null)[];
let movedTo: string[];

function handlers() {
  return createHostHandlers(
    testHostDeps(root, {
      draftsFolder: path.join(root, 'Copydesk Drafts'),
      dialogs: { pickDraftsFolder: async () => pickedFolders.shift() ?? null },
      clock: () => new Date('2026-11-25T17:40:00Z'),
      onDraftsFolderChanged: (folder) => movedTo.push(folder),
    }),
  );
}

beforeEach(async () => {
  root = await makeTempFolder('host-settings');
  pickedFolders = [];
  movedTo = [];
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('host: settings and the drafts folder', () => {
  it('reports the defaults, and a notice when the settings file was unreadable', async () => {
    expect(await handlers().getSettings({})).toEqual({ settings: SETTINGS_DEFAULTS, notice: null });
    await fsp.writeFile(path.join(root, 'state', 'settings.json'), '{').catch(async () => {
      await fsp.mkdir(path.join(root, 'state'));
      await fsp.writeFile(path.join(root, 'state', 'settings.json'), '{');
    });
    expect((await handlers().getSettings({})).notice).toMatch(/^Your settings file was unreadable .* has been reset; the old file was kept as settings\.corrupt-.*\.json\.$/);
  });

  it('moves the library to a chosen folder: drafts already there are listed, new saves go there, and it is remembered', async () => {
    const elsewhere = path.join(root, 'USB stick');
    await fsp.mkdir(elsewhere);
    const host = handlers();
    await host.saveDraft({ article: sampleArticle() });
    expect(await host.chooseDraftsFolder({})).toBeNull();

    pickedFolders.push(elsewhere);
    expect(await host.chooseDraftsFolder({})).toEqual({ draftsFolder: elsewhere });
    expect(movedTo).toEqual([elsewhere]);
    expect(await host.listDrafts({})).toEqual([]);
    const moved = sampleArticle({ id: '0b7f9d4e-2a61-4f3c-8e1d-5c6b7a8f9e0d', headline: 'Saved on the stick' });
    await host.saveDraft({ article: moved });
    await fsp.access(path.join(elsewhere, moved.id, 'article.json'));

    const afterRestart = handlers();
    expect((await afterRestart.getAppInfo({})).draftsFolder).toBe(elsewhere);
    expect((await afterRestart.listDrafts({})).map((draft) => draft.headline)).toEqual(['Saved on the stick']);
    expect(await afterRestart.useDefaultDraftsFolder({})).toEqual({ draftsFolder: path.join(root, 'Copydesk Drafts') });
    expect((await afterRestart.listDrafts({})).map((draft) => draft.id)).toEqual([sampleArticle().id]);
  });

  it('says clearly when the chosen folder is gone, never recreates it, and keeps settings and app info working', async () => {
    const stick = path.join(root, 'USB stick');
    await fsp.mkdir(stick);
    pickedFolders.push(stick);
    const host = handlers();
    await host.chooseDraftsFolder({});
    await fsp.rm(stick, { recursive: true });

    const gone = { code: 'drafts-folder-missing', message: `The drafts folder ${stick} is gone (unplugged drive or deleted?). Choose another folder or reconnect it.` };
    await expect(host.listDrafts({})).rejects.toMatchObject(gone);
    await expect(host.saveDraft({ article: sampleArticle() })).rejects.toMatchObject(gone);
    await expect(fsp.stat(stick)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await host.getAppInfo({})).draftsFolder).toBe(stick);
    expect((await host.getSettings({})).settings.draftsFolder).toBe(stick);

    pickedFolders.push(path.join(root, 'not there either'));
    await expect(host.chooseDraftsFolder({})).rejects.toMatchObject({ code: 'drafts-folder-missing' });
  });
});
