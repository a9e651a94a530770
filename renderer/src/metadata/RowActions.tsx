interface RowActionsProps {
  /** How the row is named in the buttons, e.g. "byline Amina Odhiambo". */
  subject: string;
  index: number;
  count: number;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

/** Move up, Move down and Remove for one row of an ordered list; names say which row they act on. */
export function RowActions({ subject, index, count, onMove, onRemove }: RowActionsProps) {
  const focusAfterMove = (target: HTMLButtonElement, to: number, direction: 'up' | 'down') => {
    onMove(index, to);
    // Follow the row to its new place, so pressing again keeps moving it.
    const list = target.closest('ol, ul');
    requestAnimationFrame(() => {
      const row = list?.children[to];
      const again = row?.querySelector<HTMLButtonElement>(`button[data-move="${direction}"]:not(:disabled)`);
      (again ?? row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)'))?.focus();
    });
  };
  const removeAndRefocus = (target: HTMLButtonElement) => {
    const list = target.closest('ol, ul');
    const group = list?.parentElement;
    onRemove(index);
    // Keep keyboard users in place: the row that took this one's place, else the one before, else the Add button.
    requestAnimationFrame(() => {
      const row = list?.children[index] ?? list?.children[index - 1];
      const next = row?.querySelector<HTMLElement>('input') ?? group?.querySelector<HTMLElement>(':scope > button');
      next?.focus();
    });
  };

  return (
    <div className="row-actions">
      <button
        type="button"
        className="icon-button"
        data-move="up"
        aria-label={`Move ${subject} up`}
        title="Move up"
        disabled={index === 0}
        onClick={(event) => focusAfterMove(event.currentTarget, index - 1, 'up')}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="icon-button"
        data-move="down"
        aria-label={`Move ${subject} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={(event) => focusAfterMove(event.currentTarget, index + 1, 'down')}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="icon-button icon-button-danger" aria-label={`Remove ${subject}`} title="Remove" onClick={(event) => removeAndRefocus(event.currentTarget)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
