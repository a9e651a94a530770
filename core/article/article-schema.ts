import { z } from 'zod';
import {
  fieldSuggestionSchema,
  MarkNodeFieldsSchema,
  reviewSchema,
  SuggestionNodeFieldsSchema,
  type ReviewField,
} from '../review/review-schema';
import { limitedList, limitedText, TimestampSchema, withLimit } from './schema-text';
import { MARK_NODE_TYPE, PARAGRAPH_MARK_NODE_TYPE, SUGGESTION_NODE_TYPE } from '../review/body-suggestions';

/**
 * The native Copydesk article. A draft may be incomplete (empty headline, half-typed URL):
 * the schema describes what can be stored, and core/checks says what is ready to publish.
 */
export const CURRENT_SCHEMA_VERSION = 2;

export const ARTICLE_STATUSES = ['draft', 'in-review', 'needs-changes', 'approved'] as const;
export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES).describe('Workflow status of the article.');
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;
/** Each status in words, as the status list, the library and the review log name it. */
export const ARTICLE_STATUS_LABELS: Readonly<Record<ArticleStatus, string>> = { draft: 'Draft', 'in-review': 'In review', 'needs-changes': 'Needs changes', approved: 'Approved' };

/**
 * The longest text each field may hold, in UTF-16 code units (what JavaScript and a text box's
 * maxLength count), and the most entries each list may hold. Generous for real copy: the longest
 * headlines run to about 200 characters, standfirsts to a few sentences. Body text has no limit of
 * its own; the size of the whole draft is limited where it is saved.
 */
export const FIELD_LIMITS = {
  section: 200,
  headline: 500,
  standfirst: 2_000,
  slug: 200,
  dateline: 200,
  bylineName: 200,
  bylineRole: 200,
  bylines: 50,
  altText: 2_000,
  caption: 2_000,
  credit: 500,
  relatedLinkTitle: 500,
  /** RFC 9110 asks software to handle addresses of at least 8,000 octets. */
  url: 8_000,
  relatedLinks: 100,
  tag: 100,
  tags: 100,
  editorsNote: 50_000,
  /** RFC 5646 asks software to handle language tags of at least 35 characters. */
  language: 35,
  mediaType: 100,
  assetPath: 200,
  // Version 2: what a wire carried.
  agencyCredit: 200,
  subjects: 500,
  subjectName: 200,
  /** A vocabulary URI, QCode or agency identifier (not a link). */
  identifier: 2_000,
  provenanceLabel: 200,
  copyrightHolder: 500,
  copyrightNotice: 2_000,
  usageTerms: 5_000,
  /** A style issue's id (core/style/style-issue.ts): rule, where, the text and a few words around it. */
  styleIgnore: 1_000,
  styleIgnores: 5_000,
} as const;


export const BylineSchema = z
  .object({
    name: limitedText(FIELD_LIMITS.bylineName, 'The person credited, as printed.'),
    role: limitedText(FIELD_LIMITS.bylineRole, 'Their part in the story, for example “Reporter” or “Additional reporting”.'),
  })
  .strict();
export type Byline = z.infer<typeof BylineSchema>;

