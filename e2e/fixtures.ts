import * as fsp from 'node:fs/promises';
import { test as base, expect } from '@playwright/test';
import { launchCopydesk, type CopydeskApp } from './rig/launch-app';

/**
 * `app`: a fresh Copydesk per test, on its own temp data folder, torn down afterwards. The test
 * fails if the page reached for another origin, broke the CSP or threw an uncaught error.
 * See e2e/rig/launch-app.ts for what `app` offers.
 */
export const test = base.extend<{ app: CopydeskApp }>({
  app: async ({ browser }, use) => {
    const app = await launchCopydesk({ browser });
    try {
      await use(app);
      app.assertNoProblems();
    } finally {
      await app.close();
      // close() waits for the host's writes; the retries cover a busy machine's slow directory removal.
      await fsp.rm(app.dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    }
  },
});

export { expect };
export type { CopydeskApp };
