import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../../core/host-api/contract';
import { makeTempFolder, sampleArticle } from '../test-support';
import { createDraftStore } from './draft-store';

let draftsFolder: string;
let logged: string[];
const store = () => createDraftStore({ fs: fsp, draftsFolder, log: (message) => logged.push(message) });

beforeEach(async () => {
  draftsFolder = await makeTempFolder('drafts');
  logged = [];
});
afterEach(() => fsp.rm(draftsFolder, { recursive: true, force: true }));

async function writeDraftFile(id: string, contents: string): Promise<string> {
  const file = path.join(draftsFolder, id, 'article.json');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, contents);
  return file;
}

describe('draft store', () => {
  it('saves a draft as <id>/article.json and loads it back unchanged', async () => {
    const article = sampleArticle();
    await store().save(article);
    expect(JSON.parse(await fsp.readFile(path.join(draftsFolder, article.id, 'article.json'), 'utf8'))).toEqual(article);
    expect(await store().load(article.id)).toEqual(article);
  });

  it('lists saved drafts newest first with headline, bylines and word count', async () => {
    await store().save(sampleArticle());
    await store().save(sampleArticle({ id: '0b7f9d4e-2a61-4f3c-8e1d-5c6b7a8f9e0d', headline: 'Later', updatedAt: '2026-05-25T08:00:00Z' }));
    expect(await store().list()).toEqual([
      expect.objectContaining({ id: '0b7f9d4e-2a61-4f3c-8e1d-5c6b7a8f9e0d', headline: 'Later' }),
      {
        id: sampleArticle().id,
        headline: 'Floodwaters recede in Mombasa as rebuilding begins',
        status: 'draft',
        bylines: ['Amina Wanjiru'],
        createdAt: '2026-05-24T10:16:00.000Z',
        updatedAt: '2026-05-24T10:16:00.000Z',
        wordCount: 7,
      },
    ]);
  });

  it('lists nothing when the drafts folder does not exist yet', async () => {
    await fsp.rm(draftsFolder, { recursive: true });
    expect(await store().list()).toEqual([]);
  });

  it('skips, and logs, a draft it cannot read instead of failing the whole list', async () => {
    await store().save(sampleArticle());
    const broken = await writeDraftFile('7d5e8c1a-3b2f-4a6d-9e8c-1f2a3b4c5d6e', '{ "schemaVersion": 1, "body": ');
    await fsp.mkdir(path.join(draftsFolder, '11111111-2222-4333-8444-555555555555', 'assets'), { recursive: true });
    await fsp.mkdir(path.join(draftsFolder, 'not a draft folder'));

    expect((await store().list()).map((draft) => draft.id)).toEqual([sampleArticle().id]);
    expect(logged).toEqual([expect.stringContaining(broken)]);
  });

  it('says which draft is missing', async () => {
    const attempt = store().load('7d5e8c1a-3b2f-4a6d-9e8c-1f2a3b4c5d6e');
    await expect(attempt).rejects.toMatchObject({ code: 'not-found' });
    await expect(attempt).rejects.toThrow(/There is no draft 7d5e8c1a/);
  });

  it.each([
    ['corrupt JSON', '{ "schemaVersion": 1, "headline": "Half', /is not valid JSON/],
    ['a JSON file that is not a draft', '{ "name": "package", "version": "1.0.0" }', /is not a Copydesk draft/],
    ['a draft from a newer Copydesk', JSON.stringify({ ...sampleArticle(), schemaVersion: 7 }), /written by a newer Copydesk \(format version 7; this app reads up to 2\)/],
    ['a draft with an invalid field', JSON.stringify({ ...sampleArticle(), status: 'published!' }), /\$\.status should be one of/],
  ])('refuses %s with a message naming the file, and leaves the file byte-identical', async (_case, contents, reason) => {
    const id = sampleArticle().id;
    const file = await writeDraftFile(id, contents);
    const attempt = store().load(id);
    await expect(attempt).rejects.toBeInstanceOf(HostError);
    await expect(attempt).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining(file) });
    await expect(attempt).rejects.toThrow(reason);
    expect(await fsp.readFile(file, 'utf8')).toBe(contents);
  });

  it('refuses a draft whose folder was renamed, rather than saving it elsewhere later', async () => {
    const misplaced = '7d5e8c1a-3b2f-4a6d-9e8c-1f2a3b4c5d6e';
    const file = await writeDraftFile(misplaced, JSON.stringify(sampleArticle()));
    await expect(store().load(misplaced)).rejects.toMatchObject({ code: 'bad-file', message: `${file}: holds draft ${sampleArticle().id}, but sits in the folder of draft ${misplaced}.` });
    expect(await store().list()).toEqual([]);
    expect(logged).toEqual([expect.stringContaining('sits in the folder of draft')]);
  });

  it('knows which drafts exist', async () => {
    await store().save(sampleArticle());
    expect(await store().exists(sampleArticle().id)).toBe(true);
    expect(await store().exists('7d5e8c1a-3b2f-4a6d-9e8c-1f2a3b4c5d6e')).toBe(false);
  });
});
