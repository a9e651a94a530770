import { describe, expect, it } from 'vitest';
import { describeSpellcheck, spellcheckLanguagesToUse } from './spellcheck-languages';

// A subset of what Electron reports on Linux (Hunspell) and on Windows with a Swahili language pack.
const linux = ['en-AU', 'en-CA', 'en-GB', 'en-US', 'fr-FR', 'de-DE'];
const windows = ['en-GB', 'en-US', 'sw', 'fr-FR'];

describe('spellcheck languages', () => {
  it('uses the chosen languages this machine can check, ignoring the others', () => {
    expect(spellcheckLanguagesToUse({ wanted: ['en-GB', 'sw'], osLanguages: ['en-US'], available: windows })).toEqual(['en-GB', 'sw']);
    expect(spellcheckLanguagesToUse({ wanted: ['en-GB', 'sw'], osLanguages: ['en-US'], available: linux })).toEqual(['en-GB']);
    expect(spellcheckLanguagesToUse({ wanted: ['EN-gb'], osLanguages: [], available: linux })).toEqual(['en-GB']);
  });

  it('follows the OS languages when nothing is chosen, picking the nearest dictionary', () => {
    expect(spellcheckLanguagesToUse({ wanted: null, osLanguages: ['en-GB', 'fr-FR'], available: linux })).toEqual(['en-GB', 'fr-FR']);
    expect(spellcheckLanguagesToUse({ wanted: null, osLanguages: ['en-KE', 'sw-KE'], available: windows })).toEqual(['en-GB', 'sw']);
  });

  it('falls back to en-US when neither the choice nor the OS language can be checked', () => {
    expect(spellcheckLanguagesToUse({ wanted: ['sw'], osLanguages: ['ja-JP'], available: linux })).toEqual(['en-US']);
    expect(spellcheckLanguagesToUse({ wanted: [], osLanguages: [], available: ['de-DE'] })).toEqual(['de-DE']);
  });

  it('tells the settings screen what is on offer, and that macOS decides for itself', () => {
    expect(describeSpellcheck({ platform: 'win32', available: windows, chosen: ['en-GB', 'sw'] })).toEqual({
      available: ['en-GB', 'en-US', 'fr-FR', 'sw'],
      chosen: ['en-GB', 'sw'],
      managedByOs: false,
    });
    expect(describeSpellcheck({ platform: 'darwin', available: [], chosen: [] })).toEqual({ available: [], chosen: [], managedByOs: true });
  });
});
