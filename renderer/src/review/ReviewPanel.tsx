import './comments.css';
import type { RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { CommentsSection } from './CommentsSection';
import { SuggestionsSection } from './SuggestionsSection';
import { useReviewUi } from './review-ui-store';
import { HandoffButtons } from './HandoffCommands';

/**
 * The review side panel: one section per kind of review (pending suggestions, then comments),
 * each its own component. Shown from View ▸ Review Panel, the app bar, or when a comment is started.
 */
export function ReviewPanel({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  return (
    <aside id="review-panel" className="side-panel" aria-label="Review">
      <div className="side-panel-head">
        <h2 className="side-panel-title">Review</h2>
        <button type="button" className="icon-button" aria-label="Close review panel" title="Close review panel" onClick={() => useReviewUi.getState().setPanelShown(false)}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
            <path d="m4 4 8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
      <SuggestionsSection />
      <CommentsSection editorRef={editorRef} />
      {/* Last: handing over comes after the review. */}
      <HandoffButtons />
    </aside>
  );
}
