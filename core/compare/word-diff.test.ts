import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeValueDiff, wordDiff, type WordPiece } from './word-diff';

const oldSide = (pieces: readonly WordPiece[]) => pieces.filter((piece) => piece.op !== 'ins').map((piece) => piece.text).join('');
const newSide = (pieces: readonly WordPiece[]) => pieces.filter((piece) => piece.op !== 'del').map((piece) => piece.text).join('');
const redline = (pieces: readonly WordPiece[]) => pieces.map((piece) => (piece.op === 'same' ? piece.text : piece.op === 'ins' ? `[+${piece.text}]` : `[-${piece.text}]`)).join('');

describe('wordDiff', () => {
  it('shows a replaced word as the old word removed, then the new one added, the spaces around them shared', () => {
    const pieces = wordDiff('The ferry sails now to Kisumu.', 'The ferry sails DINGO to Kisumu.');
    expect(pieces).toEqual([
      { op: 'same', text: 'The ferry sails ' },
      { op: 'del', text: 'now' },
      { op: 'ins', text: 'DINGO' },
      { op: 'same', text: ' to Kisumu.' },
    ]);
  });

  it('keeps a replaced phrase whole instead of splitting it at the space its words share', () => {
    expect(redline(wordDiff('The mayor signs this week.', 'The mayor signs on Friday.'))).toBe('The mayor signs [-this week][+on Friday].');
  });

  it('gives each side exactly its own spaces next to a change (diffWords gave the old side the new side’s)', () => {
    // diffWords: "The mayor said no[+, ]then." — the old side read "nothen".
    const comma = wordDiff('The mayor said no then.', 'The mayor said no, then.');
    expect(oldSide(comma)).toBe('The mayor said no then.');
    expect(newSide(comma)).toBe('The mayor said no, then.');
    // diffWords: "the [-now ]vote [+DINGO]" — the old side had a space after "vote" it never had.
    const moved = wordDiff('the now vote', 'the vote DINGO');
    expect(oldSide(moved)).toBe('the now vote');
    expect(newSide(moved)).toBe('the vote DINGO');
    const doubled = wordDiff('Fares rise  now.', 'Fares rise DINGO.');
    expect(oldSide(doubled)).toBe('Fares rise  now.');
    expect(newSide(doubled)).toBe('Fares rise DINGO.');
  });

  it('leaves the spaces both sides of a change share outside it', () => {
    expect(redline(wordDiff('at seven with every seat', 'at seven, every seat'))).toBe('at seven[- with][+,] every seat');
  });

  it('shows a change of spaces alone', () => {
    expect(redline(wordDiff('no,then', 'no, then'))).toBe('no,[+ ]then');
  });

  it('joins back into both texts exactly, whatever the words and spaces', () => {
    const text = fc.array(fc.constantFrom('now', 'DINGO', 'the', 'vote', ',', '.', '"', ' ', ' ', '  ', '\n', 'Рада', '会議', 'وصل'), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const pieces = wordDiff(before, after);
        expect(oldSide(pieces)).toBe(before);
        expect(newSide(pieces)).toBe(after);
        // Each run of changes is one removal, then one addition: s(ame), d(el), i(ns), never two of a kind in a row.
        expect(pieces.map((piece) => piece.op[0]).join('')).toMatch(/^s?((di|d|i)s)*(di|d|i)?$/);
        expect(pieces.every((piece) => piece.text !== '')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('wholeValueDiff', () => {
  it('replaces the value whole', () => {
    expect(wholeValueDiff('draft', 'in-review')).toEqual([
      { op: 'del', text: 'draft' },
      { op: 'ins', text: 'in-review' },
    ]);
  });
});
