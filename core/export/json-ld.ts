import { isRemoteLeadImage, type Article, type Subject } from '../article/article-schema';
import { checkUrl } from '../text/url-allowlist';
import { bodyPlainText, countWords } from '../text/text-stats';
import { creditedBylines } from './credits';

type JsonLd = Record<string, unknown>;

/**
 * schema.org NewsArticle for an article.
 *
 * Bylines use schema.org's Role pattern: each `author` entry is a Role whose `roleName` is the byline's
 * role (“Political correspondent”, “Additional reporting”) and whose own `author` is the Person, so no
 * credited name is dropped and no role has to be guessed into author vs contributor. A byline without
 * a role is a plain Person. Bylines without a name are left out.
 *
 * The image `contentUrl` is given only when images are linked, never as a (possibly huge) data: URI.
 */
export function articleJsonLd(article: Article, options: { leadImageUrl: string | null }): JsonLd {
  const data: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    identifier: article.id,
    headline: article.headline,
  };
  if (article.standfirst.trim()) data.description = article.standfirst;
  data.inLanguage = article.language;
  if (article.section.trim()) data.articleSection = article.section;
  data.author = creditedBylines(article).map((byline) => {
      const person = { '@type': 'Person', name: byline.name };
      return byline.role.trim() ? { '@type': 'Role', roleName: byline.role, author: person } : person;
    });
  // A wire story was created when the agency first wrote it, not when it was imported.
  data.dateCreated = article.provenance?.firstCreated ?? article.createdAt;
  data.dateModified = article.updatedAt;
  if (article.publishedAt) data.datePublished = article.publishedAt;
  if (article.dateline.trim()) data.dateline = article.dateline;
  if (article.leadImage) {
    const { altText, caption, credit, width, height } = article.leadImage;
    const remote = isRemoteLeadImage(article.leadImage) ? article.leadImage.remote : null;
    const remoteUrl = remote && checkUrl(remote.href).ok ? remote.href : '';
    data.image = {
      '@type': 'ImageObject',
      ...(options.leadImageUrl !== null ? { contentUrl: options.leadImageUrl } : {}),
      ...(remoteUrl ? { url: remoteUrl } : {}),
      ...(remote?.uri ? { identifier: remote.uri } : {}),
      ...(caption.trim() ? { caption } : {}),
      ...(credit.trim() ? { creditText: credit } : {}),
      ...(altText.trim() ? { description: altText } : {}),
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
    };
  }
  Object.assign(data, wireJsonLd(article));
  data.keywords = article.tags;
  data.wordCount = countWords(bodyPlainText(article.body));
  return data;
}

const SUBJECT_TYPES: Readonly<Record<Subject['kind'], string>> = { subject: 'Thing', place: 'Place', organisation: 'Organization', person: 'Person', event: 'Event' };

function subjectJsonLd(subject: Subject): JsonLd {
  return {
    '@type': SUBJECT_TYPES[subject.kind],
    name: subject.name,
    ...(subject.uri && checkUrl(subject.uri).ok ? { sameAs: subject.uri } : {}),
    ...(subject.code || subject.uri ? { identifier: subject.code || subject.uri } : {}),
  };
}

/** What a wire story carried: the agency, the copyright, the wire item it is based on, and what it is about. */
function wireJsonLd(article: Article): JsonLd {
  const data: JsonLd = {};
  const agency = article.agencyCredit.trim();
  if (agency) data.sourceOrganization = { '@type': 'Organization', name: agency };
  const provenance = article.provenance;
  if (provenance?.copyrightHolder) data.copyrightHolder = { '@type': 'Organization', name: provenance.copyrightHolder };
  if (provenance?.copyrightNotice) data.copyrightNotice = provenance.copyrightNotice;
  if (provenance?.uri) data.isBasedOn = provenance.uri;
  const places = article.subjects.filter((subject) => subject.kind === 'place');
  const about = article.subjects.filter((subject) => subject.kind !== 'place');
  if (about.length > 0) data.about = about.map(subjectJsonLd);
  if (places.length > 0) data.contentLocation = places.map(subjectJsonLd);
  return data;
}

/**
 * JSON that cannot end the <script> element it sits in: `<`, `>` and `&` become \u escapes
 * (still the same JSON to a parser), so `</script>` typed into the copy stays data.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
