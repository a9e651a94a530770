import type { Article } from '../../../core/article/article-schema';
import { serializeArticle } from '../../../core/article/load-article';
import { reviewedDraft } from '../../../core/testing/reviewed-article';

/**
 * The draft the kill test's child saves for sequence number `seq`: the reviewed test draft (comment
 * threads with replies, field suggestions, body suggestions and comment marks) with its body
 * repeated to most of a megabyte, even and odd numbers differently long. Every paragraph, comment and
 * suggestion carries `seq`, so a file that mixed two saves, or was cut short, cannot equal any of them.
 */
export function killTestArticle(seq: number): Article {
  const draft = reviewedDraft();
  const copies = seq % 2 === 0 ? 80 : 60;
  const stamp = (text: string) => `${text} (save ${seq})`;
  const stampTexts = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(stampTexts);
    if (typeof value !== 'object' || value === null) return value;
    const node = Object.fromEntries(Object.entries(value).map(([key, field]) => [key, stampTexts(field)]));
    return typeof node.text === 'string' && node.type === 'text' ? { ...node, text: stamp(node.text) } : node;
  };
  const blocks = draft.body.root.children.map((block) => stampTexts(block) as (typeof draft.body.root.children)[number]);
  return {
    ...draft,
    headline: stamp(draft.headline),
    body: { root: { ...draft.body.root, children: Array.from({ length: copies }, () => blocks).flat() } },
    review: {
      ...draft.review,
      threads: draft.review.threads.map((thread) => ({ ...thread, comments: thread.comments.map((comment) => ({ ...comment, text: stamp(comment.text) })) })),
    },
  };
}

export function killTestContent(seq: number): string {
  return serializeArticle(killTestArticle(seq));
}

/** Which save a file's text is, or null when it is not exactly one of them. */
export function seqOfKillTestContent(text: string): number | null {
  let headline: unknown;
  try {
    headline = (JSON.parse(text) as { headline?: unknown }).headline;
  } catch {
    return null;
  }
  const seq = Number(/\(save (\d+)\)$/.exec(typeof headline === 'string' ? headline : '')?.[1]);
  return Number.isInteger(seq) && killTestContent(seq) === text ? seq : null;
}
