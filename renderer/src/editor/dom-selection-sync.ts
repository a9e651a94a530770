import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_DOWN_COMMAND,
  getDOMSelectionFromTarget,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';

/** The format and style the next typed character takes: kept in the same text, else the text's own (as Lexical does). */
function carryTypingFormat(fromDom: RangeSelection, previous: RangeSelection): void {
  if (fromDom.anchor.key === previous.anchor.key) {
    fromDom.format = previous.format;
    fromDom.style = previous.style;
    return;
  }
  const anchorNode = fromDom.anchor.getNode();
  if ($isTextNode(anchorNode)) {
    fromDom.format = anchorNode.getFormat();
    fromDom.style = anchorNode.getStyle();
  } else if ($isElementNode(anchorNode)) {
    fromDom.format = anchorNode.getTextFormat();
    fromDom.style = anchorNode.getTextStyle();
  }
}

/**
 * Lexical reads the caret from the page on `selectionchange`, which the browser fires a task after
 * the caret moves; its key handlers use the caret it last read. A key that follows an arrow key
 * quickly enough (key repeat, a fast typist, a test) would otherwise act where the caret was a
 * moment ago: Backspace deleting the wrong letter, a comment anchored one word off. So before any
 * key is handled, the body's caret is taken from the page when the two differ.
 */
export function registerDomSelectionSync(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      // Keys typed into a control inside a block (a caption, a fact-box title) are that control's.
      if (event.target !== editor.getRootElement()) return false;
      const previous = $getSelection();
      // A selected block (a picture, a rule) is not a caret the page can show.
      if (!$isRangeSelection(previous)) return false;
      const fromDom = $createRangeSelectionFromDom(getDOMSelectionFromTarget(event.target), editor);
      if (!fromDom || (fromDom.anchor.is(previous.anchor) && fromDom.focus.is(previous.focus))) return false;
      carryTypingFormat(fromDom, previous);
      $setSelection(fromDom);
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
