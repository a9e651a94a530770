import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/rig/chromium';

/**
 * End-to-end tests drive the production renderer build in Debian Chromium, with the real
 * main-process handlers behind the preload bridge (see e2e/fixtures.ts). Playwright's own browser
 * downloads are never used: CHROMIUM_PATH (default /usr/bin/chromium) is launched instead.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
});
