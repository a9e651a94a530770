import type { ArticleBody } from '../../../core/article/article-schema';
import type { SuggestionDecision } from '../../../core/review/body-suggestions';
import { decideSuggestions, type SuggestionChoice } from '../../../core/review/decide-suggestions';
import { useArticleStore } from '../store/article-store';
import { commentAuthor } from './comment-author';

/** The body is the editor's (it decides body suggestions itself); the fields' decision reads none. */
const NO_BODY: ArticleBody = { root: { type: 'root', version: 1, children: [] } };

/**
 * Accepts or rejects the chosen field suggestions (one by id, all, or all by one person) with a log
 * entry by the user; body suggestions are left to the body editor. Fields have no undo of their own.
 */
export async function decideFieldSuggestions(decision: SuggestionDecision, choice: SuggestionChoice): Promise<void> {
  const by = await commentAuthor();
  if (!by) return;
  const stamp = { id: crypto.randomUUID(), by, at: new Date().toISOString() };
  useArticleStore.getState().decideFields((metadata) => {
    const { body: _body, ...decided } = decideSuggestions({ ...metadata, body: NO_BODY }, decision, choice, stamp, { body: 'left' });
    return decided;
  });
}
