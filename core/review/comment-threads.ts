import { FIELDS_ABOVE_BODY, FIELDS_BELOW_BODY } from './review-fields';
import type { Comment, Person, Review, ReviewField, ReviewLogEntry, Thread, ThreadAnchor } from './review-schema';

/**
 * Comment threads as data: starting one, replying, editing and deleting a comment, resolving and
 * reopening, each a new Review (never changed in place), and where a field thread's text is now.
 * Body threads are anchored by marks in the body, which only the editor can see: callers pass the
 * thread ids found on marks, in document order.
 */

type FieldAnchor = Extract<ThreadAnchor, { kind: 'field' }>;

/** Ids and the time come from the caller, so the same edit always gives the same review. */
export interface Authored {
  id: string;
  by: Person;
  at: string;
}

export function startThread(review: Review, thread: { id: string; anchor: ThreadAnchor; quote: string; comment: Authored & { text: string } }): Review {
  const { id, anchor, quote, comment } = thread;
  const first: Comment = { ...comment, editedAt: null };
  return { ...review, threads: [...review.threads, { id, anchor, quote, status: 'open', resolved: null, comments: [first] }] };
}

function changeThread(review: Review, threadId: string, change: (thread: Thread) => Thread | null): Review {
  const threads = review.threads.flatMap((thread) => {
    if (thread.id !== threadId) return [thread];
    const changed = change(thread);
    return changed ? [changed] : [];
  });
  return { ...review, threads };
}

export function replyToThread(review: Review, threadId: string, reply: Authored & { text: string }): Review {
  return changeThread(review, threadId, (thread) => ({ ...thread, comments: [...thread.comments, { ...reply, editedAt: null }] }));
}

/** Only the comment's author may edit or delete it; anyone else's attempt changes nothing. */
export function isOwnComment(comment: Comment, user: Person | null): boolean {
  return user !== null && comment.by.name === user.name && comment.by.initials === user.initials;
}

export function editComment(review: Review, threadId: string, commentId: string, edit: { text: string; by: Person; at: string }): Review {
  return changeThread(review, threadId, (thread) => ({
    ...thread,
    comments: thread.comments.map((comment) =>
      comment.id === commentId && isOwnComment(comment, edit.by) && comment.text !== edit.text ? { ...comment, text: edit.text, editedAt: edit.at } : comment,
    ),
  }));
}

/** Deleting a thread's opening comment deletes the thread: replies to nothing would make no sense. */
export function deleteComment(review: Review, threadId: string, commentId: string, by: Person): Review {
  return changeThread(review, threadId, (thread) => {
    const index = thread.comments.findIndex((comment) => comment.id === commentId);
    const comment = thread.comments[index];
    if (!comment || !isOwnComment(comment, by)) return thread;
    return index === 0 ? null : { ...thread, comments: thread.comments.filter((_, at) => at !== index) };
  });
}

function quoted(quote: string): string {
  const oneLine = quote.replace(/\s+/g, ' ').trim();
  return oneLine.length > 80 ? `“${oneLine.slice(0, 79)}…”` : `“${oneLine}”`;
}

function logged(review: Review, entry: ReviewLogEntry): Review {
  return { ...review, log: [...review.log, entry] };
}

/** Resolving is logged ('resolved') with what was commented on; resolving a resolved thread does nothing. */
export function resolveThread(review: Review, threadId: string, stamp: Authored): Review {
  const thread = review.threads.find((candidate) => candidate.id === threadId);
  if (!thread || thread.status === 'resolved') return review;
  const resolved = changeThread(review, threadId, (open) => ({ ...open, status: 'resolved', resolved: { by: stamp.by, at: stamp.at } }));
  return logged(resolved, { ...stamp, action: 'resolved', summary: `Resolved the comment on ${quoted(thread.quote)}` });
}

export function reopenThread(review: Review, threadId: string, stamp: Authored): Review {
  const thread = review.threads.find((candidate) => candidate.id === threadId);
  if (!thread || thread.status === 'open') return review;
  const reopened = changeThread(review, threadId, (closed) => ({ ...closed, status: 'open', resolved: null }));
  return logged(reopened, { ...stamp, action: 'reopened', summary: `Reopened the comment on ${quoted(thread.quote)}` });
}

