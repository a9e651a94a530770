import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, never Playwright's downloaded browsers. The networking flags stop Chromium from
 * calling Google hosts on its own, which would trip the rig's network guard and slow every launch.
 */
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
