import { emptyReview } from '../review/review-schema';
import { CURRENT_SCHEMA_VERSION, type Article, type ArticleBody } from './article-schema';

export function emptyBody(): ArticleBody {
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: null,
      children: [
        { type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, textStyle: '', children: [] },
      ],
    },
  };
}

export function createArticle(options: { id: string; now: Date; language?: string }): Article {
  const timestamp = options.now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    createdAt: timestamp,
    updatedAt: timestamp,
    publishedAt: null,
    status: 'draft',
    language: options.language ?? 'en',
    section: '',
    headline: '',
    standfirst: '',
    slug: '',
    slugEditedByHand: false,
    bylines: [],
    dateline: '',
    leadImage: null,
    body: emptyBody(),
    relatedLinks: [],
    tags: [],
    editorsNote: '',
    agencyCredit: '',
    subjects: [],
    provenance: null,
    styleIgnores: [],
    review: emptyReview(),
  };
}
