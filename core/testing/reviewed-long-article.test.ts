import { describe, expect, it } from 'vitest';
import { loadArticleData } from '../article/load-article';
import { bodySuggestions, bodyThreadIds } from '../review/body-suggestions';
import type { SerializedBodyNode } from '../article/article-schema';
import { withReviewLoad } from './reviewed-long-article';
import { generateLongArticle } from './sample-articles';

/** Every text leaf, as the editor shows the body (suggested deletions and insertions alike). */
const shownText = (nodes: readonly SerializedBodyNode[]): string => nodes.map((node) => (typeof node.text === 'string' ? node.text : shownText(node.children ?? []))).join('');

describe('withReviewLoad', () => {
  const plain = generateLongArticle(10_000, 1);
  const reviewed = withReviewLoad(plain, { threads: 200, suggestions: 500, untouchedBlocks: [40] });

  it('is a valid draft with every thread on a mark and every suggestion pending in the body', () => {
    expect(loadArticleData(JSON.parse(JSON.stringify(reviewed)), 'reviewed').article).toEqual(reviewed);
    expect(bodyThreadIds(reviewed.body).sort()).toEqual(reviewed.review.threads.map((thread) => thread.id).sort());
    expect(reviewed.review.threads).toHaveLength(200);
    expect(reviewed.review.threads.some((thread) => thread.comments.length > 1)).toBe(true);
    const suggestions = bodySuggestions(reviewed.body);
    expect(suggestions).toHaveLength(500);
    expect(new Set(suggestions.map((entry) => entry.change))).toEqual(new Set(['insert', 'delete', 'replace']));
  });

  it('keeps the block structure and leaves the untouched blocks as they were', () => {
    expect(reviewed.body.root.children).toHaveLength(plain.body.root.children.length);
    expect(reviewed.body.root.children[40]).toEqual(plain.body.root.children[40]);
    // The editor shows every word of the original, in order, and the replacements' words beside them.
    const blocks = (body: typeof plain.body) => body.root.children.map((block) => shownText([block]));
    expect(blocks(reviewed.body).map((block) => block.replaceAll('a replacement ', ''))).toEqual(blocks(plain.body));
  });
});
