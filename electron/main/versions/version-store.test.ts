import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VersionIdSchema } from '../../../core/versions/version-file';
import { createFaultyFs } from '../storage/faulty-fs.testing';
import { makeTempFolder, sampleArticle } from '../test-support';
import { createVersionStore, type VersionStoreDeps } from './version-store';

let draftsFolder: string;
let now: Date;
const article = sampleArticle();
const draftId = article.id;

beforeEach(async () => {
  draftsFolder = await makeTempFolder('versions');
  now = new Date('2026-11-25T09:00:00.000Z');
});
afterEach(() => fsp.rm(draftsFolder, { recursive: true, force: true }));

function store(overrides: Partial<VersionStoreDeps> = {}) {
  return createVersionStore({ fs: fsp, clock: () => now, draftFolder: (id) => path.join(draftsFolder, id), ...overrides });
}
const versionsFolder = () => path.join(draftsFolder, draftId, 'versions');
const minutesLater = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

describe('version store: snapshots and history', () => {
  it('writes one file per snapshot and lists them newest first with time, label, word count and status', async () => {
    const versions = store();
    const first = await versions.snapshot(draftId, article, 'idle');
    minutesLater(5);
    const second = await versions.snapshot(draftId, { ...article, status: 'in-review', headline: 'Second' }, 'manual', '  Sent to the desk  ');

    expect(VersionIdSchema.safeParse(first.id).success).toBe(true);
    expect((await fsp.readdir(versionsFolder())).sort()).toEqual([`${first.id}.json`, `${second.id}.json`]);
    expect(await versions.list(draftId)).toEqual([
      { readable: true, ...second, label: 'Sent to the desk', reason: 'manual', status: 'in-review', headline: 'Second', wordCount: 7, createdAt: '2026-11-25T09:05:00.000Z' },
      { readable: true, ...first, label: null, reason: 'idle', status: 'draft', wordCount: 7, createdAt: '2026-11-25T09:00:00.000Z' },
    ]);
  });

  it('has no history for a draft never snapshotted', async () => {
    expect(await store().list(draftId)).toEqual([]);
  });

  it('loads a version’s article exactly as it was', async () => {
    const versions = store();
    const meta = await versions.snapshot(draftId, article, 'export');
    expect(await versions.load(draftId, meta.id)).toEqual({ meta, article });
  });

  it('never copies image bytes: a version refers to the draft’s content-addressed asset', async () => {
    const assets = path.join(draftsFolder, draftId, 'assets');
    await fsp.mkdir(assets, { recursive: true });
    const file = 'assets/3b5d5c3712955042212316173ccf37be.jpg';
    await fsp.writeFile(path.join(draftsFolder, draftId, file), Buffer.alloc(2_000_000, 7));
    const withImage = { ...article, leadImage: { file, mediaType: 'image/jpeg', altText: 'Flooded street', caption: 'Mombasa', credit: 'A. Photographer' } };
    const versions = store();
    const meta = await versions.snapshot(draftId, withImage, 'manual', 'With photo');
    const size = (await fsp.stat(path.join(versionsFolder(), `${meta.id}.json`))).size;
    expect(size).toBeLessThan(10_000);
    expect((await versions.load(draftId, meta.id)).article.leadImage).toMatchObject({ file });
    expect(await fsp.readdir(assets)).toEqual(['3b5d5c3712955042212316173ccf37be.jpg']);
  });

  it('lists unreadable snapshot files as unreadable, naming the file, and ignores files that are not versions', async () => {
    const versions = store();
    const good = await versions.snapshot(draftId, article, 'idle');
    await fsp.writeFile(path.join(versionsFolder(), '20261125T080000000Z-broken1.json'), '{"meta": {"id": "20261125T0800');
    await fsp.writeFile(path.join(versionsFolder(), '20261125T070000000Z-strange.json'), JSON.stringify({ meta: { id: 'x' }, article: {} }));
    await fsp.writeFile(path.join(versionsFolder(), 'notes.txt'), 'not a version');
    await fsp.writeFile(path.join(versionsFolder(), '../escape.json'), '{}');

    const listed = await versions.list(draftId);
    expect(listed.map((entry) => [entry.id, entry.readable])).toEqual([
      [good.id, true],
      ['20261125T080000000Z-broken1', false],
      ['20261125T070000000Z-strange', false],
    ]);
    expect(listed[1]).toMatchObject({ createdAt: '2026-11-25T08:00:00.000Z', problem: expect.stringMatching(/20261125T080000000Z-broken1\.json is not valid JSON/) });
    expect(listed[2]).toMatchObject({ problem: expect.stringMatching(/20261125T070000000Z-strange\.json is not a Copydesk version:\n\$\.meta\.id/) });
  });

  it('refuses to load a missing, malformed or unreadable version with a message that says which', async () => {
    const versions = store();
    await versions.snapshot(draftId, article, 'idle');
    await expect(versions.load(draftId, '20261125T080000000Z-nothere')).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/has no version 20261125T080000000Z-nothere/) });
    await expect(versions.load(draftId, '../../article')).rejects.toMatchObject({ code: 'not-found' });
    const brokenId = '20261125T080000000Z-broken1';
    await fsp.writeFile(path.join(versionsFolder(), `${brokenId}.json`), 'garbage');
    await expect(versions.load(draftId, brokenId)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining(`${brokenId}.json is not valid JSON`) });
    const newerId = '20261125T070000000Z-fromfuture';
    const meta = { id: newerId, createdAt: '2026-11-25T07:00:00.000Z', label: null, reason: 'idle', wordCount: 0, status: 'draft', headline: '' };
    await fsp.writeFile(path.join(versionsFolder(), `${newerId}.json`), JSON.stringify({ meta, article: { ...article, schemaVersion: 99 } }));
    await expect(versions.load(draftId, newerId)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/fromfuture\.json: was written by a newer Copydesk/) });
  });

  it('lists from the metadata line alone, and still checks the whole file when a version is loaded', async () => {
    const versions = store();
    const meta = await versions.snapshot(draftId, article, 'idle');
    const file = path.join(versionsFolder(), `${meta.id}.json`);
    const [metaLine] = (await fsp.readFile(file, 'utf8')).split('\n');
    await fsp.writeFile(file, `${metaLine}\n"article": {"damaged`);
    expect(await versions.list(draftId)).toEqual([{ readable: true, ...meta }]);
    await expect(versions.load(draftId, meta.id)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining(`${meta.id}.json is not valid JSON`) });
  });

  it('lists and loads a snapshot laid out differently (for example pretty-printed by hand)', async () => {
    const versions = store();
    const meta = await versions.snapshot(draftId, article, 'manual', 'Kept');
    const file = path.join(versionsFolder(), `${meta.id}.json`);
    await fsp.writeFile(file, JSON.stringify(JSON.parse(await fsp.readFile(file, 'utf8')), null, 2));
    expect(await versions.list(draftId)).toEqual([{ readable: true, ...meta }]);
    expect((await versions.load(draftId, meta.id)).article).toEqual(article);
  });

  it('writes snapshots atomically: a full disk leaves no partial version behind', async () => {
    const faulty = createFaultyFs();
    const versions = store({ fs: faulty.fs });
    await versions.snapshot(draftId, article, 'idle');
    faulty.fail('write', 'ENOSPC');
    await expect(versions.snapshot(draftId, article, 'manual', 'Late edit')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fsp.readdir(versionsFolder())).toHaveLength(1);
    expect((await versions.list(draftId)).every((entry) => entry.readable)).toBe(true);
  });
});

