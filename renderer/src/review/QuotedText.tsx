import type { ReviewField } from '../../../core/review/review-schema';
import { COMMENTABLE_FIELDS, isCommentableField } from './comment-fields';

/** The words a comment is on, with the field's name when it is not in the body. */
export function QuotedText({ field, quote, gone = false }: { field: ReviewField | null; quote: string; gone?: boolean }) {
  const label = field && (isCommentableField(field) ? COMMENTABLE_FIELDS[field] : field);
  return (
    <blockquote className={gone ? 'comment-quote comment-quote-gone' : 'comment-quote'}>
      {label && <span className="comment-quote-field">{label}</span>}
      <span className="comment-quote-text">{quote}</span>
    </blockquote>
  );
}
