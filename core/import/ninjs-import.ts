import { z } from 'zod';
import {
  ArticleSchema,
  AssetPathSchema,
  CURRENT_SCHEMA_VERSION,
  LeadImageSchema,
  RemoteLeadImageSchema,
  type Article,
  type LeadImage,
  type Provenance,
  type RelatedLink,
  type RemoteLeadImage,
  type Subject,
} from '../article/article-schema';
import { describeCut, fitFieldLimits } from '../article/fit-field-limits';
import { emptyBody } from '../article/new-article';
import { normalizeSlug, slugFromHeadline } from '../article/slug';
import { parseByline } from '../ninjs/byline';
import { emptyReview } from '../review/review-schema';
import { BODY_PICTURE_ASSOCIATION_PREFIX, CopydeskProfileFieldsSchema, EMBED_ASSOCIATION_PREFIX, LEAD_IMAGE_ASSOCIATION, PICTURE_DESCRIPTION_ROLES, type CopydeskProfileFields } from '../ninjs/profile';
import { bodyPlainText } from '../text/text-stats';
import { checkUrl } from '../text/url-allowlist';
import { body, paragraph } from '../testing/body-builders';
import type { HtmlPicture } from './html-blocks';
import { htmlToBody } from './html-to-body';
import { isJsonObject, readWireItem, type NinjsAssociation, type NinjsMajorVersion, type NinjsText, type WireConcept, type WireItem } from './ninjs-fields';
import { wireHtmlToBody, type WireBodyParts } from './wire-markup';

/** A picture the wire story refers to. Its bytes are not in the item, so it is listed rather than imported. */
export interface WirePicture {
  /** The best rendition to fetch, or null when the item gives none. */
  href: string | null;
  uri: string;
  caption: string;
  credit: string;
  altText: string;
}

export interface NinjsImport {
  article: Article;
  /** Pictures that could not become the lead image because their files are elsewhere; also listed in the editor's note. */
  pictures: WirePicture[];
  ninjsVersion: NinjsMajorVersion;
}

export interface ImportOptions {
  /** Id of the new draft: an import never reuses the item's id, so it cannot overwrite a draft. */
  id: string;
  now: Date;
  /** Used when the item has no usable language tag. */
  defaultLanguage?: string;
  /** For an HTML page: the new draft's asset for each figure's picture (see pagePictures), or null to leave it out. */
  pictureFile?: (picture: HtmlPicture) => string | null;
}

export class NinjsImportError extends Error {
  constructor(
    readonly source: string,
    detail: string,
  ) {
    super(`${source}: ${detail}`);
    this.name = 'NinjsImportError';
  }
}

const DEFAULT_BYLINE_ROLE = 'Reporter';
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const PICTURE_TYPES = new Set(['picture', 'graphic']);
const STANDFIRST_ROLES = new Set(['', 'summary', 'abstract', 'description', 'teaser', 'lead', 'text', 'html', 'xhtml', 'intro']);

function isHtml(text: NinjsText): boolean {
  return /html|xml/i.test(text.contentType) || (text.contentType === '' && /html/i.test(text.role));
}

function mainHeadline(item: WireItem): string {
  const headline = item.headlines.find((entry) => entry.role === 'main') ?? item.headlines[0];
  if (!headline) return item.title;
  return isHtml(headline) ? htmlText(headline.value) : headline.value;
}

function htmlText(html: string): string {
  return bodyPlainText(htmlToBody(html)).replace(/\s*\n\s*/g, ' ').trim();
}

function standfirstOf(item: WireItem): string {
  const pictureRoles: readonly string[] = Object.values(PICTURE_DESCRIPTION_ROLES);
  const candidates = item.descriptions.filter((entry) => !pictureRoles.includes(entry.role) && STANDFIRST_ROLES.has(entry.role.toLowerCase()));
  const chosen = candidates.find((entry) => !isHtml(entry)) ?? candidates[0];
  if (!chosen) return '';
  return isHtml(chosen) ? htmlText(chosen.value) : chosen.value;
}

/**
 * Rich bodies first (text/html, xhtml, cleaned of the agency's own markup), then plain text split into
 * paragraphs at line ends. A Copydesk export's HTML is our own, read as it was written: its tables as
 * tables, its pictures with the files its `picture-…` associations name inside the draft.
 */
