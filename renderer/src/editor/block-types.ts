import { $createParagraphNode, $getSelection, $isRangeSelection, $isRootOrShadowRoot, type ElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $setBlocksType } from '@lexical/selection';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode } from '@lexical/list';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { refusedWhileSuggesting } from '../review/untracked-edits';

export const BLOCK_TYPES = [
  { value: 'paragraph', label: 'Paragraph' },
  { value: 'h2', label: 'Subhead (H2)' },
  { value: 'h3', label: 'Subhead (H3)' },
  { value: 'quote', label: 'Quote' },
  { value: 'bullet', label: 'Bulleted list' },
  { value: 'number', label: 'Numbered list' },
] as const;

export type BlockType = (typeof BLOCK_TYPES)[number]['value'];

/** The kind of block the node sits in, as the block-type menu names it. Call inside a read or update. */
export function $blockTypeOf(node: LexicalNode): BlockType {
  if ($isListNode(node)) return node.getListType() === 'number' ? 'number' : 'bullet';
  const list = $getNearestNodeOfType(node, ListNode);
  if (list) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block = $findMatchingParent(node, (candidate) => {
    const parent = candidate.getParent();
    return parent !== null && $isRootOrShadowRoot(parent);
  });
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h3' ? 'h3' : 'h2';
  }
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}

/** Turns the selected blocks into the chosen type; choosing a list the selection is already in turns it back into paragraphs. */
export function setBlockType(editor: LexicalEditor, current: BlockType, wanted: BlockType): void {
  if (refusedWhileSuggesting('block')) return;
  if (wanted === 'bullet' || wanted === 'number') {
    if (current !== wanted) {
      editor.dispatchCommand(wanted === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
      return;
    }
    wanted = 'paragraph';
  }
  const create: () => ElementNode = {
    paragraph: () => $createParagraphNode(),
    h2: () => $createHeadingNode('h2'),
    h3: () => $createHeadingNode('h3'),
    quote: () => $createQuoteNode(),
  }[wanted];
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $setBlocksType(selection, create);
  });
}
