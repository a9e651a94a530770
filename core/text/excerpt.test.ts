import { describe, expect, it } from 'vitest';
import { excerpt, wordsAfter, wordsBefore } from './excerpt';

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

describe('wordsBefore and wordsAfter', () => {
  it('keep short context whole, spaces at the change kept and on one line', () => {
    expect(wordsBefore('The council voted ')).toBe('The council voted ');
    expect(wordsAfter(' to approve.')).toBe(' to approve.');
    expect(wordsBefore('  first\nline ')).toBe('first line ');
    expect(wordsAfter(' last\n\nline  ')).toBe(' last line');
  });

  it('cut long context at a whole word, with an ellipsis on the side it goes on', () => {
    const text = 'On Tuesday evening the county council voted ';
    expect(wordsBefore(text, 20)).toBe('…council voted ');
    expect(wordsBefore(text, 21)).toBe('…county council voted ');
    expect(wordsAfter(' to approve the new budget for the ferry', 20)).toBe(' to approve the new…');
    expect(wordsAfter(' to approve the new budget', 19)).toBe(' to approve the new…');
  });

  it('cut one long word where it must, and read only the part it shows of a huge value', () => {
    expect(wordsBefore('x'.repeat(100), 10)).toBe(`…${'x'.repeat(10)}`);
    expect(wordsAfter('y'.repeat(100), 10)).toBe(`${'y'.repeat(10)}…`);
    expect(wordsAfter(`a ${'b '.repeat(5_000_000)}`, 10)).toBe('a b b b b…');
  });
});
