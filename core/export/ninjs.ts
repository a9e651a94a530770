import { attachedLeadImage, type Article, type ArticleStatus, type LeadImage } from '../article/article-schema';
import { joinBylineNames } from '../ninjs/byline';
import {
  COPYDESK_NINJS_PROFILE_SCHEMA,
  LEAD_IMAGE_ASSOCIATION,
  NINJS_VERSION,
  PICTURE_DESCRIPTION_ROLES,
  RELATED_LINK_ASSOCIATION_PREFIX,
  type CopydeskNinjsItem,
  type NinjsItem,
  type NinjsText,
} from '../ninjs/profile';
import { bodyPlainText, countCharacters, countWords } from '../text/text-stats';
import { checkUrl } from '../text/url-allowlist';
import { bodyToHtml } from './body-html';

/**
 * An article as an IPTC ninjs 2.2 news item in the Copydesk profile (docs/ninjs-mapping.md).
 * The editor's note is never exported; related links off the http/https/mailto allowlist are left out.
 */
export function articleToNinjs(article: Article): CopydeskNinjsItem {
  const uri = articleUri(article.id);
  const leadImage = attachedLeadImage(article.leadImage);
  const item: CopydeskNinjsItem = {
    uri,
    type: 'text',
    representationtype: 'full',
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: COPYDESK_NINJS_PROFILE_SCHEMA },
    firstcreated: article.createdAt,
    versioncreated: article.updatedAt,
    pubstatus: pubstatusFor(article.status),
    language: article.language,
    ...ifText(article.headline, { headlines: [{ role: 'main', value: article.headline }] }),
    ...ifText(article.standfirst, { descriptions: [{ role: 'summary', contenttype: 'text/plain', value: article.standfirst }] }),
    bodies: bodies(article),
    ...byField(article),
    ...ifText(article.slug, { slugline: article.slug }),
    ...ifText(article.dateline, { located: article.dateline }),
    ...(article.tags.length > 0 ? { subjects: article.tags.map((tag) => ({ name: tag })) } : {}),
    ...associations(article, uri),
    copydesk: {
      section: article.section,
      bylines: article.bylines.map(({ name, role }) => ({ name, role })),
      status: article.status,
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      ...(leadImage ? { leadImage: { file: leadImage.file } } : {}),
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

function byField(article: Article): Pick<NinjsItem, 'by'> {
  const by = joinBylineNames(article.bylines.map((byline) => byline.name), article.language);
  return ifText(by, { by });
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
  const leadImage = attachedLeadImage(article.leadImage);
  if (leadImage) list.push(pictureAssociation(leadImage, uri));
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

/** The lead picture: caption, credit and alt text as roled descriptions; the file itself stays with the draft. */
function pictureAssociation(image: LeadImage, articleUri: string): NinjsItem & { name: string } {
  const descriptions: NinjsText[] = [];
  const describe = (role: string, value: string) => {
    if (value !== '') descriptions.push({ role, value });
  };
  describe(PICTURE_DESCRIPTION_ROLES.caption, image.caption);
  describe(PICTURE_DESCRIPTION_ROLES.credit, image.credit);
  describe(PICTURE_DESCRIPTION_ROLES.altText, image.altText);
  return {
    name: LEAD_IMAGE_ASSOCIATION,
    // The picture has no address of its own outside the draft, so it is named as a part of the article.
    uri: `${articleUri}#${image.file}`,
    type: 'picture',
    representationtype: 'partial',
    ...ifText(image.credit, { by: image.credit }),
    ...(descriptions.length > 0 ? { descriptions } : {}),
    renditions: [
      {
        name: 'original',
        contenttype: image.mediaType,
        ...(image.width ? { width: image.width } : {}),
        ...(image.height ? { height: image.height } : {}),
      },
    ],
  };
}
