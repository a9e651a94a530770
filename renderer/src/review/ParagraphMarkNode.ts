import { $applyNodeReplacement, $getDocument, DecoratorNode, type DOMExportOutput, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import { authorColour } from '../../../core/review/author-colour';
import { PARAGRAPH_MARK_NODE_TYPE, PARAGRAPH_MARK_TEXT } from '../../../core/review/body-suggestions';
import { SuggestionNodeFieldsSchema } from '../../../core/review/review-schema';
import type { SuggestionFields } from './SuggestionNode';

export type SerializedParagraphMarkNode = Spread<SuggestionFields, SerializedLexicalNode>;

const CHANGE_WORDS = { insert: 'new paragraph', delete: 'join of paragraphs' } as const;

/** What a screen reader and a hover say about a paragraph mark: "Suggested new paragraph by Amina Odhiambo". */
export function describeParagraphMark(fields: Pick<SuggestionFields, 'change' | 'by'>): string {
  return `Suggested ${CHANGE_WORDS[fields.change]} by ${fields.by.name}`;
}

/**
 * A suggested paragraph break, last in its block: `insert` says the block was split here (Enter
 * in Suggesting mode), `delete` that it is to be joined with the next one (Backspace at that
 * one's start, Delete at this one's end). A pilcrow in its author's colour; no text of its own,
 * so counts and copies leave it out. Core's bodyAsRejected and bodyAsAccepted join or keep it.
 */
export class ParagraphMarkNode extends DecoratorNode<null> {
  /** @internal */
  __fields: SuggestionFields;

  static override getType(): string {
    return PARAGRAPH_MARK_NODE_TYPE;
  }

  static override clone(node: ParagraphMarkNode): ParagraphMarkNode {
    return new ParagraphMarkNode(node.__fields, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): ParagraphMarkNode {
    const { change, id, by, at } = SuggestionNodeFieldsSchema.parse(json);
    return $createParagraphMarkNode({ change, id, by, at });
  }

  constructor(fields: SuggestionFields, key?: NodeKey) {
    super(key);
    this.__fields = fields;
  }

  override exportJSON(): SerializedParagraphMarkNode {
    const { change, id, by, at } = this.getFields();
    return { change, id, by: { ...by }, at, type: PARAGRAPH_MARK_NODE_TYPE, version: 1 };
  }

  getFields(): SuggestionFields {
    return this.getLatest().__fields;
  }

  getSuggestionId(): string {
    return this.getLatest().__fields.id;
  }

  getChange(): SuggestionFields['change'] {
    return this.getLatest().__fields.change;
  }

  override createDOM(): HTMLElement {
    const { change, id, by } = this.__fields;
    const element = $getDocument().createElement(change === 'insert' ? 'ins' : 'del');
    element.className = `suggestion paragraph-mark paragraph-mark-${change} author-colour-${authorColour(by)}`;
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', describeParagraphMark(this.__fields));
    element.title = describeParagraphMark(this.__fields);
    element.dataset.suggestionId = id;
    element.textContent = PARAGRAPH_MARK_TEXT;
    return element;
  }

  override updateDOM(previous: ParagraphMarkNode): boolean {
    return previous.__fields !== this.__fields;
  }

  /** Copied as HTML it is nothing: the break itself is the paragraphs around it. */
  override exportDOM(): DOMExportOutput {
    return { element: null };
  }

  override decorate(): null {
    return null;
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): false {
    return false;
  }
}

export function $createParagraphMarkNode(fields: SuggestionFields): ParagraphMarkNode {
  return $applyNodeReplacement(new ParagraphMarkNode(fields));
}

export function $isParagraphMarkNode(node: LexicalNode | null | undefined): node is ParagraphMarkNode {
  return node instanceof ParagraphMarkNode;
}
