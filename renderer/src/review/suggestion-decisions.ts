import { HISTORY_PUSH_TAG } from 'lexical';
import type { ArticleBody } from '../../../core/article/article-schema';
import type { SuggestionDecision } from '../../../core/review/body-suggestions';
import { chosenBy, decideSuggestions, type SuggestionChoice } from '../../../core/review/decide-suggestions';
import { useArticleStore } from '../store/article-store';
import { $decideBodySuggestions, $readBodySuggestions, useBodySuggestions } from './body-suggestions-live';
import { commentAuthor } from './comment-author';
import { changeBodyAsDecision, liveBodyEditor, recordDecision } from './decision-undo';

/** The body is the editor's (it decides body suggestions itself); the fields' decision reads none. */
const NO_BODY: ArticleBody = { root: { type: 'root', version: 1, children: [] } };

/**
 * Accepts or rejects the chosen pending suggestions (one by id, all, or all by one person), in the
 * fields and in the body: the one way every control decides them (the cards beside the fields, the
 * review panel, Review ▸ Accept / Reject All Changes). One undoable step (the body's part one
 * history step of its editor) with one review log entry by the user saying what was decided.
 */
export async function decidePendingSuggestions(decision: SuggestionDecision, choice: SuggestionChoice): Promise<void> {
  const by = await commentAuthor();
  if (!by) return;
  const stamp = { id: crypto.randomUUID(), by, at: new Date().toISOString() };
  const isChosen = chosenBy(choice);
  const editor = liveBodyEditor();
  const inBody = editor ? editor.getEditorState().read($readBodySuggestions).filter(isChosen) : [];
  const store = useArticleStore.getState();
  const before = store.metadata;
  const { body: _body, ...decided } = decideSuggestions({ ...before, body: NO_BODY }, decision, choice, stamp, { body: 'left', decidedInBody: inBody });
  const entry = decided.review.log.at(-1);
  if (decided.review === before.review || !entry) return;
  const bodyStep =
    editor !== null && inBody.length > 0 && changeBodyAsDecision(editor, () => editor.update(() => $decideBodySuggestions(decision, isChosen), { discrete: true, tag: HISTORY_PUSH_TAG }));
  // The panel's list at once, not after SuggestionsPlugin's typing pause: focus moves on to a card that stays.
  if (editor && inBody.length > 0) useBodySuggestions.getState().set(editor.getEditorState().read($readBodySuggestions));
  store.decideFields(() => decided);
  // A body change its history did not keep cannot be taken back with the fields, so neither is offered.
  if (inBody.length === 0 || bodyStep) recordDecision({ summary: entry.summary, before, after: useArticleStore.getState().metadata, body: bodyStep });
}
