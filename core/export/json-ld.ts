import type { Article } from '../article/article-schema';
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
  data.dateCreated = article.createdAt;
  data.dateModified = article.updatedAt;
  if (article.publishedAt) data.datePublished = article.publishedAt;
  if (article.dateline.trim()) data.dateline = article.dateline;
  if (article.leadImage) {
    const { altText, caption, credit, width, height } = article.leadImage;
    data.image = {
      '@type': 'ImageObject',
      ...(options.leadImageUrl !== null ? { contentUrl: options.leadImageUrl } : {}),
      ...(caption.trim() ? { caption } : {}),
      ...(credit.trim() ? { creditText: credit } : {}),
      ...(altText.trim() ? { description: altText } : {}),
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
    };
  }
  data.keywords = article.tags;
  data.wordCount = countWords(bodyPlainText(article.body));
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
