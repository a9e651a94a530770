import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeArticle } from '../../../core/article/load-article';
import type { HostEventName } from '../../../core/host-api/contract';
import { createHostServices } from '../host-handlers';
import { createFaultyFs } from '../storage/faulty-fs.testing';
import { makeTempFolder, sampleArticle, testHostDeps } from '../test-support';
import type { WatchFolder } from './disk-watch';

let root: string;
let events: [HostEventName, unknown][];
let services: ReturnType<typeof createHostServices>[];
const article = sampleArticle();
const file = () => path.join(root, 'drafts', article.id, 'article.json');

function host(options: { watchFolder?: WatchFolder; fs?: ReturnType<typeof createFaultyFs>['fs'] } = {}) {
  const created = createHostServices(
    testHostDeps(root, {
      fs: options.fs ?? fsp,
      clock: () => new Date('2026-11-25T18:00:00.000Z'),
      emit: (name, payload) => events.push([name, payload]),
      ...(options.watchFolder ? { watchFolder: options.watchFolder } : {}),
    }),
  );
  services.push(created);
  return created.handlers;
}

const until = async (check: () => boolean, what: string) => {
  for (let waited = 0; waited < 5000; waited += 20) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
};
const changedOnDisk = () => events.filter(([name]) => name === 'draftChangedOnDisk');

beforeEach(async () => {
  root = await makeTempFolder('disk-conflict');
  events = [];
  services = [];
});
afterEach(async () => {
  for (const created of services) created.dispose();
  await fsp.rm(root, { recursive: true, force: true });
});

describe('a draft changed on disk by another program', () => {
  it('is noticed through the real file watcher; our own saves are not', async () => {
    const handlers = host();
    await handlers.saveDraft({ article });
    for (let i = 0; i < 5; i += 1) await handlers.saveDraft({ article: { ...article, headline: `Take ${i}` } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(changedOnDisk()).toEqual([]);

    await fsp.writeFile(file(), serializeArticle({ ...article, headline: 'Written by the sync tool' }));
    await until(() => changedOnDisk().length > 0, 'draftChangedOnDisk');
    expect(changedOnDisk()).toEqual([['draftChangedOnDisk', { draftId: article.id }]]);
  });

  describe('with a watcher the test drives', () => {
    let fire: () => void;
    const watchFolder: WatchFolder = (_folder, listener) => {
      fire = () => listener('article.json');
      return () => undefined;
    };
    const theirs = { ...article, headline: 'Their edit' };
    const mine = { ...article, headline: 'My edit' };

    async function conflicted() {
      const handlers = host({ watchFolder });
      await handlers.saveDraft({ article });
      await fsp.writeFile(file(), serializeArticle(theirs));
      fire();
      await until(() => changedOnDisk().length > 0, 'draftChangedOnDisk');
      return handlers;
    }

    it('refuses to save over it until the user decides, and compare shows both', async () => {
      const handlers = await conflicted();
      await expect(handlers.saveDraft({ article: mine })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining(`${file()} was changed by another program`) });
      expect(await fsp.readFile(file(), 'utf8')).toBe(serializeArticle(theirs));
      expect(await handlers.compareWithDisk({ draftId: article.id })).toMatchObject({
        disk: { article: theirs, preview: { headline: 'Their edit' } },
        diskProblem: null,
        lastSaved: { article, preview: { headline: article.headline } },
      });
    });

    it('keep mine: theirs becomes a version, mine is saved, saving works again', async () => {
      const handlers = await conflicted();
      expect(await handlers.resolveDiskConflict({ draftId: article.id, choice: 'keep-mine', mine })).toEqual({ article: mine });
      expect(await fsp.readFile(file(), 'utf8')).toBe(serializeArticle(mine));
      const [version] = await handlers.listVersions({ draftId: article.id });
      expect(version).toMatchObject({ reason: 'external-change', headline: 'Their edit' });
      await handlers.saveDraft({ article: { ...mine, headline: 'Typing on' } });
      fire(); // the event our own save causes is not a change by someone else
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(changedOnDisk()).toHaveLength(1);
    });

    it('reload: mine becomes a version and theirs is returned, untouched on disk', async () => {
      const handlers = await conflicted();
      expect(await handlers.resolveDiskConflict({ draftId: article.id, choice: 'reload', mine })).toEqual({ article: theirs });
      expect(await fsp.readFile(file(), 'utf8')).toBe(serializeArticle(theirs));
      const [version] = await handlers.listVersions({ draftId: article.id });
      expect(version).toMatchObject({ reason: 'conflict', headline: 'My edit' });
      await handlers.saveDraft({ article: { ...theirs, headline: 'Edited after reload' } });
    });

    it('an unreadable file written by someone else is kept as article.json.bak when keeping mine', async () => {
      const handlers = host({ watchFolder });
      await handlers.saveDraft({ article });
      await fsp.writeFile(file(), '{"half a file');
      fire();
      await until(() => changedOnDisk().length > 0, 'draftChangedOnDisk');
      expect(await handlers.compareWithDisk({ draftId: article.id })).toMatchObject({ disk: null, diskProblem: expect.stringMatching(/is not valid JSON/) });
      await expect(handlers.resolveDiskConflict({ draftId: article.id, choice: 'reload', mine })).rejects.toMatchObject({ code: 'bad-file' });
      await handlers.resolveDiskConflict({ draftId: article.id, choice: 'keep-mine', mine });
      expect(await fsp.readFile(`${file()}.bak`, 'utf8')).toBe('{"half a file');
    });
  });
});

describe('save status', () => {
  it('reports a failed save in words, then the save that the host retried by itself', async () => {
    const faulty = createFaultyFs();
    const services = createHostServices(
      testHostDeps(root, {
        fs: faulty.fs,
        clock: () => new Date('2026-11-25T18:00:00.000Z'),
        emit: (name, payload) => events.push([name, payload]),
        watchFolder: () => () => undefined,
      }),
    );
    const handlers = services.handlers;
    await handlers.saveDraft({ article });
    expect(await handlers.getSaveStatus({ draftId: article.id })).toEqual({ draftId: article.id, state: 'saved', savedAt: '2026-11-25T18:00:00.000Z' });

    faulty.fail('write', 'ENOSPC');
    await expect(handlers.saveDraft({ article: { ...article, headline: 'Kept' } })).rejects.toMatchObject({ code: 'disk-full' });
    const failed = { draftId: article.id, state: 'failed', message: 'Not saved: disk is full. Your text is kept and will be saved when space is free.', retryInMs: 500, lastSavedAt: '2026-11-25T18:00:00.000Z' };
    expect(await handlers.getSaveStatus({ draftId: article.id })).toEqual(failed);

    faulty.clear();
    expect(await services.flushWrites()).toEqual([]);
    expect(events.filter(([name]) => name === 'saveStatusChanged').map(([, payload]) => payload)).toEqual([
      { draftId: article.id, state: 'saved', savedAt: '2026-11-25T18:00:00.000Z' },
      failed,
      { draftId: article.id, state: 'saved', savedAt: '2026-11-25T18:00:00.000Z' },
    ]);
    expect(JSON.parse(await fsp.readFile(file(), 'utf8')).headline).toBe('Kept');
  });
});
