import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import type { ArticleBody } from '../core/article/article-schema';
import type { OpenedEditor } from './typing-session';

const CONFIG_FILE = fileURLToPath(new URL('./bare-lexical/vite.config.ts', import.meta.url));
// A secure origin, as Copydesk's app:// is: the body nodes' modules use crypto.randomUUID, which only secure contexts have.
const ORIGIN = 'https://bare-lexical.bench';
const CONTENT_TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Production-builds the bare Lexical page (bench/bare-lexical) into outDir; unminified for readable CPU profiles. */
export async function buildBareLexicalPage(outDir: string, minify: boolean): Promise<void> {
  await build({ configFile: CONFIG_FILE, mode: 'production', build: { outDir, minify, emptyOutDir: true } });
}

/**
 * Opens the built bare page in a fresh context, holding `body`. Requests are answered from the build
 * folder; a picture's request (`/drafts/<id>/assets/…`, as Copydesk's image node asks) from `assets`,
 * keyed by the body's file name (`assets/…`), so both pages load the same pictures.
 */
export async function openBareLexicalPage(browser: Browser, body: ArticleBody, buildFolder: string, assets: ReadonlyMap<string, Uint8Array>): Promise<OpenedEditor> {
  const context = await browser.newContext();
  const serializedBody = JSON.stringify(body);
  await context.route(`${ORIGIN}/**`, async (route) => {
    const requestPath = new URL(route.request().url()).pathname;
    if (requestPath === '/body.json') return route.fulfill({ contentType: 'application/json', body: serializedBody });
    const asset = /^\/drafts\/[^/]+\/(assets\/.+)$/.exec(requestPath)?.[1];
    if (asset !== undefined) {
      const bytes = assets.get(decodeURIComponent(asset));
      return bytes ? route.fulfill({ contentType: 'application/octet-stream', body: Buffer.from(bytes) }) : route.fulfill({ status: 404 });
    }
    const file = path.join(buildFolder, requestPath === '/' ? 'index.html' : requestPath);
    if (!file.startsWith(buildFolder + path.sep)) return route.fulfill({ status: 404 });
    try {
      return route.fulfill({ contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  return { page, close: () => context.close() };
}
