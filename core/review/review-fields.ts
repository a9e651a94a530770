import type { Article } from '../article/article-schema';
import type { ReviewField, ReviewFieldValue } from './review-schema';

/** The name each review field has on screen, as its label there says it. */
const REVIEW_FIELD_LABELS: Readonly<Record<ReviewField, string>> = {
  section: 'Section',
  headline: 'Headline',
  standfirst: 'Standfirst',
  dateline: 'Dateline',
  slug: 'Slug',
  bylines: 'Bylines',
  'leadImage.caption': 'Caption',
  'leadImage.credit': 'Credit',
  'leadImage.altText': 'Alt text',
  tags: 'Tags',
  relatedLinks: 'Related links',
  agencyCredit: 'Agency credit',
  editorsNote: 'Editor’s note',
};

export function describeReviewField(field: ReviewField): string {
  return REVIEW_FIELD_LABELS[field];
}

/** The order fields come in on screen: the article's head above the body, then the details panel. */
export const FIELDS_ABOVE_BODY: readonly ReviewField[] = ['section', 'headline', 'standfirst'];
export const FIELDS_BELOW_BODY: readonly ReviewField[] = [
  'slug',
  'bylines',
  'agencyCredit',
  'dateline',
  'leadImage.caption',
  'leadImage.credit',
  'leadImage.altText',
  'relatedLinks',
  'tags',
  'editorsNote',
];

type ArticleFields = Omit<Article, 'body'>;

/** A field's value as the article holds it, or null when it is not there (a lead image's part with no lead image). */
export function reviewFieldValue<Field extends ReviewField>(article: ArticleFields, field: Field): ReviewFieldValue<Field> | null;
export function reviewFieldValue(article: ArticleFields, field: ReviewField): unknown {
  switch (field) {
    case 'leadImage.caption':
      return article.leadImage?.caption ?? null;
    case 'leadImage.credit':
      return article.leadImage?.credit ?? null;
    case 'leadImage.altText':
      return article.leadImage?.altText ?? null;
    default:
      return article[field];
  }
}

/** A field's text, or null when it is not there or is a list (bylines, tags, related links), which has no one text. */
export function reviewFieldText(article: ArticleFields, field: ReviewField): string | null {
  const value = reviewFieldValue(article, field);
  return typeof value === 'string' ? value : null;
}

/** The article with `value` written into the field; unchanged when the field is not there (no lead image). */
export function withReviewFieldValue<Fields extends ArticleFields, Field extends ReviewField>(article: Fields, field: Field, value: ReviewFieldValue<Field>): Fields;
export function withReviewFieldValue<Fields extends ArticleFields>(article: Fields, field: ReviewField, value: unknown): Fields {
  switch (field) {
    case 'leadImage.caption':
    case 'leadImage.credit':
    case 'leadImage.altText': {
      if (!article.leadImage) return article;
      const part = field === 'leadImage.caption' ? 'caption' : field === 'leadImage.credit' ? 'credit' : 'altText';
      return { ...article, leadImage: { ...article.leadImage, [part]: value } };
    }
    default:
      return { ...article, [field]: value };
  }
}
