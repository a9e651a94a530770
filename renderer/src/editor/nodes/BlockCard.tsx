import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getSelection,
  $isNodeSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  mergeRegister,
  type NodeKey,
} from 'lexical';
import { useCardsLocked, useIsolatedFields } from './CardField';

interface BlockCardProps {
  nodeKey: NodeKey;
  /** What the card is, for its header and its accessible name: “Picture”, “Pull quote”. */
  kind: string;
  /** Extra header content beside the kind: the provider of an embed, a picture's size. */
  detail?: ReactNode;
  className: string;
  children: ReactNode;
}

/**
 * The frame every card shares: a labelled group with a header naming the block and a Remove button.
 * Clicking the frame selects the block; Delete or Backspace then removes it, as with a rule
 * (not while Suggesting: a removal would be no suggestion).
 */
export function BlockCard({ nodeKey, kind, detail, className, children }: BlockCardProps) {
  const [editor] = useLexicalComposerContext();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const cardRef = useRef<HTMLDivElement>(null);
  const locked = useCardsLocked();
  useIsolatedFields(cardRef, editor);

  const remove = useCallback(() => {
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if (!node) return;
      // Leave the caret where the block was, so typing carries on there.
      const next = node.getNextSibling() ?? node.getPreviousSibling();
      if (next) next.selectStart();
      else node.insertAfter($createParagraphNode()).selectStart();
      node.remove();
    });
    editor.focus();
  }, [editor, nodeKey]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CLICK_COMMAND,
          (event) => {
            const target = event.target as HTMLElement | null;
            if (!target || !cardRef.current?.contains(target) || target.closest('input, textarea, button, a')) return false;
            if (!event.shiftKey) clearSelection();
            setSelected(true);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        ...[KEY_DELETE_COMMAND, KEY_BACKSPACE_COMMAND].map((command) =>
          editor.registerCommand(
            command,
            (event) => {
              if (!isSelected || !$isNodeSelection($getSelection())) return false;
              event.preventDefault();
              if (!locked) remove();
              return true;
            },
            COMMAND_PRIORITY_LOW,
          ),
        ),
      ),
    [clearSelection, editor, isSelected, locked, remove, setSelected],
  );

  return (
    <div ref={cardRef} role="group" aria-label={kind} className={`body-card ${className}${isSelected ? ' is-selected' : ''}`} contentEditable={false}>
      <div className="body-card-header">
        <span className="body-card-kind">{kind}</span>
        {detail && <span className="body-card-detail">{detail}</span>}
        {locked ? (
          <span className="body-card-locked">Read-only while suggesting</span>
        ) : (
          <button type="button" className="body-card-remove" aria-label={`Remove ${kind.toLowerCase()}`} title={`Remove ${kind.toLowerCase()}`} onClick={remove}>
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M6 6l12 12M18 6 6 18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        )}
      </div>
      {children}
    </div>
  );
}
