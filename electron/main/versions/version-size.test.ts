import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DRAFT_BYTES } from '../../../core/article/draft-bytes';
import { makeTempFolder, sampleArticle } from '../test-support';
import { createVersionStore } from './version-store';

/** Versions keep to the draft size rule: none is written over it, and one found over it (or not UTF-8) is refused unread. */
const article = sampleArticle();
let draftsFolder: string;

beforeEach(async () => {
  draftsFolder = await makeTempFolder('version-size');
});
afterEach(() => fsp.rm(draftsFolder, { recursive: true, force: true }));

const store = () => createVersionStore({ fs: fsp, clock: () => new Date('2026-11-25T09:00:00.000Z'), draftFolder: (id) => path.join(draftsFolder, id) });

function withBodyText(characters: number) {
  const text = { type: 'text', version: 1, text: 'x'.repeat(characters), format: 0, detail: 0, mode: 'normal', style: '' };
  return { ...article, body: { root: { ...article.body.root, children: [{ type: 'paragraph', version: 1, children: [text] }] } } };
}

describe('version size', { timeout: 60_000 }, () => {
  it('refuses to write a snapshot over the limit, writing nothing', async () => {
    await expect(store().snapshot(article.id, withBodyText(MAX_DRAFT_BYTES), 'manual')).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/\.json: is 50\.\d MB, more than the 50 MB a draft may be; the version was not kept\./),
    });
    await expect(fsp.readdir(path.join(draftsFolder, article.id, 'versions'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lists a version file over the limit or not UTF-8 as unreadable, saying why, and will not load it', async () => {
    const versions = store();
    const big = await versions.snapshot(article.id, article, 'manual');
    const bigFile = path.join(draftsFolder, article.id, 'versions', `${big.id}.json`);
    await fsp.truncate(bigFile, MAX_DRAFT_BYTES + 1024 * 1024); // sparse: costs no disk; the metadata line is still readable
    await expect(versions.load(article.id, big.id)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('is 51.0 MB, more than the 50 MB a draft may be') });

    const bad = await createVersionStore({ fs: fsp, clock: () => new Date('2026-11-25T10:00:00.000Z'), draftFolder: (id) => path.join(draftsFolder, id) }).snapshot(article.id, article, 'manual');
    const badFile = path.join(draftsFolder, article.id, 'versions', `${bad.id}.json`);
    const bytes = await fsp.readFile(badFile);
    const at = bytes.indexOf('Residents');
    bytes[at] = 0xff;
    await fsp.writeFile(badFile, bytes);
    await expect(versions.load(article.id, bad.id)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining(`is not valid UTF-8 text (byte ${at})`) });
  });
});
