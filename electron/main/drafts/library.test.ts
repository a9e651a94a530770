import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostHandlers } from '../host-handlers';
import { makeTempFolder, sampleArticle, testHostDeps } from '../test-support';

let root: string;
let now: Date;
let reads: string[];
let ids: string[];

function host() {
  // Files are read whole by path or through a handle opened for reading (readDraftText): both count.
  const countingFs = {
    ...fsp,
    readFile: ((file: string, options?: unknown) => {
      reads.push(String(file));
      return fsp.readFile(file, options as BufferEncoding);
    }) as typeof fsp.readFile,
    open: ((file: string, flags?: string, mode?: number) => {
      if (flags === 'r') reads.push(String(file));
      return fsp.open(file, flags, mode);
    }) as typeof fsp.open,
  };
  return createHostHandlers(
    testHostDeps(root, {
      fs: countingFs,
      clock: () => now,
      newId: () => ids.shift() ?? 'ffffffff-ffff-4fff-8fff-ffffffffffff',
      watchFolder: () => () => undefined,
    }),
  );
}

const flood = sampleArticle({ headline: 'Floodwaters recede in Mombasa', createdAt: '2026-05-20T08:00:00.000Z', updatedAt: '2026-05-24T10:00:00.000Z', status: 'in-review' });
const resume = sampleArticle({ id: '0b7f9d4e-2a61-4f3c-8e1d-5c6b7a8f9e0d', headline: 'Ngũgĩ’s résumé of the talks', createdAt: '2026-05-22T08:00:00.000Z', updatedAt: '2026-05-23T10:00:00.000Z' });
const untitled = sampleArticle({ id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', headline: '', createdAt: '2026-05-23T08:00:00.000Z', updatedAt: '2026-05-24T12:30:00+03:00' });

beforeEach(async () => {
  root = await makeTempFolder('library');
  now = new Date('2026-11-25T18:30:00.000Z');
  reads = [];
  ids = ['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'];
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

async function library() {
  const handlers = host();
  for (const article of [flood, resume, untitled]) await handlers.saveDraft({ article });
  return handlers;
}
const headlines = async (handlers: ReturnType<typeof host>, query: Parameters<ReturnType<typeof host>['listLibrary']>[0]) =>
  (await handlers.listLibrary(query)).entries.map((entry) => (entry.kind === 'draft' ? entry.headline : `unreadable ${entry.id}`));

describe('the drafts library', () => {
  it('sorts by last modified (as instants, whatever the offset), created, or headline (untitled last)', async () => {
    const handlers = await library();
    // 12:30+03:00 is 09:30Z: earlier than flood's 10:00Z although its text sorts later.
    expect(await headlines(handlers, {})).toEqual([flood.headline, '', resume.headline]);
    expect(await headlines(handlers, { sort: 'created' })).toEqual(['', resume.headline, flood.headline]);
    expect(await headlines(handlers, { sort: 'headline' })).toEqual([flood.headline, resume.headline, '']);
  });

  it('searches headline and body, ignoring case and accents, every word required', async () => {
    const handlers = await library();
    expect(await headlines(handlers, { search: 'RESUME ngugi' })).toEqual([resume.headline]);
    expect(await headlines(handlers, { search: 'schools shut' })).toEqual([flood.headline, '', resume.headline]);
    expect(await headlines(handlers, { search: 'mombasa schools' })).toEqual([flood.headline]);
    expect(await headlines(handlers, { search: 'nowhere' })).toEqual([]);
  });

  it('filters by status', async () => {
    const handlers = await library();
    expect(await headlines(handlers, { status: 'in-review' })).toEqual([flood.headline]);
  });

  it('lists an unreadable draft as such when nothing is filtered', async () => {
    const handlers = await library();
    await fsp.writeFile(path.join(root, 'drafts', resume.id, 'article.json'), 'not json');
    const { entries } = await handlers.listLibrary({});
    expect(entries.find((entry) => entry.id === resume.id)).toMatchObject({ kind: 'unreadable', problem: expect.stringMatching(/is not valid JSON/) });
    expect(await headlines(handlers, { search: 'talks' })).toEqual([]);
    expect((await handlers.listDrafts({})).map((draft) => draft.id)).toEqual([flood.id, untitled.id]);
  });

  it('reads only what changed on a second listing', async () => {
    const handlers = await library();
    await handlers.listLibrary({});
    reads = [];
    await handlers.listLibrary({ search: 'mombasa' });
    expect(reads).toEqual([]);
    now = new Date('2026-11-25T18:31:00.000Z');
    await handlers.saveDraft({ article: { ...resume, headline: 'Changed', updatedAt: now.toISOString() } });
    reads = [];
    expect(await headlines(handlers, {})).toEqual(['Changed', flood.headline, '']);
    expect(reads).toEqual([path.join(root, 'drafts', resume.id, 'article.json')]);
  });
});

describe('the library index kept between runs', () => {
  it('lets the first listing after a restart read only the index, not every draft', async () => {
    const handlers = host();
    for (let i = 0; i < 24; i += 1) await handlers.saveDraft({ article: { ...flood, id: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`, headline: `Story ${i}` } });
    await handlers.saveDraft({ article: resume });
    await handlers.listLibrary({});
    const indexFile = path.join(root, 'state', 'library-index.json');
    reads = [];
    expect(await headlines(host(), { search: 'resume' })).toEqual([resume.headline]);
    expect(reads.filter((file) => file.endsWith('article.json'))).toEqual([]);
    expect(reads).toContain(indexFile);
  });

  it('does not rewrite the index for a few changed drafts: reading them again costs less', async () => {
    const handlers = await library();
    await handlers.listLibrary({});
    await expect(fsp.stat(path.join(root, 'state', 'library-index.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('ignores a damaged index and reads the drafts instead', async () => {
    const handlers = await library();
    await fsp.writeFile(path.join(root, 'state', 'library-index.json'), '{"version": 1, "files": ');
    expect(await headlines(handlers, {})).toHaveLength(3);
    expect(await headlines(host(), {})).toEqual([flood.headline, '', resume.headline]);
  });
});

describe('duplicate, delete and the trash', () => {
  it('duplicates under a new id with “Copy of”, as a draft, sharing the images', async () => {
    const handlers = host();
    const assets = path.join(root, 'drafts', flood.id, 'assets');
    await handlers.saveDraft({ article: { ...flood, leadImage: { file: 'assets/a.jpg', mediaType: 'image/jpeg', altText: 'x', caption: '', credit: '' } } });
    await fsp.mkdir(assets);
    await fsp.writeFile(path.join(assets, 'a.jpg'), 'jpeg bytes');
    const { article: copy } = await handlers.duplicateDraft({ id: flood.id });
    expect(copy).toMatchObject({ id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', headline: `Copy of ${flood.headline}`, status: 'draft', createdAt: now.toISOString() });
    expect(await handlers.loadDraft({ id: copy.id })).toEqual({ article: copy });
    const copied = path.join(root, 'drafts', copy.id, 'assets', 'a.jpg');
    expect((await fsp.stat(copied)).ino).toBe((await fsp.stat(path.join(assets, 'a.jpg'))).ino);
  });

  it('duplicating never copies a file from outside the draft that a link in its assets points at', async () => {
    const handlers = host();
    const assets = path.join(root, 'drafts', flood.id, 'assets');
    await handlers.saveDraft({ article: flood });
    await fsp.mkdir(assets);
    await fsp.writeFile(path.join(assets, 'a.jpg'), 'jpeg bytes');
    const secret = path.join(root, 'secret.txt');
    await fsp.writeFile(secret, 'private');
    await fsp.symlink(secret, path.join(assets, 'b.png'));
    const { article: copy } = await handlers.duplicateDraft({ id: flood.id });
    expect(await fsp.readdir(path.join(root, 'drafts', copy.id, 'assets'))).toEqual(['a.jpg']);
  });

  it('delete moves the whole draft into the trash; restore brings it back; only emptying erases', async () => {
    const handlers = await library();
    const trashed = await handlers.deleteDraft({ id: flood.id });
    expect(trashed).toEqual({ trashId: `${flood.id}-20261125T183000000Z`, draftId: flood.id, deletedAt: now.toISOString(), headline: flood.headline });
    await fsp.access(path.join(root, 'drafts', '.trash', trashed.trashId, 'article.json'));
    expect(await headlines(handlers, {})).toEqual(['', resume.headline]);
    expect(await handlers.listTrash({})).toEqual([trashed]);

    expect(await handlers.restoreFromTrash({ trashId: trashed.trashId })).toEqual({ article: flood });
    expect(await handlers.listTrash({})).toEqual([]);
    expect(await headlines(handlers, {})).toEqual([flood.headline, '', resume.headline]);

    await handlers.deleteDraft({ id: resume.id });
    await handlers.deleteDraft({ id: untitled.id });
    expect(await handlers.emptyTrash({})).toEqual({ erased: 2 });
    expect(await fsp.readdir(path.join(root, 'drafts', '.trash'))).toEqual([]);
    expect(await headlines(handlers, {})).toEqual([flood.headline]);
  });

  it('refuses to restore over a draft that is back in the library, and to delete what is not there', async () => {
    const handlers = await library();
    const trashed = await handlers.deleteDraft({ id: flood.id });
    await handlers.saveDraft({ article: flood });
    await expect(handlers.restoreFromTrash({ trashId: trashed.trashId })).rejects.toMatchObject({ code: 'conflict' });
    await fsp.access(path.join(root, 'drafts', '.trash', trashed.trashId));
    await expect(handlers.deleteDraft({ id: 'ffffffff-ffff-4fff-8fff-ffffffffffff' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
