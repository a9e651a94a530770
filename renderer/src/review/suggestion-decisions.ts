import type { ArticleBody } from '../../../core/article/article-schema';
import type { SuggestionDecision } from '../../../core/review/body-suggestions';
import { decideSuggestions, type SuggestionChoice } from '../../../core/review/decide-suggestions';
import { useArticleStore } from '../store/article-store';
import { commentAuthor } from './comment-author';
import { recordDecision } from './decision-undo';

/** The body is the editor's (it decides body suggestions itself); the fields' decision reads none. */
const NO_BODY: ArticleBody = { root: { type: 'root', version: 1, children: [] } };

/**
 * Accepts or rejects the chosen pending suggestions (one by id, all, or all by one person): the one
 * way every control decides them (the cards beside the fields, the review panel, Review ▸ Accept /
 * Reject All Changes). One undoable step with one review log entry by the user.
 */
export async function decidePendingSuggestions(decision: SuggestionDecision, choice: SuggestionChoice): Promise<void> {
  const by = await commentAuthor();
  if (!by) return;
  const stamp = { id: crypto.randomUUID(), by, at: new Date().toISOString() };
  const store = useArticleStore.getState();
  const before = store.metadata;
  store.decideFields((metadata) => {
    const { body: _body, ...decided } = decideSuggestions({ ...metadata, body: NO_BODY }, decision, choice, stamp, { body: 'left' });
    return decided;
  });
  const after = useArticleStore.getState().metadata;
  const entry = after.review.log.at(-1);
  if (after !== before && entry) recordDecision({ summary: entry.summary, before, after, body: false });
}
