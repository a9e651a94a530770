import { describe, expect, it, vi } from 'vitest';
import { HostError, MAX_IMAGE_BYTES, channelFor } from '../../core/host-api/contract';
import type { HostHandlers } from './ipc-router';
import { createHostRouter } from './ipc-router';
import { APP_ORIGIN, createTrustedSenderCheck } from './security/app-origin';
import { sampleArticle } from './test-support';

function routerWith(overrides: Partial<HostHandlers> = {}) {
  const handlers = {
    getAppInfo: vi.fn(async () => ({ version: '0.1.0', platform: 'linux', draftsFolder: '/drafts' })),
    saveDraft: vi.fn(async () => ({ savedAt: '2026-05-24T12:00:00.000Z' })),
    loadDraft: vi.fn(async () => {
      throw new HostError('not-found', 'There is no such draft.');
    }),
    ...overrides,
  } as unknown as HostHandlers;
  const onUnexpectedError = vi.fn();
  return { handlers, onUnexpectedError, router: createHostRouter({ handlers, isTrustedSender: createTrustedSenderCheck(APP_ORIGIN), onUnexpectedError }) };
}

const appPage = 'app://copydesk/';

describe('host router', () => {
  it('runs the handler for a trusted page with valid arguments', async () => {
    const { router } = routerWith();
    expect(await router.dispatch(channelFor('getAppInfo'), appPage, {})).toEqual({ ok: true, value: expect.objectContaining({ version: '0.1.0' }) });
  });

  it.each([undefined, '', 'https://evil.example/', 'file:///home/me/page.html', 'app://other/', 'app://copydesk@evil.example/', 'devtools://devtools/'])(
    'refuses a call from %s without running the handler',
    async (sender) => {
      const { router, handlers } = routerWith();
      expect(await router.dispatch(channelFor('getAppInfo'), sender, {})).toEqual({ ok: false, error: { code: 'untrusted-sender', message: expect.stringContaining('getAppInfo') } });
      expect(handlers.getAppInfo).not.toHaveBeenCalled();
    },
  );

  it('refuses bad arguments with the path of the bad field', async () => {
    const { router, handlers } = routerWith();
    const reply = await router.dispatch(channelFor('saveDraft'), appPage, { article: JSON.stringify({ ...sampleArticle(), bylines: [{ name: 'A' }] }) });
    expect(reply).toEqual({ ok: false, error: { code: 'invalid-arguments', message: expect.stringContaining('$.article.bylines[0].role ') } });
    expect(handlers.saveDraft).not.toHaveBeenCalled();
  });

  it('quotes a huge bad argument as a short excerpt, not whole', async () => {
    const { router } = routerWith();
    const reply = await router.dispatch(channelFor('updateSettings'), appPage, { theme: 'dark'.repeat(13_000_000) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringContaining('$.theme should be one of "system", "light", "dark", but is "darkdark') } });
    expect(reply.ok ? '' : reply.error.message.length).toBeLessThan(300);
  });

  it('takes image bytes only as a Uint8Array of at most 50 MB', async () => {
    const storeImage = vi.fn(async () => ({ file: 'assets/a.png', mediaType: 'image/png' }));
    const { router } = routerWith({ storeImage });
    const draftId = sampleArticle().id;
    expect(await router.dispatch(channelFor('storeImage'), appPage, { draftId, bytes: new Uint8Array([137, 80, 78, 71]) })).toMatchObject({ ok: true });
    for (const bytes of [[137, 80, 78, 71], 'iVBORw0KGgo=', new Uint8Array(MAX_IMAGE_BYTES + 1)]) {
      const reply = await router.dispatch(channelFor('storeImage'), appPage, { draftId, bytes });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringContaining('bytes') } });
    }
    expect(storeImage).toHaveBeenCalledTimes(1);
  });

  it('refuses unexpected extra arguments', async () => {
    const { router } = routerWith();
    const reply = await router.dispatch(channelFor('getAppInfo'), appPage, { path: '/etc' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringContaining('“path”') } });
  });

  it('refuses a channel that is not in the contract', async () => {
    const { router } = routerWith();
    expect(await router.dispatch('copydesk:deleteEverything', appPage, {})).toEqual({ ok: false, error: { code: 'unknown-call', message: expect.stringContaining('copydesk:deleteEverything') } });
  });

  it('passes a handler’s HostError through with its code', async () => {
    const { router } = routerWith();
    const reply = await router.dispatch(channelFor('loadDraft'), appPage, { id: sampleArticle().id });
    expect(reply).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no such draft.' } });
  });

  it('reports an unexpected failure as internal and tells the host', async () => {
    const { router, onUnexpectedError } = routerWith({ getAppInfo: async () => Promise.reject(new Error('disk on fire')) });
    expect(await router.dispatch(channelFor('getAppInfo'), appPage, {})).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('disk on fire') } });
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });
});
