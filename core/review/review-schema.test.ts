import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../article/article-schema';
import { describeZodError } from '../article/validation-messages';
import { body, mark, paragraph, paragraphMark, suggestion } from '../testing/body-builders';
import { kenyaPoliticsArticle } from '../testing/sample-articles';
import type { Review } from './review-schema';

const editor = { name: 'Amina Odhiambo', initials: 'AO' };
const at = '2026-11-25T10:00:00.000Z';
const THREAD = '3f2b8c1d-6a4e-4f7b-9c2d-1e0f9a8b7c6d';
const SUGGESTION = '7a1c2e3f-4b5d-4c6e-8f7a-9b0c1d2e3f4a';

const review: Review = {
  threads: [
    {
      id: THREAD,
      anchor: { kind: 'body' },
      quote: 'the committee',
      status: 'open',
      resolved: null,
      comments: [{ id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', by: editor, at, editedAt: null, text: 'Which committee?' }],
    },
    {
      id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
      anchor: { kind: 'field', field: 'headline', start: 0, end: 6 },
      quote: 'Kenyan',
      status: 'resolved',
      resolved: { by: editor, at },
      comments: [{ id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', by: editor, at, editedAt: at, text: 'Fine now.' }],
    },
  ],
  fieldSuggestions: [
    { id: SUGGESTION, field: 'headline', before: 'Old headline', after: 'New headline', by: editor, at },
    { id: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e', field: 'bylines', before: [], after: [{ name: 'Amina Odhiambo', role: 'Additional reporting' }], by: editor, at },
  ],
  log: [{ id: '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c', at, by: editor, action: 'sent-for-review', summary: 'Sent for review' }],
  handoffs: [{ id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', versionId: '20261125T100000000Z-a1b2c3', at, by: editor, direction: 'for-review' }],
};

function problemsFor(data: unknown) {
  const parsed = ArticleSchema.safeParse(data, { reportInput: true });
  return parsed.success ? [] : describeZodError(parsed.error);
}

describe('the review an article carries', () => {
  it('accepts threads, field suggestions, a log and hand-offs, and body suggestion and mark nodes', () => {
    const reviewed = {
      ...kenyaPoliticsArticle,
      review,
      body: body([paragraph('Ask ', mark([THREAD], 'the committee'), ' ', suggestion('delete', SUGGESTION, 'now'), suggestion('insert', SUGGESTION, 'today'), '.', paragraphMark('insert', SUGGESTION)), paragraph('Then.')]),
    };
    expect(problemsFor(reviewed)).toEqual([]);
    expect(ArticleSchema.parse(reviewed)).toEqual(reviewed);
  });

  it('holds in a field suggestion only what that field may hold', () => {
    const badSlug = { ...review.fieldSuggestions[0], field: 'slug', before: 'old-slug', after: 'Not A Slug' };
    const badBylines = { ...review.fieldSuggestions[1], after: 'Amina' };
    expect(problemsFor({ ...kenyaPoliticsArticle, review: { ...review, fieldSuggestions: [badSlug, badBylines] } })).toEqual([
      { path: '$.review.fieldSuggestions[0].after', message: expect.stringContaining('lower-case letters') },
      { path: '$.review.fieldSuggestions[1].after', message: 'should be a list, but is text' },
    ]);
  });

  it('names what is wrong with a thread, a person or a hand-off', () => {
    const thread = review.threads[0]!;
    const broken: unknown = {
      ...review,
      threads: [{ ...thread, comments: [] }, { ...review.threads[1], anchor: { kind: 'field', field: 'headline', start: 5, end: 2 } }],
      handoffs: [{ ...review.handoffs[0], versionId: 'latest', by: { name: '', initials: 'AO' } }],
    };
    expect(problemsFor({ ...kenyaPoliticsArticle, review: broken }).map((problem) => problem.path)).toEqual([
      '$.review.threads[0].comments',
      '$.review.threads[1].anchor.end',
      '$.review.handoffs[0].versionId',
      '$.review.handoffs[0].by.name',
    ]);
  });

  it('checks the fields of suggestion, paragraph-mark and mark nodes in the body', () => {
    const unattributed = { ...suggestion('insert', SUGGESTION, 'today'), by: undefined };
    const unchanged = { ...suggestion('insert', SUGGESTION, 'today'), change: 'replace' };
    const unmarked = { ...mark([THREAD], 'x'), ids: 'all' };
    const undatedBreak = { ...paragraphMark('delete', SUGGESTION), at: 'yesterday' };
    expect(problemsFor({ ...kenyaPoliticsArticle, body: body([paragraph(unattributed, unchanged, unmarked, undatedBreak)]) }).map((problem) => problem.path)).toEqual([
      '$.body.root.children[0].children[0].by',
      '$.body.root.children[0].children[1].change',
      '$.body.root.children[0].children[2].ids',
      '$.body.root.children[0].children[3].at',
    ]);
  });
});

describe('a version 2 draft saved before reviews existed', () => {
  it('reads as having an empty review', () => {
    const { review: _review, ...older } = kenyaPoliticsArticle;
    expect(ArticleSchema.parse(older).review).toEqual({ threads: [], fieldSuggestions: [], log: [], handoffs: [] });
  });
});
