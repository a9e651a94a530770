import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start without an Electron binary', () => {
  it('explains what happened and how to fix it, without a stack trace, and exits 1', () => {
    const result = spawnSync(process.execPath, ['scripts/start-electron.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-folder' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Copydesk could not start: the Electron binary is not installed.');
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH is set to /nonexistent/electron-folder, but no Electron executable is there.');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
