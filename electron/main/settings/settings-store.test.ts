import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_DEFAULTS } from '../../../core/settings/settings-schema';
import { makeTempFolder } from '../test-support';
import { createSettingsStore } from './settings-store';

let stateFolder: string;
const clock = () => new Date('2026-11-25T17:40:05.123Z');
const store = () => createSettingsStore({ fs: fsp, stateFolder, clock });
const settingsFile = () => path.join(stateFolder, 'settings.json');

beforeEach(async () => {
  stateFolder = await makeTempFolder('settings');
});
afterEach(() => fsp.rm(stateFolder, { recursive: true, force: true }));

describe('settings store', () => {
  it('starts from the defaults when there is no file, and writes nothing until a change', async () => {
    expect(await store().get()).toEqual({ settings: SETTINGS_DEFAULTS, notice: null });
    expect(await fsp.readdir(stateFolder)).toEqual([]);
  });

  it('saves a change atomically and reads it back after a restart', async () => {
    const first = store();
    expect(await first.update({ draftsFolder: '/news/drafts' })).toEqual({ ...SETTINGS_DEFAULTS, draftsFolder: '/news/drafts' });
    expect(JSON.parse(await fsp.readFile(settingsFile(), 'utf8'))).toEqual({ ...SETTINGS_DEFAULTS, draftsFolder: '/news/drafts' });
    expect((await store().get()).settings.draftsFolder).toBe('/news/drafts');
    expect((await fsp.readdir(stateFolder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('applies concurrent updates in order', async () => {
    const settings = store();
    await Promise.all([settings.update({ draftsFolder: '/a' }), settings.update({ draftsFolder: '/b' })]);
    expect((await store().get()).settings.draftsFolder).toBe('/b');
  });

  it('refuses an invalid update and keeps the stored settings', async () => {
    const settings = store();
    await settings.update({ draftsFolder: '/a' });
    await expect(settings.update({ draftsFolder: '' })).rejects.toThrow();
    expect((await store().get()).settings.draftsFolder).toBe('/a');
  });

  it.each([
    ['corrupt JSON', '{"draftsFolder": "/a"', /not valid JSON/],
    ['the wrong shape', '["not", "settings"]', /does not hold a settings object/],
    ['an invalid field', '{"draftsFolder": 42}', /draftsFolder: /],
  ])('resets a file with %s to the defaults, keeps the bad file and says so', async (_label, bad, problem) => {
    await fsp.writeFile(settingsFile(), bad);
    const { settings, notice } = await store().get();
    expect(settings).toEqual(SETTINGS_DEFAULTS);
    expect(notice).toMatch(/^Your settings file was unreadable \(.*\) and has been reset; the old file was kept as settings\.corrupt-20261125T174005123Z\.json\.$/);
    expect(notice).toMatch(problem);
    expect(await fsp.readFile(path.join(stateFolder, 'settings.corrupt-20261125T174005123Z.json'), 'utf8')).toBe(bad);
    await expect(fsp.stat(settingsFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps the notice for the run after a later change, so the UI can still show it', async () => {
    await fsp.writeFile(settingsFile(), 'garbage');
    const settings = store();
    await settings.update({ draftsFolder: '/a' });
    expect((await settings.get()).notice).toMatch(/has been reset/);
    expect(await store().get()).toEqual({ settings: { ...SETTINGS_DEFAULTS, draftsFolder: '/a' }, notice: null });
  });
});
