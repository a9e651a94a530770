import { $applyNodeReplacement, $getDocument, ElementNode, type LexicalNode, type NodeKey, type SerializedElementNode, type Spread } from 'lexical';
import { authorColour } from '../../../core/review/author-colour';
import { SUGGESTION_NODE_TYPE } from '../../../core/review/body-suggestions';
import { SuggestionNodeFieldsSchema, type Person, type SuggestionChange } from '../../../core/review/review-schema';

/** Who suggested what, and when: the fields a suggestion node keeps (core's SuggestionNodeFieldsSchema). */
export interface SuggestionFields {
  change: SuggestionChange;
  id: string;
  by: Person;
  at: string;
}

export type SerializedSuggestionNode = Spread<SuggestionFields, SerializedElementNode>;

const CHANGE_WORDS: Record<SuggestionChange, string> = { insert: 'insertion', delete: 'deletion' };

/** What a screen reader and a hover say about a suggestion: "Suggested insertion by Amina Odhiambo". */
export function describeSuggestionNode(fields: Pick<SuggestionFields, 'change' | 'by'>): string {
  return `Suggested ${CHANGE_WORDS[fields.change]} by ${fields.by.name}`;
}

/**
 * A suggested insertion or deletion in the body: an inline element wrapping the text, like a link.
 * Deleted text stays in the body (struck through) until the deletion is accepted; a replacement is
 * a delete node followed by an insert node with the same id. Shown in its author's colour.
 */
export class SuggestionNode extends ElementNode {
  /** @internal */
  __fields: SuggestionFields;

  static override getType(): string {
    return SUGGESTION_NODE_TYPE;
  }

  static override clone(node: SuggestionNode): SuggestionNode {
    return new SuggestionNode(node.__fields, node.__key);
  }

  static override importJSON(json: SerializedElementNode): SuggestionNode {
    // The article schema has checked a saved body already; this names the field for anything else (a paste, a test).
    const { change, id, by, at } = SuggestionNodeFieldsSchema.parse(json);
    return $createSuggestionNode({ change, id, by, at }).updateFromJSON(json);
  }

  constructor(fields: SuggestionFields, key?: NodeKey) {
    super(key);
    this.__fields = fields;
  }

  override exportJSON(): SerializedSuggestionNode {
    const { change, id, by, at } = this.getFields();
    return { ...super.exportJSON(), change, id, by: { ...by }, at, type: SUGGESTION_NODE_TYPE, version: 1 };
  }

  getFields(): SuggestionFields {
    return this.getLatest().__fields;
  }

  getSuggestionId(): string {
    return this.getLatest().__fields.id;
  }

  getChange(): SuggestionChange {
    return this.getLatest().__fields.change;
  }

  override createDOM(): HTMLElement {
    const { change, id, by } = this.__fields;
    const element = $getDocument().createElement(change === 'insert' ? 'ins' : 'del');
    element.className = `suggestion suggestion-${change} author-colour-${authorColour(by)}`;
    element.title = describeSuggestionNode(this.__fields);
    element.dataset.suggestionId = id;
    return element;
  }

  override updateDOM(previous: SuggestionNode): boolean {
    // Its fields never change in place (a suggestion is made, then decided), so a change means a new element.
    return previous.__fields !== this.__fields;
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  // Typing just outside a suggestion is not part of it: the suggesting plugin decides what typing joins.
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  /** Copying takes the text, not the suggestion: a suggestion belongs to the place it was made. */
  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createSuggestionNode(fields: SuggestionFields): SuggestionNode {
  return $applyNodeReplacement(new SuggestionNode(fields));
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionNode {
  return node instanceof SuggestionNode;
}

/** The innermost suggestion the node is in (itself included), or null. */
export function $suggestionOf(node: LexicalNode | null): SuggestionNode | null {
  for (let at = node; at; at = at.getParent()) {
    if ($isSuggestionNode(at)) return at;
    if (!at.isInline()) return null;
  }
  return null;
}