/** A file stored inside the draft, addressed relative to the draft folder. */
export const AssetPathSchema = z
  .string()
  .max(FIELD_LIMITS.assetPath)
  .regex(/^assets\/[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a file inside the draft’s assets folder, like “assets/photo.jpg”')
  .describe(withLimit('A file stored with the draft, like “assets/photo.jpg”.', FIELD_LIMITS.assetPath, 'characters'));

export const LeadImageSchema = z
  .object({
    file: AssetPathSchema,
    mediaType: z
      .string()
      .max(FIELD_LIMITS.mediaType)
      .regex(/^image\/[a-z0-9.+-]+$/, 'must be an image media type such as image/jpeg')
      .describe(withLimit('The image’s media type, like image/jpeg.', FIELD_LIMITS.mediaType, 'characters')),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    altText: limitedText(FIELD_LIMITS.altText, 'Describes the picture for screen readers. Not the caption.'),
    caption: limitedText(FIELD_LIMITS.caption, 'What the picture shows, as printed under it.'),
    credit: limitedText(FIELD_LIMITS.credit, 'Photographer or agency, shown with the caption.'),
  })
  .strict();
export type LeadImage = z.infer<typeof LeadImageSchema>;

// Version 2: a wire picture known only by reference. It keeps the agency's caption and credit until its file is attached.
export const RemotePictureSchema = z
  .object({
    href: limitedText(FIELD_LIMITS.url, 'Where the agency serves the picture (its best rendition); empty when the item gave none. Never fetched by Copydesk.'),
    uri: limitedText(FIELD_LIMITS.identifier, 'The picture’s own identifier at the agency.'),
  })
  .strict();
export const RemoteLeadImageSchema = LeadImageSchema.omit({ file: true, mediaType: true })
  .extend({
    remote: RemotePictureSchema,
    mediaType: LeadImageSchema.shape.mediaType.optional(),
  })
  .strict()
  .describe('A lead picture the wire referred to: no file yet, so the pre-export check holds the article until one is attached.');
export type RemoteLeadImage = z.infer<typeof RemoteLeadImageSchema>;

export function isRemoteLeadImage(image: LeadImage | RemoteLeadImage): image is RemoteLeadImage {
  return 'remote' in image;
}

/** The lead image whose file is in the draft, or null when there is none or it is still only a wire reference. */
export function attachedLeadImage(image: LeadImage | RemoteLeadImage | null): LeadImage | null {
  return image && !isRemoteLeadImage(image) ? image : null;
}

export const RelatedLinkSchema = z
  .object({
    title: limitedText(FIELD_LIMITS.relatedLinkTitle),
    url: limitedText(FIELD_LIMITS.url, 'Checked against the http/https/mailto allowlist before export.'),
  })
  .strict();
export type RelatedLink = z.infer<typeof RelatedLinkSchema>;

/** One node of Lexical's serialized editor state. Node-specific fields are kept as they are. */
export interface SerializedBodyNode {
  type: string;
  version: number;
  children?: SerializedBodyNode[];
  [key: string]: unknown;
}

/**
 * Body node properties that name a file stored with the draft. Every node type, present or added
 * later, gets the asset rule for them: a block that stores a file names it with one of these.
 */
const BodyAssetFields = { file: AssetPathSchema.optional(), src: AssetPathSchema.optional() };

/** Suggestion and comment-mark nodes carry what the article's review relies on, so their fields are checked too. */
const REVIEW_NODE_FIELDS: Readonly<Record<string, z.ZodType>> = {
  [SUGGESTION_NODE_TYPE]: SuggestionNodeFieldsSchema,
  [PARAGRAPH_MARK_NODE_TYPE]: SuggestionNodeFieldsSchema,
  [MARK_NODE_TYPE]: MarkNodeFieldsSchema,
};

function checkReviewNode(node: { type: string }, ctx: z.RefinementCtx): void {
  const fields = REVIEW_NODE_FIELDS[node.type];
  const checked = fields?.safeParse(node, { reportInput: true });
  for (const issue of checked?.error?.issues ?? []) ctx.addIssue({ ...issue });
}

export const BodyNodeSchema: z.ZodType<SerializedBodyNode> = z.lazy(() =>
  z
    .looseObject({
      type: z.string().min(1),
      version: z.number().int(),
      children: z.array(BodyNodeSchema).optional(),
      ...BodyAssetFields,
    })
    .superRefine(checkReviewNode)
    .describe(
      'One node of the body. A `file` or `src` on a node of any type names a file stored with the draft. A `suggestion` node (a suggested insertion or deletion) carries `change`, `id`, `by` and `at`, and so does a `paragraph-mark` node (a suggested paragraph break, last in its block: `insert` a new paragraph, `delete` a join with the next block); a `mark` node carries the `ids` of the comment threads on its text.',
    ),
);

/** How deep body nodes may nest, root excluded: far beyond real copy (a list nested nine levels is under 20). */
export const MAX_BODY_DEPTH = 64;

/**
 * Reports the first top-level block that nests deeper than MAX_BODY_DEPTH. It walks with a stack of
 * its own, not recursion, so a hostile file nested 100,000 levels deep gets this message instead of
 * overflowing the call stack in the recursive parse that follows.
 */
function refuseDeepNesting(body: unknown, ctx: z.RefinementCtx): unknown {
  const root = typeof body === 'object' && body !== null ? (body as { root?: unknown }).root : undefined;
  for (const [index, block] of (childrenOf(root) ?? []).entries()) {
    const pending: Array<[node: unknown, depth: number]> = [[block, 1]];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [node, depth] = next;
      if (depth > MAX_BODY_DEPTH) {
        ctx.addIssue({ code: 'custom', path: ['root', 'children', index], message: `nests more than ${MAX_BODY_DEPTH} levels deep, which Copydesk does not open` });
        return body;
      }
      for (const child of childrenOf(node) ?? []) pending.push([child, depth + 1]);
    }
  }
  return body;
}

function childrenOf(node: unknown): unknown[] | null {
  const children = typeof node === 'object' && node !== null ? (node as { children?: unknown }).children : undefined;
  return Array.isArray(children) ? children : null;
}

const BodyShapeSchema = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int(),
    children: z.array(BodyNodeSchema),
  }),
});

