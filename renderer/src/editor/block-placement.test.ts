import { describe, expect, it, vi } from 'vitest';
import { $dfs } from '@lexical/utils';
import { createHeadlessEditor } from '@lexical/headless';
import { ListItemNode, ListNode } from '@lexical/list';
import { $createTableNodeWithDimensions, $isTableCellNode, $isTableNode, TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $setSelection, type LexicalEditor, type LexicalNode } from 'lexical';
import { $insertBodyBlockNode } from './block-placement';
import { $newFactBox, FactBoxNode, FactBoxTitleNode } from './nodes/FactBoxNode';
import { $createPullQuoteNode, PullQuoteNode } from './nodes/PullQuoteNode';

// The pull quote's field reads the platform's shortcut keys when its module loads.
vi.hoisted(() => vi.stubGlobal('navigator', { platform: 'Linux x86_64' }));

function editorWith(build: () => void): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [FactBoxNode, FactBoxTitleNode, PullQuoteNode, ListNode, ListItemNode, TableNode, TableRowNode, TableCellNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(build, { discrete: true });
  return editor;
}

/** The body as types, nested blocks in brackets: ['paragraph', 'factbox[factbox-title,paragraph]', …]. */
function outline(editor: LexicalEditor): string[] {
  const describe = (node: LexicalNode): string =>
    node.getType() === 'factbox' && $isElementNode(node) ? `factbox[${node.getChildren().map(describe).join(',')}]` : node.getType();
  return editor.getEditorState().read(() => $getRoot().getChildren().map(describe));
}

function insert(editor: LexicalEditor, create: () => LexicalNode): void {
  editor.update(() => $insertBodyBlockNode(create()), { discrete: true });
}

/** A paragraph, then a fact box with the caret in its paragraph, then a closing paragraph. */
function caretInFactBox(): LexicalEditor {
  return editorWith(() => {
    const { box, title } = $newFactBox();
    title.append($createTextNode('How the count works'));
    const inside = box.getLastChildOrThrow();
    if (!$isElementNode(inside)) throw new Error('The fact box has no paragraph.');
    inside.append($createTextNode('Ballots are counted at each station.'));
    $getRoot().append($createParagraphNode().append($createTextNode('Polling closed at 5pm.')), box, $createParagraphNode().append($createTextNode('Results follow.')));
    inside.selectEnd();
  });
}

describe('inserting a body block', () => {
  it('puts a pull quote after the fact box the caret is in, at the top level, and leaves the box as it was', () => {
    const editor = caretInFactBox();
    insert(editor, () => $createPullQuoteNode());
    expect(outline(editor)).toEqual(['paragraph', 'factbox[factbox-title,paragraph]', 'pullquote', 'paragraph']);
    expect(editor.getEditorState().read(() => $getRoot().getLastChildOrThrow().getTextContent())).toBe('Results follow.');
  });

  it('puts a fact box or a table inserted in a fact box after it, never inside it', () => {
    const editor = caretInFactBox();
    insert(editor, () => $newFactBox().box);
    expect(outline(editor)).toEqual(['paragraph', 'factbox[factbox-title,paragraph]', 'factbox[factbox-title,paragraph]', 'paragraph']);
    const tableAfterBox = caretInFactBox();
    insert(tableAfterBox, () => $createTableNodeWithDimensions(2, 2, true));
    expect(outline(tableAfterBox)).toEqual(['paragraph', 'factbox[factbox-title,paragraph]', 'table', 'paragraph']);
  });

  it('puts a block inserted in a table cell after the table, and adds a paragraph when the table ends the body', () => {
    const editor = editorWith(() => {
      const table = $createTableNodeWithDimensions(2, 2, true);
      $getRoot().append($createParagraphNode(), table);
      const cell = table.getFirstDescendant();
      cell?.selectStart();
    });
    insert(editor, () => $createPullQuoteNode());
    expect(outline(editor)).toEqual(['paragraph', 'table', 'pullquote', 'paragraph']);
    // Each cell still holds just its paragraph.
    const cellContents = editor.getEditorState().read(() => {
      const table = $getRoot().getChildAtIndex(1);
      if (!$isTableNode(table)) throw new Error('The table moved.');
      return $dfs(table).flatMap(({ node }) => ($isTableCellNode(node) ? [node.getChildren().map((child) => child.getType())] : []));
    });
    expect(cellContents).toEqual([['paragraph'], ['paragraph'], ['paragraph'], ['paragraph']]);
  });

  it('splits the paragraph at the caret in the body, and goes at the end of the body when it has no caret', () => {
    const editor = editorWith(() => {
      const text = $createTextNode('Polling closed. Results follow.');
      $getRoot().append($createParagraphNode().append(text));
      text.select(15, 15);
    });
    insert(editor, () => $createPullQuoteNode());
    expect(outline(editor)).toEqual(['paragraph', 'pullquote', 'paragraph']);
    expect(editor.getEditorState().read(() => $getRoot().getChildren().map((node) => node.getTextContent().trim()))).toEqual(['Polling closed.', '', 'Results follow.']);

    editor.update(() => $setSelection(null), { discrete: true });
    insert(editor, () => $createPullQuoteNode());
    expect(outline(editor)).toEqual(['paragraph', 'pullquote', 'paragraph', 'pullquote', 'paragraph']);
  });
});
