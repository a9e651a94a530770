import './checks.css';
import { useId } from 'react';
import type { PreExportItem } from '../../../core/checks/pre-export-check';
import { reviewPathKind } from '../review/go-to-review-item';

interface CheckListProps {
  title: string;
  tone: 'blocker' | 'warning';
  items: readonly PreExportItem[];
  onGoToField(field: string): void;
}

/** What the way to a finding is called: most lead to a field, the review's to the first thread or suggestion. */
function goToLabel(field: string): string {
  const kind = reviewPathKind(field);
  return kind === 'thread' ? 'Go to first comment' : kind === 'suggestion' ? 'Go to first suggestion' : 'Go to field';
}

/** One group of checklist findings, each with a way to the field that fixes it. */
export function CheckList({ title, tone, items, onGoToField }: CheckListProps) {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <section className={`check-group check-group-${tone}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="check-group-title">
        <span className="check-badge" aria-hidden="true">
          {tone === 'blocker' ? '!' : '?'}
        </span>
        {title} <span className="check-count">{items.length}</span>
      </h3>
      <ul className="check-items">
        {items.map((item, index) => (
          <li key={`${item.id}-${item.field}-${index}`} className="check-item">
            <p id={`${id}-${index}`} className="check-message" dir="auto">
              {item.message}
            </p>
            <button type="button" className="button button-small" aria-describedby={`${id}-${index}`} onClick={() => onGoToField(item.field)}>
              {goToLabel(item.field)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
