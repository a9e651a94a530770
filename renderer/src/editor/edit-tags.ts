import { HISTORY_MERGE_TAG, type UpdateListenerPayload } from 'lexical';

/**
 * Update tag of a keystroke in a card's field that merges into its burst's history entry. It is an
 * edit even though it carries `history-merge`, which otherwise marks loading and re-normalizing.
 */
export const FIELD_EDIT_TAG = 'copydesk-field-edit';

/** Sent to a card's field when Undo or Redo moves the body's history while it has focus: its next keystroke starts a new burst. */
export const HISTORY_STEP_EVENT = 'copydesk-history-step';

/** True for an update that changed the body as the reporter edited it: not the load, a plugin's normalizing or a caret move. */
export function isBodyEdit({ dirtyElements, dirtyLeaves, prevEditorState, tags }: Pick<UpdateListenerPayload, 'dirtyElements' | 'dirtyLeaves' | 'prevEditorState' | 'tags'>): boolean {
  if (prevEditorState.isEmpty() || (tags.has(HISTORY_MERGE_TAG) && !tags.has(FIELD_EDIT_TAG))) return false;
  return dirtyElements.size > 0 || dirtyLeaves.size > 0;
}
