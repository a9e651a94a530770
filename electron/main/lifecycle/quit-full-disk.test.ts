import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../../core/host-api/contract';
import { loadArticleText } from '../../../core/article/load-article';
import { reviewedDraft } from '../../../core/testing/reviewed-article';
import { createHostServices, type HostServices } from '../host-handlers';
import { createFaultyFs, manualTimers } from '../storage/faulty-fs.testing';
import { makeTempFolder, sampleArticle, testHostDeps } from '../test-support';
import { createCloseGuard, type CloseGuard, type LostTextChoice, type LostTextQuestion } from './close-guard';
import { lostTextOf } from './unsaved-text';

let root: string;
let usb: string;
let faulty: ReturnType<typeof createFaultyFs>;
let services: HostServices;

const article = sampleArticle({ slug: 'floodwaters-recede' });
const edited = { ...article, headline: 'Floodwaters recede; schools reopen Monday', updatedAt: '2026-05-24T12:05:00.000Z' };

/** What the page does on flushRequested (use-autosave.ts): save, and keep a recovery copy when that fails, then flushDone. */
async function pageFlush(guard: CloseGuard): Promise<void> {
  const saved = await services.handlers.saveDraft({ article: edited, revision: 7 }).then(
    () => true,
    () => false,
  );
  if (!saved) await services.handlers.writeRecovery({ draftId: edited.id, article: edited, revision: 7 }).catch(() => undefined);
  guard.flushDone();
}

/** The close guard as main wires it, with the user's answers to the message box and the folder picker scripted. */
function closeGuard(answers: { choices: LostTextChoice[]; folders?: (string | null)[] }) {
  const questions: LostTextQuestion[] = [];
  const proceeded: string[] = [];
  const guard: CloseGuard = createCloseGuard({
    requestFlush: () => {
      void pageFlush(guard);
      return true;
    },
    flushHost: () => services.flushWrites(),
    setTimer: manualTimers().setTimer,
    lostText: lostTextOf(services.unsavedText, {
      ask: async (question) => {
        questions.push(question);
        return answers.choices.shift() ?? 'stay-open';
      },
      pickFolder: async () => answers.folders?.shift() ?? null,
    }),
  });
  const quit = () => guard.attempt('quit', () => proceeded.push('quit'));
  /** Resolves once the guard has let the quit through or given up on it (the app stays open). */
  const settled = () => vi.waitFor(() => expect(guard.state === 'closing' || (guard.state === 'open' && questions.length > 0)).toBe(true));
  return { guard, questions, proceeded, quit, settled };
}

const fillEveryDisk = () => {
  for (const point of ['open', 'write', 'mkdir'] as const) faulty.fail(point, 'ENOSPC');
};

