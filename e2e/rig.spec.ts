// Proves the e2e rig itself: the bridge reaches the real host handlers, and the guards catch a page
// that reaches for the network. Runs against whatever renderer build is in dist/renderer.
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { HOST_API } from '../core/host-api/contract';
import { CONTENT_SECURITY_POLICY } from '../core/security/content-security-policy';
import { pngImage } from '../electron/main/images/test-images';
import { sampleArticle } from '../electron/main/test-support';
import { expect, test } from './fixtures';
import { guardContext, watchPage, type PageProblems } from './rig/page-guard';

test('the bridge round-trips getAppInfo to the real host handlers', async ({ app }) => {
  const info = await app.page.evaluate(() => window.copydesk.getAppInfo({}));
  expect(info).toEqual({ ok: true, value: { version: '0.0.0-e2e', platform: process.platform, draftsFolder: app.draftsFolder } });
});

test('the page sees only the host API, frozen, with no way to Electron or Node', async ({ app }) => {
  const shape = await app.page.evaluate(() => ({
    calls: Object.keys(window.copydesk).sort(),
    frozen: Object.isFrozen(window.copydesk),
    hasRequire: 'require' in window,
    hasProcess: 'process' in window,
  }));
  expect(shape).toEqual({
    calls: [...Object.keys(HOST_API), 'subscribe'].sort(),
    frozen: true,
    hasRequire: false,
    hasProcess: false,
  });
});

test('host errors reach the page as data, so their code survives contextBridge', async ({ app }) => {
  const failure = await app.page.evaluate(() => window.copydesk.loadDraft({ id: 'not-an-id' }));
  expect(failure).toEqual({ ok: false, error: { code: 'invalid-arguments', message: expect.stringContaining('$.id should be an identifier (UUID)') } });
});

test('host events reach a subscribed page, validated against the contract', async ({ app }) => {
  await app.page.evaluate(() => {
    const received: unknown[] = [];
    (window as unknown as { received: unknown[] }).received = received;
    window.copydesk.subscribe('menuCommand', (payload) => received.push(payload));
  });
  await app.emitHostEvent('menuCommand', { command: 'save' });
  expect(await app.page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([{ command: 'save' }]);
  expect(() => app.emitHostEvent('menuCommand', { command: 'format-hard-disk' as 'save' })).toThrow();
});

test('restart relaunches on the same data folder and keeps localStorage, as Electron does', async ({ app }) => {
  const article = sampleArticle();
  await app.page.evaluate((json) => window.copydesk.saveDraft({ article: json }), JSON.stringify(article));
  await app.page.evaluate(() => localStorage.setItem('copydesk-rig-check', 'kept'));
  await app.restart();
  expect(await app.page.evaluate(() => localStorage.getItem('copydesk-rig-check'))).toBe('kept');
  expect(await app.page.evaluate(() => window.copydesk.getLastSession({}))).toEqual({ ok: true, value: { draftId: article.id } });
  expect(await fsp.readdir(app.draftsFolder)).toEqual([article.id]);
});

test('crash drops the page and its host calls without any flush; restart relaunches on the same data folder', async ({ app }) => {
  const article = sampleArticle();
  await app.page.evaluate((json) => window.copydesk.saveDraft({ article: json }), JSON.stringify(article));
  await app.page.evaluate(
    ({ draftId, json }) => window.copydesk.writeRecovery({ draftId, article: json, revision: 2 }),
    { draftId: article.id, json: JSON.stringify({ ...article, headline: 'Typed before the crash' }) },
  );
  await app.crash();
  await app.restart();
  const reply = await app.page.evaluate((id) => window.copydesk.getRecovery({ draftId: id }), article.id);
  expect(reply).toMatchObject({ ok: true, value: { recovered: { preview: { headline: 'Typed before the crash' } }, disk: { preview: { headline: article.headline } } } });
});

test('events the host handlers send by themselves reach the page', async ({ app }) => {
  await app.page.evaluate(() => {
    const received: unknown[] = [];
    (window as unknown as { received: unknown[] }).received = received;
    window.copydesk.subscribe('saveStatusChanged', (payload) => received.push(payload));
  });
  const article = sampleArticle();
  await app.page.evaluate((json) => window.copydesk.saveDraft({ article: json }), JSON.stringify(article));
  await expect.poll(() => app.page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([
    { draftId: article.id, state: 'saved', savedAt: expect.any(String) },
  ]);
  expect(app.hostEventsSent).toEqual([{ name: 'saveStatusChanged', payload: { draftId: article.id, state: 'saved', savedAt: expect.any(String) } }]);
});

test('fake dialogs: an empty queue is a cancel, a queued file is picked', async ({ app }) => {
  expect(await app.page.evaluate(() => window.copydesk.openDraftFile({}))).toEqual({ ok: true, value: null });
  const notADraft = path.join(app.dataDir, 'notes.json');
  await fsp.writeFile(notADraft, '{"hello": "world"}');
  app.dialogs.queueDraftFile(notADraft);
  const reply = await app.page.evaluate(() => window.copydesk.openDraftFile({}));
  expect(reply).toEqual({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('notes.json: is not a Copydesk draft') } });
});

test('a picked lead image is stored with the draft and shown from /drafts/<id>/<file>', async ({ app }) => {
  const picture = path.join(app.dataDir, 'harbour.png');
  await fsp.writeFile(picture, pngImage(8, 5));
  app.dialogs.queueImage(picture);
  const draftId = sampleArticle().id;
  const reply = await app.page.evaluate((id) => window.copydesk.pickLeadImage({ draftId: id }), draftId);
  const stored = reply.ok ? reply.value : null;
  expect(stored).toMatchObject({ mediaType: 'image/png', width: 8, height: 5 });
  const shown = await app.page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, `/drafts/${draftId}/${stored!.file}`);
  expect(shown).toEqual({ width: 8, height: 5 });
});

