// npm run bench:autosave — what one autosave costs for a 10,000-word article with three 5 MB images,
// against a floor measured in the same run: JSON.stringify + fs.writeFile of the article alone.
// Figures only: no assertions on time (see bench/README.md).
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Article } from '../core/article/article-schema';
import { generateLongArticle } from '../core/testing/sample-articles';
import { bodyPlainText, countWords } from '../core/text/text-stats';
import { FakeDialogs } from '../e2e/rig/fake-dialogs';
import { CHROMIUM_LAUNCH_OPTIONS } from '../e2e/rig/chromium';
import { resolveDataFolders } from '../electron/main/data-folders';
import { createHostServices } from '../electron/main/host-handlers';
import type { HostFileSystem } from '../electron/main/storage/file-system';
import { formatTable, ms, percentile } from './typing-stats';
import { buildCopydeskRenderer, openCopydeskPage } from './typing-copydesk-page';

const SAVES = Number(process.env.BENCH_AUTOSAVE_SAVES ?? 30);
const WARMUP = 3;
const IMAGE_BYTES = 5 * 1024 * 1024;
const RENDERER_OUT = fileURLToPath(new URL('./out/renderer-autosave', import.meta.url));

/** The real file system, counting every byte written through it (file handles, copies). Hard links cost none. */
function countingFs(): { fs: HostFileSystem; written: () => number; reset: () => void } {
  let bytes = 0;
  const size = (data: unknown) => (typeof data === 'string' ? Buffer.byteLength(data) : ArrayBuffer.isView(data) ? data.byteLength : 0);
  const fs: HostFileSystem = {
    ...fsp,
    open: (async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args);
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = (async (data: string | Uint8Array, options?: unknown) => {
        bytes += size(data);
        return writeFile(data, options as undefined);
      }) as typeof handle.writeFile;
      return handle;
    }) as typeof fsp.open,
    copyFile: async (from, to, mode) => {
      bytes += (await fsp.stat(from)).size;
      return fsp.copyFile(from, to, mode);
    },
  };
  return { fs, written: () => bytes, reset: () => void (bytes = 0) };
}

const median = (values: number[]) => percentile(values, 50);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;

/** The article as the renderer would send it after another keystroke: a different headline, a new updatedAt. */
const edited = (article: Article, i: number): Article => ({ ...article, headline: `${article.headline} (${i})`, updatedAt: new Date().toISOString() });

async function withImages(dataDir: string, article: Article): Promise<void> {
  const assets = path.join(resolveDataFolders({ dataDirOverride: dataDir, documents: '', userData: '' }).draftsFolder, article.id, 'assets');
  await fsp.mkdir(assets, { recursive: true });
  for (const name of ['lead.jpg', 'second.jpg', 'third.jpg']) await fsp.writeFile(path.join(assets, name), randomBytes(IMAGE_BYTES));
}

async function measureMain(article: Article, dataDir: string) {
  const counter = countingFs();
  const services = createHostServices({
    ...resolveDataFolders({ dataDirOverride: dataDir, documents: '', userData: '' }),
    fs: counter.fs,
    dialogs: new FakeDialogs(),
    clock: () => new Date(),
    openExternal: async () => undefined,
    appVersion: '0.0.0-bench',
    platform: process.platform,
    watchFolder: () => () => undefined,
  });
  const { handlers } = services;
  await withImages(dataDir, article);
  await handlers.saveDraft({ article });
  await handlers.loadDraft({ id: article.id });
  const times: number[] = [];
  const bytes: number[] = [];
  for (let i = 0; i < WARMUP + SAVES; i += 1) {
    const next = edited(article, i);
    counter.reset();
    const start = performance.now();
    await handlers.saveDraft({ article: next, revision: i });
    const elapsed = performance.now() - start;
    if (i >= WARMUP) {
      times.push(elapsed);
      bytes.push(counter.written());
    }
  }
  services.dispose();
  return { time: median(times), bytes: median(bytes) };
}

async function measureFloor(article: Article, folder: string) {
  const file = path.join(folder, 'floor.json');
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < WARMUP + SAVES; i += 1) {
    const start = performance.now();
    const json = JSON.stringify(edited(article, i));
    await fsp.writeFile(file, json);
    const elapsed = performance.now() - start;
    if (i >= WARMUP) times.push(elapsed);
    bytes = Buffer.byteLength(json);
  }
  return { time: median(times), bytes };
}

