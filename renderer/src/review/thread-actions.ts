import type { LexicalEditor } from 'lexical';
import type { Review } from '../../../core/review/review-schema';
import { deleteComment, editComment, reopenThread, replyToThread, resolveThread, startThread, type Authored } from '../../../core/review/comment-threads';
import { useArticleStore } from '../store/article-store';
import { markSelection, removeThreadMarks } from './body-marks';
import { commentAuthor } from './comment-author';
import { useReviewUi, type CommentTarget } from './review-ui-store';

/**
 * What the review panel's buttons do: each change to the threads is one store edit (saved like any
 * other field); a new body comment also marks its text in the body, a deleted thread unmarks it.
 */

const edit = (change: (review: Review) => Review) => useArticleStore.getState().editReview(change);

/** An id, the author and the time for a change; null if the reporter would not say who they are. */
async function authored(): Promise<Authored | null> {
  const by = await commentAuthor();
  return by && { id: crypto.randomUUID(), by, at: new Date().toISOString() };
}

export const TEXT_GONE = 'The text you selected has changed since, so the comment could not be attached. Select it again and add the comment.';

/** Posts the first comment of a new thread on the target; the new thread's id, or null when nothing was posted. */
export async function postComment(editor: LexicalEditor | null, target: CommentTarget, text: string): Promise<string | null> {
  const stamp = await authored();
  if (!stamp) return null;
  const threadId = crypto.randomUUID();
  if (target.kind === 'body' && !(editor && markSelection(editor, target.selection, threadId))) {
    useArticleStore.getState().showAlert(TEXT_GONE);
    return null;
  }
  const anchor = target.kind === 'body' ? ({ kind: 'body' } as const) : ({ kind: 'field', field: target.field, start: target.start, end: target.end } as const);
  edit((review) => startThread(review, { id: threadId, anchor, quote: target.quote, comment: { ...stamp, text } }));
  useReviewUi.getState().setActiveThread(threadId);
  return threadId;
}

export async function reply(threadId: string, text: string): Promise<boolean> {
  const stamp = await authored();
  if (!stamp) return false;
  edit((review) => replyToThread(review, threadId, { ...stamp, text }));
  return true;
}

export async function editOwnComment(threadId: string, commentId: string, text: string): Promise<void> {
  const stamp = await authored();
  if (stamp) edit((review) => editComment(review, threadId, commentId, { text, by: stamp.by, at: stamp.at }));
}

/** Deletes an own comment; the opening comment takes its thread, and the thread's marks, with it. */
export async function deleteOwnComment(editor: LexicalEditor | null, threadId: string, commentId: string): Promise<void> {
  const stamp = await authored();
  if (!stamp) return;
  const before = useArticleStore.getState().metadata.review;
  const after = deleteComment(before, threadId, commentId, stamp.by);
  if (after === before) return;
  edit(() => after);
  if (editor && !after.threads.some((thread) => thread.id === threadId)) removeThreadMarks(editor, threadId);
}

export async function setThreadResolved(threadId: string, resolved: boolean): Promise<void> {
  const stamp = await authored();
  if (stamp) edit((review) => (resolved ? resolveThread(review, threadId, stamp) : reopenThread(review, threadId, stamp)));
}
