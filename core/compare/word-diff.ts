import { diffArrays } from 'diff';

export type WordOp = 'same' | 'ins' | 'del';
/** A run of text that both sides share, or that only the new side (ins) or only the old side (del) has. */
export interface WordPiece {
  op: WordOp;
  text: string;
}

let segmenter: Intl.Segmenter | undefined;

/** Words, punctuation marks and runs of spaces, as Intl.Segmenter splits them: they join back into `text` exactly. */
function tokens(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/**
 * Word-level differences from `before` to `after`: the shared and removed pieces join back into
 * `before` exactly, the shared and added ones into `after`, spaces included. Words are split with
 * Intl.Segmenter, so Cyrillic, Arabic, Thai or Japanese copy changes by the word, not by the letter;
 * spaces are tokens of their own (the `diff` package's diffWords ignores them and hands the shared
 * pieces the new side's spaces, so the old side lost or doubled a space next to a change).
 */
export function wordDiff(before: string, after: string): WordPiece[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  if (!before) return [{ op: 'ins', text: after }];
  if (!after) return [{ op: 'del', text: before }];
  const pieces = diffArrays(tokens(before), tokens(after)).map((part): WordPiece => ({ op: part.added ? 'ins' : part.removed ? 'del' : 'same', text: part.value.join('') }));
  return asReplacements(pieces);
}

/**
 * Each run of changes as one removal followed by one addition, so a replaced phrase reads as the old
 * words, then the new: the space shared between two changed words (“this week” → “on Friday”)
 * belongs to both sides of the change instead of splitting it into word-by-word fragments. Spaces
 * both sides of a run begin or end with are shared text again (“seven with every” → “seven, every”
 * removes “ with” for “,”, not “ with ” for “, ”).
 */
function asReplacements(pieces: readonly WordPiece[]): WordPiece[] {
  const result: WordPiece[] = [];
  const share = (text: string) => {
    if (!text) return;
    const last = result.at(-1);
    if (last?.op === 'same') last.text += text;
    else result.push({ op: 'same', text });
  };
  let removed = '';
  let added = '';
  const endRun = () => {
    const leading = sharedSpaces(removed, added, false);
    share(removed.slice(0, leading));
    [removed, added] = [removed.slice(leading), added.slice(leading)];
    const trailing = sharedSpaces(removed, added, true);
    const after = removed.slice(removed.length - trailing);
    [removed, added] = [removed.slice(0, removed.length - trailing), added.slice(0, added.length - trailing)];
    if (removed) result.push({ op: 'del', text: removed });
    if (added) result.push({ op: 'ins', text: added });
    share(after);
    removed = added = '';
  };
  pieces.forEach((piece, index) => {
    const next = pieces[index + 1];
    const betweenChanges = (removed || added) && next !== undefined && next.op !== 'same';
    if (piece.op === 'same' && betweenChanges && piece.text.trim() === '') {
      removed += piece.text;
      added += piece.text;
    } else if (piece.op === 'same') {
      endRun();
      share(piece.text);
    } else if (piece.op === 'del') removed += piece.text;
    else added += piece.text;
  });
  endRun();
  return result;
}

/** How many spaces `one` and `other` both begin with (from the end, when `fromEnd`). */
function sharedSpaces(one: string, other: string, fromEnd: boolean): number {
  let count = 0;
  const at = (text: string) => text[fromEnd ? text.length - 1 - count : count];
  while (count < Math.min(one.length, other.length) && at(one) === at(other) && /\s/.test(at(one) ?? '')) count += 1;
  return count;
}

/** The old value replaced whole by the new one, for values that are not prose (a status, a language tag). */
export function wholeValueDiff(before: string, after: string): WordPiece[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  return [...(before ? [{ op: 'del' as const, text: before }] : []), ...(after ? [{ op: 'ins' as const, text: after }] : [])];
}
