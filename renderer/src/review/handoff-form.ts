import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '../../../core/article/article-schema';
import type { Person } from '../../../core/review/review-schema';
import { HANDOFF_LABELS, HANDOFF_MESSAGE_LIMIT, HANDOFF_STATUSES, type HandoffDirection } from '../../../core/review/round-trip';
import { shortPlace } from '../app/short-place';

/**
 * What the Send for review… / Return to reporter… dialog asks and sends: the status the hand-off
 * sets (only those HANDOFF_STATUSES allows for the direction), an optional note, and who sends it.
 */

export interface HandoffForm {
  direction: HandoffDirection;
  status: ArticleStatus;
  message: string;
}

export interface StatusOption {
  status: ArticleStatus;
  label: string;
  /** What the status tells the person who gets the file. */
  hint: string;
}

const STATUS_HINTS: Partial<Record<ArticleStatus, string>> = {
  'in-review': 'The editor reads it, comments and suggests changes.',
  'needs-changes': 'The reporter works on it again and sends it back.',
  approved: 'Ready to publish as it is, once the suggestions are decided.',
};

export const HANDOFF_TITLES: Readonly<Record<HandoffDirection, string>> = { 'for-review': 'Send for review', 'to-reporter': 'Return to reporter' };
/** The dialog's main button: the host's save dialog comes next, hence the ellipsis. */
export const HANDOFF_ACTIONS: Readonly<Record<HandoffDirection, string>> = { 'for-review': 'Send…', 'to-reporter': 'Return…' };

/** The statuses the direction may set, the default first. */
export function statusOptions(direction: HandoffDirection): StatusOption[] {
  return HANDOFF_STATUSES[direction].map((status) => ({ status, label: ARTICLE_STATUS_LABELS[status], hint: STATUS_HINTS[status] ?? '' }));
}

/** A fresh form: the direction's default status, no note. */
export function startHandoff(direction: HandoffDirection): HandoffForm {
  return { direction, status: HANDOFF_STATUSES[direction][0], message: '' };
}

/** Why the note cannot be sent, or null. */
export function messageProblem(message: string): string | null {
  const length = message.trim().length;
  return length > HANDOFF_MESSAGE_LIMIT ? `The message is ${length - HANDOFF_MESSAGE_LIMIT} characters too long (at most ${HANDOFF_MESSAGE_LIMIT}).` : null;
}

/** The host call's arguments (handOverDraft); the note only when there is one. */
export function handoffRequest(form: HandoffForm, draftId: string, by: Person) {
  const message = form.message.trim();
  return { draftId, direction: form.direction, by, status: form.status, ...(message ? { message } : {}) };
}

/** The status bar's confirmation once the file is written. */
export function handoffConfirmation(direction: HandoffDirection, status: ArticleStatus, file: string): string {
  return `${HANDOFF_LABELS[direction]}: wrote ${shortPlace(file)}. Status set to ${ARTICLE_STATUS_LABELS[status]}.`;
}
