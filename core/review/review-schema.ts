import { z } from 'zod';
import type { Article } from '../article/article-schema';
import { limitedList, limitedText, TimestampSchema } from '../article/schema-text';
import { VersionIdSchema } from '../versions/version-id';

/**
 * The review an article carries (schema version 2): comment threads, field suggestions, the review
 * log and the hand-off points both copies of a draft share. Body suggestions and comment marks are
 * nodes in the body itself (see SuggestionNodeFieldsSchema and MarkNodeFieldsSchema).
 *
 * The field suggestions' values are typed by the field they change, so the article schema builds
 * that part (it owns the field schemas) with fieldSuggestionSchema and reviewSchema below.
 */

/** The most text and entries each part of the review may hold, in FIELD_LIMITS' units. */
export const REVIEW_LIMITS = {
  personName: 200,
  initials: 8,
  commentText: 10_000,
  /** The text a thread was made on: a body selection may span several paragraphs. */
  quote: 50_000,
  logSummary: 2_000,
  threads: 5_000,
  commentsPerThread: 1_000,
  fieldSuggestions: 5_000,
  /** Every status change, hand-off and accept/reject of a draft's life. */
  log: 20_000,
  handoffs: 1_000,
} as const;

/** The fields outside the body that take comments and suggestions; a lead image's parts are named with a dot. */
export const REVIEW_FIELDS = [
  'section',
  'headline',
  'standfirst',
  'dateline',
  'slug',
  'bylines',
  'leadImage.caption',
  'leadImage.credit',
  'leadImage.altText',
  'tags',
  'relatedLinks',
  'agencyCredit',
  'editorsNote',
] as const;
export const ReviewFieldSchema = z.enum(REVIEW_FIELDS);
export type ReviewField = z.infer<typeof ReviewFieldSchema>;

export const PersonSchema = z
  .object({
    name: limitedText(REVIEW_LIMITS.personName, 'The person’s name as colleagues know it.').min(1, 'must not be empty'),
    initials: limitedText(REVIEW_LIMITS.initials, 'Shown on comment and suggestion badges.').min(1, 'must not be empty'),
  })
  .strict();
export type Person = z.infer<typeof PersonSchema>;

export const StampSchema = z.object({ by: PersonSchema, at: TimestampSchema }).strict();
export type Stamp = z.infer<typeof StampSchema>;

export const CommentSchema = z
  .object({
    id: z.uuid(),
    by: PersonSchema,
    at: TimestampSchema,
    editedAt: TimestampSchema.nullable().describe('When its author last edited it; null if never.'),
    text: limitedText(REVIEW_LIMITS.commentText).min(1, 'must not be empty'),
  })
  .strict();
export type Comment = z.infer<typeof CommentSchema>;

export const ThreadAnchorSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('body') }).strict().describe('Anchored by the body’s mark nodes whose `ids` include the thread’s id.'),
    z
      .object({
        kind: z.literal('field'),
        field: ReviewFieldSchema,
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
      })
      .strict()
      .refine((anchor) => anchor.start <= anchor.end, { message: 'must not end before it starts', path: ['end'] })
      .describe('A range of the field’s text, in UTF-16 code units.'),
  ])
  .describe('Where the commented text is.');
export type ThreadAnchor = z.infer<typeof ThreadAnchorSchema>;

export const THREAD_STATUSES = ['open', 'resolved'] as const;

export const ThreadSchema = z
  .object({
    id: z.uuid(),
    anchor: ThreadAnchorSchema,
    quote: limitedText(REVIEW_LIMITS.quote, 'The text commented on, as it was when the thread was made.'),
    status: z.enum(THREAD_STATUSES),
    resolved: StampSchema.nullable().describe('Who resolved it and when; null while open.'),
    comments: limitedList(CommentSchema, REVIEW_LIMITS.commentsPerThread).min(1, 'must hold at least one comment'),
  })
  .strict();
export type Thread = z.infer<typeof ThreadSchema>;

export const REVIEW_LOG_ACTIONS = ['status', 'sent-for-review', 'returned-to-reporter', 'accepted', 'rejected', 'resolved', 'reopened', 'compare-kept'] as const;

export const ReviewLogEntrySchema = z
  .object({
    id: z.uuid(),
    at: TimestampSchema,
    by: PersonSchema,
    action: z.enum(REVIEW_LOG_ACTIONS),
    summary: limitedText(REVIEW_LIMITS.logSummary, 'What happened, in words, as History shows it.'),
  })
  .strict();
export type ReviewLogEntry = z.infer<typeof ReviewLogEntrySchema>;

export const HANDOFF_DIRECTIONS = ['for-review', 'to-reporter'] as const;

export const HandoffSchema = z
  .object({
    id: z.uuid(),
    versionId: VersionIdSchema.describe('The version in history both copies hold as the shared starting point.'),
    at: TimestampSchema,
    by: PersonSchema,
    direction: z.enum(HANDOFF_DIRECTIONS),
  })
  .strict();
export type Handoff = z.infer<typeof HandoffSchema>;

/** A suggested change to one field: the article keeps `before` (the value as if rejected); accepting writes `after`. */
export function fieldSuggestionSchema<Field extends ReviewField, Value extends z.ZodType>(field: Field, value: Value) {
  return z
    .object({
      id: z.uuid(),
      field: z.literal(field),
      before: value,
      after: value,
      by: PersonSchema,
      at: TimestampSchema,
    })
    .strict();
}

export function reviewSchema<FieldSuggestion extends z.ZodType>(fieldSuggestion: FieldSuggestion) {
  return z
    .object({
      threads: limitedList(ThreadSchema, REVIEW_LIMITS.threads, 'Comment threads on the body and the fields.'),
      fieldSuggestions: limitedList(fieldSuggestion, REVIEW_LIMITS.fieldSuggestions, 'Suggested changes to fields outside the body.'),
      log: limitedList(ReviewLogEntrySchema, REVIEW_LIMITS.log, 'Status changes, hand-offs and who accepted or resolved what.'),
      handoffs: limitedList(HandoffSchema, REVIEW_LIMITS.handoffs, 'Hand-off points shared by both copies of the draft.'),
    })
    .strict()
    .default(emptyReview)
    .describe('Comments and suggestions. Never exported. A version 2 draft saved before reviews existed reads as having none.');
}

export type Review = Article['review'];
export type FieldSuggestion = Review['fieldSuggestions'][number];
/** The value a field suggestion holds for one field. */
export type ReviewFieldValue<Field extends ReviewField> = Extract<FieldSuggestion, { field: Field }>['before'];

/** A fresh empty review: what a new draft, a version 1 file and a draft saved before reviews existed start with. */
export function emptyReview(): { threads: []; fieldSuggestions: []; log: []; handoffs: [] } {
  return { threads: [], fieldSuggestions: [], log: [], handoffs: [] };
}

export const SUGGESTION_CHANGES = ['insert', 'delete'] as const;
export type SuggestionChange = (typeof SUGGESTION_CHANGES)[number];

/**
 * The fields of a body `suggestion` node (an inline element wrapping text nodes, like a link). A
 * replacement is a `delete` node followed by an `insert` node with the same id: one suggestion.
 */
export const SuggestionNodeFieldsSchema = z.object({
  change: z.enum(SUGGESTION_CHANGES),
  id: z.uuid(),
  by: PersonSchema,
  at: TimestampSchema,
});

/** The fields of a body `mark` node (@lexical/mark): the ids of the threads on its text. */
export const MarkNodeFieldsSchema = z.object({ ids: z.array(z.string()) });
