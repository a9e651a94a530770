import type { ReactNode } from 'react';
import type { Person } from '../../../core/review/review-schema';

/** How comments and suggestions say when they were made: day, month and time. */
export const REVIEW_TIME = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Who wrote a comment or made a suggestion, and when: initials badge, name, time. */
export function AuthorLine({ by, at, note }: { by: Person; at: string; note?: ReactNode }) {
  return (
    <div className="comment-byline">
      <span className="comment-avatar" aria-hidden="true">
        {by.initials}
      </span>
      <span className="comment-author">{by.name}</span>
      <span className="comment-time">
        {REVIEW_TIME.format(new Date(at))}
        {note}
      </span>
    </div>
  );
}
