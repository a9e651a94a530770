import type { LexicalEditor } from 'lexical';
import type { Article, ArticleBody } from '../../../core/article/article-schema';
import { useArticleStore } from '../store/article-store';

/**
 * The article as it stands on screen, body serialized from the editor. Costs a full serialization:
 * call it when the check panel, the preview or an export opens, never while typing.
 */
export function articleOnScreen(editor: LexicalEditor | null): Article {
  const { metadata, document } = useArticleStore.getState();
  // A body the editor could not show is kept as loaded (as saving does).
  const body = !editor || document.bodyProblem ? document.body : (editor.getEditorState().toJSON() as unknown as ArticleBody);
  return { ...metadata, body };
}
