import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../text/text-stats';
import { EDITOR, IDS, REVIEW_TRACES, reviewedArticle, SUB } from '../testing/reviewed-article';
import { authorColour } from './author-colour';
import { decideSuggestions } from './decide-suggestions';
import { detachedThreads, openThreads, pendingSuggestions } from './pending-review';
import { articleAsPublished } from './published-article';
import { emptyReview } from './review-schema';

const stamp = { id: '6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e', by: EDITOR, at: '2026-11-26T09:00:00.000Z' };

describe('articleAsPublished', () => {
  it('holds the text as if every suggestion were rejected and no trace of the review', () => {
    const published = articleAsPublished(reviewedArticle);
    expect(published.review).toEqual(emptyReview());
    expect(published.headline).toBe('Budget committee delays vote');
    expect(bodyPlainText(published.body)).toBe('The vote\nThe budget committee met on Tuesday in Nairobi.\nIt will vote next week, the chair said.');
    const text = JSON.stringify(published);
    for (const trace of REVIEW_TRACES) expect(text).not.toContain(trace);
  });

  it('can show the text as if every suggestion were accepted', () => {
    const accepted = articleAsPublished(reviewedArticle, { suggestions: 'accepted' });
    expect(accepted.headline).toBe('QUOKKA-HEADLINE delays vote');
    expect(accepted.tags).toEqual(['Kenya', 'Budget', 'QUOKKA-TAG']);
    expect(bodyPlainText(accepted.body)).toBe('The vote\nThe budget committee met in Nairobi QUOKKA-INSERTED.\nIt will vote QUOKKA-REPLACEMENT, the chair said.\nQUOKKA-WHOLE-PARAGRAPH');
  });
});

describe('pendingSuggestions, openThreads, detachedThreads', () => {
  it('lists suggestions in document order: headline, body, then the details fields', () => {
    expect(pendingSuggestions(reviewedArticle).map((entry) => [entry.kind, entry.id])).toEqual([
      ['field', IDS.headlineSuggestion],
      ['body', IDS.remove],
      ['body', IDS.insert],
      ['body', IDS.replace],
      ['field', IDS.tagsSuggestion],
    ]);
  });

  it('counts a detached open thread as open, and finds it detached', () => {
    expect(openThreads(reviewedArticle).map((thread) => thread.id)).toEqual([IDS.headlineThread, IDS.bodyThread, IDS.goneThread]);
    expect(detachedThreads(reviewedArticle).map((thread) => thread.id)).toEqual([IDS.goneThread]);
    const retitled = { ...reviewedArticle, headline: 'Vote delayed' };
    expect(detachedThreads(retitled).map((thread) => thread.id)).toEqual([IDS.headlineThread, IDS.goneThread]);
  });
});

describe('decideSuggestions', () => {
  it('accepts one field suggestion: the field takes its value, the suggestion goes, the log says so', () => {
    const decided = decideSuggestions(reviewedArticle, 'accept', { id: IDS.headlineSuggestion }, stamp);
    expect(decided.headline).toBe('QUOKKA-HEADLINE delays vote');
    expect(decided.review.fieldSuggestions.map((entry) => entry.id)).toEqual([IDS.tagsSuggestion]);
    expect(decided.review.log.at(-1)).toEqual({ ...stamp, action: 'accepted', summary: 'Accepted Amina Odhiambo’s suggestion: Headline change' });
    expect(decided.body).toBe(reviewedArticle.body);
  });

  it('rejects all by one person, body and fields, and leaves the others pending', () => {
    const decided = decideSuggestions(reviewedArticle, 'reject', { by: SUB }, stamp);
    expect(decided.tags).toEqual(['Kenya', 'Budget']);
    expect(pendingSuggestions(decided).map((entry) => entry.id)).toEqual([IDS.headlineSuggestion, IDS.insert, IDS.replace]);
    expect(decided.review.log.at(-1)?.summary).toBe('Rejected 2 suggestions by Lars Øvergaard');
  });

  it('leaves body suggestions to the editor when asked, and changes nothing when nothing is chosen', () => {
    const fieldsOnly = decideSuggestions(reviewedArticle, 'accept', { all: true }, stamp, { body: 'left' });
    expect(fieldsOnly.body).toBe(reviewedArticle.body);
    expect(fieldsOnly.review.fieldSuggestions).toEqual([]);
    expect(fieldsOnly.review.log.at(-1)?.summary).toBe('Accepted all 2 suggestions');
    expect(decideSuggestions(reviewedArticle, 'accept', { id: 'no-such-id' }, stamp)).toBe(reviewedArticle);
  });
});

describe('authorColour', () => {
  it('is a stable colour from 0 to 7, different for different people', () => {
    expect(authorColour(EDITOR)).toBe(authorColour({ ...EDITOR }));
    expect(authorColour(EDITOR)).toBeGreaterThanOrEqual(0);
    expect(authorColour(EDITOR)).toBeLessThan(8);
    const colours = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((initials) => authorColour({ name: `Reporter ${initials}`, initials })));
    expect(colours.size).toBeGreaterThan(3);
  });

  it('is never negative, whatever the hash’s top bit (the stylesheet has author-colour-0 to -7 only)', () => {
    const people = ['Copydesk user', 'Amina Odhiambo', 'Lars Øvergaard', ...Array.from({ length: 200 }, (_, index) => `Reporter ${index}`)];
    for (const name of people) expect([0, 1, 2, 3, 4, 5, 6, 7]).toContain(authorColour({ name, initials: name.slice(0, 2).toUpperCase() }));
  });
});
