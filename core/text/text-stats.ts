import { bodyAsRejected } from '../review/body-suggestions';
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
  for (const piece of segmentPieces(text)) {
    const simple = simpleWordCount(piece);
    if (simple !== null) {
      words += simple;
      continue;
    }
    wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const segment of wordSegmenter.segment(piece)) if (segment.isWordLike) words += 1;
  }
  return words;
}

/** Word-break classes (Unicode UAX #29) of the characters simpleWordCount handles; anything else is left to Intl.Segmenter. */
const LETTER = 1;
const DIGIT = 2;
/** MidNumLet and Single_Quote: join letter to letter and digit to digit (“can’t”, “e.g”, “3.5”). */
const JOINS_BOTH = 3;
/** MidNum: joins digit to digit only (“1,000”). */
const JOINS_DIGITS = 4;
const BREAK = 5;

const WORD_CLASSES = (() => {
  const classes = new Uint8Array(0x2030);
  const set = (kind: number, ...ranges: [number, number][]) => {
    for (const [from, to] of ranges) classes.fill(kind, from, to + 1);
  };
  set(LETTER, [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x17f]);
  set(DIGIT, [0x30, 0x39]);
  set(JOINS_BOTH, [0x27, 0x27], [0x2e, 0x2e], [0x2018, 0x2019], [0x2024, 0x2024]);
  set(JOINS_DIGITS, [0x2c, 0x2c], [0x3b, 0x3b]);
  set(BREAK, [0x09, 0x0a], [0x20, 0x26], [0x28, 0x2b], [0x2d, 0x2d], [0x2f, 0x2f], [0x3c, 0x40], [0x5b, 0x5e], [0x60, 0x60], [0x7b, 0x7e]);
  set(BREAK, [0xa0, 0xa1], [0xab, 0xab], [0xbb, 0xbb], [0xbf, 0xbf], [0xd7, 0xd7], [0xf7, 0xf7], [0x2013, 0x2014], [0x201c, 0x201d], [0x2026, 0x2026]);
  return classes;
})();

/**
 * Counts the words of text made only of Latin letters, digits, spaces and common punctuation,
 * applying the UAX #29 rules that matter for them (WB5–WB12) exactly as Intl.Segmenter does, at a
 * fraction of its cost (a 2,000-draft library listing spent over 3 s in the segmenter). Returns
 * null for any other character (a colon, an underscore, combining marks, other scripts, emoji):
 * the segmenter counts those.
 */
function simpleWordCount(text: string): number | null {
  let words = 0;
  let inWord = false;
  const last = text.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const kind = WORD_CLASSES[text.charCodeAt(index)];
    if (!kind) return null;
    if (kind === LETTER || kind === DIGIT) {
      if (!inWord) words += 1;
      inWord = true;
    } else if (inWord && (kind === JOINS_BOTH || kind === JOINS_DIGITS)) {
      const before = WORD_CLASSES[text.charCodeAt(index - 1)];
      const after = index < last ? WORD_CLASSES[text.charCodeAt(index + 1)] : BREAK;
      if (!after) return null;
      inWord = before === after && (before === DIGIT || (before === LETTER && kind === JOINS_BOTH));
    } else {
      inWord = false;
    }
  }
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
  // Counts read the text as if every pending suggestion were rejected, with comment marks unwrapped.
  bodyAsRejected(body).root.children.forEach(visitBlock);
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
