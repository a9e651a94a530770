import { z } from 'zod';
import { ArticleStatusSchema, AssetPathSchema, BylineSchema, ProvenanceSchema } from '../article/article-schema';

/** The IPTC ninjs version Copydesk writes. */
export const NINJS_VERSION = '2.2';

/** Id of core/ninjs/copydesk-ninjs-profile.schema.json, named in every exported item's `standard`. */
export const COPYDESK_NINJS_PROFILE_SCHEMA = 'https://copydesk.app/schema/ninjs/copydesk-ninjs-profile-1.0.json';

/** Association names Copydesk writes: the lead picture; related links, the body's pictures and its embeds, each numbered from 1. */
export const LEAD_IMAGE_ASSOCIATION = 'featuremedia';
export const RELATED_LINK_ASSOCIATION_PREFIX = 'related-';
export const BODY_PICTURE_ASSOCIATION_PREFIX = 'picture-';
export const EMBED_ASSOCIATION_PREFIX = 'embed-';

/** The `altids` role under which an export names the wire item a story came from. */
export const WIRE_URI_ALTID_ROLE = 'wire-uri';

/** Description roles on a picture association, as in the IPTC's AP picture example (plus alt text, which ninjs has no field for). */
export const PICTURE_DESCRIPTION_ROLES = { caption: 'caption', credit: 'creditline', altText: 'alttext' } as const;

/** The `copydesk` property of the profile: what an article holds beyond ninjs 2.2. Mirrors copydesk-ninjs-profile.schema.json. */
export const CopydeskProfileFieldsSchema = z
  .object({
    section: z.string(),
    bylines: z.array(BylineSchema),
    status: ArticleStatusSchema,
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    leadImage: z.object({ file: AssetPathSchema }).strict().optional(),
    agencyCredit: z.string().optional(),
    provenance: ProvenanceSchema.optional(),
  })
  .strict();
export type CopydeskProfileFields = z.infer<typeof CopydeskProfileFieldsSchema>;

export interface NinjsText {
  role?: string;
  contenttype?: string;
  value: string;
}

export interface NinjsBody extends NinjsText {
  charcount?: number;
  wordcount?: number;
}

/** A subject, place, organisation, person or event: its name and, where known, its vocabulary uri and code. */
export interface NinjsConcept {
  name: string;
  uri?: string;
  literal?: string;
}

export interface NinjsRendition {
  name: string;
  href?: string;
  contenttype?: string;
  width?: number;
  height?: number;
}

/** The part of a ninjs 2.2 item Copydesk writes. */
export interface NinjsItem {
  uri: string;
  type: 'text' | 'picture' | 'video' | 'audio' | 'graphic';
  representationtype?: 'full' | 'partial';
  standard?: { name: string; version: string; schema: string };
  firstcreated?: string;
  versioncreated?: string;
  pubstatus?: 'usable' | 'withheld' | 'canceled';
  language?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsBody[];
  by?: string;
  slugline?: string;
  located?: string;
  urgency?: number;
  copyrightholder?: string;
  copyrightnotice?: string;
  usageterms?: string;
  infosources?: { name: string }[];
  altids?: { role: string; value: string }[];
  subjects?: NinjsConcept[];
  places?: NinjsConcept[];
  organisations?: NinjsConcept[];
  people?: NinjsConcept[];
  events?: NinjsConcept[];
  renditions?: NinjsRendition[];
  associations?: (NinjsItem & { name: string })[];
}

export interface CopydeskNinjsItem extends NinjsItem {
  copydesk: CopydeskProfileFields;
}
