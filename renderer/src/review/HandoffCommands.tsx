import { useEffect, useId, useState, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { HANDOFF_LABELS, type HandoffDirection } from '../../../core/review/round-trip';
import { commandKeys, pageLabelOf } from '../commands/command-keys';
import { registerCommandHandlers, runCommand } from '../commands/command-registry';
import { useArticleStore } from '../store/article-store';
import { REVIEW_TIME } from './AuthorLine';
import { HandoffDialog } from './HandoffDialog';
import './handoff.css';

/** Review ▸ Send for Review… / Return to Reporter… and their dialog, mounted once by the app. */
export function HandoffCommands({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  const [open, setOpen] = useState<HandoffDirection | null>(null);

  useEffect(
    () =>
      registerCommandHandlers({
        'review.sendForReview': { run: () => setOpen('for-review') },
        'review.returnToReporter': { run: () => setOpen('to-reporter') },
      }),
    [],
  );

  return open && <HandoffDialog key={open} direction={open} editorRef={editorRef} onClose={() => setOpen(null)} />;
}

const HANDOFF_COMMANDS = ['review.sendForReview', 'review.returnToReporter'] as const;

/** The review panel's hand-off buttons, and when the draft last changed hands. */
export function HandoffButtons() {
  const last = useArticleStore((state) => state.metadata.review.handoffs.at(-1));
  const id = useId();
  return (
    <section className="review-section handoff-buttons" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="review-section-title">
        Hand-off
      </h3>
      <span className="button-row">
        {HANDOFF_COMMANDS.map((id) => (
          <button key={id} type="button" className="button button-small" aria-keyshortcuts={commandKeys(id)?.aria} onClick={() => runCommand(id)}>
            {pageLabelOf(id)}
          </button>
        ))}
      </span>
      {last && (
        <p className="handoff-last">
          {HANDOFF_LABELS[last.direction]} by {last.by.name}, {REVIEW_TIME.format(new Date(last.at))}
        </p>
      )}
    </section>
  );
}
