import { attachedLeadImage, isRemoteLeadImage, type Article, type SerializedBodyNode, type ArticleStatus, type LeadImage, type RemoteLeadImage, type Subject } from '../article/article-schema';
import { articleAsPublished } from '../review/published-article';
import { joinBylineNames } from '../ninjs/byline';
import {
  COPYDESK_NINJS_PROFILE_SCHEMA,
  WIRE_URI_ALTID_ROLE,
  BODY_PICTURE_ASSOCIATION_PREFIX,
  EMBED_ASSOCIATION_PREFIX,
  LEAD_IMAGE_ASSOCIATION,
  NINJS_VERSION,
  PICTURE_DESCRIPTION_ROLES,
  RELATED_LINK_ASSOCIATION_PREFIX,
  type CopydeskNinjsItem,
  type NinjsConcept,
  type NinjsItem,
  type NinjsText,
} from '../ninjs/profile';
import { bodyPlainText, countCharacters, countWords } from '../text/text-stats';
import { checkUrl } from '../text/url-allowlist';
import { bodyToHtml } from './body-html';
import { EMBED_TYPE, embed, PROVIDERS } from '../blocks/embed';
import { bodyImage, IMAGE_TYPE, pictureMediaType, type BodyImage } from '../blocks/image';

/**
 * An article as an IPTC ninjs 2.2 news item in the Copydesk profile (docs/ninjs-mapping.md).
 * The editor's note is never exported; related links off the http/https/mailto allowlist are left out.
 */
export function articleToNinjs(stored: Article): CopydeskNinjsItem {
  const article = articleAsPublished(stored);
  const uri = articleUri(article.id);
  const leadImage = attachedLeadImage(article.leadImage);
  const item: CopydeskNinjsItem = {
    uri,
    type: 'text',
    representationtype: 'full',
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: COPYDESK_NINJS_PROFILE_SCHEMA },
    // A wire story was first created by the agency; this version is the newsroom's.
    firstcreated: article.provenance?.firstCreated ?? article.createdAt,
    versioncreated: article.updatedAt,
    pubstatus: pubstatusFor(article.status),
    ...rightsFields(article),
    language: article.language,
    ...ifText(article.headline, { headlines: [{ role: 'main', value: article.headline }] }),
    ...ifText(article.standfirst, { descriptions: [{ role: 'summary', contenttype: 'text/plain', value: article.standfirst }] }),
    bodies: bodies(article),
    ...byField(article),
    ...ifText(article.slug, { slugline: article.slug }),
    ...ifText(article.dateline, { located: article.dateline }),
    ...conceptFields(article),
    ...associations(article, uri),
    copydesk: {
      section: article.section,
      bylines: article.bylines.map(({ name, role }) => ({ name, role })),
      status: article.status,
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      ...(leadImage ? { leadImage: { file: leadImage.file } } : {}),
      ...ifText(article.agencyCredit, { agencyCredit: article.agencyCredit }),
      ...(article.provenance ? { provenance: article.provenance } : {}),
    },
  };
  return item;
}

export function serializeNinjs(article: Article): string {
  return `${JSON.stringify(articleToNinjs(article), null, 2)}\n`;
}

export function articleUri(id: string): string {
  return `urn:uuid:${id}`;
}

/**
 * ninjs knows only usable, withheld and canceled. Anything not yet approved must not run, so it goes
 * out withheld; the exact workflow status travels in the profile.
 */
export function pubstatusFor(status: ArticleStatus): 'usable' | 'withheld' {
  return status === 'approved' ? 'usable' : 'withheld';
}

/** The fields unless `text` is empty: empty article fields are left out rather than sent as "". */
function ifText<Fields extends object>(text: string, fields: Fields): Fields | Record<never, never> {
  return text === '' ? {} : fields;
}

/** “Christian Hollmann, dpa”: the people, then the agency, as wires write it (and as the import reads it back). */
function byField(article: Article): Pick<NinjsItem, 'by'> {
  const names = joinBylineNames(article.bylines.map((byline) => byline.name), article.language);
  const agency = article.agencyCredit.trim();
  const by = names && agency ? `${names}, ${agency}` : names || agency;
  return ifText(by, { by });
}

