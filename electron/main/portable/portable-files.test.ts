import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packPortableDraft } from '../../../core/portable/portable-draft';
import { createDraftStore, type DraftStore } from '../drafts/draft-store';
import { jpegHeader } from '../images/test-images';
import { createIncomingCompares } from '../review/incoming-compares';
import { createVersionStore } from '../versions/version-store';
import { makeTempFolder, sampleArticle } from '../test-support';
import { importPortableDraftFile, savePortableCopy, suggestedCopyName, type PortableFilesDeps } from './portable-files';

const IMAGE = 'assets/3b5d5c3712955042212316173ccf37be.jpg';
// A JPEG header (what identifyImage reads) followed by 70 kB standing in for the picture's data.
const imageBytes = new Uint8Array(Buffer.concat([jpegHeader(640, 480), Buffer.from(Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31 + (i >> 8)) & 0xff))]));
const article = sampleArticle({
  slug: 'floodwaters-recede',
  headline: 'Floodwaters recede — ውሃው ቀነሰ',
  leadImage: { file: IMAGE, mediaType: 'image/jpeg', altText: 'A street', caption: 'Mombasa', credit: 'AFP' },
});

let root: string;
let drafts: DraftStore;
let deps: PortableFilesDeps;
let ids: string[];

beforeEach(async () => {
  root = await makeTempFolder('portable');
  drafts = createDraftStore({ fs: fsp, draftsFolder: path.join(root, 'drafts'), log: () => undefined });
  ids = ['7d444840-9dc0-41d5-8f2d-6a1e0b7c9a10', '8e555951-0ed1-42e6-9f3e-7b2f1c8d0b21'];
  deps = { fs: fsp, drafts, versions: createVersionStore({ fs: fsp, clock: () => new Date(), draftFolder: drafts.draftFolder }), incoming: createIncomingCompares(), createdBy: 'Copydesk test', newId: () => ids.shift()! };
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

async function saveDraftWithImage(): Promise<void> {
  await fsp.mkdir(drafts.assetsFolder(article.id), { recursive: true });
  await fsp.writeFile(path.join(drafts.assetsFolder(article.id), path.basename(IMAGE)), imageBytes);
  await drafts.save(article);
}

describe('save a copy as… / open a .copydesk file', () => {
  it('suggests a file name from the slug', () => {
    expect(suggestedCopyName(article)).toBe('floodwaters-recede.copydesk');
    expect(suggestedCopyName({ ...article, slug: '' })).toBe('untitled-draft.copydesk');
  });

  it('packs the draft and its image into one file, adding the extension if it was not typed', async () => {
    await saveDraftWithImage();
    const { file, bytes } = await savePortableCopy(deps, article.id, path.join(root, 'For the desk'));
    expect(file).toBe(path.join(root, 'For the desk.copydesk'));
    expect((await fsp.stat(file)).size).toBe(bytes);
    expect(bytes).toBeGreaterThan(imageBytes.length); // the image travels with it
  });

  it('a copy opened elsewhere arrives whole, as a new draft when the original is in the library', async () => {
    await saveDraftWithImage();
    const { file } = await savePortableCopy(deps, article.id, path.join(root, 'copy.copydesk'));
    const edited = { ...article, headline: 'Edited on the desk' };
    await drafts.save(edited);

    const { article: imported } = await importPortableDraftFile(deps, file);
    expect(imported).toEqual({ ...article, id: '7d444840-9dc0-41d5-8f2d-6a1e0b7c9a10' });
    expect(await drafts.load(imported.id)).toEqual(imported);
    expect(await drafts.load(article.id)).toEqual(edited); // the original is untouched
    const copied = await fsp.readFile(path.join(drafts.assetsFolder(imported.id), path.basename(IMAGE)));
    expect(Buffer.compare(copied, Buffer.from(imageBytes))).toBe(0);
  });

  it('opening the same unchanged draft again keeps its id and leaves its images alone', async () => {
    await saveDraftWithImage();
    const { file } = await savePortableCopy(deps, article.id, path.join(root, 'copy.copydesk'));
    const { article: imported } = await importPortableDraftFile(deps, file);
    expect(imported.id).toBe(article.id);
    expect((await drafts.list()).map((summary) => summary.id)).toEqual([article.id]);
  });

  it('brings a file from another machine into an empty library', async () => {
    const packed = packPortableDraft(article, new Map([[IMAGE, imageBytes]]), 'Copydesk 0.1.0');
    await fsp.writeFile(path.join(root, 'from-usb.copydesk'), packed);
    const { article: imported } = await importPortableDraftFile(deps, path.join(root, 'from-usb.copydesk'));
    expect(imported).toEqual(article);
    expect((await drafts.list()).map((summary) => summary.headline)).toEqual([article.headline]);
  });

  it('refuses a bad file with its name and the problem, writes nothing and leaves the file as it was', async () => {
    const bad = path.join(root, 'notes.copydesk');
    await fsp.writeFile(bad, '{"this": "is json"}');
    await expect(importPortableDraftFile(deps, bad)).rejects.toMatchObject({
      code: 'bad-file',
      message: '“notes.copydesk” is not a Copydesk draft file: it is not a zip archive.',
    });
    expect(await fsp.readFile(bad, 'utf8')).toBe('{"this": "is json"}');
    expect(await drafts.list()).toEqual([]);
    await expect(importPortableDraftFile(deps, path.join(root, 'gone.copydesk'))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^Could not read “gone\.copydesk”/) });
  });

  it('does not save a copy that would lack the draft’s image', async () => {
    await drafts.save(article);
    await expect(savePortableCopy(deps, article.id, path.join(root, 'copy.copydesk'))).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringContaining(`image “${IMAGE}” is missing`),
    });
    await expect(fsp.stat(path.join(root, 'copy.copydesk'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