/**
 * Where a field thread's quote is in the field's text now: its own range if that still holds the
 * quote, else the occurrence nearest to where it was (text typed before it moves it), else null
 * (the quote is gone: the thread is detached).
 */
export function locateFieldAnchor(text: string, anchor: Pick<FieldAnchor, 'start' | 'end'>, quote: string): { start: number; end: number } | null {
  if (text.slice(anchor.start, anchor.end) === quote) return { start: anchor.start, end: anchor.end };
  if (!quote) return null;
  let nearest: number | null = null;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (nearest === null || Math.abs(at - anchor.start) < Math.abs(nearest - anchor.start)) nearest = at;
  }
  return nearest === null ? null : { start: nearest, end: nearest + quote.length };
}

export interface ThreadsInOrder {
  open: Thread[];
  resolved: Thread[];
  /** Threads whose text is gone: a body thread on no mark, a field thread whose quote is not in its field. */
  detached: Thread[];
}

/** Where each attached field thread's text is now, by thread id. */
export type FieldRanges = ReadonlyMap<string, { start: number; end: number }>;

/**
 * Sorts the threads as the text runs: head fields, the body (in the order of `bodyThreadIds`, the
 * ids on the body's marks from top to bottom), then the other fields in the panel's order; within a
 * field by position. Detached threads keep the order they were made in.
 */
export function threadsInDocumentOrder(threads: readonly Thread[], bodyThreadIds: readonly string[], fieldRanges: FieldRanges): ThreadsInOrder {
  const bodyPosition = new Map<string, number>();
  bodyThreadIds.forEach((id, index) => {
    if (!bodyPosition.has(id)) bodyPosition.set(id, index);
  });
  const position = (thread: Thread): [number, number] | null => {
    if (thread.anchor.kind === 'body') {
      const at = bodyPosition.get(thread.id);
      return at === undefined ? null : [FIELDS_ABOVE_BODY.length, at];
    }
    const range = fieldRanges.get(thread.id);
    if (!range) return null;
    const above = FIELDS_ABOVE_BODY.indexOf(thread.anchor.field);
    const group = above !== -1 ? above : FIELDS_ABOVE_BODY.length + 1 + FIELDS_BELOW_BODY.indexOf(thread.anchor.field);
    return [group, range.start];
  };
  const placed: Array<{ thread: Thread; at: [number, number] }> = [];
  const detached: Thread[] = [];
  for (const thread of threads) {
    const at = position(thread);
    if (at) placed.push({ thread, at });
    else detached.push(thread);
  }
  placed.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  const sorted = placed.map(({ thread }) => thread);
  return { open: sorted.filter((thread) => thread.status === 'open'), resolved: sorted.filter((thread) => thread.status === 'resolved'), detached };
}

/** Where each field thread's text is now, given each field's text; threads whose quote is gone are left out. */
export function locateFieldThreads(threads: readonly Thread[], fieldText: (field: ReviewField) => string | null): Map<string, { start: number; end: number }> {
  const ranges = new Map<string, { start: number; end: number }>();
  for (const thread of threads) {
    if (thread.anchor.kind !== 'field') continue;
    const text = fieldText(thread.anchor.field);
    const range = text === null ? null : locateFieldAnchor(text, thread.anchor, thread.quote);
    if (range) ranges.set(thread.id, range);
  }
  return ranges;
}

/** A field's text cut where comment ranges start and end: each piece with the ids of the threads on it. */
export function splitByRanges(text: string, ranges: ReadonlyArray<{ id: string; start: number; end: number }>): Array<{ text: string; ids: string[] }> {
  const cuts = [...new Set([0, text.length, ...ranges.flatMap(({ start, end }) => [start, end])])].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
  const pieces: Array<{ text: string; ids: string[] }> = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const [from, to] = [cuts[index]!, cuts[index + 1]!];
    pieces.push({ text: text.slice(from, to), ids: ranges.filter(({ start, end }) => start <= from && end >= to).map(({ id }) => id) });
  }
  return pieces;
}