/** Urgency, copyright and usage terms as the wire gave them; the agencies as info sources; the wire's own uri as an alternative id. */
function rightsFields(article: Article): Partial<NinjsItem> {
  const provenance = article.provenance;
  const sources = [...new Set([article.agencyCredit.trim(), provenance?.agency.trim() ?? ''].filter(Boolean))];
  return {
    ...(provenance?.urgency ? { urgency: provenance.urgency } : {}),
    ...ifText(provenance?.copyrightHolder ?? '', { copyrightholder: provenance?.copyrightHolder }),
    ...ifText(provenance?.copyrightNotice ?? '', { copyrightnotice: provenance?.copyrightNotice }),
    ...ifText(provenance?.usageTerms ?? '', { usageterms: provenance?.usageTerms }),
    ...(sources.length > 0 ? { infosources: sources.map((name) => ({ name })) } : {}),
    ...ifText(provenance?.uri ?? '', { altids: [{ role: WIRE_URI_ALTID_ROLE, value: provenance?.uri ?? '' }] }),
  };
}

function concept(subject: Subject): NinjsConcept {
  return { name: subject.name, ...(subject.uri && ABSOLUTE_URI.test(subject.uri) ? { uri: subject.uri } : {}), ...ifText(subject.code, { literal: subject.code }) };
}

const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
const CONCEPT_FIELDS = { subject: 'subjects', place: 'places', organisation: 'organisations', person: 'people', event: 'events' } as const;

/** Tags as plain subjects; coded subjects, places, organisations, people and events each in their own ninjs list, with their codes. */
function conceptFields(article: Article): Partial<NinjsItem> {
  const fields: Partial<Record<(typeof CONCEPT_FIELDS)[Subject['kind']], NinjsConcept[]>> = {};
  const add = (kind: Subject['kind'], entry: NinjsConcept) => (fields[CONCEPT_FIELDS[kind]] ??= []).push(entry);
  for (const tag of article.tags) add('subject', { name: tag });
  for (const subject of article.subjects) add(subject.kind, concept(subject));
  return fields;
}

function bodies(article: Article): NinjsItem['bodies'] {
  const plain = bodyPlainText(article.body);
  const counts = { charcount: countCharacters(plain), wordcount: countWords(plain) };
  return [
    { role: 'main', contenttype: 'text/html', ...counts, value: bodyToHtml(article.body) },
    { role: 'main', contenttype: 'text/plain', ...counts, value: plain },
  ];
}

function associations(article: Article, uri: string): Pick<NinjsItem, 'associations'> {
  const list: NonNullable<NinjsItem['associations']> = [];
  if (article.leadImage) list.push(isRemoteLeadImage(article.leadImage) ? remotePictureAssociation(article.leadImage, uri) : pictureAssociation(article.leadImage, uri));
  list.push(...bodyAssociations(article.body.root.children, uri));
  let linkNumber = 0;
  for (const link of article.relatedLinks) {
    const checked = checkUrl(link.url);
    if (!checked.ok) continue;
    linkNumber += 1;
    list.push({
      name: `${RELATED_LINK_ASSOCIATION_PREFIX}${linkNumber}`,
      uri: checked.url,
      type: 'text',
      representationtype: 'partial',
      ...ifText(link.title, { headlines: [{ role: 'main', value: link.title }] }),
    });
  }
  return list.length > 0 ? { associations: list } : {};
}

/** The body's nodes in document order, blocks inside fact boxes and tables included. */
function everyNode(nodes: readonly SerializedBodyNode[]): SerializedBodyNode[] {
  return nodes.flatMap((node) => [node, ...everyNode(node.children ?? [])]);
}

