import type { ReviewLogEntry } from '../../../core/review/review-schema';
import { AuthorLine } from '../review/AuthorLine';

const ACTION_LABELS: Readonly<Record<ReviewLogEntry['action'], string>> = {
  status: 'Status',
  'sent-for-review': 'Sent for review',
  'returned-to-reporter': 'Returned to reporter',
  accepted: 'Accepted',
  rejected: 'Rejected',
  resolved: 'Resolved',
  reopened: 'Reopened',
  'compare-kept': 'Compare kept',
};

/** Newest first; entries made at the same moment keep the order they were logged in, newest first too. */
export function newestFirst(log: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  return [...log].reverse().sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** History ▸ Review log: status changes, hand-offs, decided suggestions and resolved comments, with who and when. */
export function ReviewLog({ log }: { log: readonly ReviewLogEntry[] }) {
  if (log.length === 0) {
    return <p className="dialog-note">Nothing in the review log yet. Status changes, hand-offs, accepted or rejected suggestions and resolved comments are listed here, with who and when.</p>;
  }
  return (
    <ol className="history-rows review-log" aria-label="Review log">
      {newestFirst(log).map((entry) => (
        <li key={entry.id} className="history-row review-log-row">
          <span className="history-row-text">
            <AuthorLine by={entry.by} at={entry.at} />
            <span className="review-log-summary">
              <span className={`review-log-action review-log-${entry.action}`}>{ACTION_LABELS[entry.action]}</span>
              {entry.summary}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
