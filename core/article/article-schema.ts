import { z } from 'zod';

/**
 * The native Copydesk article. A draft may be incomplete (empty headline, half-typed URL):
 * the schema describes what can be stored, and core/checks says what is ready to publish.
 */
export const CURRENT_SCHEMA_VERSION = 2;

export const ARTICLE_STATUSES = ['draft', 'in-review', 'approved'] as const;
export const ArticleStatusSchema = z.enum(ARTICLE_STATUSES).describe('Workflow status of the article.');
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

const Timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 date and time with a time zone offset.');

export const BylineSchema = z
  .object({
    name: z.string().describe('The person credited, as printed.'),
    role: z.string().describe('Their part in the story, for example “Reporter” or “Additional reporting”.'),
  })
  .strict();
export type Byline = z.infer<typeof BylineSchema>;

/** A file stored inside the draft, addressed relative to the draft folder. */
export const AssetPathSchema = z
  .string()
  .regex(/^assets\/[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a file inside the draft’s assets folder, like “assets/photo.jpg”');

export const LeadImageSchema = z
  .object({
    file: AssetPathSchema.describe('The image file, stored with the draft.'),
    mediaType: z.string().regex(/^image\/[a-z0-9.+-]+$/, 'must be an image media type such as image/jpeg'),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    altText: z.string().describe('Describes the picture for screen readers. Not the caption.'),
    caption: z.string().describe('What the picture shows, as printed under it.'),
    credit: z.string().describe('Photographer or agency, shown with the caption.'),
  })
  .strict();
export type LeadImage = z.infer<typeof LeadImageSchema>;

// Version 2: a wire picture known only by reference. It keeps the agency's caption and credit until its file is attached.
export const RemotePictureSchema = z
  .object({
    href: z.string().describe('Where the agency serves the picture (its best rendition); empty when the item gave none. Never fetched by Copydesk.'),
    uri: z.string().describe('The picture’s own identifier at the agency.'),
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
    title: z.string(),
    url: z.string().describe('Checked against the http/https/mailto allowlist before export.'),
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

export const BodyNodeSchema: z.ZodType<SerializedBodyNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    version: z.number().int(),
    children: z.array(BodyNodeSchema).optional(),
  }),
);

export const BodySchema = z
  .object({
    root: z.looseObject({
      type: z.literal('root'),
      version: z.number().int(),
      children: z.array(BodyNodeSchema),
    }),
  })
  .describe('The article body as Lexical’s serialized editor state.');
export type ArticleBody = z.infer<typeof BodySchema>;

// Version 2: what a wire item carried about itself, kept as it came.
export const ProvenanceSchema = z
  .object({
    agency: z.string().describe('Who supplied the item, for example “dpa” or “AP”.'),
    uri: z.string().describe('The item’s identifier at the agency (ninjs uri, the wire’s guid).'),
    version: z.string().describe('The agency’s version of the item; empty when not given.'),
    firstCreated: Timestamp.nullable().describe('When the agency first created the item.'),
    versionCreated: Timestamp.nullable().describe('When the agency created the version that was imported.'),
    urgency: z.number().int().min(1).max(9).nullable().describe('Editorial urgency, 1 (highest) to 9 (lowest).'),
    copyrightHolder: z.string(),
    copyrightNotice: z.string(),
    usageTerms: z.string(),
    format: z.string().describe('The format it came in, like “ninjs 2.1”.'),
  })
  .strict()
  .describe('Where an imported wire story came from. Read-only in the editor; exported with the article.');
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const SUBJECT_KINDS = ['subject', 'place', 'organisation', 'person', 'event'] as const;
export const SubjectSchema = z
  .object({
    kind: z.enum(SUBJECT_KINDS),
    name: z.string().min(1, 'must not be empty'),
    uri: z.string().describe('A controlled-vocabulary identifier as a URI, e.g. an IPTC Media Topic; empty when not given.'),
    code: z.string().describe('A code or QCode such as “medtop:20000763”; empty when not given.'),
  })
  .strict();
export type Subject = z.infer<typeof SubjectSchema>;

export const ArticleSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: z.uuid().describe('Stable identifier of the draft.'),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    publishedAt: Timestamp.nullable().describe('When the article was or will be published; null until then.'),
    status: ArticleStatusSchema,
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as “en”, “sw” or “pt-BR”')
      .describe('BCP 47 language tag of the copy.'),
    section: z.string().describe('Section or kicker shown above the headline.'),
    headline: z.string(),
    standfirst: z.string().describe('Summary under the headline.'),
    slug: z.string().regex(/^[a-z0-9-]*$/, 'may hold only lower-case letters, digits and hyphens'),
    slugEditedByHand: z.boolean().describe('False while the slug follows the headline.'),
    bylines: z.array(BylineSchema),
    dateline: z.string().describe('Place the story was filed from.'),
    leadImage: z.union([LeadImageSchema, RemoteLeadImageSchema]).nullable(),
    body: BodySchema,
    relatedLinks: z.array(RelatedLinkSchema),
    tags: z.array(z.string().min(1, 'must not be empty')),
    editorsNote: z.string().describe('Internal note for editors. Never exported.'),
    // Version 2: wire provenance, agency credit and coded subjects.
    agencyCredit: z.string().describe('The news agency credited with the story, like “dpa” or “AP/dpa”. Not a person.'),
    subjects: z.array(SubjectSchema).describe('Subjects, places, organisations, people and events, with their vocabulary codes where known.'),
    provenance: ProvenanceSchema.nullable(),
  })
  .strict();

export type Article = z.infer<typeof ArticleSchema>;
