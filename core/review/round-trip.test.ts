import { describe, expect, it } from 'vitest';
import { loadArticleData } from '../article/load-article';
import { reviewedArticle, EDITOR, SUB } from '../testing/reviewed-article';
import { REVIEW_LIMITS, type Handoff } from './review-schema';
import { keptReview, sharedHandoffs, withHandoff } from './round-trip';

/** `count` hand-offs a minute apart from 2026-01-01, ids and version ids numbered from `from`. */
function handoffs(count: number, from = 0): Handoff[] {
  return Array.from({ length: count }, (_, index) => {
    const n = from + index;
    const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      versionId: `${at.replace(/[-:.]/g, '')}-v${String(n).padStart(5, '0')}`,
      at,
      by: n % 2 === 0 ? EDITOR : SUB,
      direction: n % 2 === 0 ? 'for-review' : 'to-reporter',
    };
  });
}

const atLimit = { ...reviewedArticle, review: { ...reviewedArticle.review, handoffs: handoffs(REVIEW_LIMITS.handoffs) } };
const stamp = (minute: number) => ({ by: EDITOR, at: new Date(Date.UTC(2026, 5, 1, 0, minute)).toISOString(), newId: () => crypto.randomUUID() });

describe('a draft at the hand-off limit', () => {
  it('hands over once more: the oldest hand-off goes, the new one is kept, and the draft still validates', () => {
    const sent = withHandoff(atLimit, 'for-review', '20260601T000000000Z-newest', stamp(0));
    expect(sent.review.handoffs).toHaveLength(REVIEW_LIMITS.handoffs);
    expect(sent.review.handoffs[0]).toEqual(atLimit.review.handoffs[1]);
    expect(sent.review.handoffs.at(-1)).toMatchObject({ versionId: '20260601T000000000Z-newest', by: EDITOR });
    expect(loadArticleData(JSON.parse(JSON.stringify(sent)), 'sent').article.review.handoffs).toEqual(sent.review.handoffs);
  });

  it('keeping a compare of two copies at the limit keeps the newest hand-offs of both, the shared base among them', () => {
    const mine = atLimit;
    const theirs = { ...atLimit, review: { ...atLimit.review, handoffs: [...atLimit.review.handoffs.slice(10), ...handoffs(10, REVIEW_LIMITS.handoffs)] } };
    const [base] = sharedHandoffs(mine, theirs);
    const review = keptReview(mine, mine, theirs, mine, '0 of 0 incoming changes accepted.', stamp(1));
    expect(review.handoffs).toHaveLength(REVIEW_LIMITS.handoffs);
    expect(review.handoffs.at(-1)).toEqual(theirs.review.handoffs.at(-1));
    expect(review.handoffs).toContainEqual(base);
    expect(loadArticleData(JSON.parse(JSON.stringify({ ...mine, review })), 'kept').article.review).toEqual(review);
  });

  it('keeps a list under the limit as it is', () => {
    const few = { ...reviewedArticle, review: { ...reviewedArticle.review, handoffs: handoffs(3) } };
    expect(withHandoff(few, 'to-reporter', '20260601T000000000Z-fourth', stamp(2)).review.handoffs.slice(0, 3)).toEqual(few.review.handoffs);
  });
});
