import { describe, expect, it } from 'vitest';
import { ARTICLE_STATUS_LABELS } from '../article/article-schema';
import { createArticle } from '../article/new-article';
import { withStatusChange, type Stamped } from './round-trip';

const amina = { name: 'Amina Odhiambo', initials: 'AO' };
const stamp = (at: string, n: number): Stamped => ({ by: amina, at, newId: () => `00000000-0000-4000-8000-00000000000${n}` });
const draft = createArticle({ id: '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6', now: new Date('2026-12-02T08:00:00Z') });

describe('a status change in the review log', () => {
  it('records who changed the status, when, and from what to what', () => {
    const changed = withStatusChange(draft, 'in-review', ARTICLE_STATUS_LABELS, stamp('2026-12-02T09:00:00.000Z', 1));
    expect(changed.status).toBe('in-review');
    expect(changed.review.log).toEqual([
      { id: '00000000-0000-4000-8000-000000000001', at: '2026-12-02T09:00:00.000Z', by: amina, action: 'status', summary: 'Status changed from Draft to In review.' },
    ]);
  });

  it('logs each change in order, and the same status again not at all', () => {
    const once = withStatusChange(draft, 'needs-changes', ARTICLE_STATUS_LABELS, stamp('2026-12-02T09:00:00.000Z', 1));
    expect(withStatusChange(once, 'needs-changes', ARTICLE_STATUS_LABELS, stamp('2026-12-02T09:05:00.000Z', 2))).toBe(once);
    const twice = withStatusChange(once, 'approved', ARTICLE_STATUS_LABELS, stamp('2026-12-02T09:10:00.000Z', 3));
    expect(twice.review.log.map((entry) => entry.summary)).toEqual(['Status changed from Draft to Needs changes.', 'Status changed from Needs changes to Approved.']);
  });

  it('works on the article without its body, as the editor keeps it', () => {
    const { body: _body, ...metadata } = draft;
    const changed = withStatusChange(metadata, 'approved', ARTICLE_STATUS_LABELS, stamp('2026-12-02T09:00:00.000Z', 1));
    expect(changed).not.toHaveProperty('body');
    expect(changed.review.log).toHaveLength(1);
  });
});
