import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../core/compare/word-diff';
import { WordPieces } from './WordPieces';

/** The markup as text: a removal as ~~…~~, an addition as __…__ (set apart: ␣__…__), the screen-reader labels left out. */
function shown(before: string, after: string): string {
  return renderToStaticMarkup(<WordPieces pieces={wordDiff(before, after)} />)
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<del>([^<]*)<\/del>/g, '~~$1~~')
    .replace(/<ins class="word-apart">([^<]*)<\/ins>/g, '␣__$1__')
    .replace(/<ins>([^<]*)<\/ins>/g, '__$1__')
    .replace(/<\/?span>/g, '');
}

describe('WordPieces', () => {
  it('sets a replacing word apart from the struck word it replaces', () => {
    expect(shown('The ferry sails now to Kisumu.', 'The ferry sails DINGO to Kisumu.')).toBe('The ferry sails ~~now~~␣__DINGO__ to Kisumu.');
  });

  it('strikes a replaced word with its space when punctuation replaces it, so no stray space stands before the comma', () => {
    expect(shown('at seven with every seat', 'at seven, every seat')).toBe('at seven~~ with~~__,__ every seat');
  });

  it('keeps the spaces at the edges of a lone addition or removal outside its mark', () => {
    expect(shown('Ferry services resume', 'Ferry services resume after a week')).toBe('Ferry services resume __after a week__');
    expect(shown('The council met now to vote.', 'The council met to vote.')).toBe('The council met ~~now~~ to vote.');
  });

  it('marks a change of spaces alone', () => {
    expect(shown('no,then', 'no, then')).toBe('no,__ __then');
  });
});
