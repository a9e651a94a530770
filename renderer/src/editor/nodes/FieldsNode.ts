import type { JSX } from 'react';
import { $getDocument, DecoratorNode, type EditorConfig, type NodeKey } from 'lexical';

/**
 * A block-level card whose content lives in plain string fields (a picture's caption, a pull quote's
 * text) edited through ordinary inputs, not a nested editor: one editor state and one history hold
 * everything, so undo cannot get out of step with what is shown (the nested-editor undo trouble of
 * lexical#4401). Subclasses add the type, the serialized form and the card.
 */
export abstract class FieldsNode<Fields extends object> extends DecoratorNode<JSX.Element> {
  __fields: Readonly<Fields>;

  constructor(fields: Fields, key?: NodeKey) {
    super(key);
    this.__fields = fields;
  }

  getFields(): Readonly<Fields> {
    return this.getLatest().__fields;
  }

  setField<Key extends keyof Fields>(key: Key, value: Fields[Key]): this {
    const writable = this.getWritable();
    writable.__fields = { ...writable.__fields, [key]: value };
    return writable;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = `body-card-host body-card-host-${this.getType()}`;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }
}