export const BodySchema = z
  .preprocess<unknown, typeof BodyShapeSchema, z.input<typeof BodyShapeSchema>>(refuseDeepNesting, BodyShapeSchema)
  .describe(`The article body as Lexical’s serialized editor state. Nodes nest at most ${MAX_BODY_DEPTH} levels below the root.`);
export type ArticleBody = z.infer<typeof BodySchema>;

// Version 2: what a wire item carried about itself, kept as it came.
export const ProvenanceSchema = z
  .object({
    agency: limitedText(FIELD_LIMITS.provenanceLabel, 'Who supplied the item, for example “dpa” or “AP”.'),
    uri: limitedText(FIELD_LIMITS.identifier, 'The item’s identifier at the agency (ninjs uri, the wire’s guid).'),
    version: limitedText(FIELD_LIMITS.provenanceLabel, 'The agency’s version of the item; empty when not given.'),
    firstCreated: TimestampSchema.nullable().describe('When the agency first created the item.'),
    versionCreated: TimestampSchema.nullable().describe('When the agency created the version that was imported.'),
    urgency: z.number().int().min(1).max(9).nullable().describe('Editorial urgency, 1 (highest) to 9 (lowest).'),
    copyrightHolder: limitedText(FIELD_LIMITS.copyrightHolder),
    copyrightNotice: limitedText(FIELD_LIMITS.copyrightNotice),
    usageTerms: limitedText(FIELD_LIMITS.usageTerms),
    format: limitedText(FIELD_LIMITS.provenanceLabel, 'The format it came in, like “ninjs 2.1”.'),
  })
  .strict()
  .describe('Where an imported wire story came from. Read-only in the editor; exported with the article.');
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const SUBJECT_KINDS = ['subject', 'place', 'organisation', 'person', 'event'] as const;
export const SubjectSchema = z
  .object({
    kind: z.enum(SUBJECT_KINDS),
    name: limitedText(FIELD_LIMITS.subjectName).min(1, 'must not be empty'),
    uri: limitedText(FIELD_LIMITS.identifier, 'A controlled-vocabulary identifier as a URI, e.g. an IPTC Media Topic; empty when not given.'),
    code: limitedText(FIELD_LIMITS.identifier, 'A code or QCode such as “medtop:20000763”; empty when not given.'),
  })
  .strict();
export type Subject = z.infer<typeof SubjectSchema>;

/**
 * The fields that take comments and suggestions, by their review name: the article and its field
 * suggestions' values share these schemas, so a suggestion can only hold what its field may.
 */
