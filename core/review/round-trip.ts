import { ARTICLE_STATUS_LABELS, type Article, type ArticleStatus } from '../article/article-schema';
import { REVIEW_LIMITS, type Handoff, type Person, type Review, type ReviewLogEntry, type Thread } from './review-schema';

/**
 * The review round trip between two copies of one draft that share only `.copydesk` files: a
 * hand-off point recorded on sending, the last one both copies hold found on opening, and the
 * review of a kept compare result put together from both sides.
 */

export type HandoffDirection = Handoff['direction'];

/** The statuses a hand-off may set, the default first: an editor returns a draft needing changes, or approved. */
export const HANDOFF_STATUSES: Readonly<Record<HandoffDirection, readonly [ArticleStatus, ...ArticleStatus[]]>> = {
  'for-review': ['in-review'],
  'to-reporter': ['needs-changes', 'approved'],
};
/** The longest note the sender may add to a hand-off; it goes into the review log. */
export const HANDOFF_MESSAGE_LIMIT = 1_000;
export const HANDOFF_LABELS: Readonly<Record<HandoffDirection, string>> = { 'for-review': 'Sent for review', 'to-reporter': 'Returned to reporter' };
const HANDOFF_ACTIONS = { 'for-review': 'sent-for-review', 'to-reporter': 'returned-to-reporter' } as const;

export interface Stamped {
  by: Person;
  /** ISO timestamp. */
  at: string;
  /** A fresh uuid for each record made. */
  newId: () => string;
}

/** A log entry, the one shape every review action writes. */
export function logEntry(action: ReviewLogEntry['action'], summary: string, { by, at, newId }: Stamped): ReviewLogEntry {
  return { id: newId(), at, by, action, summary };
}

/** The status list's change, logged with who and when; the same status again changes nothing. */
export function withStatusChange<Draft extends Pick<Article, 'status' | 'review'>>(article: Draft, status: ArticleStatus, statusLabels: Readonly<Record<ArticleStatus, string>>, stamp: Stamped): Draft {
  if (article.status === status) return article;
  const entry = logEntry('status', `Status changed from ${statusLabels[article.status]} to ${statusLabels[status]}.`, stamp);
  return { ...article, status, review: { ...article.review, log: [...article.review.log, entry] } };
}

/**
 * At most as many hand-offs as a draft may hold (REVIEW_LIMITS.handoffs); over that, the oldest go:
 * a compare starts from the newest hand-off both copies share, so a draft at the limit still saves
 * and still finds its base.
 */
export function newestHandoffs(handoffs: readonly Handoff[]): Handoff[] {
  if (handoffs.length <= REVIEW_LIMITS.handoffs) return [...handoffs];
  return [...handoffs].sort((a, b) => a.at.localeCompare(b.at)).slice(-REVIEW_LIMITS.handoffs);
}

/** What a hand-off records besides its direction: the status it sets (one of HANDOFF_STATUSES, the first when omitted) and the sender's note. */
export interface HandoffChoice {
  status?: ArticleStatus;
  message?: string;
}

/** The status a hand-off sets: the one chosen if the direction allows it, otherwise null. */
export function handoffStatus(direction: HandoffDirection, status: ArticleStatus | undefined): ArticleStatus | null {
  if (status === undefined) return HANDOFF_STATUSES[direction][0];
  return HANDOFF_STATUSES[direction].includes(status) ? status : null;
}

/** The draft as handed over: the chosen status, and the hand-off point `versionId` (the version kept of that text) logged with the note. */
export function withHandoff(article: Article, direction: HandoffDirection, versionId: string, stamp: Stamped, { status = HANDOFF_STATUSES[direction][0], message }: HandoffChoice = {}): Article {
  const handoff: Handoff = { id: stamp.newId(), versionId, at: stamp.at, by: stamp.by, direction };
  const chosen = status === HANDOFF_STATUSES[direction][0] ? '' : ` Status set to ${ARTICLE_STATUS_LABELS[status]}.`;
  const note = message?.trim() ? ` “${message.trim()}”` : '';
  const entry = logEntry(HANDOFF_ACTIONS[direction], `${HANDOFF_LABELS[direction]} by ${stamp.by.name}.${chosen}${note}`, stamp);
  const { review } = article;
  return { ...article, status, updatedAt: stamp.at, review: { ...review, handoffs: newestHandoffs([...review.handoffs, handoff]), log: [...review.log, entry] } };
}

/** The hand-offs both copies hold (same id), newest first: the first is where they last parted. */
export function sharedHandoffs(mine: Article, theirs: Article): Handoff[] {
  const theirIds = new Set(theirs.review.handoffs.map((handoff) => handoff.id));
  return mine.review.handoffs.filter((handoff) => theirIds.has(handoff.id)).sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

/** Every item of the lists, once by id (the first seen wins), in time order. */
function unionById<Item extends { id: string; at: string }>(...lists: readonly (readonly Item[])[]): Item[] {
  const byId = new Map<string, Item>();
  for (const list of lists) for (const item of list) if (!byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at));
}

/** When anything last happened on a thread: its newest comment, edit or resolution. */
function lastActivity(thread: Thread): string {
  const times = thread.comments.flatMap((comment) => [comment.at, comment.editedAt ?? '']);
  return [...times, thread.resolved?.at ?? ''].reduce((latest, time) => (time > latest ? time : latest), '');
}

/** One thread both copies hold: every comment of either (an edit on my side wins), and the state of the side that acted last. */
function mergedThread(mine: Thread, theirs: Thread): Thread {
  const newer = lastActivity(theirs) > lastActivity(mine) ? theirs : mine;
  return { ...newer, comments: unionById(mine.comments, theirs.comments) };
}

/**
 * Items of a list kept by id from both copies: mine are all kept (nothing of mine is dropped for
 * something the compare view did not show); theirs are added when new since the base, and never
 * come back when I removed them after it (accepted, rejected, deleted).
 */
function mergedById<Item extends { id: string }>(base: readonly Item[], mine: readonly Item[], theirs: readonly Item[], merge: (mine: Item, theirs: Item) => Item): Item[] {
  const inBase = new Set(base.map((item) => item.id));
  const theirsById = new Map(theirs.map((item) => [item.id, item]));
  const mineIds = new Set(mine.map((item) => item.id));
  const kept = mine.map((item) => {
    const other = theirsById.get(item.id);
    return other ? merge(item, other) : item;
  });
  return [...kept, ...theirs.filter((item) => !mineIds.has(item.id) && !inBase.has(item.id))];
}

/**
 * The review of a kept compare result: hand-offs and log of both copies (union by id) with
 * 'compare-kept' logged, threads and field suggestions of both (see mergedById). `merged` is what the
 * compare view built from my copy; only its text and fields are taken from it.
 */
export function keptReview(base: Article, mine: Article, theirs: Article, merged: Article, summary: string, stamp: Stamped): Review {
  const same = <Item>(item: Item) => item;
  return {
    threads: mergedById(base.review.threads, merged.review.threads, theirs.review.threads, mergedThread),
    fieldSuggestions: mergedById(base.review.fieldSuggestions, merged.review.fieldSuggestions, theirs.review.fieldSuggestions, same),
    handoffs: newestHandoffs(unionById(mine.review.handoffs, theirs.review.handoffs, merged.review.handoffs)),
    log: [...unionById(mine.review.log, theirs.review.log, merged.review.log), logEntry('compare-kept', summary, stamp)],
  };
}