beforeEach(async () => {
  root = await makeTempFolder('quit-full-disk');
  usb = path.join(root, 'usb-stick');
  await fsp.mkdir(usb);
  faulty = createFaultyFs();
  services = createHostServices(testHostDeps(root, { fs: faulty.fs }));
  await services.handlers.saveDraft({ article });
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('quitting with the disk full everywhere', () => {
  it('does not close over text that is on disk nowhere: it asks, saves it to the folder the user picks, then quits', async () => {
    fillEveryDisk();
    faulty.spare(usb);
    const { quit, questions, proceeded, settled } = closeGuard({ choices: ['save-elsewhere'], folders: [usb] });

    expect(quit()).toBe(true);
    await settled();
    expect(questions).toEqual([{ reason: 'quit', headlines: [edited.headline], problem: null }]);
    expect(proceeded).toEqual(['quit']);

    const [copy] = await fsp.readdir(usb);
    expect(copy).toBe('floodwaters-recede (not saved 2026-05-24 12.00 UTC)');
    const text = await fsp.readFile(path.join(usb, copy!, 'article.json'), 'utf8');
    expect(loadArticleText(text, 'rescued copy').article).toEqual(edited);

    // Once there is space again, the copy opens like any draft folder.
    faulty.clear();
    const reopened = await createHostServices(testHostDeps(root)).openDraftAtPath(path.join(usb, copy!));
    expect(reopened.article.headline).toBe(edited.headline);
  });

  it('“Stay Open” keeps the app open, and the next quit, with space again, saves and closes without asking', async () => {
    fillEveryDisk();
    const { guard, quit, questions, proceeded, settled } = closeGuard({ choices: ['stay-open'] });
    quit();
    await settled();
    expect(questions).toHaveLength(1);
    expect(proceeded).toEqual([]);
    expect(guard.state).toBe('open');

    faulty.clear();
    quit();
    await vi.waitFor(() => expect(proceeded).toEqual(['quit']));
    expect(questions).toHaveLength(1);
    expect((await services.handlers.loadDraft({ id: article.id })).article).toEqual(edited);
  });

  it('a folder on the full disk too is said so in words, and asked about again; a cancelled picker asks again too', async () => {
    fillEveryDisk();
    const elsewhere = path.join(root, 'also-full');
    await fsp.mkdir(elsewhere);
    const { quit, questions, proceeded, settled } = closeGuard({ choices: ['save-elsewhere', 'save-elsewhere', 'close-anyway'], folders: [elsewhere, null] });
    quit();
    await settled();
    expect(questions.map((question) => question.problem)).toEqual([
      null,
      expect.stringMatching(new RegExp(`^Saving to ${elsewhere} failed too: the disk is full \\(at .*\\); free some space and try again\\.$`)),
      null,
    ]);
    expect(proceeded).toEqual(['quit']);
  });

  it('closes without asking when the recovery copy reached the disk (only the drafts folder’s disk is full)', async () => {
    fillEveryDisk();
    faulty.spare(path.join(root, 'state'));
    const { quit, questions, proceeded, settled } = closeGuard({ choices: [] });
    quit();
    await settled();
    expect(questions).toEqual([]);
    expect(proceeded).toEqual(['quit']);
    expect((await services.handlers.getRecovery({ draftId: article.id }))?.recovered.article.headline).toBe(edited.headline);
  });

  it('a rescued copy leaves out an image that is a link to a file outside the draft folder, and says so (issue 12)', async () => {
    const outside = path.join(root, 'secret.txt');
    await fsp.writeFile(outside, 'not for the copy');
    const withImages = {
      ...edited,
      leadImage: { file: 'assets/x.jpg', mediaType: 'image/jpeg' as const, altText: 'A street', caption: '', credit: '' },
    };
    await services.handlers.saveDraft({ article: { ...article, leadImage: withImages.leadImage } });
    const assets = path.join(root, 'drafts', article.id, 'assets');
    await fsp.mkdir(assets, { recursive: true });
    await fsp.symlink(outside, path.join(assets, 'x.jpg'));
    fillEveryDisk();
    faulty.spare(usb);
    await expect(services.handlers.saveDraft({ article: withImages })).rejects.toBeInstanceOf(HostError);

    const [copy] = await services.unsavedText.saveElsewhere(usb);
    expect(copy!.notes).toEqual([expect.stringContaining('“assets/x.jpg” is a link to a file outside the draft folder')]);
    await expect(fsp.readFile(path.join(copy!.folder, 'assets', 'x.jpg'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(loadArticleText(await fsp.readFile(path.join(copy!.folder, 'article.json'), 'utf8'), 'rescued copy').article.headline).toBe(edited.headline);
  });

  it('a rescued copy of a draft under review carries its threads, replies, suggestions and marks whole', async () => {
    const reviewed = reviewedDraft();
    await services.handlers.saveDraft({ article: reviewed });
    const answered = { ...reviewed, updatedAt: '2026-05-24T12:05:00.000Z', review: { ...reviewed.review, fieldSuggestions: reviewed.review.fieldSuggestions.slice(1) } };
    fillEveryDisk();
    faulty.spare(usb);
    await expect(services.handlers.saveDraft({ article: answered })).rejects.toBeInstanceOf(HostError);

    const rescued = await services.unsavedText.saveElsewhere(usb);
    expect(rescued).toHaveLength(1);
    const [copy] = rescued;
    const saved = loadArticleText(await fsp.readFile(path.join(copy!.folder, 'article.json'), 'utf8'), 'rescued copy').article;
    expect(saved.review).toEqual(answered.review);
    expect(saved.body).toEqual(answered.body);
  });

  it('does not ask about a draft whose failed save the host’s own retry wrote before quitting', async () => {
    faulty.fail('rename', 'ENOSPC');
    await expect(services.handlers.saveDraft({ article: edited })).rejects.toBeInstanceOf(HostError);
    faulty.clear();
    const { quit, questions, proceeded } = closeGuard({ choices: [] });
    quit();
    await vi.waitFor(() => expect(proceeded).toEqual(['quit']));
    expect(questions).toEqual([]);
  });
});
