import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article-schema';
import { createDraftStore, type DraftStore } from '../drafts/draft-store';
import { createFaultyFs } from '../storage/faulty-fs.testing';
import { makeTempFolder, sampleArticle } from '../test-support';
import { createAutoSnapshots } from './auto-snapshots';
import { createVersionStore, type VersionStore } from './version-store';

let root: string;
let now: Date;
let drafts: DraftStore;
let versions: VersionStore;
let logged: string[];
const article = sampleArticle({ updatedAt: '2026-11-25T08:59:00.000Z' });

beforeEach(async () => {
  root = await makeTempFolder('auto-snapshots');
  now = new Date('2026-11-25T09:00:00.000Z');
  logged = [];
  drafts = createDraftStore({ fs: fsp, draftsFolder: root, log: () => undefined });
  versions = createVersionStore({ fs: fsp, clock: () => now, draftFolder: (id) => path.join(root, id) });
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

function autoSnapshots() {
  return createAutoSnapshots({ versions, clock: () => now, loadStored: (id) => drafts.load(id), log: (message) => logged.push(message) });
}

/** What the saveDraft handler does: check for a snapshot, then save. */
async function save(auto: ReturnType<typeof autoSnapshots>, next: Article, minutesLater: number): Promise<void> {
  now = new Date(now.getTime() + minutesLater * 60_000);
  await auto.beforeSave(next);
  await drafts.save(next);
}

/** Snapshots go through a file system that fails when told to; the drafts themselves save normally. */
function withFaultyVersionsDisk() {
  const faulty = createFaultyFs();
  versions = createVersionStore({ fs: faulty.fs, clock: () => now, draftFolder: (id) => path.join(root, id) });
  return faulty;
}

const history = async () => (await versions.list(article.id)).map((entry) => (entry.readable ? [entry.reason, entry.headline, entry.status] : ['unreadable']));

describe('automatic snapshots', () => {
  it('none while typing goes on', async () => {
    await drafts.save(article);
    const auto = autoSnapshots();
    for (let i = 1; i <= 20; i += 1) await save(auto, { ...article, headline: `Take ${i}` }, 0.5);
    expect(await history()).toEqual([]);
  });

  it('the first change after 10 idle minutes snapshots the text as it stood before the pause', async () => {
    await drafts.save(article);
    const auto = autoSnapshots();
    await save(auto, { ...article, headline: 'Morning take' }, 1);
    await save(auto, { ...article, headline: 'After lunch' }, 45);
    await save(auto, { ...article, headline: 'After lunch, more' }, 1);
    expect(await history()).toEqual([['idle', 'Morning take', 'draft']]);
  });

  it('reopening a draft last edited long ago snapshots it on the first change', async () => {
    await drafts.save({ ...article, updatedAt: '2026-11-24T17:00:00.000Z' });
    await save(autoSnapshots(), { ...article, headline: 'Next morning' }, 0);
    expect(await history()).toEqual([['idle', article.headline, 'draft']]);
  });

  it('each status change snapshots the text given the new status', async () => {
    await drafts.save(article);
    const auto = autoSnapshots();
    await save(auto, { ...article, status: 'in-review' }, 1);
    await save(auto, { ...article, status: 'in-review', headline: 'Subbed' }, 1);
    await save(auto, { ...article, status: 'approved', headline: 'Subbed' }, 1);
    expect(await history()).toEqual([
      ['status-change', 'Subbed', 'approved'],
      ['status-change', article.headline, 'in-review'],
    ]);
  });

  it('each export snapshots the exported text', async () => {
    await drafts.save(article);
    await autoSnapshots().afterExport({ ...article, headline: 'As exported' });
    expect(await history()).toEqual([['export', 'As exported', 'draft']]);
  });

  it('a snapshot that cannot be written is logged and does not stop the save', async () => {
    await drafts.save({ ...article, updatedAt: '2026-11-24T17:00:00.000Z' });
    await fsp.writeFile(path.join(root, article.id, 'versions'), 'a file where the folder should be');
    await save(autoSnapshots(), { ...article, headline: 'Saved anyway' }, 0);
    expect((await drafts.load(article.id)).headline).toBe('Saved anyway');
    expect(logged).toEqual([expect.stringMatching(/^Could not take the idle snapshot of 3f1c2a9e/)]);
  });

  it('a status-change snapshot that failed for lack of space is taken with the next save, once', async () => {
    await drafts.save(article);
    const faulty = withFaultyVersionsDisk();
    const auto = autoSnapshots();
    faulty.fail('write', 'ENOSPC');
    await save(auto, { ...article, status: 'in-review' }, 1);
    expect(await history()).toEqual([]);
    expect(logged).toEqual([expect.stringMatching(/^Could not take the status-change snapshot of 3f1c2a9e.*: the disk is full/)]);

    faulty.clear();
    await save(auto, { ...article, status: 'in-review', headline: 'Subbed' }, 1);
    await save(auto, { ...article, status: 'in-review', headline: 'Subbed again' }, 1);
    expect(await history()).toEqual([['status-change', 'Subbed', 'in-review']]);
  });

  it('keeps owing the status-change snapshot while the disk stays full', async () => {
    await drafts.save(article);
    const faulty = withFaultyVersionsDisk();
    const auto = autoSnapshots();
    faulty.fail('open', 'ENOSPC');
    await save(auto, { ...article, status: 'approved' }, 1);
    await save(auto, { ...article, status: 'approved', headline: 'Still full' }, 1);
    faulty.clear();
    await save(auto, { ...article, status: 'approved', headline: 'Space again' }, 1);
    expect(await history()).toEqual([['status-change', 'Space again', 'approved']]);
  });
});
