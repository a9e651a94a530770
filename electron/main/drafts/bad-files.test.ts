import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/load-article';
import { createHostHandlers } from '../host-handlers';
import { makeTempFolder, sampleArticle, testHostDeps } from '../test-support';
import { MAX_DRAFT_BYTES } from '../../../core/article/draft-bytes';

let root: string;
const article = sampleArticle();
const draftFolder = () => path.join(root, 'drafts', article.id);
const file = () => path.join(draftFolder(), 'article.json');

function host() {
  return createHostHandlers(testHostDeps(root, { watchFolder: () => () => undefined }));
}

const digest = async (target: string) => createHash('sha256').update(await fsp.readFile(target)).digest('hex');

beforeEach(async () => {
  root = await makeTempFolder('bad-files');
  await fsp.mkdir(draftFolder(), { recursive: true });
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

const good = serializeArticle(article);
const FIXTURES: [string, () => Promise<void>, RegExp][] = [
  ['corrupt JSON', () => fsp.writeFile(file(), good.slice(0, 200)), /article\.json: is not valid JSON/],
  ['a file that is not a Copydesk draft', () => fsp.writeFile(file(), '{"name": "shopping list", "items": ["milk"]}'), /article\.json: is not a Copydesk draft/],
  ['a draft from a newer schema version', () => fsp.writeFile(file(), good.replace('"schemaVersion": 2', '"schemaVersion": 99')), /article\.json: was written by a newer Copydesk \(format version 99; this app reads up to 2\)\. Update Copydesk to open it\./],
  ['invalid UTF-8', () => fsp.writeFile(file(), Buffer.concat([Buffer.from(good.slice(0, 40)), Buffer.from([0xc3, 0x28]), Buffer.from(good.slice(40))])), /article\.json: is not valid UTF-8 text \(byte 40\)\./],
  [
    'a file over the size limit',
    async () => {
      await fsp.writeFile(file(), good);
      await fsp.truncate(file(), MAX_DRAFT_BYTES + 10 * 1024 * 1024); // sparse: costs no disk
    },
    /article\.json: is 60\.0 MB, more than the 50 MB a draft may be; it was not opened\./,
  ],
];

describe('bad draft files', () => {
  it.each(FIXTURES)('refuses %s with a message naming the file, and leaves it byte for byte as it was', async (_label, write, message) => {
    await write();
    const before = await digest(file());
    const handlers = host();
    await expect(handlers.loadDraft({ id: article.id })).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(message) });
    await expect(handlers.loadDraft({ id: article.id })).rejects.toMatchObject({ message: expect.stringContaining(file()) });
    // Listing names it as unreadable instead of hiding it, and still leaves it alone.
    const { entries } = await handlers.listLibrary({});
    expect(entries).toEqual([{ kind: 'unreadable', id: article.id, file: file(), problem: expect.stringMatching(message), modifiedAt: expect.any(String) }]);
    expect(await digest(file())).toBe(before);
    expect(await fsp.readdir(draftFolder())).toEqual(['article.json']);
  });

  it('opens a draft whose lead image is missing, with a warning that names it', async () => {
    const withImage = sampleArticle({ leadImage: { file: 'assets/x.jpg', mediaType: 'image/jpeg', altText: 'A street', caption: '', credit: '' } });
    await fsp.writeFile(file(), serializeArticle(withImage));
    const before = await digest(file());
    expect(await host().loadDraft({ id: article.id })).toEqual({
      article: withImage,
      warnings: [`The lead image assets/x.jpg is missing from the draft folder ${draftFolder()}.`],
    });
    expect(await digest(file())).toBe(before);
  });

  it('has no warnings when the images are there', async () => {
    const withImage = sampleArticle({ leadImage: { file: 'assets/x.jpg', mediaType: 'image/jpeg', altText: 'A street', caption: '', credit: '' } });
    await fsp.writeFile(file(), serializeArticle(withImage));
    await fsp.mkdir(path.join(draftFolder(), 'assets'));
    await fsp.writeFile(path.join(draftFolder(), 'assets', 'x.jpg'), 'jpeg');
    expect(await host().loadDraft({ id: article.id })).toEqual({ article: withImage });
  });
});
