import type { LexicalEditor } from 'lexical';
import { useArticleStore } from '../store/article-store';
import { readBodySelection } from './body-marks';
import { commentableFieldOf, fieldSelection, isCommentableField, selectFieldRange, type CommentableField } from './comment-fields';
import { useReviewUi, type CommentTarget } from './review-ui-store';

/**
 * Where the reporter last had the caret: the body or a commentable field. A comment is added to that
 * text's selection, so the toolbar button, which takes focus when reached by Tab, still knows it.
 */
let lastText: 'body' | CommentableField | null = null;

/** Follows focus into the body and the commentable fields; returns the stop function. */
export function trackCommentableText(editor: () => LexicalEditor | null): () => void {
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (editor()?.getRootElement()?.contains(target)) lastText = 'body';
    else {
      const field = commentableFieldOf(target);
      if (field) lastText = field;
    }
  };
  document.addEventListener('focusin', onFocusIn);
  return () => document.removeEventListener('focusin', onFocusIn);
}

export const NOTHING_SELECTED = 'Select the words to comment on first, in the body, the headline, the standfirst or the caption.';

function currentTarget(editor: LexicalEditor | null): CommentTarget | null {
  if (lastText === 'body') {
    const selected = editor ? readBodySelection(editor) : null;
    return selected && { kind: 'body', ...selected };
  }
  if (lastText) {
    const selected = fieldSelection(lastText);
    return selected && { kind: 'field', field: lastText, ...selected };
  }
  return null;
}

/** Opens the new-comment box in the review panel for the selected text, or says what to select. */
export function startComment(editor: LexicalEditor | null): void {
  const target = currentTarget(editor);
  if (!target) {
    useArticleStore.getState().showAlert(NOTHING_SELECTED);
    return;
  }
  useReviewUi.getState().compose(target);
}

/** Puts the caret back in the text a comment is about, with that text selected. */
export function returnToText(editor: LexicalEditor | null, target: CommentTarget): void {
  if (target.kind === 'field') {
    if (isCommentableField(target.field)) selectFieldRange(target.field, target);
    return;
  }
  editor?.focus();
}
