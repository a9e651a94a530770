import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps short values whole, on one line', () => {
    expect(excerpt('Nairobi')).toBe('Nairobi');
    expect(excerpt('  two\n\nlines\t here ')).toBe('two lines here');
  });

  it('cuts long values to the length, with an ellipsis', () => {
    expect(excerpt('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
    expect(excerpt('word '.repeat(20), 12)).toBe('word word w…');
    expect(excerpt('x'.repeat(60))).toBe('x'.repeat(60));
  });

  it('marks a value that goes on after a run of whitespace as cut', () => {
    expect(excerpt(`a${' '.repeat(1_000)}b`)).toBe('a…');
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(excerpt('😀'.repeat(40), 10)).toBe(`${'😀'.repeat(9)}…`);
  });

  it('returns a short excerpt of a 50 MB value', () => {
    expect(excerpt('dark'.repeat(13_000_000)).length).toBeLessThanOrEqual(60);
  });
});
