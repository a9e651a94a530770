import { useEffect, useId, useRef, type RefObject } from 'react';
import { $getNodeByKey, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor, type NodeKey } from 'lexical';
import { isModShortcut } from '../../app/shortcuts';
import { isSuggesting } from '../../review/field-suggester';
import { useReviewUi } from '../../review/review-ui-store';
import { FIELD_EDIT_TAG, HISTORY_STEP_EVENT } from '../edit-tags';
import type { FieldsNode } from './FieldsNode';

/**
 * A card's fields take no suggestions, so while Suggesting the cards are read-only: an edit there
 * would change the body unattributed, behind the reviewer's back.
 */
export function useCardsLocked(): boolean {
  return useReviewUi((state) => state.mode === 'suggesting');
}

/**
 * Sets a card's field as one editor update, so the body's history and autosave see it like typing.
 * The first edit of a burst (`continuing` false) starts a history entry of its own, so Undo never takes
 * the block's insertion or another field's edit with it; the burst's later keystrokes merge into
 * that entry, tagged as field edits so autosave and the unsaved flag still count them.
 * False, writing nothing, while Suggesting (useCardsLocked).
 */
export function setCardField(editor: LexicalEditor, nodeKey: NodeKey, field: string, value: string, continuing = false): boolean {
  if (isSuggesting()) return false;
  editor.update(
    () => {
      const node = $getNodeByKey(nodeKey) as FieldsNode<Record<string, unknown>> | null;
      if (node && node.getFields()[field] !== value) node.setField(field, value);
    },
    { tag: continuing ? [HISTORY_MERGE_TAG, FIELD_EDIT_TAG] : HISTORY_PUSH_TAG },
  );
  return true;
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
      target.dispatchEvent(new Event(HISTORY_STEP_EVENT));
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

/**
 * A labelled plain-text field of a card, its value the node's field. Keystrokes reach the node through
 * a listener on the input itself: the card keeps `input` events from bubbling to Lexical's root (and
 * so from React's, which would otherwise only report the change on blur). One burst of typing, from
 * focus to blur or to an Undo or Redo, is one history step.
 */
export function CardField({ editor, nodeKey, field, label, value, multiline, placeholder, className, hint, autoFocus }: CardFieldProps) {
  const id = useId();
  const locked = useCardsLocked();
  const inputRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    let continuing = false;
    const endBurst = () => {
      continuing = false;
    };
    const onInput = () => {
      setCardField(editor, nodeKey, field, input.value, continuing);
      continuing = true;
    };
    input.addEventListener('input', onInput);
    for (const type of ['focus', 'blur', HISTORY_STEP_EVENT]) input.addEventListener(type, endBurst);
    return () => {
      input.removeEventListener('input', onInput);
      for (const type of ['focus', 'blur', HISTORY_STEP_EVENT]) input.removeEventListener(type, endBurst);
    };
  }, [editor, nodeKey, field]);
  const common = {
    ref: inputRef,
    id,
    className: `card-input${className ? ` ${className}` : ''}`,
    value,
    placeholder,
    spellCheck: true,
    readOnly: locked,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    // The native listener above has already written the value; React's change event (on blur) finds nothing to do.
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
