import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/article/article-schema';
import { unpackPortableDraft } from '../../../core/portable/portable-draft';
import { REVIEW_LIMITS, type Person } from '../../../core/review/review-schema';
import { createHostServices } from '../host-handlers';
import type { HostHandlers } from '../ipc-router';
import { makeTempFolder, sampleArticle, testHostDeps } from '../test-support';

const reporter: Person = { name: 'Amina Wanjiru', initials: 'AW' };
const editor: Person = { name: 'Tom Okello', initials: 'TO' };

/** One Copydesk on its own data folder, whose save dialog answers from `saveTo` and open dialog from `openFrom`. */
interface Desk {
  host: HostHandlers;
  root: string;
  saveTo: string[];
  openFrom: string[];
  asked: string[];
}

let folders: string[];
let minutes: number;

async function desk(label: string): Promise<Desk> {
  const root = await makeTempFolder(label);
  folders.push(root);
  const saveTo: string[] = [];
  const openFrom: string[] = [];
  const asked: string[] = [];
  let ids = 0;
  const host = createHostServices(
    testHostDeps(root, {
      clock: () => new Date(Date.UTC(2026, 11, 1, 9, minutes)),
      newId: () => `${label === 'reporter' ? '1' : '2'}0000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
      dialogs: {
        chooseHandoffDestination: async (_name, direction) => {
          asked.push(direction);
          return saveTo.shift() ?? null;
        },
        pickPortableDraftFile: async () => openFrom.shift() ?? null,
      },
    }),
  ).handlers;
  return { host, root, saveTo, openFrom, asked };
}

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] });
const withBody = (article: Article, ...texts: string[]): Article => ({ ...article, body: { root: { ...article.body.root, children: texts.map(paragraph) } } });

beforeEach(() => {
  folders = [];
  minutes = 0;
});
afterEach(() => Promise.all(folders.map((folder) => fsp.rm(folder, { recursive: true, force: true }))));

/** The reporter writes and sends; the editor opens the file (a new draft there) and edits it. */
async function sentAndEdited() {
  const mine = await desk('reporter');
  const theirs = await desk('editor');
  const written = sampleArticle();
  await mine.host.saveDraft({ article: written });
  const sentFile = path.join(mine.root, 'for-the-desk.copydesk');
  mine.saveTo.push(sentFile);
  minutes = 5;
  const sent = await mine.host.handOverDraft({ draftId: written.id, direction: 'for-review', by: reporter });
  theirs.openFrom.push(sentFile);
  const received = await theirs.host.importPortableDraft({});
  return { mine, theirs, written, sent: sent!, sentFile, received: received! };
}

describe('send for review and return to reporter', () => {
  it('keeps a hand-off version, records the hand-off, sets the status, saves, and writes a file that carries the version', async () => {
    const { mine, written, sent, sentFile } = await sentAndEdited();
    expect(mine.asked).toEqual(['for-review']);
    expect(sent.file).toBe(sentFile);
    const [handoff] = sent.article.review.handoffs;
    expect(sent.article.status).toBe('in-review');
    expect(handoff).toMatchObject({ by: reporter, direction: 'for-review', at: '2026-12-01T09:05:00.000Z' });
    expect(sent.article.review.log).toEqual([expect.objectContaining({ action: 'sent-for-review', by: reporter, summary: 'Sent for review by Amina Wanjiru.' })]);
    expect((await mine.host.loadDraft({ id: written.id })).article).toEqual(sent.article);

    const version = await mine.host.loadVersion({ draftId: written.id, versionId: handoff!.versionId });
    expect(version.meta).toMatchObject({ reason: 'handoff', label: 'Sent for review by Amina Wanjiru', status: 'in-review' });
    expect(version.article).toEqual({ ...written, status: 'in-review' });

    const file = unpackPortableDraft(await fsp.readFile(sentFile), 'sent');
    expect(file.article).toEqual(sent.article);
    expect(file.versions).toEqual([version]);
  });

  it('returns a draft approved, with the editor’s note in the log; a status the direction does not set is refused before anything is asked', async () => {
    const { theirs, written, received } = await sentAndEdited();
    await expect(theirs.host.handOverDraft({ draftId: written.id, direction: 'to-reporter', by: editor, status: 'in-review' })).rejects.toMatchObject({ code: 'invalid-arguments' });
    expect(theirs.asked).toEqual([]);
    theirs.saveTo.push(path.join(theirs.root, 'approved.copydesk'));
    const back = await theirs.host.handOverDraft({ draftId: written.id, direction: 'to-reporter', by: editor, status: 'approved', message: ' Good to go. ' });
    expect(back?.article.status).toBe('approved');
    expect(back?.article.review.log.slice(received.article.review.log.length)).toEqual([
      expect.objectContaining({ action: 'returned-to-reporter', by: editor, summary: 'Returned to reporter by Tom Okello. Status set to Approved. “Good to go.”' }),
    ]);
    const version = await theirs.host.loadVersion({ draftId: written.id, versionId: back!.article.review.handoffs.at(-1)!.versionId });
    expect(version.meta.status).toBe('approved');
  });

  it('changes nothing when the save dialog is cancelled', async () => {
    const mine = await desk('reporter');
    const written = sampleArticle();
    await mine.host.saveDraft({ article: written });
    expect(await mine.host.handOverDraft({ draftId: written.id, direction: 'for-review', by: reporter })).toBeNull();
    expect((await mine.host.loadDraft({ id: written.id })).article).toEqual(written);
    expect(await mine.host.listVersions({ draftId: written.id })).toEqual([]);
  });

  it('records no hand-off when its file cannot be written: the draft on disk stays as the editor has it', async () => {
    const mine = await desk('reporter');
    const written = sampleArticle();
    await mine.host.saveDraft({ article: written });
    mine.saveTo.push(path.join(mine.root, 'unplugged-stick', 'for-the-desk.copydesk'));
    await expect(mine.host.handOverDraft({ draftId: written.id, direction: 'for-review', by: reporter })).rejects.toThrow();
    expect((await mine.host.loadDraft({ id: written.id })).article).toEqual(written);
  });

  it('a draft new to the library comes in with its carried versions, so the next copy finds its base', async () => {
    const { theirs, written, sent, received } = await sentAndEdited();
    expect(received.compare).toBeUndefined();
    expect(received.article).toEqual(sent.article);
    const versions = await theirs.host.listVersions({ draftId: written.id });
    expect(versions.map((version) => version.id)).toEqual([sent.article.review.handoffs[0]!.versionId]);
  });
});

describe('opening a copy that came back', () => {
  async function returned() {
    const round = await sentAndEdited();
    const { mine, theirs, written } = round;
    minutes = 30;
    await theirs.host.saveDraft({ article: { ...withBody(round.received.article, 'Residents returned on Sunday morning.', 'Schools stay shut.'), headline: 'Floodwaters recede' } });
    const returnFile = path.join(theirs.root, 'back.copydesk');
    theirs.saveTo.push(returnFile);
    minutes = 40;
    const back = await theirs.host.handOverDraft({ draftId: written.id, direction: 'to-reporter', by: editor });
    // Meanwhile the reporter kept writing.
    minutes = 45;
    const myText = withBody(round.sent.article, 'Residents returned on Sunday.', 'Schools stay shut.', 'Roads reopen on Monday.');
    await mine.host.saveDraft({ article: myText });
    return { ...round, back: back!, returnFile, myText };
  }

  it('offers a three-way compare against the last shared hand-off, and writes nothing of mine', async () => {
    const { mine, written, sent, back, returnFile, myText } = await returned();
    expect(back.article.status).toBe('needs-changes');
    const versionsBefore = await mine.host.listVersions({ draftId: written.id });
    mine.openFrom.push(returnFile);
    const opened = await mine.host.importPortableDraft({});
    expect(opened?.article).toEqual(myText);
    expect(opened?.compare).toEqual({
      mine: myText,
      theirs: back.article,
      base: { ...written, status: 'in-review' },
      handoff: sent.article.review.handoffs[0],
    });
    expect((await mine.host.loadDraft({ id: written.id })).article).toEqual(myText);
    expect(await mine.host.listVersions({ draftId: written.id })).toEqual(versionsBefore);
    expect((await mine.host.listDrafts({})).length).toBe(1);
  });

  it('on keep: both copies kept as versions, the carried hand-off versions stored under their ids, the result saved with both reviews', async () => {
    const { mine, written, back, returnFile, myText } = await returned();
    mine.openFrom.push(returnFile);
    const { compare } = (await mine.host.importPortableDraft({}))!;
    const merged = { ...compare!.mine, headline: compare!.theirs.headline };
    minutes = 50;
    const { article: kept } = await mine.host.keepIncomingCopy({ draftId: written.id, merged, by: reporter, summary: '1 of 2 incoming changes accepted.' });

    expect(kept.headline).toBe('Floodwaters recede');
    expect(kept.body).toEqual(myText.body);
    expect(kept.review.handoffs.map((handoff) => handoff.direction)).toEqual(['for-review', 'to-reporter']);
    expect(kept.review.log.map((entry) => [entry.action, entry.by.initials])).toEqual([
      ['sent-for-review', 'AW'],
      ['returned-to-reporter', 'TO'],
      ['compare-kept', 'AW'],
    ]);
    expect(kept.review.log.at(-1)?.summary).toBe('Kept the compare with the copy returned to reporter by Tom Okello: 1 of 2 incoming changes accepted.');
    expect((await mine.host.loadDraft({ id: written.id })).article).toEqual(kept);

    const versions = await mine.host.listVersions({ draftId: written.id });
    const byReason = (reason: string) => versions.filter((version) => version.readable && version.reason === reason);
    expect(byReason('before-merge')).toHaveLength(1);
    expect(byReason('incoming')).toHaveLength(1);
    expect((await mine.host.loadVersion({ draftId: written.id, versionId: byReason('before-merge')[0]!.id })).article).toEqual(myText);
    expect((await mine.host.loadVersion({ draftId: written.id, versionId: byReason('incoming')[0]!.id })).article).toEqual(back.article);
    // The editor's hand-off version, carried in the file, is now in my history under the same id.
    const returnedVersion = back.article.review.handoffs[1]!.versionId;
    expect(versions.map((version) => version.id)).toContain(returnedVersion);

    // Keeping again without a compare waiting is refused.
    await expect(mine.host.keepIncomingCopy({ draftId: written.id, merged, by: reporter })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a draft with the same id and no shared hand-off comes in under a new id, mine untouched', async () => {
    const mine = await desk('reporter');
    const stranger = await desk('editor');
    const written = sampleArticle();
    await mine.host.saveDraft({ article: written });
    await stranger.host.saveDraft({ article: { ...written, headline: 'Another story' } });
    const file = path.join(stranger.root, 'other.copydesk');
    stranger.saveTo.push(file);
    await stranger.host.handOverDraft({ draftId: written.id, direction: 'for-review', by: editor });
    mine.openFrom.push(file);
    const opened = await mine.host.importPortableDraft({});
    expect(opened?.compare).toBeUndefined();
    expect(opened?.article.id).not.toBe(written.id);
    expect(opened?.article.headline).toBe('Another story');
    expect((await mine.host.loadDraft({ id: written.id })).article).toEqual(written);
    // Its carried hand-off version came in with it, under the new id.
    expect((await mine.host.listVersions({ draftId: opened!.article.id })).map((version) => version.id)).toEqual([opened!.article.review.handoffs[0]!.versionId]);
  });

  it('a draft at the hand-off limit still goes out and comes back to a compare against its newest hand-off', async () => {
    const mine = await desk('reporter');
    const theirs = await desk('editor');
    const old = Array.from({ length: REVIEW_LIMITS.handoffs }, (_, index) => ({
      id: `30000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      versionId: `20250101T000000000Z-old${String(index).padStart(5, '0')}`,
      at: new Date(Date.UTC(2025, 0, 1, 0, index)).toISOString(),
      by: reporter,
      direction: 'for-review' as const,
    }));
    const written = { ...sampleArticle(), review: { ...sampleArticle().review, handoffs: old } };
    await mine.host.saveDraft({ article: written });
    const sentFile = path.join(mine.root, 'sent.copydesk');
    mine.saveTo.push(sentFile);
    minutes = 5;
    const sent = (await mine.host.handOverDraft({ draftId: written.id, direction: 'for-review', by: reporter }))!;
    expect(sent.article.review.handoffs).toHaveLength(REVIEW_LIMITS.handoffs);
    const newest = sent.article.review.handoffs.at(-1)!;
    expect(unpackPortableDraft(await fsp.readFile(sentFile), 'sent').versions.map((version) => version.meta.id)).toEqual([newest.versionId]);

    theirs.openFrom.push(sentFile);
    const received = (await theirs.host.importPortableDraft({}))!;
    minutes = 30;
    await theirs.host.saveDraft({ article: { ...received.article, headline: 'Floodwaters recede' } });
    const returnFile = path.join(theirs.root, 'back.copydesk');
    theirs.saveTo.push(returnFile);
    minutes = 40;
    await theirs.host.handOverDraft({ draftId: written.id, direction: 'to-reporter', by: editor });

    mine.openFrom.push(returnFile);
    const opened = (await mine.host.importPortableDraft({}))!;
    expect(opened.compare?.handoff).toEqual(newest);
    expect(opened.compare?.base).toEqual({ ...written, status: 'in-review' });
  });
});
