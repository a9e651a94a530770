// `npm start` (after the build): launches Electron on dist/electron/main.cjs. When there is no
// Electron binary, says so in a few plain lines instead of the downloader's stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The electron package resolves to its binary's path and downloads the binary on first use. That runs
 * in a child process so its stack trace can be replaced by a short explanation.
 */
function findElectron() {
  console.log('Finding Electron (it downloads itself on first start)…');
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8' });
  const binary = result.stdout.trim();
  if (result.status === 0 && binary && existsSync(binary)) return { binary };
  const reason = (result.stderr || result.error?.message || '').split('\n').find((line) => /error|fail/i.test(line) && !/^\s+at /.test(line));
  return { reason: reason?.trim() ?? `the binary ${binary || 'path'} does not exist` };
}

const found = findElectron();
if (!found.binary) {
  console.error(
    [
      '',
      'Copydesk could not start: the Electron binary is not installed.',
      `What happened: ${found.reason}`,
      process.env.ELECTRON_OVERRIDE_DIST_PATH
        ? `ELECTRON_OVERRIDE_DIST_PATH is set to ${process.env.ELECTRON_OVERRIDE_DIST_PATH}, but no Electron executable is there.`
        : 'Electron downloads itself the first time Copydesk starts, which needs network access, and that download did not succeed.',
      'To use an Electron you already have, point ELECTRON_OVERRIDE_DIST_PATH at the folder that holds its executable:',
      '  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-folder npm start',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(found.binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
