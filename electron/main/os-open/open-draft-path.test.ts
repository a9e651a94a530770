import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/load-article';
import { createDraftStore } from '../drafts/draft-store';
import { pngImage } from '../images/test-images';
import { savePortableCopy } from '../portable/portable-files';
import { createIncomingCompares } from '../review/incoming-compares';
import { createVersionStore } from '../versions/version-store';
import { makeTempFolder, sampleArticle } from '../test-support';
import { openDraftAtPath, openDroppedFile, type OpenDraftDeps } from './open-draft-path';

let root: string;
let deps: OpenDraftDeps;
const newIds = ['0b9d7c2e-1f3a-4e5b-8c6d-7e8f9a0b1c2d'];

beforeEach(async () => {
  root = await makeTempFolder('os-open');
  const drafts = createDraftStore({ fs: fsp, draftsFolder: path.join(root, 'library'), log: () => undefined });
  const versions = createVersionStore({ fs: fsp, clock: () => new Date(), draftFolder: drafts.draftFolder });
  deps = { fs: fsp, drafts, versions, incoming: createIncomingCompares(), createdBy: 'Copydesk test', newId: () => newIds[0]! };
});
afterEach(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

const article = sampleArticle();
async function writeOutside(relative: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(root, 'outside', relative);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, content);
  return file;
}

describe('opening a draft the OS handed over', () => {
  it('imports an article.json into the library and leaves the file as it was', async () => {
    const file = await writeOutside('flood/article.json', serializeArticle(article));
    expect((await openDraftAtPath(deps, file)).article.headline).toBe(article.headline);
    expect(await deps.drafts.load(article.id)).toEqual(article);
    expect(await fsp.readFile(file, 'utf8')).toBe(serializeArticle(article));
  });

  it('opens a draft folder through the article.json inside it', async () => {
    await writeOutside('flood/article.json', serializeArticle(article));
    expect((await openDraftAtPath(deps, path.join(root, 'outside', 'flood'))).article.id).toBe(article.id);
  });

  it('imports a .copydesk file, whatever the case of its extension', async () => {
    await deps.drafts.save(article);
    await fsp.mkdir(path.join(root, 'outside'));
    const { file } = await savePortableCopy(deps, article.id, path.join(root, 'outside', 'Flood.COPYDESK'));
    await fsp.rm(path.join(root, 'library'), { recursive: true });
    expect((await openDraftAtPath(deps, file)).article.id).toBe(article.id);
  });

  it('opens a draft of the library itself (Open Recent) as it is, without importing or rewriting it', async () => {
    await deps.drafts.save(article);
    const file = path.join(root, 'library', article.id, 'article.json');
    const before = await fsp.stat(file);
    for (const given of [file, path.dirname(file)]) expect(await openDraftAtPath(deps, given)).toEqual({ article, notes: [] });
    expect((await fsp.stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await fsp.readdir(path.join(root, 'library'))).toEqual([article.id]);
  });

  it('keeps both when a different draft with the same id is in the library', async () => {
    await deps.drafts.save(article);
    const file = await writeOutside('article.json', serializeArticle({ ...article, headline: 'Another story' }));
    const { article: opened } = await openDraftAtPath(deps, file);
    expect(opened.id).toBe(newIds[0]);
    expect((await deps.drafts.load(article.id)).headline).toBe(article.headline);
  });

  it('refuses, naming the file, what is not a draft', async () => {
    const notes = await writeOutside('notes.docx', 'PK');
    await expect(openDraftAtPath(deps, notes)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('“notes.docx” is not something Copydesk opens') });
    await expect(openDraftAtPath(deps, path.join(root, 'outside'))).rejects.toMatchObject({ message: expect.stringContaining('is a folder without a Copydesk draft') });
    await expect(openDraftAtPath(deps, path.join(root, 'gone.copydesk'))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('Could not read “gone.copydesk”') });
    await expect(openDraftAtPath(deps, 'relative.copydesk')).rejects.toMatchObject({ code: 'invalid-arguments' });
    const broken = await writeOutside('broken.json', '{"headline": ');
    await expect(openDraftAtPath(deps, broken)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('broken.json') });
    const photo = await writeOutside('photo.png', pngImage(4, 3));
    await expect(openDraftAtPath(deps, photo)).rejects.toMatchObject({ message: expect.stringContaining('is an image, not a draft') });
  });
});

describe('a file dropped on the window', () => {
  it('opens a dropped draft', async () => {
    const file = await writeOutside('article.json', serializeArticle(article));
    expect(await openDroppedFile(deps, file, null)).toEqual({ kind: 'draft', article, notes: [] });
  });

  it('stores a dropped image with the open draft', async () => {
    const photo = await writeOutside('Photo.PNG', pngImage(40, 30));
    const result = await openDroppedFile(deps, photo, article.id);
    expect(result).toEqual({ kind: 'image', image: { file: expect.stringMatching(/^assets\/[0-9a-f]{32}\.png$/), mediaType: 'image/png', width: 40, height: 30 } });
    const stored = result.kind === 'image' ? result.image.file.slice('assets/'.length) : '';
    await expect(fsp.stat(path.join(deps.drafts.assetsFolder(article.id), stored))).resolves.toBeTruthy();
  });

  it('refuses an image with no article open, and a file that only claims to be an image', async () => {
    const photo = await writeOutside('photo.png', pngImage(4, 3));
    await expect(openDroppedFile(deps, photo, null)).rejects.toMatchObject({ code: 'invalid-arguments', message: expect.stringContaining('Open an article') });
    const fake = await writeOutside('fake.jpg', '<script>alert(1)</script>');
    await expect(openDroppedFile(deps, fake, article.id)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('“fake.jpg” is not a JPEG') });
  });
});
