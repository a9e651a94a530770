import { useMemo, type ReactNode } from 'react';
import { splitByRanges } from '../../../core/review/comment-threads';
import type { StyleField } from '../../../core/style/style-issue';
import { useStyleStore } from './style-store';

interface StyleMarkedFieldProps {
  field: StyleField;
  value: string;
  /** The control's own class, so the underline layer sets its text exactly as the control does. */
  controlClassName: string;
  /** The textarea or input. */
  children: ReactNode;
}

/**
 * A plain text field with its house-style issues underlined. Form controls cannot carry markup or
 * highlights, so a layer with the same text, laid out by the same class, sits over the control: its
 * text is transparent, only the underlines show, and it lets every click through.
 */
export function StyleMarkedField({ field, value, controlClassName, children }: StyleMarkedFieldProps) {
  const issues = useStyleStore((state) => state.issues);
  const activeIssueId = useStyleStore((state) => state.activeIssueId);
  // Only issues whose text still stands where the check found it (the check runs after a pause in typing).
  const marks = useMemo(
    () => issues.filter(({ location, text }) => location.kind === 'field' && location.field === field && value.slice(location.start, location.end) === text),
    [issues, field, value],
  );
  const severityOf = new Map(marks.map((issue) => [issue.id, issue.severity]));

  return (
    <span className="field-overlay">
      {children}
      {marks.length > 0 && (
        <span className={`${controlClassName} field-overlay-layer`} aria-hidden="true">
          {splitByRanges(value, marks.map(({ id, location }) => ({ id, start: location.start, end: location.end }))).map((piece, index) => {
            if (piece.ids.length === 0) return piece.text;
            const severity = piece.ids.some((id) => severityOf.get(id) === 'warning') ? 'warning' : 'suggestion';
            const active = activeIssueId !== null && piece.ids.includes(activeIssueId);
            return (
              <span key={index} className={`style-field-mark style-field-mark-${severity}${active ? ' style-field-mark-active' : ''}`}>
                {piece.text}
              </span>
            );
          })}
          {/* A textarea gives a trailing line break a line of its own; so must the layer. */}
          {value.endsWith('\n') && '\u200b'}
        </span>
      )}
    </span>
  );
}
