// The real Electron app, end to end: launch, write, autosave, quit, relaunch and find the work again,
// export, and open drafts handed over on the command line.
// Needs an Electron binary, which cannot be downloaded on an offline machine, so this spec skips itself
// (saying why) when none is installed. To run it:
//   npm run build && npx playwright test e2e/electron
// with Electron installed (node_modules/electron/dist, fetched by `npm install` with network access),
// or with ELECTRON_OVERRIDE_DIST_PATH pointing at a folder that holds an Electron 45 executable.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { serializeArticle } from '../../core/article/load-article';
import { createArticle } from '../../core/article/new-article';

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

const MAIN_SCRIPT = 'dist/electron/main.cjs';

/** A draft written by someone else, somewhere outside the library, as a file manager would hand it over. */
async function draftOutsideLibrary(folder: string, headline: string, id: string): Promise<string> {
  const file = path.join(folder, 'received', id, 'article.json');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, serializeArticle({ ...createArticle({ id, now: new Date('2026-05-20T08:00:00Z') }), headline }));
  return file;
}

const headlineBox = (page: Page) => page.getByRole('textbox', { name: 'Headline' });
const bodyBox = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

test.describe('Copydesk in Electron', () => {
  test.skip(!electronBinary, skipReason);
  // One app at a time: a second Copydesk on the same data folder hands its files to the first and quits.
  test.describe.configure({ mode: 'serial' });

  let dataDir: string;
  test.beforeEach(async () => {
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-electron-'));
  });
  test.afterEach(async () => {
    await fsp.rm(dataDir, { recursive: true, force: true });
  });

  const environment = () => ({ ...process.env, COPYDESK_DATA_DIR: dataDir });
  const launch = (files: string[] = []): Promise<ElectronApplication> =>
    electron.launch({ executablePath: electronBinary!, args: [MAIN_SCRIPT, ...files], env: environment() });

  /** Clicks an item of the real application menu, by its labels: ['File', 'Export', 'HTML…']. */
  async function clickMenu(app: ElectronApplication, labels: string[]): Promise<void> {
    await app.evaluate(({ Menu }, path) => {
      let items = Menu.getApplicationMenu()?.items ?? [];
      let found: Electron.MenuItem | undefined;
      for (const label of path) {
        found = items.find((item) => item.label.replace('&', '') === label);
        if (!found) throw new Error(`No menu item “${label}” (path ${path.join(' ▸ ')})`);
        items = found.submenu?.items ?? [];
      }
      found!.click();
    }, labels);
  }

  /** The next save dialog answers `file`, as if the user had chosen it: native dialogs are out of Playwright's reach. */
  async function answerNextSaveDialog(app: ElectronApplication, file: string): Promise<void> {
    await app.evaluate(({ dialog }, chosen) => {
      const original = dialog.showSaveDialog;
      dialog.showSaveDialog = (async () => {
        dialog.showSaveDialog = original;
        return { canceled: false, filePath: chosen };
      }) as typeof dialog.showSaveDialog;
    }, file);
  }

  /** Quits the way File ▸ Quit does, and waits for the process to end. */
  async function quit(app: ElectronApplication): Promise<void> {
    await Promise.all([app.waitForEvent('close'), app.evaluate(({ app: electronApp }) => electronApp.quit())]);
  }

  test('write, autosave, quit, relaunch and find the article again, then export it as HTML from the menu', async () => {
    const headline = 'Floodwaters recede in Mombasa as rebuilding begins';

    const first = await launch();
    const window = await first.firstWindow();
    expect(new URL(window.url()).protocol).toBe('app:');
    await headlineBox(window).fill(headline);
    await bodyBox(window).click();
    await window.keyboard.type('Residents returned on Sunday to count the damage.');
    // No save command: autosave does it.
    await expect(window.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/, { timeout: 30_000 });
    const drafts = await fsp.readdir(path.join(dataDir, 'drafts'));
    expect(drafts).toHaveLength(1);
    expect(JSON.parse(await fsp.readFile(path.join(dataDir, 'drafts', drafts[0]!, 'article.json'), 'utf8'))).toMatchObject({ headline });
    await quit(first);

    const second = await launch();
    const reopened = await second.firstWindow();
    await expect(headlineBox(reopened)).toHaveValue(headline);
    await expect(bodyBox(reopened)).toContainText('Residents returned on Sunday');
    // And it is in the library's Open dialog.
    await reopened.keyboard.press('ControlOrMeta+o');
    const library = reopened.getByRole('dialog', { name: 'Open a draft' }).getByRole('list', { name: 'Drafts' });
    await expect(library.getByRole('button', { name: new RegExp(headline) })).toBeVisible();
    await reopened.keyboard.press('Escape');

    // Export needs a byline (a blocker of the pre-export checklist otherwise).
    await reopened.getByRole('button', { name: 'Add byline' }).click();
    await reopened.getByRole('textbox', { name: 'Name, byline 1' }).fill('Amina Wanjiru');
    const exported = path.join(dataDir, 'mombasa.html');
    await answerNextSaveDialog(second, exported);
    await clickMenu(second, ['File', 'Export', 'HTML…']);
    await reopened.getByRole('dialog', { name: 'Pre-export check' }).getByRole('button', { name: /^Export/ }).click();
    await expect.poll(() => fsp.readFile(exported, 'utf8').catch(() => '')).toContain(headline);
    expect(await fsp.readFile(exported, 'utf8')).toContain('Residents returned on Sunday');
    await quit(second);
  });

  test('a draft passed on the command line opens, and so does one handed to the running app by a second launch', async () => {
    const first = await draftOutsideLibrary(dataDir, 'Nairobi commuter trains run again', '5d0c8a43-2f7e-4b8a-9c1d-3e4f5a6b7c8d');
    const app = await launch([first]);
    const window = await app.firstWindow();
    await expect(headlineBox(window)).toHaveValue('Nairobi commuter trains run again');
    // Brought into the library; the file itself is left as it was.
    expect(await fsp.readdir(path.join(dataDir, 'drafts'))).toContain('5d0c8a43-2f7e-4b8a-9c1d-3e4f5a6b7c8d');

    // `copydesk <file>` while Copydesk runs: the new process hands the file over and exits.
    const second = await draftOutsideLibrary(dataDir, 'Coffee prices rise for a third month', '0b9d7c2e-1f3a-4e5b-8c6d-7e8f9a0b1c2d');
    const handover = spawn(electronBinary!, [MAIN_SCRIPT, second], { env: environment(), stdio: 'ignore' });
    const exitCode = await new Promise<number | null>((resolve) => handover.once('exit', resolve));
    expect(exitCode).toBe(0);
    await expect(headlineBox(window)).toHaveValue('Coffee prices rise for a third month');
    await quit(app);
  });

});
