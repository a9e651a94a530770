import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../core/article/load-article';
import { createHostHandlers } from './host-handlers';
import type { HostHandlers } from './ipc-router';
import { pngImage } from './images/test-images';
import { makeTempFolder, sampleArticle, testHostDeps } from './test-support';

let root: string;
let draftsFolder: string;
let stateFolder: string;
let pickedImages: (string | null)[];
let pickedDrafts: (string | null)[];
let opened: string[];

function handlers(): HostHandlers {
  return createHostHandlers(
    testHostDeps(root, {
      draftsFolder,
      stateFolder,
      dialogs: {
        pickImageFile: async () => pickedImages.shift() ?? null,
        pickDraftFile: async () => pickedDrafts.shift() ?? null,
      },
      openExternal: async (url) => void opened.push(url),
      newId: () => '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    }),
  );
}

beforeEach(async () => {
  root = await makeTempFolder('host');
  draftsFolder = path.join(root, 'drafts');
  stateFolder = path.join(root, 'state');
  pickedImages = [];
  pickedDrafts = [];
  opened = [];
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('host handlers', () => {
  it('reports version, platform and where drafts are kept', async () => {
    expect(await handlers().getAppInfo({})).toEqual({ version: '0.1.0', platform: 'linux', draftsFolder });
  });

  it('saves, lists and loads a draft, and the saved draft survives a restart', async () => {
    const article = sampleArticle();
    expect(await handlers().saveDraft({ article })).toEqual({ savedAt: '2026-05-24T12:00:00.000Z' });
    const afterRestart = handlers();
    expect((await afterRestart.listDrafts({})).map((draft) => draft.headline)).toEqual([article.headline]);
    expect(await afterRestart.loadDraft({ id: article.id })).toEqual({ article });
  });

  describe('last session', () => {
    it('is empty on first start', async () => {
      expect(await handlers().getLastSession({})).toEqual({ draftId: null });
    });

    it('remembers the draft last saved or loaded', async () => {
      const first = sampleArticle();
      const second = sampleArticle({ id: '0b7f9d4e-2a61-4f3c-8e1d-5c6b7a8f9e0d' });
      await handlers().saveDraft({ article: first });
      await handlers().saveDraft({ article: second });
      expect(await handlers().getLastSession({})).toEqual({ draftId: second.id });
      await handlers().loadDraft({ id: first.id });
      expect(await handlers().getLastSession({})).toEqual({ draftId: first.id });
    });

    it('treats a corrupt session file as a fresh start', async () => {
      await fsp.mkdir(stateFolder, { recursive: true });
      await fsp.writeFile(path.join(stateFolder, 'session.json'), '{"lastDraftId": ');
      expect(await handlers().getLastSession({})).toEqual({ draftId: null });
    });

    it('forgets a draft whose file has gone', async () => {
      const article = sampleArticle();
      await handlers().saveDraft({ article });
      await fsp.rm(path.join(draftsFolder, article.id), { recursive: true });
      expect(await handlers().getLastSession({})).toEqual({ draftId: null });
    });
  });

  describe('openDraftFile', () => {
    it('returns null when the user cancels', async () => {
      expect(await handlers().openDraftFile({})).toBeNull();
    });

    it('brings a draft file into the library under its id', async () => {
      const article = sampleArticle();
      const file = path.join(root, 'From the desk.json');
      await fsp.writeFile(file, serializeArticle(article));
      pickedDrafts.push(file);
      expect(await handlers().openDraftFile({})).toEqual({ article });
      expect(await handlers().loadDraft({ id: article.id })).toEqual({ article });
      expect(await handlers().getLastSession({})).toEqual({ draftId: article.id });
    });

    it('keeps both when the library already holds a different draft with the same id', async () => {
      const mine = sampleArticle();
      await handlers().saveDraft({ article: mine });
      const theirs = sampleArticle({ headline: 'Their version' });
      const file = path.join(root, 'theirs.json');
      await fsp.writeFile(file, serializeArticle(theirs));
      pickedDrafts.push(file);

      const opened = await handlers().openDraftFile({});
      expect(opened?.article).toEqual({ ...theirs, id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' });
      expect((await handlers().loadDraft({ id: mine.id })).article.headline).toBe(mine.headline);
    });

    it('refuses a file that is not a draft, naming it, and leaves it untouched', async () => {
      const file = path.join(root, 'shopping list.json');
      await fsp.writeFile(file, '["milk", "eggs"]');
      pickedDrafts.push(file);
      const attempt = handlers().openDraftFile({});
      await expect(attempt).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('shopping list.json') });
      expect(await fsp.readFile(file, 'utf8')).toBe('["milk", "eggs"]');
      expect(await handlers().listDrafts({})).toEqual([]);
    });

    it('says which file could not be read', async () => {
      pickedDrafts.push(path.join(root, 'vanished.json'));
      await expect(handlers().openDraftFile({})).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('Could not read “vanished.json”') });
    });
  });

  describe('pickLeadImage', () => {
    it('returns null when the user cancels', async () => {
      expect(await handlers().pickLeadImage({ draftId: sampleArticle().id })).toBeNull();
    });

    it('stores the picked image in the draft’s assets folder', async () => {
      const source = path.join(root, 'harbour.png');
      await fsp.writeFile(source, pngImage(8, 5));
      pickedImages.push(source);
      const image = await handlers().pickLeadImage({ draftId: sampleArticle().id });
      expect(image).toMatchObject({ mediaType: 'image/png', width: 8, height: 5 });
      expect(await fsp.readFile(path.join(draftsFolder, sampleArticle().id, image!.file))).toEqual(await fsp.readFile(source));
    });
  });

  describe('pickBodyImage and storeImage', () => {
    it('pickBodyImage stores the picked image with the draft; null when cancelled', async () => {
      expect(await handlers().pickBodyImage({ draftId: sampleArticle().id })).toBeNull();
      const source = path.join(root, 'market.png');
      await fsp.writeFile(source, pngImage(6, 4));
      pickedImages.push(source);
      const image = await handlers().pickBodyImage({ draftId: sampleArticle().id });
      expect(image).toMatchObject({ mediaType: 'image/png', width: 6, height: 4 });
      expect(await fsp.readFile(path.join(draftsFolder, sampleArticle().id, image!.file))).toEqual(await fsp.readFile(source));
    });

    it('storeImage stores bytes from the page with the draft', async () => {
      const bytes = pngImage(3, 3);
      const image = await handlers().storeImage({ draftId: sampleArticle().id, bytes, name: 'clipboard.png' });
      expect(image).toMatchObject({ file: expect.stringMatching(/^assets\//), mediaType: 'image/png', width: 3, height: 3 });
      expect(await fsp.readFile(path.join(draftsFolder, sampleArticle().id, image.file))).toEqual(Buffer.from(bytes));
    });

    it('storeImage refuses bytes that are not a raster image, naming them', async () => {
      const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
      await expect(handlers().storeImage({ draftId: sampleArticle().id, bytes: html, name: 'clipboard.png' })).rejects.toMatchObject({
        code: 'bad-file',
        message: '“clipboard.png” is not a JPEG, PNG, GIF, WebP or AVIF image.',
      });
      await expect(handlers().storeImage({ draftId: sampleArticle().id, bytes: html })).rejects.toThrow('“The pasted image” is not');
    });
  });

  describe('openExternal', () => {
    it('hands http, https and mailto links to the system', async () => {
      for (const url of ['https://www.example.org/report', 'http://example.com/', 'mailto:desk@example.org']) {
        expect(await handlers().openExternal({ url })).toEqual({ opened: true });
      }
      expect(opened).toEqual(['https://www.example.org/report', 'http://example.com/', 'mailto:desk@example.org']);
    });

    it.each(['javascript:alert(1)', 'file:///etc/passwd', 'copydesk-evil://run', 'data:text/html,<script>1</script>', 'not a url'])(
      'refuses %s with the reason and opens nothing',
      async (url) => {
        await expect(handlers().openExternal({ url })).rejects.toMatchObject({ code: 'invalid-arguments', message: expect.any(String) });
        expect(opened).toEqual([]);
      },
    );
  });
});
