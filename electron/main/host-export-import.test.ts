import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelFor } from '../../core/host-api/contract';
import { createHostHandlers } from './host-handlers';
import { createHostRouter } from './ipc-router';
import { makeTempFolder, testHostDeps } from './test-support';

const ORIGIN = 'app://copydesk';
let root: string;
let written: Array<{ html: string; text: string }>;
let importFiles: string[];

function router(withClipboard = true) {
  const handlers = createHostHandlers(
    testHostDeps(root, {
      dialogs: { pickImportFile: async () => importFiles.shift() ?? null },
      clock: () => new Date('2026-11-25T18:00:00Z'),
      ...(withClipboard ? { clipboard: { write: (data: { html: string; text: string }) => void written.push(data) } } : {}),
    }),
  );
  const { dispatch } = createHostRouter({ handlers, isTrustedSender: (url) => url?.startsWith(ORIGIN) ?? false });
  return (name: 'writeClipboard' | 'importArticleFile', args: unknown) => dispatch(channelFor(name), `${ORIGIN}/`, args);
}

beforeEach(async () => {
  root = await makeTempFolder('host-export-import');
  written = [];
  importFiles = [];
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

describe('host: clipboard and import', () => {
  it('writes HTML and text to the clipboard, refusing oversized or extra arguments', async () => {
    const call = router();
    expect(await call('writeClipboard', { html: '<p>Hi</p>', text: 'Hi' })).toEqual({ ok: true, value: {} });
    expect(written).toEqual([{ html: '<p>Hi</p>', text: 'Hi' }]);
    const huge = 'x'.repeat(20_000_001);
    expect(await call('writeClipboard', { html: huge, text: '' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call('writeClipboard', { html: '', text: '', format: 'rtf' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(written).toHaveLength(1);
  });

  it('says so when there is no clipboard', async () => {
    expect(await router(false)('writeClipboard', { html: '', text: '' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('imports the picked file as a draft, or returns null when the picker was cancelled', async () => {
    const call = router();
    expect(await call('importArticleFile', {})).toEqual({ ok: true, value: null });
    const file = path.join(root, 'page.html');
    await fsp.writeFile(file, '<html lang="nn"><body><h1>Brua opnar att</h1><p>Trafikken går som før.</p></body></html>');
    importFiles.push(file);
    const reply = await call('importArticleFile', {});
    expect(reply).toMatchObject({ ok: true, value: { file, notes: [], article: { headline: 'Brua opnar att' } } });
    const id = (reply as { ok: true; value: { article: { id: string } } }).value.article.id;
    expect(await fsp.readdir(path.join(root, 'drafts'))).toEqual([id]);
  });
});
