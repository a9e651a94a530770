import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Article } from '../core/article/article-schema';
import { resolveDataFolders } from '../electron/main/data-folders';
import { createHostHandlers } from '../electron/main/host-handlers';
import { launchCopydesk } from '../e2e/rig/launch-app';
import type { OpenedEditor } from './typing-session';

/**
 * Copydesk's production renderer with the real host handlers (the e2e rig), holding `article`:
 * the draft is saved through the host's own saveDraft first, which also makes it the last session,
 * so the app reopens it on start as it would for a user.
 */
export async function openCopydeskPage(browser: Browser, article: Article, rendererFolder?: string): Promise<OpenedEditor> {
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-'));
  const handlers = createHostHandlers({
    ...resolveDataFolders({ dataDirOverride: dataDir, documents: '', userData: '' }),
    fs: fsp,
    dialogs: { pickImageFile: async () => null, pickDraftFile: async () => null, pickPortableDraftFile: async () => null, chooseCopyDestination: async () => null },
    clock: () => new Date(),
    openExternal: async () => {},
    appVersion: '0.0.0-bench',
    platform: process.platform,
  });
  await handlers.saveDraft({ article });

  const app = await launchCopydesk({ browser, dataDir, rendererFolder });
  return {
    page: app.page,
    async close() {
      try {
        app.assertNoProblems();
      } finally {
        await app.close();
        await fsp.rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}
