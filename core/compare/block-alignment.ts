import { diffArrays } from 'diff';
import type { SerializedBodyNode } from '../article/article-schema';
import { wordList } from '../text/text-stats';

/** A body block with what the compare needs of it: an identity (its whole JSON) and its text. */
export interface ComparedBlock {
  node: SerializedBodyNode;
  key: string;
  text: string;
}

/** What one side did to one block of the base: kept it as it was, changed it, or deleted it. */
export type BlockFate = { kind: 'kept' } | { kind: 'changed'; block: ComparedBlock } | { kind: 'deleted' };

/** One side's edits relative to the base: a fate for every base block, and blocks inserted before each (index n: at the end). */
export interface SideEdits {
  fates: BlockFate[];
  insertedBefore: ComparedBlock[][];
}

/** A changed block is paired with its old self when at least this share of its words are the old block's. */
const SAME_BLOCK_SIMILARITY = 0.4;
/** How far ahead among the inserted blocks a deleted one looks for its changed self. */
const PAIRING_WINDOW = 20;

/**
 * Aligns a side's blocks to the base's: a block diff over whole blocks (the `diff` package's
 * diffArrays on their JSON), then, within each run of removed and added blocks, an added block that
 * shares enough words with a removed one is that block changed; the rest are inserted or deleted.
 */
export function alignToBase(base: readonly ComparedBlock[], side: readonly ComparedBlock[]): SideEdits {
  const fates: BlockFate[] = [];
  const insertedBefore: ComparedBlock[][] = Array.from({ length: base.length + 1 }, () => []);
  const parts = diffArrays(
    base.map((block) => block.key),
    side.map((block) => block.key),
  );
  let baseAt = 0;
  let sideAt = 0;
  for (let index = 0; index < parts.length; ) {
    const part = parts[index] as (typeof parts)[number];
    if (!part.added && !part.removed) {
      for (let count = 0; count < part.count; count += 1) fates.push({ kind: 'kept' });
      baseAt += part.count;
      sideAt += part.count;
      index += 1;
      continue;
    }
    let removed = 0;
    let added = 0;
    for (; index < parts.length && (parts[index]?.added || parts[index]?.removed); index += 1) {
      const change = parts[index] as (typeof parts)[number];
      if (change.added) added += change.count;
      else removed += change.count;
    }
    const removedBlocks = base.slice(baseAt, baseAt + removed);
    const addedBlocks = side.slice(sideAt, sideAt + added);
    const pairs = pairChangedBlocks(removedBlocks, addedBlocks);
    const pairedAdded = new Map(pairs.map(([removedIndex, addedIndex]) => [addedIndex, removedIndex]));
    const pairedRemoved = new Map(pairs.map(([removedIndex, addedIndex]) => [removedIndex, addedIndex]));
    removedBlocks.forEach((_, removedIndex) => {
      const addedIndex = pairedRemoved.get(removedIndex);
      fates.push(addedIndex === undefined ? { kind: 'deleted' } : { kind: 'changed', block: addedBlocks[addedIndex] as ComparedBlock });
    });
    addedBlocks.forEach((block, addedIndex) => {
      if (pairedAdded.has(addedIndex)) return;
      // Inserted before the next changed block of the run, or after the run.
      const next = pairs.find(([, pairedIndex]) => pairedIndex > addedIndex);
      (insertedBefore[baseAt + (next ? next[0] : removed)] as ComparedBlock[]).push(block);
    });
    baseAt += removed;
    sideAt += added;
  }
  return { fates, insertedBefore };
}

/** Pairs of [removed index, added index], both increasing: each removed block takes the most similar added block within reach. */
function pairChangedBlocks(removed: readonly ComparedBlock[], added: readonly ComparedBlock[]): Array<[number, number]> {
  // One block rewritten in place, however thoroughly, is still that block.
  if (removed.length === 1 && added.length === 1 && removed[0]?.node.type === added[0]?.node.type) return [[0, 0]];
  const pairs: Array<[number, number]> = [];
  const addedWords = new Map<number, Set<string>>();
  const wordsOf = (index: number) => {
    let words = addedWords.get(index);
    if (!words) addedWords.set(index, (words = new Set(wordList((added[index] as ComparedBlock).text))));
    return words;
  };
  let from = 0;
  removed.forEach((block, removedIndex) => {
    const words = new Set(wordList(block.text));
    let best = -1;
    let bestScore = SAME_BLOCK_SIMILARITY;
    for (let addedIndex = from; addedIndex < Math.min(added.length, from + PAIRING_WINDOW); addedIndex += 1) {
      const score = similarity(block, words, added[addedIndex] as ComparedBlock, wordsOf(addedIndex));
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = addedIndex;
        bestScore = score;
      }
    }
    if (best === -1) return;
    pairs.push([removedIndex, best]);
    from = best + 1;
  });
  return pairs;
}

function similarity(before: ComparedBlock, beforeWords: ReadonlySet<string>, after: ComparedBlock, afterWords: ReadonlySet<string>): number {
  // Blocks without words (a rule, a picture without caption) are the same block when they are the same kind of block.
  if (beforeWords.size === 0 && afterWords.size === 0) return before.node.type === after.node.type ? 1 : 0;
  let shared = 0;
  for (const word of beforeWords) if (afterWords.has(word)) shared += 1;
  return shared / Math.max(beforeWords.size, afterWords.size);
}
