import type { SerializedBodyNode } from '../article/article-schema';

/** The review marks in a block: comment threads anchored on its text and pending suggestions in it, ids sorted. */
export interface ReviewMarks {
  threads: string[];
  suggestions: string[];
}

/** Reads the serialized `mark` (@lexical/mark, thread ids) and `suggestion` nodes of core/review's design. */
export function reviewMarksIn(block: SerializedBodyNode): ReviewMarks {
  const threads = new Set<string>();
  const suggestions = new Set<string>();
  const pending: SerializedBodyNode[] = [block];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'mark' && Array.isArray(node.ids)) for (const id of node.ids) if (typeof id === 'string') threads.add(id);
    if (node.type === 'suggestion' && typeof node.id === 'string') suggestions.add(node.id);
    pending.push(...(node.children ?? []));
  }
  return { threads: [...threads].sort(), suggestions: [...suggestions].sort() };
}

export function sameMarks(one: readonly string[], other: readonly string[]): boolean {
  return one.length === other.length && one.every((id, index) => id === other[index]);
}