const ReviewableFieldSchemas = {
  section: limitedText(FIELD_LIMITS.section, 'Section or kicker shown above the headline.'),
  headline: limitedText(FIELD_LIMITS.headline),
  standfirst: limitedText(FIELD_LIMITS.standfirst, 'Summary under the headline.'),
  slug: z
    .string()
    .max(FIELD_LIMITS.slug)
    .regex(/^[a-z0-9-]*$/, 'may hold only lower-case letters, digits and hyphens')
    .describe(withLimit('The last part of the article’s web address.', FIELD_LIMITS.slug, 'characters')),
  bylines: limitedList(BylineSchema, FIELD_LIMITS.bylines),
  dateline: limitedText(FIELD_LIMITS.dateline, 'Place the story was filed from.'),
  relatedLinks: limitedList(RelatedLinkSchema, FIELD_LIMITS.relatedLinks),
  tags: limitedList(z.string().min(1, 'must not be empty').max(FIELD_LIMITS.tag), FIELD_LIMITS.tags, `Keywords for search and the CMS, each at most ${FIELD_LIMITS.tag} characters.`),
  editorsNote: limitedText(FIELD_LIMITS.editorsNote, 'Internal note for editors. Never exported.'),
  agencyCredit: limitedText(FIELD_LIMITS.agencyCredit, 'The news agency credited with the story, like “dpa” or “AP/dpa”. Not a person.'),
  'leadImage.caption': LeadImageSchema.shape.caption,
  'leadImage.credit': LeadImageSchema.shape.credit,
  'leadImage.altText': LeadImageSchema.shape.altText,
} satisfies Record<ReviewField, z.ZodType>;

const FieldSuggestionSchema = z.discriminatedUnion('field', [
  fieldSuggestionSchema('section', ReviewableFieldSchemas.section),
  fieldSuggestionSchema('headline', ReviewableFieldSchemas.headline),
  fieldSuggestionSchema('standfirst', ReviewableFieldSchemas.standfirst),
  fieldSuggestionSchema('dateline', ReviewableFieldSchemas.dateline),
  fieldSuggestionSchema('slug', ReviewableFieldSchemas.slug),
  fieldSuggestionSchema('bylines', ReviewableFieldSchemas.bylines),
  fieldSuggestionSchema('leadImage.caption', ReviewableFieldSchemas['leadImage.caption']),
  fieldSuggestionSchema('leadImage.credit', ReviewableFieldSchemas['leadImage.credit']),
  fieldSuggestionSchema('leadImage.altText', ReviewableFieldSchemas['leadImage.altText']),
  fieldSuggestionSchema('tags', ReviewableFieldSchemas.tags),
  fieldSuggestionSchema('relatedLinks', ReviewableFieldSchemas.relatedLinks),
  fieldSuggestionSchema('agencyCredit', ReviewableFieldSchemas.agencyCredit),
  fieldSuggestionSchema('editorsNote', ReviewableFieldSchemas.editorsNote),
]);

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: z.uuid().describe('Stable identifier of the draft.'),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    publishedAt: TimestampSchema.nullable().describe('When the article was or will be published; null until then.'),
    status: ArticleStatusSchema,
    language: z
      .string()
      .max(FIELD_LIMITS.language)
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as “en”, “sw” or “pt-BR”')
      .describe(withLimit('BCP 47 language tag of the copy.', FIELD_LIMITS.language, 'characters')),
    section: ReviewableFieldSchemas.section,
    headline: ReviewableFieldSchemas.headline,
    standfirst: ReviewableFieldSchemas.standfirst,
    slug: ReviewableFieldSchemas.slug,
    slugEditedByHand: z.boolean().describe('False while the slug follows the headline.'),
    bylines: ReviewableFieldSchemas.bylines,
    dateline: ReviewableFieldSchemas.dateline,
    leadImage: z.union([LeadImageSchema, RemoteLeadImageSchema]).nullable(),
    body: BodySchema,
    relatedLinks: ReviewableFieldSchemas.relatedLinks,
    tags: ReviewableFieldSchemas.tags,
    editorsNote: ReviewableFieldSchemas.editorsNote,
    // Version 2: wire provenance, agency credit and coded subjects.
    agencyCredit: ReviewableFieldSchemas.agencyCredit,
    subjects: limitedList(SubjectSchema, FIELD_LIMITS.subjects, 'Subjects, places, organisations, people and events, with their vocabulary codes where known.'),
    provenance: ProvenanceSchema.nullable(),
    // Version 2: house-style issues the editor chose to “ignore here”. Drafts saved before the field existed read as none.
    styleIgnores: limitedList(z.string().min(1, 'must not be empty').max(FIELD_LIMITS.styleIgnore), FIELD_LIMITS.styleIgnores, 'House-style issues ignored in this draft, by issue id (see docs/house-style.md).').default([]),
    // Version 2: comments, suggestions, the review log and hand-off points.
    review: reviewSchema(FieldSuggestionSchema),
  })
  .strict();

export type Article = z.infer<typeof ArticleSchema>;
