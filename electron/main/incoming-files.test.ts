import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../core/article/article-schema';
import { serializeArticle } from '../../core/article/load-article';
import { packPortableDraft } from '../../core/portable/portable-draft';
import { createHostHandlers } from './host-handlers';
import { gifHeader, pngImage } from './images/test-images';
import { makeTempFolder, sampleArticle, testHostDeps } from './test-support';

/**
 * Opening, importing or bringing in any file never writes to an existing draft's folder: whatever the
 * file carries, the library draft with that id keeps its article, images and versions byte for byte.
 */
const LEAD = 'assets/5f0c1d2e3a4b5c6d7e8f9a0b1c2d3e4f.png';
const libraryImage = pngImage(8, 6, [10, 120, 200]);
const article: Article = sampleArticle({
  leadImage: { file: LEAD, mediaType: 'image/png', altText: 'Harbour', caption: 'Mombasa harbour', credit: 'AFP' },
});
const NEW_ID = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d';

let root: string;
let picked: string | null;
const draftFolder = () => path.join(root, 'drafts', article.id);

function host() {
  return createHostHandlers(
    testHostDeps(root, {
      newId: () => NEW_ID,
      watchFolder: () => () => undefined,
      dialogs: { pickPortableDraftFile: async () => picked, pickDraftFile: async () => picked, pickImportFile: async () => picked },
    }),
  );
}

/** Every file under `folder` with the hash of its bytes, and its modification time (a rewrite with the same bytes shows too). */
async function folderState(folder: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const entry of await fsp.readdir(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(folder, file);
    if (entry.isDirectory()) state[relative] = 'folder';
    else state[relative] = `${createHash('sha256').update(await fsp.readFile(file)).digest('hex')} ${(await fsp.stat(file)).mtimeMs}`;
  }
  return state;
}

async function writeOutside(name: string, bytes: string | Uint8Array): Promise<string> {
  const file = path.join(root, 'outside', name);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, bytes);
  return file;
}

beforeEach(async () => {
  root = await makeTempFolder('incoming');
  picked = null;
  await fsp.mkdir(path.join(draftFolder(), 'assets'), { recursive: true });
  await fsp.mkdir(path.join(draftFolder(), 'versions'), { recursive: true });
  await fsp.writeFile(path.join(draftFolder(), 'article.json'), serializeArticle(article));
  await fsp.writeFile(path.join(draftFolder(), LEAD), libraryImage);
  await fsp.writeFile(path.join(draftFolder(), 'versions', '20260524T101600000Z-abc12.json'), '{"meta": "an older version"}\n');
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('files from outside never touch a library draft with the same id', () => {
  it('a .copydesk with the same article but other image bytes becomes a new draft; the library draft stays as it was', async () => {
    const before = await folderState(draftFolder());
    picked = await writeOutside('same-id.copydesk', packPortableDraft(article, new Map([[LEAD, pngImage(8, 6, [250, 0, 0])]]), 'Copydesk test'));
    const brought = await host().importPortableDraft({});
    expect(brought?.article.id).toBe(NEW_ID);
    expect(await folderState(draftFolder())).toEqual(before);
  });

  it('a .copydesk that is exactly the library draft opens it as it is, writing nothing, and leaves out files it does not show', async () => {
    const before = await folderState(draftFolder());
    const extra = 'assets/0123456789abcdef0123456789abcdef.gif';
    picked = await writeOutside('same.copydesk', packPortableDraft(article, new Map([[LEAD, libraryImage], [extra, gifHeader(4, 4)]]), 'Copydesk test'));
    const brought = await host().importPortableDraft({});
    expect(brought).toEqual({ article, notes: [`“${extra}” in “same.copydesk” was left out: the article does not show it.`] });
    expect(await folderState(draftFolder())).toEqual(before);
    expect(await fsp.readdir(path.join(root, 'drafts'))).toEqual([article.id]);
  });

  it('an article.json, a dropped file and Import… with the same id but other text each become a new draft', async () => {
    const before = await folderState(draftFolder());
    const other = serializeArticle({ ...article, headline: 'Another story under the same id' });
    const handlers = host();

    picked = await writeOutside('opened/article.json', other);
    expect((await handlers.openDraftFile({}))?.article.id).toBe(NEW_ID);
    await fsp.rm(path.join(root, 'drafts', NEW_ID), { recursive: true });

    const dropped = await handlers.openDroppedFile({ path: await writeOutside('dropped/article.json', other), draftId: null });
    expect(dropped.kind === 'draft' && dropped.article.id).toBe(NEW_ID);
    await fsp.rm(path.join(root, 'drafts', NEW_ID), { recursive: true });

    picked = await writeOutside('imported.json', other);
    expect((await handlers.importArticleFile({}))?.article.id).toBe(NEW_ID);
    expect(await folderState(draftFolder())).toEqual(before);
  });

  it('an article.json identical to the library draft opens it without rewriting it', async () => {
    const before = await folderState(draftFolder());
    picked = await writeOutside('copy/article.json', serializeArticle(article));
    expect((await host().openDraftFile({}))?.article).toEqual(article);
    expect(await folderState(draftFolder())).toEqual(before);
  });

  it('a folder with the id but no readable article.json is not written into: the file becomes a new draft', async () => {
    await fsp.rm(path.join(draftFolder(), 'article.json'));
    const before = await folderState(draftFolder());
    picked = await writeOutside('copy/article.json', serializeArticle(article));
    expect((await host().openDraftFile({}))?.article.id).toBe(NEW_ID);
    picked = await writeOutside('copy.copydesk', packPortableDraft(article, new Map([[LEAD, libraryImage]]), 'Copydesk test'));
    await fsp.rm(path.join(root, 'drafts', NEW_ID), { recursive: true });
    expect((await host().importPortableDraft({}))?.article.id).toBe(NEW_ID);
    expect(await folderState(draftFolder())).toEqual(before);
  });
});
