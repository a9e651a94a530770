import { useEffect, useId, useMemo, useState, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Thread } from '../../../core/review/review-schema';
import { locateFieldThreads, threadsInDocumentOrder } from '../../../core/review/comment-threads';
import { useArticleStore } from '../store/article-store';
import { commandKeys } from '../commands/command-keys';
import { selectThreadText } from './body-marks';
import { reviewFieldText } from '../../../core/review/review-fields';
import { isCommentableField, selectFieldRange } from './comment-fields';
import { NewCommentForm } from './NewCommentForm';
import { findFieldControl } from '../export/go-to-field';
import { useReviewUi } from './review-ui-store';
import { ThreadCard } from './ThreadCard';
import { moveBetweenCards } from './card-list';

/** The threads sorted as the text runs, with field threads' current ranges; recomputed when threads, fields or marks change. */
function useOrderedThreads() {
  const metadata = useArticleStore((state) => state.metadata);
  const bodyThreadIds = useReviewUi((state) => state.bodyThreadIds);
  return useMemo(() => {
    const ranges = locateFieldThreads(metadata.review.threads, (field) => reviewFieldText(metadata, field));
    return { ranges, ...threadsInDocumentOrder(metadata.review.threads, bodyThreadIds, ranges) };
  }, [metadata, bodyThreadIds]);
}

interface ThreadListProps {
  label: string;
  threads: Thread[];
  detached?: boolean;
  editorRef: RefObject<LexicalEditor | null>;
  ranges: ReadonlyMap<string, { start: number; end: number }>;
}

function ThreadList({ label, threads, detached = false, editorRef, ranges }: ThreadListProps) {
  const activeThreadId = useReviewUi((state) => state.activeThreadId);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const inList = (id: string | null) => threads.some((thread) => thread.id === id);
  const tabStop = inList(activeThreadId) ? activeThreadId : inList(focusedId) ? focusedId : (threads[0]?.id ?? null);

  // The caret moved into a thread's text: bring its card into view in the panel.
  useEffect(() => {
    if (activeThreadId) document.querySelector(`[data-thread-id="${activeThreadId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeThreadId]);

  // Focus stays in the panel; the text is selected (body) or shown highlighted (fields) and scrolled to.
  const activate = (thread: Thread) => {
    useReviewUi.getState().setActiveThread(thread.id);
    if (detached) return;
    if (thread.anchor.kind === 'body') {
      if (editorRef.current) selectThreadText(editorRef.current, thread.id);
    } else {
      findFieldControl(thread.anchor.field)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  };
  const returnToText = (thread: Thread) => {
    const range = ranges.get(thread.id);
    if (thread.anchor.kind === 'field') {
      if (range && isCommentableField(thread.anchor.field)) selectFieldRange(thread.anchor.field, range);
      return;
    }
    const editor = editorRef.current;
    if (editor && !detached) selectThreadText(editor, thread.id);
    editor?.focus();
  };

  if (threads.length === 0) return null;
  return (
    <ul
      className="comment-list"
      aria-label={label}
      data-thread-list
      onKeyDown={moveBetweenCards('[data-thread-card]')}
      onFocus={(event) => {
        const id = (event.target as HTMLElement).dataset.threadId;
        if (id) setFocusedId(id);
      }}
    >
      {threads.map((thread) => (
        <li key={thread.id}>
          <ThreadCard
            thread={thread}
            active={thread.id === activeThreadId}
            detached={detached}
            tabbable={thread.id === tabStop}
            editorRef={editorRef}
            onActivate={() => activate(thread)}
            onReturnToText={() => returnToText(thread)}
          />
        </li>
      ))}
    </ul>
  );
}

/** The review panel's comments: the new-comment box, open threads in document order, detached ones, resolved ones folded away. */
export function CommentsSection({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  const composing = useReviewUi((state) => state.composing);
  const { open, resolved, detached, ranges } = useOrderedThreads();
  const id = useId();
  const openDetached = detached.filter((thread) => thread.status === 'open');

  return (
    <section className="review-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="review-section-title" tabIndex={-1}>
        Comments <span className="review-count">{open.length + openDetached.length}</span>
      </h3>
      {composing && <NewCommentForm key={composing.quote} target={composing} editorRef={editorRef} />}
      {open.length === 0 && detached.length === 0 && !composing && (
        <p className="review-empty">No open comments. Select text and choose Comment ({commandKeys('comment.add')?.label}) to add one.</p>
      )}
      <ThreadList label="Open comments" threads={open} editorRef={editorRef} ranges={ranges} />
      {detached.length > 0 && (
        <>
          <h4 className="review-subtitle">Detached</h4>
          <p className="review-hint">Their text was deleted. They are kept until you resolve or delete them.</p>
          <ThreadList label="Detached comments" threads={detached} detached editorRef={editorRef} ranges={ranges} />
        </>
      )}
      {resolved.length > 0 && (
        <details className="review-resolved">
          <summary>Resolved ({resolved.length})</summary>
          <ThreadList label="Resolved comments" threads={resolved} editorRef={editorRef} ranges={ranges} />
        </details>
      )}
    </section>
  );
}
