import { useEffect, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { registerCommandHandlers } from '../commands/command-registry';
import { startComment, trackCommentableText } from './add-comment';
import { useReviewUi } from './review-ui-store';

/** Shows or hides the review panel; hiding it puts focus back in the article rather than on nothing. */
function toggleReviewPanel(editor: LexicalEditor | null): void {
  const { panelShown, setPanelShown } = useReviewUi.getState();
  if (panelShown && document.getElementById('review-panel')?.contains(document.activeElement)) editor?.focus();
  setPanelShown(!panelShown);
}

/**
 * The comment commands of the command table (Add Comment… from its key, the Review menu, the context
 * menu and the toolbar; View ▸ Review Panel; Edit ▸ Suggesting Mode) and the focus tracking Add Comment needs.
 */
export function useReviewCommands(editorRef: RefObject<LexicalEditor | null>): void {
  useEffect(() => trackCommentableText(() => editorRef.current), [editorRef]);
  useEffect(
    () =>
      registerCommandHandlers({
        'comment.add': { run: () => startComment(editorRef.current) },
        'view.reviewPanel': { run: () => toggleReviewPanel(editorRef.current) },
        'review.toggleSuggesting': { run: () => useReviewUi.getState().setMode(useReviewUi.getState().mode === 'suggesting' ? 'editing' : 'suggesting') },
      }),
    [editorRef],
  );
}
