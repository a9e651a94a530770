import { useEffect, useId, useState, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { REVIEW_LIMITS } from '../../../core/review/review-schema';
import { isModShortcut } from '../app/shortcuts';
import { returnToText } from './add-comment';
import { QuotedText } from './QuotedText';
import { useReviewUi, type CommentTarget } from './review-ui-store';
import { postComment } from './thread-actions';
import { selectThreadText, showPendingSelection } from './body-marks';

/** The box for a new comment on the selected text; posting or cancelling puts the caret back in that text. */
export function NewCommentForm({ target, editorRef }: { target: CommentTarget; editorRef: RefObject<LexicalEditor | null> }) {
  const [text, setText] = useState('');
  const id = useId();

  useEffect(() => {
    const editor = editorRef.current;
    return target.kind === 'body' && editor ? showPendingSelection(editor, target.selection) : undefined;
  }, [target, editorRef]);

  const close = (posted: string | null) => {
    useReviewUi.getState().compose(null);
    // Back to the words commented on, selected; a new body comment's words are now its mark.
    const editor = editorRef.current;
    if (posted && target.kind === 'body' && editor) selectThreadText(editor, posted);
    returnToText(editor, target);
  };
  const post = async () => {
    if (!text.trim()) return;
    const posted = await postComment(editorRef.current, target, text.trim());
    if (posted) close(posted);
  };

  return (
    <form
      className="comment-card comment-card-new"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void post();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close(null);
        }
      }}
    >
      <h3 id={`${id}-title`} className="comment-card-title">
        New comment
      </h3>
      <QuotedText field={target.kind === 'field' ? target.field : null} quote={target.quote} />
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        Your comment
      </label>
      <textarea
        id={`${id}-text`}
        className="field-input comment-input"
        // The box opens because the reporter asked to write in it.
        autoFocus
        value={text}
        maxLength={REVIEW_LIMITS.commentText}
        placeholder="Write a comment"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (isModShortcut(event, 'enter')) {
            event.preventDefault();
            void post();
          }
        }}
      />
      <div className="button-row comment-actions">
        <button type="submit" className="button button-small button-primary" disabled={!text.trim()}>
          Comment
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => close(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
