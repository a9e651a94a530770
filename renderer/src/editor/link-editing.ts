import { $addUpdateTag, $createRangeSelectionFromDom, SKIP_DOM_SELECTION_TAG, $createTextNode, $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { $createLinkNode, $isLinkNode, $toggleLink, type LinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';

/** Where a link edit applies: the selection when the popover opened, and the URL of the link already there. */
export interface LinkTarget {
  selection: BaseSelection | null;
  existingUrl: string;
  /** Screen position to anchor the popover below. */
  anchorRect: { top: number; left: number; bottom: number };
}

function $linkAtSelection(): LinkNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $findMatchingParent(selection.anchor.getNode(), $isLinkNode) as LinkNode | null;
}

/**
 * Reads where a link edit would apply. Call inside an editor update: a keyboard shortcut's
 * command handler already is one; a button uses readLinkTarget.
 */
export function $readLinkTarget(editor: LexicalEditor): LinkTarget {
  const domSelection = window.getSelection();
  // A shortcut can arrive before the browser reports the latest selection change (Shift+Arrow, then Ctrl+K at once):
  // take the selection from the page itself.
  const root = editor.getRootElement();
  if (root && domSelection?.anchorNode && root.contains(domSelection.anchorNode)) {
    const current = $createRangeSelectionFromDom(domSelection, editor);
    if (current) $setSelection(current);
    // The page already shows this selection; writing it back would pull focus from the popover.
    $addUpdateTag(SKIP_DOM_SELECTION_TAG);
  }
  const range = domSelection && domSelection.rangeCount > 0 ? domSelection.getRangeAt(0) : null;
  let rect = range?.getBoundingClientRect();
  if (!rect || (rect.width === 0 && rect.height === 0)) rect = root?.getBoundingClientRect();
  return {
    selection: $getSelection()?.clone() ?? null,
    existingUrl: $linkAtSelection()?.getURL() ?? '',
    anchorRect: { top: rect?.top ?? 0, left: rect?.left ?? 0, bottom: rect?.bottom ?? 0 },
  };
}

export function readLinkTarget(editor: LexicalEditor): LinkTarget {
  let target: LinkTarget | undefined;
  editor.update(() => (target = $readLinkTarget(editor)), { discrete: true });
  if (!target) throw new Error('The editor did not run the link read synchronously.');
  return target;
}

/** Links the selected words to `url` (already checked), updates the link the caret is in, or inserts the address as linked text. */
export function applyLink(editor: LexicalEditor, target: LinkTarget, url: string): void {
  editor.update(() => {
    if (target.selection) $setSelection(target.selection.clone());
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const existing = $linkAtSelection();
    if (existing && selection.isCollapsed()) {
      existing.setURL(url);
    } else if (selection.isCollapsed()) {
      const link = $createLinkNode(url);
      link.append($createTextNode(url));
      selection.insertNodes([link]);
    } else {
      $toggleLink(url);
    }
  });
}

export function removeLink(editor: LexicalEditor, target: LinkTarget): void {
  editor.update(() => {
    if (target.selection) $setSelection(target.selection.clone());
    const existing = $linkAtSelection();
    const selection = $getSelection();
    if (existing && $isRangeSelection(selection) && selection.isCollapsed()) {
      for (const child of existing.getChildren()) existing.insertBefore(child);
      existing.remove();
    } else {
      $toggleLink(null);
    }
  });
}
