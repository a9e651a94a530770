import type { ArticleBody, SerializedBodyNode } from '../article/article-schema';
import { countedFieldText } from '../blocks/body-blocks';

const WORDS_PER_MINUTE = 230;

export interface TextStats {
  words: number;
  characters: number;
  readingMinutes: number;
}

/** Longest piece handed to Intl.Segmenter at once (see segmentPieces). */
const PIECE_LENGTH = 250;
/** Characters that join the following character into their grapheme (Unicode Prepend), found in Arabic and Syriac number signs. */
const PREPEND = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2]/;

/**
 * Splits text where no word or grapheme can span: after a line break, or before a space that follows
 * a non-space. Intl.Segmenter gets sharply slower on long strings (V8: about 400 ms for a
 * 10,000-word body in one string, 13 ms for the same text a paragraph at a time).
 */
function* segmentPieces(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = start + PIECE_LENGTH;
    if (end >= text.length) {
      end = text.length;
    } else {
      const newline = text.lastIndexOf('\n', end - 1);
      end = newline >= start ? newline + 1 : safeCut(text, start, end);
    }
    yield text.slice(start, end);
    start = end;
  }
}

/** The last safe cut before `end` (or, failing that, the first after it, or the end of the text). */
function safeCut(text: string, start: number, end: number): number {
  const isCut = (index: number) => text[index] === ' ' && !/\s/.test(text[index - 1] ?? ' ') && !PREPEND.test(text[index - 1] ?? '');
  for (let index = end; index > start; index -= 1) if (isCut(index)) return index;
  for (let index = end + 1; index < text.length; index += 1) if (isCut(index) || text[index - 1] === '\n') return index;
  return text.length;
}

let wordSegmenter: Intl.Segmenter | undefined;

function* wordSegments(text: string): Generator<string> {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const piece of segmentPieces(text)) for (const segment of wordSegmenter.segment(piece)) if (segment.isWordLike) yield segment.segment;
}

/** Counts words with Intl.Segmenter, so Thai, Japanese or Amharic copy is counted as words, not as one blob. */
export function countWords(text: string): number {
  let words = 0;
  for (const _word of wordSegments(text)) words += 1;
  return words;
}

/** The words of a text, in order, as countWords counts them. */
export function wordList(text: string): string[] {
  return [...wordSegments(text)];
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/**
 * Text in which every UTF-16 unit is a grapheme of its own: printable Latin (with its extensions and
 * spacing modifiers, but no combining marks) and typographic punctuation such as dashes, curly quotes
 * and ellipses. Most newsroom copy is this, and counting it needs no segmenter.
 */
const ONE_UNIT_PER_GRAPHEME = /^[\n\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** Counts user-perceived characters (grapheme clusters), not UTF-16 units. */
export function countCharacters(text: string): number {
  if (ONE_UNIT_PER_GRAPHEME.test(text)) return text.length - (text.match(/\n/g)?.length ?? 0);
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let characters = 0;
  for (const piece of segmentPieces(text)) for (const segment of graphemeSegmenter.segment(piece)) if (segment.segment !== '\n') characters += 1;
  return characters;
}

export function textStats(text: string): TextStats {
  return statsFromCounts(countWords(text), countCharacters(text));
}

/** Stats from counts summed over parts of a text (blocks, for instance) that no word spans. */
export function statsFromCounts(words: number, characters: number): TextStats {
  return { words, characters, readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}

const BLOCK_TYPES_WITHOUT_TEXT = new Set(['horizontalrule']);

/**
 * Plain text of a serialized Lexical body: blocks separated by newlines, no formatting. It is what
 * the counts count: every paragraph, heading, list, quote, fact box and table cell, plus pictures'
 * captions and pull quotes with their attribution (core/blocks/body-blocks.ts), but no alt text,
 * credits or embed addresses.
 */
export function bodyPlainText(body: ArticleBody): string {
  const blocks: string[] = [];
  const visitBlock = (node: SerializedBodyNode): void => {
    if (BLOCK_TYPES_WITHOUT_TEXT.has(node.type)) return;
    const fieldText = countedFieldText(node);
    if (fieldText !== null) {
      blocks.push(fieldText);
      return;
    }
    const children = node.children ?? [];
    if (children.some((child) => child.children !== undefined && child.type !== 'link' && child.type !== 'autolink')) {
      children.forEach(visitBlock);
      return;
    }
    blocks.push(inlineText(children));
  };
  body.root.children.forEach(visitBlock);
  return blocks.join('\n');
}

function inlineText(nodes: readonly SerializedBodyNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '\n';
      if (typeof node.text === 'string') return node.text;
      const fieldText = countedFieldText(node);
      if (fieldText !== null) return `\n${fieldText}\n`;
      return node.children ? inlineText(node.children) : '';
    })
    .join('');
}