function bodyOf(item: WireItem, headline: string, ownPictures: ReadonlySet<string> | null): WireBodyParts {
  const rich = item.bodies.find(isHtml);
  if (rich && ownPictures) return { body: htmlToBody(rich.value, { tables: true, pictureFile: ({ src }) => (ownPictures.has(src) ? src : null) }), vignette: '', sourceLine: '', byline: '' };
  if (rich) return wireHtmlToBody(rich.value, headline);
  const parts = { vignette: '', sourceLine: '', byline: '' };
  const plain = item.bodies.find((entry) => entry.contentType === '' || /^text\/plain/i.test(entry.contentType));
  if (!plain) return { body: emptyBody(), ...parts };
  const lines = plain.value.split(/\r\n|\r|\n/).map((line) => line.trim()).filter(Boolean);
  if (lines[0] === headline) lines.shift();
  return { body: lines.length > 0 ? body(lines.map((line) => paragraph(line))) : emptyBody(), ...parts };
}

function descriptionWithRole(item: WireItem, ...roles: string[]): string {
  return item.descriptions.find((entry) => roles.includes(entry.role.toLowerCase()))?.value ?? '';
}

function pictureOf(item: WireItem): WirePicture & { mediaType: string; width: number | null; height: number | null } {
  const withHref = item.renditions.filter((rendition) => rendition.href !== null);
  const best = [...withHref].sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0] ?? item.renditions[0];
  const caption = descriptionWithRole(item, PICTURE_DESCRIPTION_ROLES.caption) || item.descriptions.find((entry) => entry.role === '' || entry.role === 'text')?.value || '';
  return {
    href: best?.href ?? null,
    uri: item.uri,
    caption,
    credit: descriptionWithRole(item, PICTURE_DESCRIPTION_ROLES.credit, 'credit') || item.by,
    altText: descriptionWithRole(item, PICTURE_DESCRIPTION_ROLES.altText, 'alt'),
    mediaType: best?.contentType ?? '',
    width: best?.width ?? null,
    height: best?.height ?? null,
  };
}

function relatedLinkOf(item: WireItem): RelatedLink | null {
  const candidates = [item.uri, ...item.renditions.map((rendition) => rendition.href ?? '')];
  const url = candidates.map((candidate) => checkUrl(candidate)).find((checked) => checked.ok);
  if (!url || !url.ok) return null;
  return { title: mainHeadline(item), url: url.url };
}

