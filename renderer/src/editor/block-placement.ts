import { $createParagraphNode, $getRoot, $getSelection, $isNodeSelection, $isRangeSelection, $isRootNode, $isRootOrShadowRoot, type LexicalNode } from 'lexical';
import { $findMatchingParent, $insertNodeToNearestRoot } from '@lexical/utils';

/**
 * The body block (fact box, table) the caret is inside: a block the caret sits in a shadow root of.
 * Paragraphs and lists typed there stay inside; the body's own blocks never nest (a pull quote in a
 * table cell or a table in a fact box has no place in any export).
 */
function $enclosingBodyBlock(node: LexicalNode): LexicalNode | null {
  const shadowRoot = $findMatchingParent(node, (candidate) => !$isRootNode(candidate) && $isRootOrShadowRoot(candidate));
  return shadowRoot ? $findMatchingParent(shadowRoot, (candidate) => $isRootNode(candidate.getParent())) : null;
}

function $caretNode(): LexicalNode | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return selection.focus.getNode();
  if ($isNodeSelection(selection)) return selection.getNodes().at(-1) ?? null;
  return null;
}

/**
 * Puts one of the body's blocks at the top level of the body: where the caret is (splitting its
 * paragraph), after the fact box or table the caret is in, or at the end of the body when it has no
 * caret. A paragraph always follows, so there is somewhere to type after it.
 */
export function $insertBodyBlockNode(node: LexicalNode): void {
  let caret = $caretNode();
  if (!caret) {
    $getRoot().selectEnd();
    caret = $caretNode();
  }
  const enclosing = caret ? $enclosingBodyBlock(caret) : null;
  if (enclosing) enclosing.insertAfter(node);
  else $insertNodeToNearestRoot(node);
  if (node.getNextSibling() === null) node.insertAfter($createParagraphNode());
  if (enclosing) node.selectNext(0, 0);
}
