import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { Article } from '../core/article/article-schema';
import { resolveDataFolders } from '../electron/main/data-folders';
import { createHostHandlers } from '../electron/main/host-handlers';
import { FakeDialogs } from '../e2e/rig/fake-dialogs';
import { launchCopydesk } from '../e2e/rig/launch-app';
import type { OpenedEditor } from './typing-session';

const RENDERER_CONFIG = fileURLToPath(new URL('../vite.renderer.config.ts', import.meta.url));

/**
 * Builds Copydesk's renderer with its own Vite config into outDir: the bench's own copy, so that a
 * rebuild of dist/renderer by anyone else cannot change the page under test halfway through a run.
 */
export async function buildCopydeskRenderer(outDir: string, minify: boolean): Promise<void> {
  await build({ configFile: RENDERER_CONFIG, mode: 'production', logLevel: 'warn', build: { outDir, minify, emptyOutDir: true } });
}

/**
 * Copydesk's production renderer with the real host handlers (the e2e rig), holding `article`:
 * the draft is saved through the host's own saveDraft first, which also makes it the last session,
 * so the app reopens it on start as it would for a user. `assets` (keyed by the body's file name,
 * `assets/…`) go into the draft's folder beside it. `dataDir` must be an empty folder; it is left in
 * place on close, since the app's last autosave may still be writing to it.
 */
export async function openCopydeskPage(
  browser: Browser,
  article: Article,
  rendererFolder: string,
  dataDir: string,
  assets: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<OpenedEditor> {
  const folders = resolveDataFolders({ dataDirOverride: dataDir, documents: '', userData: '' });
  const handlers = createHostHandlers({
    ...folders,
    fs: fsp,
    dialogs: new FakeDialogs(),
    clock: () => new Date(),
    openExternal: async () => {},
    appVersion: '0.0.0-bench',
    platform: process.platform,
  });
  await handlers.saveDraft({ article });
  for (const [file, bytes] of assets) {
    const target = path.join(folders.draftsFolder, article.id, file);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    await fsp.writeFile(target, bytes);
  }

  const app = await launchCopydesk({ browser, dataDir, rendererFolder });
  return {
    page: app.page,
    async close() {
      try {
        app.assertNoProblems();
      } finally {
        await app.close();
      }
    },
  };
}