function positive(value: number | null): number | undefined {
  return value !== null && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** What any lead image keeps of a wire picture: its size and its words. */
function describedPicture(picture: ReturnType<typeof pictureOf>): Pick<LeadImage, 'width' | 'height' | 'altText' | 'caption' | 'credit'> {
  const width = positive(picture.width);
  const height = positive(picture.height);
  return { ...(width ? { width } : {}), ...(height ? { height } : {}), altText: picture.altText, caption: picture.caption, credit: picture.credit };
}

/** The draft file a Copydesk picture association names (`<article uri>#assets/…`), as a one-item list, else none. */
function draftFileOf(pictureUri: string, articleUri: string): string[] {
  const prefix = `${articleUri}#`;
  const file = pictureUri.startsWith(prefix) ? pictureUri.slice(prefix.length) : '';
  return AssetPathSchema.safeParse(file).success ? [file] : [];
}

/** The lead image of a Copydesk export: the profile names the file inside the draft, the association describes it. */
function profileLeadImage(profile: CopydeskProfileFields | null, picture: ReturnType<typeof pictureOf> | undefined): LeadImage | null {
  if (!profile?.leadImage || !picture) return null;
  const parsed = LeadImageSchema.safeParse({ file: profile.leadImage.file, mediaType: picture.mediaType, ...describedPicture(picture) });
  return parsed.success ? parsed.data : null;
}

/** A wire picture as the lead image: its caption, credit and alt text kept, its file still at the agency. */
function remoteLeadImage(picture: ReturnType<typeof pictureOf>): RemoteLeadImage | null {
  const href = picture.href !== null && checkUrl(picture.href).ok ? picture.href : '';
  const parsed = RemoteLeadImageSchema.safeParse({
    remote: { href, uri: picture.uri },
    ...(LeadImageSchema.shape.mediaType.safeParse(picture.mediaType).success ? { mediaType: picture.mediaType } : {}),
    ...describedPicture(picture),
  });
  return parsed.success ? parsed.data : null;
}

const WIRE_TIME = z.iso.datetime({ offset: true });
const WIRE_TIME_WITHOUT_ZONE = z.iso.datetime({ local: true });

/** A wire time as stored: as given when it has a zone; read as UTC when it has none (RFC 3339 asks for one). */
function wireTime(value: string): { time: string | null; zoneless: boolean } {
  const trimmed = value.trim();
  if (WIRE_TIME.safeParse(trimmed).success) return { time: trimmed, zoneless: false };
  if (WIRE_TIME_WITHOUT_ZONE.safeParse(trimmed).success) return { time: `${trimmed}Z`, zoneless: true };
  return { time: null, zoneless: false };
}

/** Who supplied the item: its info source, else its copyright holder, else the agency its byline names. */
function provenanceOf(item: WireItem, bylineAgencies: readonly string[]): { provenance: Provenance; zoneless: boolean } {
  const first = wireTime(item.meta.firstCreated);
  const version = wireTime(item.meta.versionCreated);
  const provenance: Provenance = {
    agency: item.meta.infoSources[0] ?? (item.meta.copyrightHolder || bylineAgencies.join('/')),
    uri: item.uri,
    version: item.meta.version,
    firstCreated: first.time,
    versionCreated: version.time,
    urgency: item.meta.urgency,
    copyrightHolder: item.meta.copyrightHolder,
    copyrightNotice: item.meta.copyrightNotice,
    usageTerms: item.meta.usageTerms,
    format: item.meta.standard,
  };
  return { provenance, zoneless: first.zoneless || version.zoneless };
}

/** Uncoded subjects are the editor's free tags; coded ones, and every place, organisation, person and event, keep their codes. */
function tagsAndSubjects(concepts: readonly WireConcept[]): { tags: string[]; subjects: Subject[] } {
  const isTag = (concept: WireConcept) => concept.kind === 'subject' && concept.uri === '' && concept.code === '';
  const subjects = new Map<string, Subject>();
  for (const concept of concepts.filter((entry) => !isTag(entry))) subjects.set(JSON.stringify([concept.kind, concept.name, concept.uri, concept.code]), { ...concept });
  // A plain tag that repeats a coded subject's name is that subject.
  const coded = new Set([...subjects.values()].filter((subject) => subject.kind === 'subject').map((subject) => subject.name));
  const tags = concepts.filter(isTag).map((concept) => concept.name).filter((name) => !coded.has(name));
  return { tags: [...new Set(tags)], subjects: [...subjects.values()] };
}

/** "Quelle: dpa", "Source: AP" → the agency, when the line is no more than that. */
function sourceAgency(sourceLine: string): string {
  const agency = sourceLine.replace(/^(?:quelle|source|fuente|fonte|kilde|källa|lähde|bron)\s*:\s*/iu, '').trim();
  return parseByline(agency, 'en').agencies.join('/') === agency ? agency : '';
}

function pictureNote(picture: WirePicture): string {
  const lines = [`• ${picture.href ?? picture.uri}`];
  if (picture.caption) lines.push(`  Caption: ${picture.caption}`);
  if (picture.credit) lines.push(`  Credit: ${picture.credit}`);
  if (picture.altText) lines.push(`  Alt text: ${picture.altText}`);
  return lines.join('\n');
}

function editorsNoteFor(item: WireItem, pictures: readonly WirePicture[], profile: CopydeskProfileFields | null, extra: readonly string[]): string {
  const parts: string[] = [];
  if (item.ednote.trim()) parts.push(item.ednote.trim());
  parts.push(...extra);
  // A Copydesk export says withheld for every unapproved draft; its own status is restored instead.
  if (!profile && (item.pubstatus === 'withheld' || item.pubstatus === 'canceled')) parts.push(`The wire item’s status is “${item.pubstatus}”: check before using it.`);
  if (pictures.length > 0) {
    parts.push(`Wire pictures (not downloaded; fetch and add them as the lead image):\n${pictures.map(pictureNote).join('\n')}`);
  }
  return parts.join('\n\n');
}

function slugOf(slugline: string, headline: string): string {
  if (slugline === '') return slugFromHeadline(headline);
  return /^[a-z0-9-]*$/.test(slugline) ? slugline : normalizeSlug(slugline);
}

/** A new draft from a parsed ninjs item (1.x, 2.x or 3.x). `source` names the file in every error. */
export function importNinjsData(data: unknown, source: string, options: ImportOptions): NinjsImport {
  if (!isJsonObject(data)) throw new NinjsImportError(source, 'is not a ninjs news item (expected a JSON object).');
  const item = readWireItem(data);
  if (item.uri === '' && item.headlines.length === 0 && item.bodies.length === 0) {
    throw new NinjsImportError(source, 'is not a ninjs news item: it has no uri, headline or body.');
  }
  const parsedProfile = item.copydesk === undefined ? null : CopydeskProfileFieldsSchema.safeParse(item.copydesk);
  const profile = parsedProfile?.success ? parsedProfile.data : null;

  const headline = mainHeadline(item);
  const language = LANGUAGE_TAG.test(item.language) ? item.language : (options.defaultLanguage ?? 'en');
  // A Copydesk export's body pictures and embeds are in its body; their associations only describe them.
  const isBodyMedia = (association: NinjsAssociation) => profile !== null && (association.name.startsWith(BODY_PICTURE_ASSOCIATION_PREFIX) || association.name.startsWith(EMBED_ASSOCIATION_PREFIX));
  const ownPictures = profile ? new Set(item.associations.filter((association) => association.name.startsWith(BODY_PICTURE_ASSOCIATION_PREFIX)).flatMap((association) => draftFileOf(association.item.uri, item.uri))) : null;
  const pictureItems = item.associations.filter((association) => PICTURE_TYPES.has(association.item.type) && !isBodyMedia(association));
  const leadAssociation = pictureItems.find((association) => association.name === LEAD_IMAGE_ASSOCIATION) ?? pictureItems[0];
  const leadPicture = leadAssociation ? pictureOf(leadAssociation.item) : undefined;
  const leadImage = profileLeadImage(profile, leadPicture) ?? (leadPicture ? remoteLeadImage(leadPicture) : null);
  const pictures = pictureItems
    .filter((association) => !(leadImage && association === leadAssociation))
    .map((association) => {
      const { href, uri, caption, credit, altText } = pictureOf(association.item);
      return { href, uri, caption, credit, altText };
    });
  const relatedLinks = item.associations
    .filter((association) => !PICTURE_TYPES.has(association.item.type) && !isBodyMedia(association))
    .map((association) => relatedLinkOf(association.item))
    .filter((link): link is RelatedLink => link !== null);
  const slug = slugOf(item.slugline, headline);
  const timestamp = options.now.toISOString();
  const parts = bodyOf(item, headline, ownPictures);
  const knownAgencies = [...item.meta.infoSources, item.meta.copyrightHolder];
  const byline = parseByline(item.by || parts.byline, language, knownAgencies);
  // A Copydesk export carries its own provenance (or none: then it is the newsroom's own story).
  const wire = profile ? null : provenanceOf(item, byline.agencies);
  const provenance = profile ? (profile.provenance ?? null) : (wire?.provenance ?? null);
  const agencyCredit = profile ? (profile.agencyCredit ?? '') : byline.agencies.join('/') || (wire?.provenance.agency ?? '') || sourceAgency(parts.sourceLine);
  const { tags, subjects } = tagsAndSubjects(item.concepts);
  const notes = [
    ...(wire?.zoneless ? ['The wire’s times carry no time zone; they were read as UTC.'] : []),
    ...(parts.sourceLine ? [`Source line from the wire (taken out of the body): ${parts.sourceLine}`] : []),
  ];

  const article: Article = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    createdAt: timestamp,
    updatedAt: timestamp,
    publishedAt: profile?.publishedAt ?? null,
    status: profile?.status ?? 'draft',
    language,
    section: profile?.section ?? parts.vignette,
    headline,
    standfirst: standfirstOf(item),
    slug,
    slugEditedByHand: slug !== slugFromHeadline(headline),
    bylines: profile?.bylines ?? byline.names.map((name) => ({ name, role: DEFAULT_BYLINE_ROLE })),
    dateline: item.located,
    leadImage,
    body: parts.body,
    relatedLinks,
    tags,
    editorsNote: editorsNoteFor(item, pictures, profile, notes),
    agencyCredit,
    subjects,
    provenance,
    styleIgnores: [],
    review: emptyReview(),
  };
  // A wire's fields may be longer than a draft's; they are cut to the limits, and the editor's note says what was cut.
  const { fitted, cut } = fitFieldLimits(article);
  const cutNote = describeCut(cut);
  const checked = ArticleSchema.safeParse(cutNote ? { ...fitted, editorsNote: [cutNote, fitted.editorsNote].filter(Boolean).join('\n\n') } : fitted);
  if (!checked.success) throw new NinjsImportError(source, `could not be turned into a valid draft: ${checked.error.issues.map((issue) => issue.message).join('; ')}`);
  return { article: checked.data, pictures, ninjsVersion: item.version };
}

/** Parses the text of a ninjs file and imports it. */
export function importNinjsText(text: string, source: string, options: ImportOptions): NinjsImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new NinjsImportError(source, `is not valid JSON (${error instanceof SyntaxError ? error.message : String(error)}).`);
  }
  return importNinjsData(data, source, options);
}