/** The body's pictures (`picture-1`…) and embeds (`embed-1`…), in the order the body shows them. */
function bodyAssociations(nodes: readonly SerializedBodyNode[], articleUri: string): (NinjsItem & { name: string })[] {
  const found: (NinjsItem & { name: string })[] = [];
  let pictures = 0;
  let embeds = 0;
  for (const node of everyNode(nodes)) {
    if (node.type === IMAGE_TYPE) {
      const image = bodyImage(node);
      if (image.file === '') continue;
      pictures += 1;
      found.push({ ...pictureAssociation(bodyPicture(image), articleUri), name: `${BODY_PICTURE_ASSOCIATION_PREFIX}${pictures}` });
    } else if (node.type === EMBED_TYPE) {
      const { url, provider } = embed(node);
      if (url === null) continue;
      embeds += 1;
      // Nothing of the provider's is in the item: the address is the embed, as the body's fallback link is.
      found.push({
        name: `${EMBED_ASSOCIATION_PREFIX}${embeds}`,
        uri: url,
        type: PROVIDERS[provider].ninjsType,
        representationtype: 'partial',
        ...(provider === 'link' ? {} : { infosources: [{ name: PROVIDERS[provider].name }] }),
        renditions: [{ name: 'web', href: url }],
      });
    }
  }
  return found;
}

/** A picture in the draft as an association describes it: the lead image, or a body picture (whose media type is its file's). */
type DraftPicture = Pick<LeadImage, 'file' | 'altText' | 'caption' | 'credit' | 'width' | 'height'> & { mediaType?: string };

function bodyPicture(image: BodyImage): DraftPicture {
  const mediaType = pictureMediaType(image.file);
  return {
    file: image.file,
    ...(mediaType ? { mediaType } : {}),
    altText: image.altText,
    caption: image.caption,
    credit: image.credit,
    ...(image.width ? { width: image.width } : {}),
    ...(image.height ? { height: image.height } : {}),
  };
}

/** A wire picture not yet attached: the agency's uri and rendition address, so a receiver can fetch it. */
function remotePictureAssociation(image: RemoteLeadImage, articleUri: string): NinjsItem & { name: string } {
  const href = checkUrl(image.remote.href).ok ? image.remote.href : '';
  return {
    ...pictureDescription(image),
    uri: image.remote.uri || `${articleUri}#lead-picture`,
    renditions: [
      {
        name: 'original',
        ...ifText(href, { href }),
        ...ifText(image.mediaType ?? '', { contenttype: image.mediaType }),
        ...(image.width ? { width: image.width } : {}),
        ...(image.height ? { height: image.height } : {}),
      },
    ],
  };
}

/** A picture of the draft (the lead or one in the body): caption, credit and alt text as roled descriptions; the file itself stays with the draft. */
function pictureAssociation(image: DraftPicture, articleUri: string): NinjsItem & { name: string } {
  return {
    ...pictureDescription(image),
    // The picture has no address of its own outside the draft, so it is named as a part of the article.
    uri: `${articleUri}#${image.file}`,
    renditions: [
      {
        name: 'original',
        ...ifText(image.mediaType ?? '', { contenttype: image.mediaType }),
        ...(image.width ? { width: image.width } : {}),
        ...(image.height ? { height: image.height } : {}),
      },
    ],
  };
}

function pictureDescription(image: Pick<LeadImage | RemoteLeadImage, 'altText' | 'caption' | 'credit'>): Omit<NinjsItem, 'uri'> & { name: string } {
  const descriptions: NinjsText[] = [];
  const describe = (role: string, value: string) => {
    if (value !== '') descriptions.push({ role, value });
  };
  describe(PICTURE_DESCRIPTION_ROLES.caption, image.caption);
  describe(PICTURE_DESCRIPTION_ROLES.credit, image.credit);
  describe(PICTURE_DESCRIPTION_ROLES.altText, image.altText);
  return {
    name: LEAD_IMAGE_ASSOCIATION,
    type: 'picture',
    representationtype: 'partial',
    ...ifText(image.credit, { by: image.credit }),
    ...(descriptions.length > 0 ? { descriptions } : {}),
  };
}
