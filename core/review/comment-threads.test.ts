import { describe, expect, it } from 'vitest';
import type { Review, Thread } from './review-schema';
import {
  deleteComment,
  editComment,
  locateFieldAnchor,
  locateFieldThreads,
  reopenThread,
  replyToThread,
  resolveThread,
  splitByRanges,
  startThread,
  threadsInDocumentOrder,
} from './comment-threads';

const amina = { name: 'Amina Odhiambo', initials: 'AO' };
const joseph = { name: 'Joseph Kamau', initials: 'JK' };
const empty = (): Review => ({ threads: [], fieldSuggestions: [], log: [], handoffs: [] });
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function reviewWithThread(): Review {
  return startThread(empty(), {
    id: id(1),
    anchor: { kind: 'body' },
    quote: 'forty families',
    comment: { id: id(2), by: joseph, at: '2026-12-02T09:00:00.000Z', text: 'Source for forty?' },
  });
}

const thread = (review: Review) => review.threads[0]!;

describe('comment threads', () => {
  it('starts an open thread with its first comment, never edited', () => {
    expect(thread(reviewWithThread())).toEqual({
      id: id(1),
      anchor: { kind: 'body' },
      quote: 'forty families',
      status: 'open',
      resolved: null,
      comments: [{ id: id(2), by: joseph, at: '2026-12-02T09:00:00.000Z', editedAt: null, text: 'Source for forty?' }],
    });
  });

  it('adds replies in order', () => {
    const review = replyToThread(reviewWithThread(), id(1), { id: id(3), by: amina, at: '2026-12-02T10:00:00.000Z', text: 'The borehole committee.' });
    expect(thread(review).comments.map((comment) => [comment.by.initials, comment.text])).toEqual([
      ['JK', 'Source for forty?'],
      ['AO', 'The borehole committee.'],
    ]);
  });

  it('lets only the author edit a comment, and records when', () => {
    const edited = editComment(reviewWithThread(), id(1), id(2), { text: 'Source for the forty families?', by: joseph, at: '2026-12-02T09:05:00.000Z' });
    expect(thread(edited).comments[0]).toMatchObject({ text: 'Source for the forty families?', editedAt: '2026-12-02T09:05:00.000Z' });
    const byOther = editComment(reviewWithThread(), id(1), id(2), { text: 'Changed', by: amina, at: '2026-12-02T09:05:00.000Z' });
    expect(byOther).toEqual(reviewWithThread());
  });

  it('deletes an own reply; deleting the opening comment deletes the thread; others’ comments stay', () => {
    const replied = replyToThread(reviewWithThread(), id(1), { id: id(3), by: amina, at: '2026-12-02T10:00:00.000Z', text: 'Committee.' });
    expect(thread(deleteComment(replied, id(1), id(3), amina)).comments).toHaveLength(1);
    expect(deleteComment(replied, id(1), id(3), joseph)).toEqual(replied);
    expect(deleteComment(replied, id(1), id(2), joseph).threads).toEqual([]);
  });

  it('resolves and reopens, logging each with the quote', () => {
    const resolved = resolveThread(reviewWithThread(), id(1), { id: id(4), by: amina, at: '2026-12-02T11:00:00.000Z' });
    expect(thread(resolved)).toMatchObject({ status: 'resolved', resolved: { by: amina, at: '2026-12-02T11:00:00.000Z' } });
    expect(resolved.log).toEqual([{ id: id(4), by: amina, at: '2026-12-02T11:00:00.000Z', action: 'resolved', summary: 'Resolved the comment on “forty families”' }]);
    expect(resolveThread(resolved, id(1), { id: id(5), by: amina, at: '2026-12-02T11:01:00.000Z' })).toBe(resolved);

    const reopened = reopenThread(resolved, id(1), { id: id(6), by: joseph, at: '2026-12-02T12:00:00.000Z' });
    expect(thread(reopened)).toMatchObject({ status: 'open', resolved: null });
    expect(reopened.log.map((entry) => entry.action)).toEqual(['resolved', 'reopened']);
  });

  it('shortens a long quote in the log to one line', () => {
    const long = startThread(empty(), {
      id: id(1),
      anchor: { kind: 'body' },
      quote: `${'word '.repeat(30)}\n\nend`,
      comment: { id: id(2), by: joseph, at: '2026-12-02T09:00:00.000Z', text: 'Cut?' },
    });
    const summary = resolveThread(long, id(1), { id: id(3), by: joseph, at: '2026-12-02T09:01:00.000Z' }).log[0]!.summary;
    expect(summary).toMatch(/^Resolved the comment on “(word ){15}.*…”$/);
    expect(summary).not.toContain('\n');
  });
});

