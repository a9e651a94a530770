import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packPortableDraft } from '../../core/portable/portable-draft';
import { createHostHandlers } from './host-handlers';
import type { HostHandlers } from './ipc-router';
import { makeTempFolder, sampleArticle, testHostDeps } from './test-support';

let root: string;
let draftsFolder: string;
let now: Date;
let copyDestinations: (string | null)[];
let portableFiles: (string | null)[];
let suggestedNames: string[];

function handlers(): HostHandlers {
  return createHostHandlers(
    testHostDeps(root, {
      draftsFolder,
      dialogs: {
        chooseCopyDestination: async (suggested) => {
          suggestedNames.push(suggested);
          return copyDestinations.shift() ?? null;
        },
        pickPortableDraftFile: async () => portableFiles.shift() ?? null,
      },
      clock: () => now,
      newId: () => '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    }),
  );
}

const later = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

beforeEach(async () => {
  root = await makeTempFolder('host-versions');
  draftsFolder = path.join(root, 'drafts');
  now = new Date('2026-05-24T12:00:00.000Z');
  copyDestinations = [];
  portableFiles = [];
  suggestedNames = [];
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('host: versions', () => {
  const article = sampleArticle({ slug: 'floodwaters-recede' });

  it('saves a labelled version, lists it and loads it for a preview', async () => {
    const host = handlers();
    await host.saveDraft({ article });
    later(1);
    const meta = await host.saveVersion({ draftId: article.id, label: 'Sent to legal' });
    expect(meta).toMatchObject({ label: 'Sent to legal', reason: 'manual', wordCount: 7, status: 'draft', headline: article.headline, createdAt: '2026-05-24T12:01:00.000Z' });
    expect(await host.listVersions({ draftId: article.id })).toEqual([{ readable: true, ...meta }]);
    expect(await host.loadVersion({ draftId: article.id, versionId: meta.id })).toEqual({ meta, article });
  });

  it('restores a version after snapshotting the current text, and the restore can be undone', async () => {
    const host = handlers();
    await host.saveDraft({ article });
    const old = await host.saveVersion({ draftId: article.id, label: '' });
    later(2);
    const current = { ...article, headline: 'Rewritten headline' };
    await host.saveDraft({ article: current });

    const { article: restored, undoVersionId } = await host.restoreVersion({ draftId: article.id, versionId: old.id, current });
    expect(restored.headline).toBe(article.headline);
    expect((await host.loadDraft({ id: article.id })).article).toEqual(restored);
    expect((await host.loadVersion({ draftId: article.id, versionId: undoVersionId })).article).toEqual(current);

    later(1);
    const undone = await host.restoreVersion({ draftId: article.id, versionId: undoVersionId, current: restored });
    expect(undone.article.headline).toBe('Rewritten headline');
    expect((await host.listVersions({ draftId: article.id })).map((entry) => entry.readable && entry.reason)).toEqual(['before-restore', 'before-restore', 'manual']);
  });

  it('takes automatic snapshots on status changes while saving', async () => {
    const host = handlers();
    await host.saveDraft({ article });
    later(1);
    await host.saveDraft({ article: { ...article, status: 'in-review' } });
    expect((await host.listVersions({ draftId: article.id })).map((entry) => entry.readable && [entry.reason, entry.status])).toEqual([['status-change', 'in-review']]);
  });

  it('a restore that changes the status is not taken for a status change by the next autosave', async () => {
    const host = handlers();
    await host.saveDraft({ article });
    const draftVersion = await host.saveVersion({ draftId: article.id, label: 'Before review' });
    later(1);
    const approved = { ...article, status: 'approved' as const };
    await host.saveDraft({ article: approved });
    later(1);
    const { article: restored } = await host.restoreVersion({ draftId: article.id, versionId: draftVersion.id, current: approved });
    later(0.1);
    await host.saveDraft({ article: { ...restored, headline: 'Typing goes on' } });
    expect((await host.listVersions({ draftId: article.id })).map((entry) => entry.readable && entry.reason)).toEqual(['before-restore', 'status-change', 'manual']);
  });

  it('reports a missing version as not found', async () => {
    const host = handlers();
    await host.saveDraft({ article });
    await expect(host.loadVersion({ draftId: article.id, versionId: '20260524T120000000Z-abcdef' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('host: portable draft files', () => {
  const article = sampleArticle({ slug: 'floodwaters-recede' });

  it('saves a copy where the user chooses, and importing it brings in a draft of its own', async () => {
    const host = handlers();
    await host.saveDraft({ article });
    copyDestinations.push(path.join(root, 'copy'));
    expect(await host.saveCopyAs({ draftId: article.id })).toEqual({ file: path.join(root, 'copy.copydesk') });
    expect(suggestedNames).toEqual(['floodwaters-recede.copydesk']);

    await host.saveDraft({ article: { ...article, headline: 'Changed since' } });
    portableFiles.push(path.join(root, 'copy.copydesk'));
    const imported = await host.importPortableDraft({});
    expect(imported?.article).toEqual({ ...article, id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' });
    expect((await host.listDrafts({})).map((draft) => draft.headline).sort()).toEqual([article.headline, 'Changed since'].sort());
  });

  it('does nothing when either dialog is cancelled', async () => {
    const host = handlers();
    await host.saveDraft({ article });
    expect(await host.saveCopyAs({ draftId: article.id })).toBeNull();
    expect(await host.importPortableDraft({})).toBeNull();
    expect(await fsp.readdir(root)).not.toContain('copy.copydesk');
  });

  it('refuses a damaged file with its name', async () => {
    const file = path.join(root, 'broken.copydesk');
    await fsp.writeFile(file, packPortableDraft(article, new Map(), 'x').subarray(0, 100));
    portableFiles.push(file);
    await expect(handlers().importPortableDraft({})).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^“broken\.copydesk” /) });
  });
});
