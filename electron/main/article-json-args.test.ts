import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_JSON_CHARACTERS, channelFor, type HostReply } from '../../core/host-api/contract';
import { reviewedDraft } from '../../core/testing/reviewed-article';
import { createHostHandlers } from './host-handlers';
import { createHostRouter } from './ipc-router';
import { APP_ORIGIN, createTrustedSenderCheck } from './security/app-origin';
import { makeTempFolder, testHostDeps } from './test-support';

/**
 * saveDraft and writeRecovery take the article as JSON text (one string crosses IPC instead of the
 * object graph); the host parses it and checks it exactly as strictly as an object.
 */
const article = reviewedDraft();
const appPage = 'app://copydesk/';
let root: string;

function router() {
  const handlers = createHostHandlers(testHostDeps(root, { watchFolder: () => () => undefined }));
  return { handlers, router: createHostRouter({ handlers, isTrustedSender: createTrustedSenderCheck(APP_ORIGIN) }) };
}

const articleFile = () => path.join(root, 'drafts', article.id, 'article.json');
const recoveryFile = () => path.join(root, 'state', 'recovery', `${article.id}.json`);
const exists = (file: string) => fsp.stat(file).then(() => true, () => false);

function refusal(reply: HostReply<unknown>): string {
  if (reply.ok) throw new Error('The call was expected to be refused.');
  expect(reply.error.code).toBe('invalid-arguments');
  return reply.error.message;
}

beforeEach(async () => {
  root = await makeTempFolder('article-json-args');
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('article arguments as JSON text', () => {
  it('saves the article the text holds, review and all, and loads it back the same', async () => {
    const { router: host, handlers } = router();
    expect(await host.dispatch(channelFor('saveDraft'), appPage, { article: JSON.stringify(article), revision: 1 })).toEqual({ ok: true, value: { savedAt: expect.any(String) } });
    expect((await handlers.loadDraft({ id: article.id })).article).toEqual(article);
  });

  it('keeps the recovery copy the text holds', async () => {
    const { router: host, handlers } = router();
    const typed = { ...article, headline: 'Typed before the crash' };
    expect(await host.dispatch(channelFor('writeRecovery'), appPage, { draftId: article.id, article: JSON.stringify(typed), revision: 2 })).toEqual({ ok: true, value: {} });
    expect((await handlers.getRecovery({ draftId: article.id }))?.recovered.article).toEqual(typed);
  });

  it('refuses text that is not JSON, naming the argument and what is wrong, and writes nothing', async () => {
    const { router: host } = router();
    const cut = JSON.stringify(article).slice(0, 500);
    expect(refusal(await host.dispatch(channelFor('saveDraft'), appPage, { article: cut }))).toMatch(/^Invalid arguments to “saveDraft”:\n\$\.article is not valid JSON text of an article \(.+\)$/);
    expect(refusal(await host.dispatch(channelFor('writeRecovery'), appPage, { draftId: article.id, article: '', revision: 1 }))).toContain('$.article is not valid JSON text of an article');
    expect(await exists(articleFile())).toBe(false);
    expect(await exists(recoveryFile())).toBe(false);
  });

  it('refuses JSON that is not a valid article with the path of each bad field inside it', async () => {
    const { router: host } = router();
    const bad = { ...article, bylines: [{ name: 'A' }], status: 'published' };
    const message = refusal(await host.dispatch(channelFor('saveDraft'), appPage, { article: JSON.stringify(bad) }));
    expect(message).toContain('$.article.bylines[0].role ');
    expect(message).toContain('$.article.status should be one of "draft", "in-review", "needs-changes", "approved", but is "published"');
    expect(refusal(await host.dispatch(channelFor('saveDraft'), appPage, { article: '[1, 2]' }))).toContain('$.article should be an object, but is a list');
    expect(await exists(articleFile())).toBe(false);
  });

  it('refuses the article as an object: the contract takes its JSON text', async () => {
    const { router: host } = router();
    expect(refusal(await host.dispatch(channelFor('saveDraft'), appPage, { article }))).toContain('$.article should be text, but is an object');
  });

  it('refuses text over the size limit before parsing it, with a short message', async () => {
    const { router: host } = router();
    const oversize = `{"headline": "${'x'.repeat(MAX_ARTICLE_JSON_CHARACTERS)}"}`;
    const message = refusal(await host.dispatch(channelFor('writeRecovery'), appPage, { draftId: article.id, article: oversize, revision: 1 }));
    expect(message).toContain(`$.article is ${oversize.length.toLocaleString('en-US')} characters long; the limit is ${MAX_ARTICLE_JSON_CHARACTERS.toLocaleString('en-US')}`);
    expect(message.length).toBeLessThan(300);
    expect(await exists(recoveryFile())).toBe(false);
  });
});
