import { diffWords } from 'diff';

export type WordOp = 'same' | 'ins' | 'del';
/** A run of text that both sides share, or that only the new side (ins) or only the old side (del) has. */
export interface WordPiece {
  op: WordOp;
  text: string;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Word-level differences from `before` to `after`. Words are split with Intl.Segmenter, so Cyrillic,
 * Arabic, Thai or Japanese copy changes by the word, not by the letter (the `diff` package's own
 * tokenizer knows only Latin letters).
 */
export function wordDiff(before: string, after: string): WordPiece[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  if (!before) return [{ op: 'ins', text: after }];
  if (!after) return [{ op: 'del', text: before }];
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return diffWords(before, after, { intlSegmenter: segmenter }).map((change) => ({
    op: change.added ? 'ins' : change.removed ? 'del' : 'same',
    text: change.value,
  }));
}

/** The old value replaced whole by the new one, for values that are not prose (a status, a language tag). */
export function wholeValueDiff(before: string, after: string): WordPiece[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  return [...(before ? [{ op: 'del' as const, text: before }] : []), ...(after ? [{ op: 'ins' as const, text: after }] : [])];
}