describe('version store: retention', () => {
  it('prunes by the retention policy, keeps labelled and unreadable versions', async () => {
    const versions = store();
    const labelled = await versions.snapshot(draftId, article, 'manual', 'First filing');
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      minutesLater(i === 0 ? 5 : 10); // six snapshots within one clock hour (09:05–09:55), then let two days pass
      ids.push((await versions.snapshot(draftId, article, 'idle')).id);
    }
    await fsp.writeFile(path.join(versionsFolder(), '20261125T090500000Z-broken1.json'), 'garbage');
    minutesLater(2 * 24 * 60);
    const newest = await versions.snapshot(draftId, article, 'status-change');

    const removed = await versions.prune(draftId);
    expect(removed.sort()).toEqual(ids.slice(0, 5).sort());
    expect((await versions.list(draftId)).map((entry) => entry.id)).toEqual([newest.id, ids[5], '20261125T090500000Z-broken1', labelled.id]);
    expect(await versions.prune(draftId)).toEqual([]);
  });

  it('never prunes a version a hand-off names, and prunes nothing when the draft cannot say which those are', async () => {
    let pinned: ReadonlySet<string> | Error = new Set();
    const versions = store({ pinned: async () => (pinned instanceof Error ? Promise.reject(pinned) : pinned) });
    const handoff = await versions.snapshot(draftId, article, 'handoff');
    minutesLater(5);
    const other = await versions.snapshot(draftId, article, 'idle');
    minutesLater(3 * 24 * 60);
    const newest = await versions.snapshot(draftId, article, 'idle');
    pinned = new Error('draft unreadable');
    await expect(versions.prune(draftId)).rejects.toThrow('draft unreadable');
    expect((await versions.list(draftId)).map((entry) => entry.id)).toEqual([newest.id, other.id, handoff.id]);
    pinned = new Set([handoff.id]);
    // The hand-off is not the newest of its clock hour, three days ago: only the pin keeps it.
    expect(await versions.prune(draftId)).toEqual([]);
    expect((await versions.list(draftId)).map((entry) => entry.id)).toEqual([newest.id, other.id, handoff.id]);
    pinned = new Set();
    expect(await versions.prune(draftId)).toEqual([handoff.id]);
  });

  it('keeps a carried version under its own id, once', async () => {
    const versions = store();
    const sent = await versions.snapshot('7d444840-9dc0-41d5-8f2d-6a1e0b7c9a10', { ...article, headline: 'As sent' }, 'handoff', 'Sent for review');
    const carried = await versions.load('7d444840-9dc0-41d5-8f2d-6a1e0b7c9a10', sent.id);
    expect(await versions.keepCarried(draftId, carried)).toBe(true);
    expect(await versions.load(draftId, sent.id)).toEqual(carried);
    expect(await versions.keepCarried(draftId, { ...carried, article: { ...carried.article, headline: 'Changed' } })).toBe(false);
    expect((await versions.load(draftId, sent.id)).article.headline).toBe('As sent');
  });
});

