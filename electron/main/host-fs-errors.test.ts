import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../core/host-api/contract';
import { createHostServices, type HostServices } from './host-handlers';
import type { HostHandlers } from './ipc-router';
import { createFaultyFs, type FaultPoint } from './storage/faulty-fs.testing';
import { makeTempFolder, sampleArticle, testHostDeps } from './test-support';

/** A raw errno name (ENOSPC, ENAMETOOLONG…) or Node's own wording: what the user must never be shown. */
const RAW = /\bE[A-Z]{3,}\b|no such file|injected fault|syscall/;

let root: string;
let faulty: ReturnType<typeof createFaultyFs>;
let destinations: string[];

function hostServices(): HostServices {
  const destination = async () => destinations.shift() ?? null;
  return createHostServices(
    testHostDeps(root, { fs: faulty.fs, dialogs: { chooseExportDestination: destination, chooseCopyDestination: destination } }),
  );
}

function host(): HostHandlers {
  return hostServices().handlers;
}

async function failure(call: Promise<unknown>): Promise<HostError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

const article = sampleArticle();

beforeEach(async () => {
  root = await makeTempFolder('host-fs-errors');
  faulty = createFaultyFs();
  destinations = [];
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('host: every file-system error reaches the user in words', () => {
  it('“Save version” on a full disk says the disk is full, not ENOSPC, and leaves the draft as it was', async () => {
    const handlers = host();
    await handlers.saveDraft({ article });
    faulty.fail('write', 'ENOSPC');
    const error = await failure(handlers.saveVersion({ draftId: article.id, label: 'Before legal' }));
    expect(error.code).toBe('disk-full');
    expect(error.message).toMatch(/^Saving the version failed: the disk is full \(at .*versions\); free some space and try again\.$/);
    expect(error.message).not.toMatch(RAW);
    faulty.clear();
    expect((await handlers.loadDraft({ id: article.id })).article).toEqual(article);
  });

  it('a drafts path replaced by a file is named, with what to do (EEXIST), and so is one whose parent is a file (ENOTDIR)', async () => {
    await fsp.writeFile(path.join(root, 'drafts'), 'not a folder');
    let error = await failure(host().listLibrary({}));
    expect(error.code).toBe('drafts-folder-missing');
    expect(error.message).toBe(
      `The drafts folder ${path.join(root, 'drafts')} cannot be used: ${path.join(root, 'drafts')} is a file where a folder should be; move the file away. Or choose another drafts folder in Settings.`,
    );

    await fsp.rm(path.join(root, 'drafts'));
    await fsp.mkdir(path.join(root, 'drafts'));
    await fsp.writeFile(path.join(root, 'drafts', article.id), 'a file where the draft’s folder goes');
    error = await failure(host().saveDraft({ article }));
    expect(error.message).not.toMatch(RAW);
  });

  it('a 300-character file name is cut to an excerpt and called too long (ENAMETOOLONG)', async () => {
    const handlers = host();
    await handlers.saveDraft({ article });
    const name = `${'a'.repeat(296)}.txt`;
    destinations.push(path.join(root, name));
    const error = await failure(handlers.exportDraft({ draftId: article.id, format: 'text' }));
    expect(error.code).toBe('io');
    expect(error.message).toBe(`Exporting failed: the name “${'a'.repeat(40)}… (300 characters)” is too long for the disk.`);

    const dropped = await failure(handlers.openDroppedFile({ path: path.join(root, `${'b'.repeat(295)}.json`), draftId: null }));
    expect(dropped.message).toMatch(/is too long for the disk/);
    expect(dropped.message).not.toMatch(RAW);
  });

  it('a save or an open that worked is not failed by the note of which draft to reopen (the state folder’s disk is full)', async () => {
    const handlers = host();
    await handlers.saveDraft({ article });
    faulty.spare(path.join(root, 'drafts'));
    faulty.fail('open', 'ENOSPC');
    const other = sampleArticle({ id: '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f', headline: 'Second story' });
    await expect(handlers.saveDraft({ article: other })).resolves.toEqual({ savedAt: expect.any(String) });
    await expect(handlers.loadDraft({ id: article.id })).resolves.toEqual({ article });
  });

  it('no call that writes hands over a raw errno, whichever step of the write the disk refuses', async () => {
    const points: FaultPoint[] = ['open', 'write', 'rename', 'mkdir'];
    for (const code of ['ENOSPC', 'EROFS', 'ENAMETOOLONG']) {
      for (const point of points) {
        faulty.clear();
        const services = hostServices();
        const handlers = services.handlers;
        await handlers.saveDraft({ article });
        const version = await handlers.saveVersion({ draftId: article.id, label: '' });
        faulty.fail(point, code);
        destinations.push(path.join(root, 'out', 'export.txt'), path.join(root, 'out', 'copy.copydesk'));
        const calls: [string, () => Promise<unknown>][] = [
          ['saveDraft', () => handlers.saveDraft({ article: { ...article, headline: `${code} ${point}` } })],
          ['saveVersion', () => handlers.saveVersion({ draftId: article.id, label: '' })],
          ['writeRecovery', () => handlers.writeRecovery({ draftId: article.id, article, revision: 3 })],
          ['restoreVersion', () => handlers.restoreVersion({ draftId: article.id, versionId: version.id, current: article })],
          ['duplicateDraft', () => handlers.duplicateDraft({ id: article.id })],
          ['exportDraft', () => handlers.exportDraft({ draftId: article.id, format: 'text' })],
          ['saveCopyAs', () => handlers.saveCopyAs({ draftId: article.id })],
          ['updateSettings', () => handlers.updateSettings({ theme: 'dark' })],
          ['deleteDraft', () => handlers.deleteDraft({ id: article.id })],
        ];
        for (const [name, call] of calls) {
          const outcome = await call().then(
            () => null,
            (error: unknown) => error,
          );
          if (outcome === null) continue;
          expect(outcome, `${name} with ${code} at ${point}`).toBeInstanceOf(HostError);
          expect((outcome as HostError).message, `${name} with ${code} at ${point}`).not.toMatch(RAW);
        }
        faulty.clear();
        // The saves the fault left waiting for a retry are written now, not during the next round or the cleanup.
        await services.flushWrites();
        await fsp.rm(path.join(root, 'out'), { recursive: true, force: true });
      }
    }
  }, 60_000);
});
