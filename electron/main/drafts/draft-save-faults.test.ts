import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadArticleText, serializeArticle } from '../../../core/article/load-article';
import { reviewedDraft } from '../../../core/testing/reviewed-article';
import { createHostHandlers } from '../host-handlers';
import { createFaultyFs } from '../storage/faulty-fs.testing';
import { makeTempFolder, sampleArticle, testHostDeps } from '../test-support';

let root: string;
let logged: string[];
beforeEach(async () => {
  root = await makeTempFolder('save-faults');
  logged = [];
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

function host(fs: ReturnType<typeof createFaultyFs>['fs']) {
  return createHostHandlers(testHostDeps(root, { fs, log: (message) => logged.push(message) }));
}

describe('saving a draft when the disk says no', () => {
  const article = sampleArticle();
  const file = () => path.join(root, 'drafts', article.id, 'article.json');
  const edited = { ...article, headline: 'Typed while the disk was full' };

  it('reports the problem in words, keeps the old file, and saves the text by itself once space is free', async () => {
    const faulty = createFaultyFs();
    const handlers = host(faulty.fs);
    await handlers.saveDraft({ article });

    faulty.fail('write', 'ENOSPC');
    await expect(handlers.saveDraft({ article: edited })).rejects.toMatchObject({
      code: 'disk-full',
      message: 'Not saved: disk is full. Your text is kept and will be saved when space is free.',
    });
    expect(await fsp.readFile(file(), 'utf8')).toBe(serializeArticle(article));
    expect(logged[0]).toMatch(/^Not saved: disk is full\..*ENOSPC.*retrying in 500 ms/);

    faulty.clear();
    await vi.waitFor(async () => expect(await fsp.readFile(file(), 'utf8')).toBe(serializeArticle(edited)), { timeout: 5000, interval: 50 });
  });

  it('says which folder it may not write to', async () => {
    const faulty = createFaultyFs();
    const handlers = host(faulty.fs);
    await handlers.saveDraft({ article });
    faulty.fail('rename', 'EACCES');
    await expect(handlers.saveDraft({ article: edited })).rejects.toMatchObject({
      code: 'permission-denied',
      message: expect.stringContaining(`Not saved: Copydesk is not allowed to write to ${path.dirname(file())}.`),
    });
    expect(await fsp.readFile(file(), 'utf8')).toBe(serializeArticle(article));
  });

  it('keeps the previous save as article.json.bak', async () => {
    const handlers = host(createFaultyFs().fs);
    await handlers.saveDraft({ article });
    await handlers.saveDraft({ article: edited });
    expect(await fsp.readFile(`${file()}.bak`, 'utf8')).toBe(serializeArticle(article));
    expect((await handlers.loadDraft({ id: article.id })).article).toEqual(edited);
  });
});

describe('saving a reviewed draft when the disk says no', () => {
  const reviewed = reviewedDraft();
  const file = () => path.join(root, 'drafts', reviewed.id, 'article.json');
  const answered = { ...reviewed, review: { ...reviewed.review, threads: reviewed.review.threads.map((thread, index) => (index === 0 ? { ...thread, comments: [...thread.comments, { ...thread.comments[0]!, id: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b', text: 'ZEBRA-LATE-REPLY' }] } : thread)) } };
  const onDisk = async () => loadArticleText(await fsp.readFile(file(), 'utf8'), 'article.json').article;

  it('keeps the old file whole, review and all, and saves the new comments and suggestions once space is free', async () => {
    const faulty = createFaultyFs();
    const handlers = host(faulty.fs);
    await handlers.saveDraft({ article: reviewed });
    faulty.fail('write', 'ENOSPC');
    await expect(handlers.saveDraft({ article: answered })).rejects.toMatchObject({ code: 'disk-full' });
    expect((await onDisk()).review).toEqual(reviewed.review);
    expect((await onDisk()).body).toEqual(reviewed.body);

    faulty.clear();
    await vi.waitFor(async () => expect((await onDisk()).review).toEqual(answered.review), { timeout: 5000, interval: 50 });
    expect((await onDisk()).body).toEqual(answered.body);
    expect((await handlers.loadDraft({ id: reviewed.id })).article).toEqual(answered);
  });

  it('a rename refused halfway leaves the reviewed file as it was', async () => {
    const faulty = createFaultyFs();
    const handlers = host(faulty.fs);
    await handlers.saveDraft({ article: reviewed });
    faulty.fail('rename', 'EACCES');
    await expect(handlers.saveDraft({ article: answered })).rejects.toMatchObject({ code: 'permission-denied' });
    expect(await onDisk()).toEqual(reviewed);
  });

  it('article.json.bak is the previous save with its threads, field suggestions, suggestion and mark nodes', async () => {
    const handlers = host(createFaultyFs().fs);
    await handlers.saveDraft({ article: reviewed });
    await handlers.saveDraft({ article: answered });
    const backup = loadArticleText(await fsp.readFile(`${file()}.bak`, 'utf8'), 'article.json.bak').article;
    expect(backup.review).toEqual(reviewed.review);
    expect(backup.body).toEqual(reviewed.body);
    // Put back in place of a damaged article.json (the README's way back to the previous good save), it is the whole draft.
    await fsp.copyFile(`${file()}.bak`, file());
    expect((await host(createFaultyFs().fs).loadDraft({ id: reviewed.id })).article).toEqual(reviewed);
  });
});
