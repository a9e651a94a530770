import {
  $applyNodeReplacement,
  $createParagraphNode,
  $getDocument,
  ElementNode,
  type LexicalNode,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import { FACT_BOX_TITLE_TYPE, FACT_BOX_TYPE } from '../../../../core/blocks/fact-box';

/**
 * A fact box: an aside whose first child is its title and whose other children are ordinary blocks.
 * It is a shadow root, so paragraphs, lists and subheads inside it behave as they do in the body,
 * and everything typed in it is in the one editor history.
 */
export class FactBoxNode extends ElementNode {
  static override getType(): string {
    return FACT_BOX_TYPE;
  }

  static override clone(node: FactBoxNode): FactBoxNode {
    return new FactBoxNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): FactBoxNode {
    return $createFactBoxNode().updateFromJSON(json);
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('aside');
    element.className = 'body-fact-box';
    element.setAttribute('aria-label', 'Fact box');
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }
}

/** The fact box's title: one line of inline text; Enter goes on to the box's first paragraph. */
export class FactBoxTitleNode extends ElementNode {
  static override getType(): string {
    return FACT_BOX_TITLE_TYPE;
  }

  static override clone(node: FactBoxTitleNode): FactBoxTitleNode {
    return new FactBoxTitleNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): FactBoxTitleNode {
    return $createFactBoxTitleNode().updateFromJSON(json);
  }

  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('p');
    element.className = 'body-fact-box-title';
    element.setAttribute('data-placeholder', 'Fact box title');
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ElementNode {
    const next = this.getNextSibling();
    if (next instanceof ElementNode && next.isEmpty()) return next;
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /** Backspace at the start of the title does not merge it away: the box keeps its title. */
  override collapseAtStart(): boolean {
    return true;
  }
}

export function $createFactBoxNode(): FactBoxNode {
  return $applyNodeReplacement(new FactBoxNode());
}

export function $createFactBoxTitleNode(): FactBoxTitleNode {
  return $applyNodeReplacement(new FactBoxTitleNode());
}

export function $isFactBoxNode(node: LexicalNode | null | undefined): node is FactBoxNode {
  return node instanceof FactBoxNode;
}

export function $isFactBoxTitleNode(node: LexicalNode | null | undefined): node is FactBoxTitleNode {
  return node instanceof FactBoxTitleNode;
}

/** A new fact box: an empty title and one empty paragraph. */
export function $newFactBox(): { box: FactBoxNode; title: FactBoxTitleNode } {
  const title = $createFactBoxTitleNode();
  const box = $createFactBoxNode().append(title, $createParagraphNode());
  return { box, title };
}

/** Keeps a fact box whole after any edit: a title first, at least one block after it. */
export function $normalizeFactBox(box: FactBoxNode): void {
  const first = box.getFirstChild();
  if (!$isFactBoxTitleNode(first)) box.splice(0, 0, [$createFactBoxTitleNode()]);
  for (const extra of box.getChildren().slice(1).filter($isFactBoxTitleNode)) extra.replace($createParagraphNode().append(...extra.getChildren()));
  if (box.getChildrenSize() < 2) box.append($createParagraphNode());
}
