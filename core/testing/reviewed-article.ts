import type { Article } from '../article/article-schema';
import { body, heading, mark, paragraph, suggestion, text } from './body-builders';
import { kenyaPoliticsArticle } from './sample-articles';
import type { Person } from '../review/review-schema';

/**
 * A reviewed article for tests: comments on the body and the headline, body suggestions (insert,
 * delete, a replacement) by two people, and field suggestions. Every review text is distinctive, so a
 * test can prove none of it reaches an export.
 */

export const EDITOR: Person = { name: 'Amina Odhiambo', initials: 'AO' };
export const SUB: Person = { name: 'Lars Øvergaard', initials: 'LØ' };
export const AT = '2026-11-25T10:00:00.000Z';

export const IDS = {
  bodyThread: '3f2b8c1d-6a4e-4f7b-9c2d-1e0f9a8b7c6d',
  headlineThread: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  goneThread: '6c5b4a39-2817-4f6e-9d5c-4b3a29180f7e',
  insert: '7a1c2e3f-4b5d-4c6e-8f7a-9b0c1d2e3f4a',
  remove: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  replace: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  headlineSuggestion: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e',
  tagsSuggestion: '0d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a',
} as const;

export const COMMENT_TEXT = 'ZEBRA-COMMENT: which committee is this?';
export const SUGGESTED_WORDS = 'QUOKKA-INSERTED';

export const reviewedArticle: Article = {
  ...kenyaPoliticsArticle,
  headline: 'Budget committee delays vote',
  tags: ['Kenya', 'Budget'],
  body: body([
    heading('h2', 'The vote'),
    paragraph('The ', mark([IDS.bodyThread], 'budget committee'), ' met ', suggestion('delete', IDS.remove, 'on Tuesday ', SUB), 'in Nairobi', suggestion('insert', IDS.insert, ` ${SUGGESTED_WORDS}`), '.'),
    paragraph('It will vote ', suggestion('delete', IDS.replace, 'next week'), suggestion('insert', IDS.replace, 'QUOKKA-REPLACEMENT'), ', ', text('the chair', 'bold'), ' said.'),
    paragraph(suggestion('insert', IDS.insert, 'QUOKKA-WHOLE-PARAGRAPH')),
  ]),
  review: {
    threads: [
      {
        id: IDS.bodyThread,
        anchor: { kind: 'body' },
        quote: 'budget committee',
        status: 'open',
        resolved: null,
        comments: [{ id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', by: EDITOR, at: AT, editedAt: null, text: COMMENT_TEXT }],
      },
      {
        id: IDS.headlineThread,
        anchor: { kind: 'field', field: 'headline', start: 7, end: 16 },
        quote: 'committee',
        status: 'open',
        resolved: null,
        comments: [{ id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', by: EDITOR, at: AT, editedAt: null, text: 'ZEBRA-HEADLINE-COMMENT' }],
      },
      {
        id: IDS.goneThread,
        anchor: { kind: 'body' },
        quote: 'a sentence since deleted',
        status: 'open',
        resolved: null,
        comments: [{ id: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b', by: SUB, at: AT, editedAt: null, text: 'ZEBRA-DETACHED-COMMENT' }],
      },
    ],
    fieldSuggestions: [
      { id: IDS.tagsSuggestion, field: 'tags', before: ['Kenya', 'Budget'], after: ['Kenya', 'Budget', 'QUOKKA-TAG'], by: SUB, at: AT },
      { id: IDS.headlineSuggestion, field: 'headline', before: 'Budget committee delays vote', after: 'QUOKKA-HEADLINE delays vote', by: EDITOR, at: AT },
    ],
    log: [{ id: '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c', at: AT, by: EDITOR, action: 'sent-for-review', summary: 'ZEBRA-LOG sent for review' }],
    handoffs: [{ id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', versionId: '20261125T100000000Z-a1b2c3', at: AT, by: EDITOR, direction: 'for-review' }],
  },
};

/** Everything of the review that must never reach an export. */
export const REVIEW_TRACES = ['ZEBRA', 'QUOKKA', IDS.bodyThread, IDS.headlineThread, IDS.goneThread, IDS.insert, IDS.remove, IDS.replace, IDS.headlineSuggestion, IDS.tagsSuggestion, EDITOR.name, SUB.name, 'suggestion'];

/**
 * The reviewed article as a draft further into its review, for save and recovery tests: the body
 * thread has two replies and the headline thread is resolved. A fresh copy each call.
 */
export function reviewedDraft(): Article {
  const [bodyThread, headlineThread, ...rest] = reviewedArticle.review.threads;
  const reply = (id: string, by: Person, text: string) => ({ id, by, at: '2026-11-25T11:00:00.000Z', editedAt: null, text });
  const draft: Article = {
    ...reviewedArticle,
    review: {
      ...reviewedArticle.review,
      threads: [
        { ...bodyThread!, comments: [...bodyThread!.comments, reply('6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e', SUB, 'ZEBRA-REPLY: the finance committee.'), reply('7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f', EDITOR, 'ZEBRA-REPLY-2: thanks, fixed.')] },
        { ...headlineThread!, status: 'resolved' as const, resolved: { by: EDITOR, at: '2026-11-25T12:00:00.000Z' } },
        ...rest,
      ],
    },
  };
  // A deep copy, so a test that changes it leaves the next test's draft alone (core has no structuredClone).
  return JSON.parse(JSON.stringify(draft)) as Article;
}