describe('version store: leftovers of a crash', () => {
  it('pruning removes snapshot temp files older than ten minutes, and leaves fresh ones (a snapshot may be in progress)', async () => {
    const versions = store();
    await versions.snapshot(draftId, article, 'idle');
    const stale = '.20261125T085000000Z-a1b2c3.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp';
    const fresh = '.20261125T085900000Z-d4e5f6.json.7c9e6679-7425-40de-944b-e07fc1f90ae7.tmp';
    await fsp.writeFile(path.join(versionsFolder(), stale), '{"meta":');
    await fsp.writeFile(path.join(versionsFolder(), fresh), '{"meta":');
    await fsp.utimes(path.join(versionsFolder(), stale), new Date(now.getTime() - 11 * 60_000), new Date(now.getTime() - 11 * 60_000));
    await fsp.utimes(path.join(versionsFolder(), fresh), new Date(now.getTime() - 60_000), new Date(now.getTime() - 60_000));
    await versions.prune(draftId);
    expect((await fsp.readdir(versionsFolder())).filter((name) => name.endsWith('.tmp'))).toEqual([fresh]);
  });
});

describe('version store: restore', () => {
  it('snapshots the current text first, so a restore can itself be undone', async () => {
    const versions = store();
    const old = await versions.snapshot(draftId, { ...article, headline: 'Old headline' }, 'idle');
    minutesLater(30);
    const current = { ...article, headline: 'Current headline', status: 'approved' as const };

    const { article: restored, undoVersion } = await versions.prepareRestore(draftId, old.id, current);
    expect(restored).toEqual({ ...article, headline: 'Old headline', updatedAt: '2026-11-25T09:30:00.000Z' });
    expect(undoVersion).toMatchObject({ reason: 'before-restore', headline: 'Current headline', status: 'approved' });
    expect((await versions.load(draftId, undoVersion.id)).article).toEqual(current);

    minutesLater(1);
    const undone = await versions.prepareRestore(draftId, undoVersion.id, restored);
    expect(undone.article).toEqual({ ...current, updatedAt: '2026-11-25T09:31:00.000Z' });
  });

  it('does not snapshot anything when the version to restore cannot be loaded', async () => {
    const versions = store();
    await expect(versions.prepareRestore(draftId, '20261125T080000000Z-nothere', article)).rejects.toMatchObject({ code: 'not-found' });
    expect(await versions.list(draftId)).toEqual([]);
  });
});
