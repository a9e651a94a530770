import { useMemo, type ReactNode, type SyntheticEvent } from 'react';
import { locateFieldAnchor, splitByRanges } from '../../../core/review/comment-threads';
import { useArticleStore } from '../store/article-store';
import { COMMENTABLE_FIELDS, type CommentableField } from './comment-fields';
import { useReviewUi } from './review-ui-store';

/** Stands for the comment being written among the threads' ranges. */
const PENDING = 'pending';

/** The open threads on this field and where their text is now. */
function useFieldRanges(field: CommentableField, value: string) {
  const threads = useArticleStore((state) => state.metadata.review.threads);
  return useMemo(
    () =>
      threads.flatMap((thread) => {
        if (thread.status !== 'open' || thread.anchor.kind !== 'field' || thread.anchor.field !== field) return [];
        const range = locateFieldAnchor(value, thread.anchor, thread.quote);
        return range ? [{ id: thread.id, ...range }] : [];
      }),
    [threads, field, value],
  );
}

interface CommentedFieldProps {
  field: CommentableField;
  value: string;
  /** The field control's own class, so the highlight layer sets its text exactly as the control does. */
  controlClassName: string;
  /** The textarea or input. */
  children: ReactNode;
}

/**
 * A plain text field whose commented words are highlighted like the body's marks. Form controls
 * cannot carry markup, so a layer with the same text, laid out by the same class, sits over the
 * control: its text is transparent, only the highlight shows, and it lets every click through.
 * Moving the caret into highlighted words makes their thread the active one.
 */
export function CommentedField({ field, value, controlClassName, children }: CommentedFieldProps) {
  const ranges = useFieldRanges(field, value);
  const activeThreadId = useReviewUi((state) => state.activeThreadId);
  // The words a new comment is being written on stay marked while focus is in the panel.
  const composing = useReviewUi((state) => state.composing);
  const pending = composing?.kind === 'field' && composing.field === field ? [{ id: PENDING, start: composing.start, end: composing.end }] : [];
  const shown = [...ranges, ...pending];

  const followCaret = (event: SyntheticEvent) => {
    const control = event.target;
    if (!(control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement) || control.selectionStart === null) return;
    const caret = control.selectionStart;
    const range = ranges.find(({ start, end }) => start <= caret && caret <= end);
    useReviewUi.getState().setActiveThread(range?.id ?? null);
  };

  return (
    <span className="field-overlay" onSelect={followCaret}>
      {children}
      {shown.length > 0 && (
        <span className={`${controlClassName} field-overlay-layer`} aria-hidden="true">
          {splitByRanges(value, shown).map((piece, index) =>
            piece.ids.length ? (
              <mark key={index} className={piece.ids.some((id) => id === activeThreadId || id === PENDING) ? 'field-comment-mark field-comment-mark-active' : 'field-comment-mark'}>
                {piece.text}
              </mark>
            ) : (
              piece.text
            ),
          )}
          {/* A textarea gives a trailing line break a line of its own; so must the layer. */}
          {value.endsWith('\n') && '\u200b'}
        </span>
      )}
    </span>
  );
}

/** A small count beside a field's label when it has open comments; it opens the panel at the first one. */
export function FieldCommentMarker({ field, value }: { field: CommentableField; value: string }) {
  const ranges = useFieldRanges(field, value);
  if (ranges.length === 0) return null;
  const count = ranges.length;
  const name = `${count === 1 ? '1 comment' : `${count} comments`} on the ${COMMENTABLE_FIELDS[field].toLowerCase()}`;
  return (
    <button
      type="button"
      className="field-comment-marker"
      aria-label={name}
      title={name}
      onClick={() => {
        const ui = useReviewUi.getState();
        ui.setPanelShown(true);
        ui.setActiveThread(ranges[0]!.id);
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-thread-id="${ranges[0]!.id}"]`)?.focus());
      }}
    >
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
        <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" />
      </svg>
      {count}
    </button>
  );
}
