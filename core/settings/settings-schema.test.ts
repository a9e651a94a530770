import { describe, expect, it } from 'vitest';
import { SETTINGS_DEFAULTS, SettingsPatchSchema, parseStoredSettings } from './settings-schema';

describe('settings schema', () => {
  it('fills missing fields with defaults and drops unknown ones', () => {
    expect(parseStoredSettings({})).toEqual({ ok: true, settings: SETTINGS_DEFAULTS });
    expect(parseStoredSettings({ draftsFolder: '/news/drafts', fromTheFuture: 1 })).toEqual({ ok: true, settings: { ...SETTINGS_DEFAULTS, draftsFolder: '/news/drafts' } });
  });

  it('names what is wrong with a stored file', () => {
    expect(parseStoredSettings([1, 2])).toEqual({ ok: false, problem: 'it does not hold a settings object' });
    expect(parseStoredSettings({ draftsFolder: 42 })).toMatchObject({ ok: false, problem: expect.stringMatching(/^draftsFolder: /) });
  });

  it('names a bad value in plain words, quoting only a short excerpt of it', () => {
    const parsed = parseStoredSettings({ theme: 'dark'.repeat(13_000_000) });
    expect(parsed).toEqual({ ok: false, problem: `theme: should be one of "system", "light", "dark", but is "${'dark'.repeat(14)}dar…"` });
  });

  it('lets the renderer patch settings, but never the drafts folder', () => {
    expect(SettingsPatchSchema.safeParse({}).success).toBe(true);
    expect(SettingsPatchSchema.safeParse({ draftsFolder: '/etc' }).success).toBe(false);
  });
});
