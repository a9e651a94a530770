// `npm start` (after the build): launches Electron on dist/electron/main.cjs. When there is no
// Electron binary, says so in a few plain lines instead of the downloader's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What Electron 45's downloader (`@electron/get` 5 and its zip extractor) needs; tests run on older Node. */
const NODE_FOR_ELECTRON = { major: 22, minor: 12 };

/**
 * The binary's path in what the `require('electron')` child printed. On first use the electron package
 * downloads its binary first, and its "Downloading Electron binary..." line and the installer's output
 * come before the path, so the path is the last non-empty line.
 */
function electronPathFrom(stdout) {
  return stdout.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).at(-1) ?? '';
}

function nodeCanDownloadElectron() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major > NODE_FOR_ELECTRON.major || (major === NODE_FOR_ELECTRON.major && minor >= NODE_FOR_ELECTRON.minor);
}

/**
 * The electron package (resolved from the working folder's node_modules) resolves to its binary's path and
 * downloads the binary on first use. That runs in a child process so its stack trace can be replaced by a
 * short explanation.
 */
function findElectron() {
  // The path goes on a line of its own, after whatever the download printed.
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write('\\n' + require('electron'))"], { encoding: 'utf8' });
  const binary = electronPathFrom(result.stdout ?? '');
  if (result.status === 0 && binary && existsSync(binary)) return { binary };
  const reason = (result.stderr || result.error?.message || '').split('\n').find((line) => /error|fail/i.test(line) && !/^\s+at /.test(line));
  return { reason: reason?.trim() ?? `the binary ${binary || 'path'} does not exist` };
}

function explainMissingElectron(reason) {
  const env = process.env;
  return [
    '',
    'Copydesk could not start: the Electron binary is not installed.',
    `What happened: ${reason}`,
    env.ELECTRON_OVERRIDE_DIST_PATH
      ? `ELECTRON_OVERRIDE_DIST_PATH is set to ${env.ELECTRON_OVERRIDE_DIST_PATH}, but no Electron executable is there.`
      : 'Electron downloads itself the first time Copydesk starts, which needs network access, and that download did not succeed.',
    ...(nodeCanDownloadElectron()
      ? []
      : [`Electron's downloader needs Node.js ${NODE_FOR_ELECTRON.major}.${NODE_FOR_ELECTRON.minor} or newer; this is Node.js ${process.versions.node} (see .nvmrc).`]),
    'To use an Electron you already have, point ELECTRON_OVERRIDE_DIST_PATH at the folder that holds its executable:',
    '  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start',
    '',
  ].join('\n');
}

console.log('Finding Electron (it downloads itself on first start)…');
const found = findElectron();
if (!found.binary) {
  console.error(explainMissingElectron(found.reason));
  process.exit(1);
}
const child = spawn(found.binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
