// The real Electron app, end to end: write, save, quit, relaunch, find the work again.
// Needs an Electron binary, which cannot be downloaded on an offline machine, so this spec skips itself
// (saying why) when none is installed. To run it:
//   npm run build && npx playwright test e2e/electron
// with Electron installed (node_modules/electron/dist, fetched by `npm install` with network access),
// or with ELECTRON_OVERRIDE_DIST_PATH pointing at a folder that holds an Electron 45 executable.
import { existsSync, readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

function findElectronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const electronPackage = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(electronPackage, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const candidate = override ? path.join(override, executable ?? 'electron') : executable ? path.join(electronPackage, 'dist', executable) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

const electronBinary = findElectronBinary();
const skipReason = 'No Electron binary: set ELECTRON_OVERRIDE_DIST_PATH or install Electron with network access (node_modules/electron/path.txt + dist).';
if (!electronBinary) console.log(`e2e/electron/journey.spec.ts skipped: ${skipReason}`);

test.describe('Copydesk in Electron', () => {
  test.skip(!electronBinary, skipReason);

  let dataDir: string;
  test.beforeEach(async () => {
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-electron-'));
  });
  test.afterEach(async () => {
    await fsp.rm(dataDir, { recursive: true, force: true });
  });

  const launch = (): Promise<ElectronApplication> =>
    electron.launch({
      executablePath: electronBinary!,
      args: ['dist/electron/main.cjs'],
      env: { ...process.env, COPYDESK_DATA_DIR: dataDir },
    });

  test('a saved draft is back after quitting and relaunching', async () => {
    const headline = 'Floodwaters recede in Mombasa as rebuilding begins';
    const saveShortcut = process.platform === 'darwin' ? 'Meta+S' : 'Control+S';

    const first = await launch();
    const window = await first.firstWindow();
    expect(new URL(window.url()).protocol).toBe('app:');
    await window.getByLabel('Headline').fill(headline);
    await window.getByRole('textbox', { name: 'Article body' }).click();
    await window.keyboard.type('Residents returned on Sunday to count the damage.');
    await window.keyboard.press(saveShortcut);
    await expect.poll(async () => (await fsp.readdir(path.join(dataDir, 'drafts')).catch(() => [])).length).toBe(1);
    await first.close();

    const second = await launch();
    const reopened = await second.firstWindow();
    await expect(reopened.getByLabel('Headline')).toHaveValue(headline);
    await expect(reopened.getByRole('textbox', { name: 'Article body' })).toContainText('Residents returned on Sunday');
    await second.close();
  });
});