/**
 * In Chromium, on the production renderer holding the article: the main-thread time of what the
 * renderer does synchronously for one autosave. Copydesk's renderer exposes no hook, so this reads
 * the real Lexical editor through the property Lexical sets on its root element and times exactly
 * what session.ts does on save: editor.getEditorState().toJSON(), building the article, its JSON text
 * (saveDraft takes the article as one string) and the synchronous part of the bridge call (the rig's
 * contextBridge stand-in copies the arguments with structuredClone, as contextBridge and
 * ipcRenderer.invoke serialize them in Electron).
 */
async function measureRenderer(article: Article, dataDir: string) {
  await buildCopydeskRenderer(RENDERER_OUT, true);
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const opened = await openCopydeskPage(browser, article, RENDERER_OUT, dataDir);
    try {
      const { page } = opened;
      await page.waitForFunction((words) => {
        const roots = [...document.querySelectorAll<HTMLElement>('[data-lexical-editor="true"]')];
        return roots.some((root) => (root.textContent ?? '').split(/\s+/).length > words * 0.9);
      }, countWords(bodyPlainText(article.body)));
      return await page.evaluate(
        async ({ runs, warmup, base }) => {
          type Editor = { getEditorState(): { toJSON(): unknown } };
          const roots = [...document.querySelectorAll<HTMLElement & { __lexicalEditor?: Editor }>('[data-lexical-editor="true"]')];
          const root = roots.sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0]!;
          const editor = root.__lexicalEditor!;
          const serialize: number[] = [];
          const bodyChars = JSON.stringify(editor.getEditorState().toJSON()).length;
          const total: number[] = [];
          for (let i = 0; i < warmup + runs; i += 1) {
            const start = performance.now();
            const body = editor.getEditorState().toJSON();
            const serialized = performance.now();
            const pending = window.copydesk.saveDraft({ article: JSON.stringify({ ...base, body, updatedAt: new Date().toISOString() }) });
            const end = performance.now();
            await pending;
            if (i >= warmup) {
              serialize.push(serialized - start);
              total.push(end - start);
            }
          }
          // No named helper functions here: tsx would wrap them in a __name() the page does not have.
          serialize.sort((a, b) => a - b);
          total.sort((a, b) => a - b);
          return { serialize: serialize[Math.floor(runs / 2)]!, total: total[Math.floor(runs / 2)]!, max: total[runs - 1]!, bodyChars };
        },
        { runs: SAVES, warmup: WARMUP, base: article },
      );
    } finally {
      await opened.close();
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const article = { ...generateLongArticle(10_000), leadImage: { file: 'assets/lead.jpg', mediaType: 'image/jpeg', altText: 'A street', caption: 'Caption', credit: 'Credit' } };
  const words = countWords(bodyPlainText(article.body));
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-autosave-'));
  try {
    console.log(`Autosave of a ${words.toLocaleString('en')}-word article with three 5 MB images; median of ${SAVES} saves after ${WARMUP} warm-up.`);
    const floor = await measureFloor(article, root);
    const main = await measureMain(article, path.join(root, 'main'));
    const renderer = await measureRenderer(article, path.join(root, 'renderer'));
    console.log(
      formatTable([
        ['measure', 'value', 'vs floor'],
        ['floor: JSON.stringify + fs.writeFile (no fsync)', ms(floor.time), '1.00×'],
        ['main process: saveDraft handler, one autosave', ms(main.time), ratio(main.time, floor.time)],
        ['renderer main thread: toJSON + JSON text + bridge call (sync part)', ms(renderer.total), ratio(renderer.total, floor.time)],
        ['  of which editor.getEditorState().toJSON()', ms(renderer.serialize), ratio(renderer.serialize, floor.time)],
        ['  slowest renderer run', ms(renderer.max), ratio(renderer.max, floor.time)],
        [`  (the editor's body serializes to ${kb(renderer.bodyChars)} of JSON)`, '', ''],
        ['bytes written: floor (the JSON alone)', kb(floor.bytes), '1.00×'],
        ['bytes written per autosave (all files)', kb(main.bytes), ratio(main.bytes, floor.bytes)],
        ['image bytes on disk (never rewritten)', kb(3 * IMAGE_BYTES), ''],
      ]),
    );
    console.log(
      'Main-process time covers the whole saveDraft handler: the automatic-snapshot check, serializing, and the queued atomic write (temp file, fsync, rename, folder fsync, article.json.bak by hard link); the session file is rewritten only when the open draft changes. The floor does no fsync. Bytes: article.json is written indented (2 spaces), the floor compact.',
    );
  } finally {
    await fsp.rm(root, { recursive: true, force: true });
  }
}

await main();