test('links go to the system only when allowed', async ({ app }) => {
  await app.page.evaluate(() => window.copydesk.openExternal({ url: 'https://www.example.org/story' }));
  const refused = await app.page.evaluate(() => window.copydesk.openExternal({ url: 'javascript:alert(1)' }));
  expect(refused).toEqual({ ok: false, error: { code: expect.any(String), message: expect.stringContaining('not “javascript”') } });
  expect(app.externalOpened).toEqual(['https://www.example.org/story']);
});

test('the app is served with the Content-Security-Policy, which stops a fetch to another origin', async ({ app }) => {
  const response = await app.page.request.get(`${app.origin}/`);
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  app.expectCspViolation(/example\.com\/tracker\.js/);
  const outcome = await app.page.evaluate(() => fetch('https://example.com/tracker.js').then(() => 'fetched', () => 'blocked'));
  expect(outcome).toBe('blocked');
  // Refused by the policy before any request left the page, so the network guard saw nothing.
  expect(app.problems.foreignRequests).toEqual([]);
});

test('the CSP lets a sandboxed srcdoc iframe render, as the export preview will be', async ({ app }) => {
  await app.page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Preview check';
    frame.setAttribute('sandbox', '');
    frame.srcdoc = '<!doctype html><p>Preview renders</p>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
  });
  await expect(app.page.frameLocator('iframe[title="Preview check"]').getByText('Preview renders')).toBeVisible();
});

base('the network guard catches and blocks a request to another origin', async ({ browser }) => {
  // A page without CSP, so only the guard stands between it and the network.
  const context = await browser.newContext();
  try {
    const problems: PageProblems = { foreignRequests: [], cspViolations: [], pageErrors: [] };
    const appOrigin = 'http://127.0.0.1:9';
    await guardContext(context, appOrigin, problems);
    await context.route(`${appOrigin}/`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>guard check</title>' }));
    const page = await context.newPage();
    watchPage(page, problems);
    await page.goto(`${appOrigin}/`);
    const outcome = await page.evaluate(() => fetch('https://example.com/beacon?x=1').then(() => 'fetched', () => 'blocked'));
    await page.evaluate(() => fetch('data:text/plain,fine'));
    expect(outcome).toBe('blocked');
    expect(problems.foreignRequests).toEqual(['https://example.com/beacon?x=1']);
  } finally {
    await context.close();
  }
});
