import { useEffect, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { registerCommandHandlers } from '../commands/command-registry';
import { startComment, trackCommentableText } from './add-comment';
import { useReviewUi } from './review-ui-store';
import { commentAuthor } from './comment-author';
import { hasPendingSuggestions } from './pending-suggestions';
import { decidePendingSuggestions } from './suggestion-decisions';

/** Shows or hides the review panel; hiding it puts focus back in the article rather than on nothing. */
function toggleReviewPanel(editor: LexicalEditor | null): void {
  const { panelShown, setPanelShown } = useReviewUi.getState();
  if (panelShown && document.getElementById('review-panel')?.contains(document.activeElement)) editor?.focus();
  setPanelShown(!panelShown);
}

/** Suggestions are signed, so Suggesting mode asks who is working first (and stays off if nobody says). */
async function toggleSuggesting(): Promise<void> {
  const { mode, setMode } = useReviewUi.getState();
  if (mode === 'suggesting') setMode('editing');
  else if (await commentAuthor()) setMode('suggesting');
}

/**
 * The review commands of the command table (Add Comment… from its key, the Review menu, the context
 * menu and the toolbar; View ▸ Review Panel; Edit ▸ Suggesting Mode; Review ▸ Accept / Reject All
 * Changes, which the compare view takes over while it is open) and the focus tracking Add Comment needs.
 */
export function useReviewCommands(editorRef: RefObject<LexicalEditor | null>): void {
  useEffect(() => trackCommentableText(() => editorRef.current), [editorRef]);
  useEffect(
    () =>
      registerCommandHandlers({
        'comment.add': { run: () => startComment(editorRef.current) },
        'view.reviewPanel': { run: () => toggleReviewPanel(editorRef.current) },
        'review.toggleSuggesting': { run: () => void toggleSuggesting() },
        'review.acceptAll': { run: () => void decidePendingSuggestions('accept', { all: true }), isEnabled: hasPendingSuggestions },
        'review.rejectAll': { run: () => void decidePendingSuggestions('reject', { all: true }), isEnabled: hasPendingSuggestions },
      }),
    [editorRef],
  );
}
