import { useEffect, useId, useRef, type RefObject } from 'react';
import { $getNodeByKey, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor, type NodeKey } from 'lexical';
import { isModShortcut } from '../../app/shortcuts';
import type { FieldsNode } from './FieldsNode';

/** Sets a card's field as one editor update, so the body's history and autosave see it like typing. */
export function setCardField(editor: LexicalEditor, nodeKey: NodeKey, field: string, value: string): void {
  editor.update(() => {
    const node = $getNodeByKey(nodeKey) as FieldsNode<Record<string, unknown>> | null;
    node?.setField(field, value);
  });
}

/** Events Lexical's root would otherwise treat as editing the body (Backspace deleting the card, say). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'cut', 'copy', 'drop', 'dragstart', 'compositionstart', 'compositionend'] as const;

/**
 * Keeps a card's own inputs out of Lexical's event handling (they listen on the content-editable root,
 * before React sees the event), while Undo and Redo typed in a field still go to the editor's history,
 * the one history of the body.
 */
export function useIsolatedFields(ref: RefObject<HTMLElement | null>, editor: LexicalEditor): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const isolate = (event: Event) => {
      const target = event.target as HTMLElement | null;
      if (!target?.closest('input, textarea, select, button')) return;
      event.stopPropagation();
      if (event.type !== 'keydown') return;
      const key = event as KeyboardEvent;
      const redo = isModShortcut(key, 'z', true) || (isModShortcut(key, 'y') && !/Mac/.test(navigator.platform));
      if (!redo && !isModShortcut(key, 'z')) return;
      key.preventDefault();
      editor.dispatchCommand(redo ? REDO_COMMAND : UNDO_COMMAND, undefined);
    };
    for (const type of ISOLATED_EVENTS) element.addEventListener(type, isolate);
    return () => {
      for (const type of ISOLATED_EVENTS) element.removeEventListener(type, isolate);
    };
  }, [ref, editor]);
}

interface CardFieldProps {
  editor: LexicalEditor;
  nodeKey: NodeKey;
  field: string;
  label: string;
  value: string;
  multiline?: boolean;
  placeholder?: string;
  className?: string;
  hint?: string;
  autoFocus?: boolean;
}

/** A labelled plain-text field of a card, its value the node's field. */
export function CardField({ editor, nodeKey, field, label, value, multiline, placeholder, className, hint, autoFocus }: CardFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);
  const common = {
    ref: inputRef,
    id,
    className: `card-input${className ? ` ${className}` : ''}`,
    value,
    placeholder,
    spellCheck: true,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (event: { target: { value: string } }) => setCardField(editor, nodeKey, field, event.target.value),
  };
  return (
    <div className="card-field">
      <label className="card-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea rows={1} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <span className="card-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
