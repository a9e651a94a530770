import * as fsp from 'node:fs/promises';
import { test as base, expect } from '@playwright/test';
import type { Person } from '../core/review/review-schema';
import { launchCopydesk, RIG_USER, type CopydeskApp } from './rig/launch-app';

/**
 * `app`: a fresh Copydesk per test, on its own temp data folder, torn down afterwards. The test
 * fails if the page reached for another origin, broke the CSP or threw an uncaught error.
 * See e2e/rig/launch-app.ts for what `app` offers. `user` is who is working at the first start
 * (RIG_USER); `test.use({ user: null })` makes it a first run, which asks.
 */
export const test = base.extend<{ app: CopydeskApp; user: Person | null }>({
  user: [RIG_USER, { option: true }],
  app: async ({ browser, user }, use) => {
    const app = await launchCopydesk({ browser, user });
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
