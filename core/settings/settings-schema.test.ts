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

  it('reads settings stored before Copydesk knew who is working as nobody yet, to be asked', () => {
    const older = { theme: 'dark', zoomLevel: 1, spellcheckLanguages: ['en-GB'], preExport: { severities: {}, headlineBudgets: {} } };
    expect(parseStoredSettings(older)).toEqual({ ok: true, settings: { ...older, draftsFolder: null, user: null, userPromptAnswered: false } });
  });

  it('keeps who is working, and names a bad name or initials by field', () => {
    const user = { name: 'Amina Odhiambo', initials: 'AO' };
    expect(parseStoredSettings({ user, userPromptAnswered: true })).toEqual({ ok: true, settings: { ...SETTINGS_DEFAULTS, user, userPromptAnswered: true } });
    expect(parseStoredSettings({ user: { name: '', initials: 'AO' } })).toMatchObject({ ok: false, problem: expect.stringMatching(/^user\.name: /) });
    expect(parseStoredSettings({ user: { name: 'Amina', initials: 'ABCDEFGHI' } })).toMatchObject({ ok: false, problem: expect.stringMatching(/^user\.initials: /) });
  });

  it('lets the renderer set and clear who is working', () => {
    expect(SettingsPatchSchema.safeParse({ user: { name: 'Amina Odhiambo', initials: 'AO' }, userPromptAnswered: true }).success).toBe(true);
    expect(SettingsPatchSchema.safeParse({ user: null }).success).toBe(true);
    expect(SettingsPatchSchema.safeParse({ user: { name: 'Amina Odhiambo' } }).success).toBe(false);
  });
});
