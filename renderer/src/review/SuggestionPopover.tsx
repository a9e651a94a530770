import { useEffect, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { $getSelection, $isRangeSelection, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { SuggestionDecision } from '../../../core/review/body-suggestions';
import { authorColour } from '../../../core/review/author-colour';
import { commandKeys, withShortcut } from '../commands/command-keys';
import { $suggestionNodeAt, describeBodySuggestionNode } from './body-suggestions-live';
import { decidePendingSuggestions } from './suggestion-decisions';
import type { SuggestionFields } from './SuggestionNode';

interface Shown {
  key: NodeKey;
  fields: SuggestionFields;
  description: string;
  /** Where it goes, in the body container's coordinates: just below the suggestion's first line. */
  top: number;
  left: number;
}

function $suggestionAtCaret(): Pick<Shown, 'key' | 'fields' | 'description'> | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const suggestion = $suggestionNodeAt(selection.focus);
  return suggestion && { key: suggestion.getKey(), fields: suggestion.getFields(), description: describeBodySuggestionNode(suggestion) };
}

/**
 * Accept / Reject beside the suggestion the caret is in, while the body or the popover has focus.
 * It follows the body's text, so Tab from the body reaches its buttons and Escape goes back.
 */
export function SuggestionPopover() {
  const [editor] = useLexicalComposerContext();
  const [shown, setShown] = useState<Shown | null>(null);
  const [container, setContainer] = useState<HTMLElement | null>(null);

  useEffect(
    () =>
      editor.registerRootListener((root) => {
        setContainer(root?.parentElement ?? null);
      }),
    [editor],
  );

  useEffect(() => {
    if (!container) return undefined;
    const place = () => {
      const found = editor.getEditorState().read($suggestionAtCaret);
      const focused = container.contains(document.activeElement);
      const element = found && focused ? editor.getElementByKey(found.key) : null;
      if (!found || !element) {
        setShown(null);
        return;
      }
      const box = container.getBoundingClientRect();
      const first = element.getClientRects()[0] ?? element.getBoundingClientRect();
      setShown((previous) => {
        const next = { ...found, top: first.bottom - box.top + 6, left: Math.max(0, first.left - box.left) };
        return previous && previous.key === next.key && previous.top === next.top && previous.left === next.left && previous.fields === next.fields ? previous : next;
      });
    };
    // Focus moving from the body to the popover's buttons keeps it (the popover is in the container).
    const afterFocusMoves = () => window.setTimeout(place);
    const stopUpdates = editor.registerUpdateListener(place);
    container.addEventListener('focusin', place);
    container.addEventListener('focusout', afterFocusMoves);
    return () => {
      stopUpdates();
      container.removeEventListener('focusin', place);
      container.removeEventListener('focusout', afterFocusMoves);
    };
  }, [editor, container]);

  if (!shown || !container) return null;
  const decide = (decision: SuggestionDecision) => {
    void decidePendingSuggestions(decision, { id: shown.fields.id });
    editor.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    editor.focus();
  };
  const { description } = shown;
  return createPortal(
    <div
      className={`suggestion-popover author-colour-${authorColour(shown.fields.by)}`}
      role="group"
      aria-label={description}
      style={{ top: shown.top, left: shown.left }}
      onKeyDown={onKeyDown}
    >
      <span className="suggestion-popover-who" aria-hidden="true">
        {shown.fields.by.initials}
      </span>
      <span className="suggestion-popover-what">{description}</span>
      <button type="button" className="button button-small" aria-keyshortcuts={commandKeys('review.accept')?.aria} title={withShortcut('Accept', 'review.accept')} onClick={() => decide('accept')}>
        Accept
      </button>
      <button type="button" className="button button-small button-quiet" aria-keyshortcuts={commandKeys('review.reject')?.aria} title={withShortcut('Reject', 'review.reject')} onClick={() => decide('reject')}>
        Reject
      </button>
    </div>,
    container,
  );
}
