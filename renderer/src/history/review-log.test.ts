import { describe, expect, it } from 'vitest';
import type { ReviewLogEntry } from '../../../core/review/review-schema';
import { newestFirst } from './ReviewLog';

const by = { name: 'Amina Odhiambo', initials: 'AO' };
const entry = (summary: string, at: string): ReviewLogEntry => ({ id: crypto.randomUUID(), at, by, action: 'status', summary });

describe('the review log in History', () => {
  it('lists entries newest first, across time zones, and same-moment entries newest logged first', () => {
    const log = [
      entry('first', '2026-12-02T09:00:00.000Z'),
      entry('third, written in Nairobi', '2026-12-02T12:30:00.000+03:00'),
      entry('second', '2026-12-02T09:15:00.000Z'),
      entry('fourth', '2026-12-02T09:30:00.000Z'),
    ];
    expect(newestFirst(log).map((item) => item.summary)).toEqual(['fourth', 'third, written in Nairobi', 'second', 'first']);
  });
});
