import type { Article } from '../../../core/article/article-schema';
import { ArticleLoadError, loadArticleText, serializeArticle } from '../../../core/article/load-article';
import { HostError } from '../../../core/host-api/contract';
import type { DraftStore } from './draft-store';

/** Parses a native draft's text; a file that is not one becomes a 'bad-file' HostError naming it. */
export function parseDraftText(text: string, file: string): Article {
  try {
    return loadArticleText(text, file).article;
  } catch (error) {
    if (error instanceof ArticleLoadError) throw new HostError('bad-file', error.message);
    throw error;
  }
}

/**
 * The id a draft arriving from outside (a file, a .copydesk, the OS) is stored under: its own, unless
 * the library holds a different draft with that id. Nothing in the library is ever overwritten.
 */
export async function withFreeId(
  deps: { drafts: Pick<DraftStore, 'exists' | 'load'>; newId: () => string },
  article: Article,
): Promise<Article> {
  if (!(await deps.drafts.exists(article.id))) return article;
  const stored = await deps.drafts.load(article.id).catch(() => null);
  return stored && serializeArticle(stored) === serializeArticle(article) ? article : { ...article, id: deps.newId() };
}
