import type { ArticleBody, SerializedBodyNode } from '../article/article-schema';

const WORDS_PER_MINUTE = 230;

export interface TextStats {
  words: number;
  characters: number;
  readingMinutes: number;
}

let wordSegmenter: Intl.Segmenter | undefined;

/** Counts words with Intl.Segmenter, so Thai, Japanese or Amharic copy is counted as words, not as one blob. */
export function countWords(text: string): number {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** The words of a text, in order, as countWords counts them. */
export function wordList(text: string): string[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const words: string[] = [];
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words.push(segment.segment);
  return words;
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** Counts user-perceived characters (grapheme clusters), not UTF-16 units. */
export function countCharacters(text: string): number {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let characters = 0;
  for (const segment of graphemeSegmenter.segment(text)) if (segment.segment !== '\n') characters += 1;
  return characters;
}

export function textStats(text: string): TextStats {
  const words = countWords(text);
  return { words, characters: countCharacters(text), readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}

const BLOCK_TYPES_WITHOUT_TEXT = new Set(['horizontalrule']);

/** Plain text of a serialized Lexical body: blocks separated by newlines, no formatting. */
export function bodyPlainText(body: ArticleBody): string {
  const blocks: string[] = [];
  const visitBlock = (node: SerializedBodyNode): void => {
    if (BLOCK_TYPES_WITHOUT_TEXT.has(node.type)) return;
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
      return node.children ? inlineText(node.children) : '';
    })
    .join('');
}
