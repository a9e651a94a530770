import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, 'start-electron.mjs');
const realElectronIndex = path.resolve(import.meta.dirname, '../node_modules/electron/index.js');
const nodeCanDownloadElectron = (() => {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major! > 22 || (major === 22 && minor! >= 12);
})();

let project: string | null = null;
afterEach(() => {
  if (project) rmSync(project, { recursive: true, force: true });
  project = null;
});

/**
 * A project folder whose node_modules/electron is the real package's index.js (Electron 45: no postinstall;
 * the first require prints "Downloading Electron binary..." and runs install.js with inherited stdio) with
 * an install.js that stands in for the download: it prints what @electron/get's installer prints and
 * unpacks a fake "electron" executable, or fails as a download without network does.
 */
function projectWithElectronToDownload(download: 'succeeds' | 'fails'): string {
  project = mkdtempSync(path.join(tmpdir(), 'copydesk-start-'));
  const electron = path.join(project, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  copyFileSync(realElectronIndex, path.join(electron, 'index.js'));
  const install =
    download === 'succeeds'
      ? `const fs = require('fs'), path = require('path');
         console.log('Downloading electron-v45.5.0-linux-x64.zip: [====================] 100% ETA: 0.0 seconds');
         console.log('Extracting to ' + path.join(__dirname, 'dist'));
         fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
         const binary = path.join(__dirname, 'dist', 'electron');
         fs.writeFileSync(binary, '#!/bin/sh\\necho "fake electron started with: $*"\\n');
         fs.chmodSync(binary, 0o755);
         fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`
      : `console.log('Downloading electron-v45.5.0-linux-x64.zip');
         console.error('RequestError: getaddrinfo ENOTFOUND github.com');
         process.exit(1);`;
  writeFileSync(path.join(electron, 'install.js'), install);
  writeFileSync(path.join(electron, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0', main: 'index.js' }));
  return project;
}

function npmStart(cwd: string) {
  const { ELECTRON_OVERRIDE_DIST_PATH: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, [script, '--draft', 'x'], { cwd, encoding: 'utf8', env });
}

describe('npm start', () => {
  // The fake Electron is a shell script; Windows cannot run it.
  it.skipIf(process.platform === 'win32')('launches Electron on the first start, after the binary downloads and the installer has printed its lines', () => {
    const result = npmStart(projectWithElectronToDownload('succeeds'));
    expect(result.stderr).not.toContain('could not start');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('fake electron started with: . --draft x');
  });

  it.skipIf(process.platform === 'win32')('launches the downloaded binary on later starts too', () => {
    const cwd = projectWithElectronToDownload('succeeds');
    expect(npmStart(cwd).status).toBe(0);
    // Without an installer, a second download would fail: the binary from the first start is used.
    rmSync(path.join(cwd, 'node_modules', 'electron', 'install.js'));
    const again = npmStart(cwd);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('fake electron started with: . --draft x');
  });

  it('explains a failed download in a few lines, without a stack trace, and exits 1', () => {
    const result = npmStart(projectWithElectronToDownload('fails'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Copydesk could not start: the Electron binary is not installed.');
    expect(result.stderr).toContain('What happened: RequestError: getaddrinfo ENOTFOUND github.com');
    expect(result.stderr).toContain('that download did not succeed');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    // Electron 45's downloader needs Node 22.12; on older Node the message says so.
    expect(result.stderr.includes('needs Node.js 22.12 or newer')).toBe(!nodeCanDownloadElectron);
  });

  it('explains a wrong ELECTRON_OVERRIDE_DIST_PATH, without a stack trace, and exits 1', () => {
    const result = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-folder' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Copydesk could not start: the Electron binary is not installed.');
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH is set to /nonexistent/electron-folder, but no Electron executable is there.');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
