import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostHandlers } from '../host-handlers';
import { createFaultyFs } from '../storage/faulty-fs.testing';
import { makeTempFolder, sampleArticle, testHostDeps } from '../test-support';
import { createRecoveryStore } from './recovery-store';
import { paragraph, suggestion } from '../../../core/testing/body-builders';
import { EDITOR, reviewedDraft } from '../../../core/testing/reviewed-article';

let root: string;
let now: Date;
const article = sampleArticle();
const recoveryFile = () => path.join(root, 'state', 'recovery', `${article.id}.json`);

function host() {
  return createHostHandlers(testHostDeps(root, { clock: () => now, watchFolder: () => () => undefined }));
}

beforeEach(async () => {
  root = await makeTempFolder('recovery');
  now = new Date('2026-11-25T18:00:00.000Z');
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

const typed = { ...article, headline: 'Typed just before the crash', updatedAt: '2026-11-25T18:00:01.000Z' };

describe('crash recovery', () => {
  it('offers text written to the recovery store but never saved, with readable previews of both copies', async () => {
    const before = host();
    await before.saveDraft({ article, revision: 1 });
    await before.writeRecovery({ draftId: article.id, article: typed, revision: 2 });
    // crash: no save of revision 2

    const after = host();
    const found = await after.getRecovery({ draftId: article.id });
    expect(found).toMatchObject({
      draftId: article.id,
      writtenAt: '2026-11-25T18:00:00.000Z',
      recovered: { article: typed, preview: { headline: 'Typed just before the crash', wordCount: 7, excerpt: 'Residents returned on Sunday. Schools stay shut.' } },
      disk: { article, preview: { headline: article.headline } },
      diskProblem: null,
    });
    expect(await after.listRecoveries({})).toEqual([
      { draftId: article.id, writtenAt: '2026-11-25T18:00:00.000Z', recovered: found!.recovered.preview, disk: found!.disk!.preview },
    ]);
  });

  it('keeping the recovered text saves it and keeps the disk copy as a version', async () => {
    const before = host();
    await before.saveDraft({ article, revision: 1 });
    await before.writeRecovery({ draftId: article.id, article: typed, revision: 2 });
    const after = host();
    expect(await after.resolveRecovery({ draftId: article.id, keep: 'recovered' })).toEqual({ article: typed });
    expect((await after.loadDraft({ id: article.id })).article).toEqual(typed);
    const history = await after.listVersions({ draftId: article.id });
    expect(history.map((entry) => entry.readable && [entry.reason, entry.headline])).toEqual([['conflict', article.headline]]);
    expect(await after.getRecovery({ draftId: article.id })).toBeNull();
    await expect(fsp.stat(recoveryFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeping the disk copy keeps the recovered text as a version', async () => {
    const before = host();
    await before.saveDraft({ article, revision: 1 });
    await before.writeRecovery({ draftId: article.id, article: typed, revision: 2 });
    const after = host();
    expect(await after.resolveRecovery({ draftId: article.id, keep: 'disk' })).toEqual({ article });
    const [version] = await after.listVersions({ draftId: article.id });
    expect(version).toMatchObject({ readable: true, reason: 'conflict', headline: typed.headline });
    expect((await after.loadVersion({ draftId: article.id, versionId: version!.id })).article).toEqual(typed);
  });

  it('offers the text of a draft that was never saved at all', async () => {
    await host().writeRecovery({ draftId: article.id, article: typed, revision: 1 });
    const found = await host().getRecovery({ draftId: article.id });
    expect(found).toMatchObject({ recovered: { article: typed }, disk: null, diskProblem: null });
    await expect(host().resolveRecovery({ draftId: article.id, keep: 'disk' })).rejects.toMatchObject({ code: 'bad-file' });
    expect(await host().resolveRecovery({ draftId: article.id, keep: 'recovered' })).toEqual({ article: typed });
  });

  it('a save that catches up clears the recovery copy; an older save does not', async () => {
    const handlers = host();
    await handlers.writeRecovery({ draftId: article.id, article: typed, revision: 5 });
    await handlers.saveDraft({ article, revision: 4 });
    await fsp.access(recoveryFile());
    await handlers.saveDraft({ article: typed, revision: 5 });
    await expect(fsp.stat(recoveryFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('drops a recovery copy that matches the file on disk (apart from its date) instead of asking', async () => {
    const handlers = host();
    await handlers.saveDraft({ article });
    await handlers.writeRecovery({ draftId: article.id, article: { ...article, updatedAt: '2026-11-25T18:00:09.000Z' }, revision: 3 });
    expect(await host().getRecovery({ draftId: article.id })).toBeNull();
    expect(await host().listRecoveries({})).toEqual([]);
    await expect(fsp.stat(recoveryFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps working while the drafts folder is gone: the recovery store is elsewhere', async () => {
    const stick = path.join(root, 'stick');
    await fsp.mkdir(stick);
    await fsp.mkdir(path.join(root, 'state'), { recursive: true });
    await fsp.writeFile(path.join(root, 'state', 'settings.json'), JSON.stringify({ draftsFolder: stick }));
    await fsp.rm(stick, { recursive: true });
    const handlers = host();
    await expect(handlers.saveDraft({ article: typed })).rejects.toMatchObject({ code: 'drafts-folder-missing' });
    await handlers.writeRecovery({ draftId: article.id, article: typed, revision: 1 });
    expect(JSON.parse(await fsp.readFile(recoveryFile(), 'utf8'))).toMatchObject({ draftId: article.id, revision: 1, article: { headline: typed.headline } });
  });

  it('ignores a damaged recovery file rather than failing the start', async () => {
    await fsp.mkdir(path.dirname(recoveryFile()), { recursive: true });
    await fsp.writeFile(recoveryFile(), '{"draftId": "');
    expect(await host().getRecovery({ draftId: article.id })).toBeNull();
    expect(await host().listRecoveries({})).toEqual([]);
  });
});

describe('crash recovery of a draft under review', () => {
  const reviewed = reviewedDraft();
  const [bodyThread, ...otherThreads] = reviewed.review.threads;
  /** Typed before the crash: a reply on the body thread and a new suggested insertion in the body. */
  const typedReview = {
    ...reviewed,
    updatedAt: '2026-11-25T18:00:01.000Z',
    body: { root: { ...reviewed.body.root, children: [...reviewed.body.root.children, paragraph(suggestion('insert', 'e1d2c3b4-a596-4877-8a9b-1c2d3e4f5a6b', 'QUOKKA-TYPED-BEFORE-CRASH', EDITOR))] } },
    review: { ...reviewed.review, threads: [{ ...bodyThread!, comments: [...bodyThread!.comments, { ...bodyThread!.comments[0]!, id: 'd1c2b3a4-9586-4776-8a9b-2c3d4e5f6a7b', text: 'ZEBRA-REPLY-BEFORE-CRASH' }] }, ...otherThreads] },
  };
  const recoveryOf = () => path.join(root, 'state', 'recovery', `${reviewed.id}.json`);

  async function crashed() {
    const before = host();
    await before.saveDraft({ article: reviewed, revision: 1 });
    await before.writeRecovery({ draftId: reviewed.id, article: typedReview, revision: 2 });
    return host();
  }

  it('the recovery copy holds the threads, replies, field suggestions, suggestion and mark nodes as typed', async () => {
    const after = await crashed();
    const found = await after.getRecovery({ draftId: reviewed.id });
    expect(found?.recovered.article.review).toEqual(typedReview.review);
    expect(found?.recovered.article.body).toEqual(typedReview.body);
    expect(found?.disk?.article).toEqual(reviewed);
    expect(JSON.parse(await fsp.readFile(recoveryOf(), 'utf8'))).toMatchObject({ article: { review: typedReview.review } });
  });

  it('keeping the recovered text saves its review; the disk copy, review and all, is kept as a version', async () => {
    const after = await crashed();
    expect(await after.resolveRecovery({ draftId: reviewed.id, keep: 'recovered' })).toEqual({ article: typedReview });
    expect((await after.loadDraft({ id: reviewed.id })).article).toEqual(typedReview);
    const [version] = await after.listVersions({ draftId: reviewed.id });
    const kept = (await after.loadVersion({ draftId: reviewed.id, versionId: version!.id })).article;
    expect(kept.review).toEqual(reviewed.review);
    expect(kept.body).toEqual(reviewed.body);
  });

  it('keeping the disk copy keeps the recovered review as a version', async () => {
    const after = await crashed();
    expect(await after.resolveRecovery({ draftId: reviewed.id, keep: 'disk' })).toEqual({ article: reviewed });
    const [version] = await after.listVersions({ draftId: reviewed.id });
    const kept = (await after.loadVersion({ draftId: reviewed.id, versionId: version!.id })).article;
    expect(kept.review).toEqual(typedReview.review);
    expect(kept.body).toEqual(typedReview.body);
  });

  it('a reviewed recovery copy whose disk refused it is written whole once the disk recovers', async () => {
    const faulty = createFaultyFs();
    const recovery = createRecoveryStore({ fs: faulty.fs, stateFolder: path.join(root, 'state'), clock: () => now, log: () => undefined });
    faulty.fail('rename', 'ENOSPC');
    await expect(recovery.write(reviewed.id, typedReview, 1)).rejects.toMatchObject({ code: 'disk-full' });
    faulty.clear();
    await recovery.write(reviewed.id, typedReview, 2);
    expect((await recovery.read(reviewed.id))?.article).toEqual(typedReview);
  });
});

describe('recovery store on a failing disk', () => {
  it('says in words that the recovery copy could not be written, and writes it once the disk recovers', async () => {
    const faulty = createFaultyFs();
    const recovery = createRecoveryStore({ fs: faulty.fs, stateFolder: path.join(root, 'state'), clock: () => now, log: () => undefined });
    faulty.fail('write', 'ENOSPC');
    await expect(recovery.write(article.id, typed, 1)).rejects.toMatchObject({
      code: 'disk-full',
      message: 'The recovery copy could not be written. Not saved: disk is full. Your text is kept and will be saved when space is free.',
    });
    faulty.clear();
    await recovery.write(article.id, typed, 2);
    expect((await recovery.read(article.id))?.revision).toBe(2);
  });
});
