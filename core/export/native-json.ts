import type { Article } from '../article/article-schema';
import { serializeArticle } from '../article/load-article';

/**
 * The native Copydesk JSON, for another Copydesk or a system that reads the published schema
 * (core/article/article.schema.json, $id ARTICLE_JSON_SCHEMA_ID). It is exactly the validated article,
 * with no `$schema` key (the strict schema refuses unknown keys; `schemaVersion` says which format it is),
 * and with the editor's note emptied: the note is internal and no export carries it.
 */
export function articleToNativeJson(article: Article): string {
  return serializeArticle({ ...article, editorsNote: '' });
}
