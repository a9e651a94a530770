import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultHouseStyle } from './default-style';
import { HOUSE_STYLE_FORMAT, parseHouseStyle, parseHouseStyleText, serializeHouseStyle } from './style-file';

const dataFile = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, 'data', name), 'utf8')) as unknown;
const minimal = { format: HOUSE_STYLE_FORMAT, version: 1, name: 'The Daily' };

describe('the shipped style', () => {
  it('validates, with a glossary of a few hundred acronyms including IEBC', () => {
    const style = defaultHouseStyle();
    expect(style.glossary.length).toBeGreaterThan(300);
    expect(style.glossary.find((entry) => entry.acronym === 'IEBC')?.expansion).toBe('Independent Electoral and Boundaries Commission');
    expect(parseHouseStyle({ ...minimal, glossary: dataFile('glossary.json') }, 'glossary.json').glossary).toHaveLength(style.glossary.length);
  });

  it('survives a round trip through its own file format', () => {
    const style = defaultHouseStyle();
    expect(parseHouseStyleText(serializeHouseStyle(style), 'exported.json')).toEqual(style);
  });
});

describe('reading a style file', () => {
  it('fills in what a file leaves out', () => {
    expect(parseHouseStyle(minimal, 'daily.json')).toMatchObject({ rules: {}, spellings: [], glossary: [], ignored: [] });
  });

  it('names the file and the field of each problem', () => {
    const bad = { ...minimal, rules: { numbers: { spellOutUpTo: -1 } }, glossary: [{ acronym: 'iebc', expansion: 'x' }], spellings: [{ avoid: [], use: 'email' }] };
    const error = (() => {
      try {
        parseHouseStyle(bad, 'styles/daily.json');
      } catch (caught) {
        return caught as Error;
      }
      return null;
    })();
    expect(error?.message).toMatch(/^styles\/daily\.json: is a house style file with invalid fields:/);
    expect(error?.message).toContain('$.rules.numbers.spellOutUpTo');
    expect(error?.message).toContain('$.glossary[0].acronym');
    expect(error?.message).toContain('$.spellings[0].avoid');
  });

  it('refuses a repeated acronym, naming both places', () => {
    const twice = { ...minimal, glossary: [{ acronym: 'KRA', expansion: 'Kenya Revenue Authority' }, { acronym: 'KRA', expansion: 'Kenya Roads Agency' }] };
    expect(() => parseHouseStyle(twice, 'daily.json')).toThrow(/\$\.glossary\[1\]\.acronym.*repeats “KRA”, already at glossary\[0\]/s);
  });

  it('says what is wrong with something that is not a style file, or one from a newer Copydesk', () => {
    expect(() => parseHouseStyleText('{', 'x.json')).toThrow(/^x\.json: is not valid JSON/);
    expect(() => parseHouseStyle({ name: 'x' }, 'x.json')).toThrow(/not a Copydesk house style file/);
    expect(() => parseHouseStyle({ ...minimal, version: 2 }, 'x.json')).toThrow(/newer Copydesk \(style format version 2/);
  });
});