describe('field anchors', () => {
  const headline = 'Turkana herders count their losses as the rains fail';

  it('keeps a range that still holds its quote', () => {
    expect(locateFieldAnchor(headline, { start: 8, end: 15 }, 'herders')).toEqual({ start: 8, end: 15 });
  });

  it('follows the quote when text before it changed, to the occurrence nearest the old place', () => {
    expect(locateFieldAnchor(`Kenya: ${headline}`, { start: 8, end: 15 }, 'herders')).toEqual({ start: 15, end: 22 });
    expect(locateFieldAnchor('the rain and the rain', { start: 15, end: 19 }, 'the ')).toEqual({ start: 13, end: 17 });
  });

  it('is detached (null) when the quote is gone', () => {
    expect(locateFieldAnchor('Turkana farmers count their losses', { start: 8, end: 15 }, 'herders')).toBeNull();
  });

  it('locates every field thread against its field’s text, leaving out detached ones and missing fields', () => {
    const threads = [
      fieldThread(1, 'headline', 8, 15, 'herders'),
      fieldThread(2, 'standfirst', 0, 3, 'Aid'),
      fieldThread(3, 'leadImage.caption', 0, 4, 'Ekal'),
    ];
    const ranges = locateFieldThreads(threads, (field) => (field === 'headline' ? headline : field === 'standfirst' ? 'Agencies say' : null));
    expect([...ranges]).toEqual([[id(1), { start: 8, end: 15 }]]);
  });
});

function fieldThread(n: number, field: 'headline' | 'standfirst' | 'leadImage.caption' | 'dateline', start: number, end: number, quote: string, status: Thread['status'] = 'open'): Thread {
  return {
    id: id(n),
    anchor: { kind: 'field', field, start, end },
    quote,
    status,
    resolved: status === 'resolved' ? { by: amina, at: '2026-12-02T11:00:00.000Z' } : null,
    comments: [{ id: id(100 + n), by: amina, at: '2026-12-02T09:00:00.000Z', editedAt: null, text: 'Check' }],
  };
}

function bodyThread(n: number, status: Thread['status'] = 'open'): Thread {
  return { ...fieldThread(n, 'headline', 0, 0, 'x', status), anchor: { kind: 'body' } };
}

describe('threads in document order', () => {
  it('puts head fields first, then the body as its marks run, then the panel’s fields; resolved apart; detached last', () => {
    const threads = [
      fieldThread(1, 'dateline', 0, 3, 'LOD'),
      bodyThread(2),
      bodyThread(3),
      fieldThread(4, 'headline', 10, 12, 'ab'),
      fieldThread(5, 'headline', 2, 4, 'cd'),
      bodyThread(6),
      bodyThread(7, 'resolved'),
      fieldThread(8, 'standfirst', 0, 1, 'A'),
    ];
    const ranges = new Map([
      [id(1), { start: 0, end: 3 }],
      [id(4), { start: 10, end: 12 }],
      [id(5), { start: 2, end: 4 }],
      [id(8), { start: 0, end: 1 }],
    ]);
    // Thread 3's mark comes before thread 2's; thread 6 is on no mark; a thread split over two marks counts where it starts.
    const ordered = threadsInDocumentOrder(threads, [id(3), id(7), id(2), id(3)], ranges);
    const ids = (list: Thread[]) => list.map((thread) => thread.id);
    expect(ids(ordered.open)).toEqual([id(5), id(4), id(8), id(3), id(2), id(1)]);
    expect(ids(ordered.resolved)).toEqual([id(7)]);
    expect(ids(ordered.detached)).toEqual([id(6)]);
  });

  it('counts a field thread with no range (its quote gone) as detached', () => {
    const ordered = threadsInDocumentOrder([fieldThread(1, 'headline', 0, 3, 'gone')], [], new Map());
    expect(ordered.detached.map((thread) => thread.id)).toEqual([id(1)]);
  });
});

describe('splitByRanges', () => {
  it('cuts the text at each range’s ends, overlaps carrying both ids', () => {
    expect(splitByRanges('rains fail again', [
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 6, end: 16 },
    ])).toEqual([
      { text: 'rains ', ids: ['a'] },
      { text: 'fail', ids: ['a', 'b'] },
      { text: ' again', ids: ['b'] },
    ]);
  });

  it('gives the whole text as one plain piece without ranges, and nothing for empty text', () => {
    expect(splitByRanges('rains', [])).toEqual([{ text: 'rains', ids: [] }]);
    expect(splitByRanges('', [])).toEqual([]);
  });
});
