import type { JSX } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $applyNodeReplacement, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { SerializedBodyNode } from '../../../../core/article/article-schema';
import { pullQuote, pullQuoteCountedText, PULL_QUOTE_TYPE, serializedPullQuote, type PullQuote } from '../../../../core/blocks/pull-quote';
import { BlockCard } from './BlockCard';
import { CardField } from './CardField';
import { FieldsNode } from './FieldsNode';
import { takeFocusRequest } from './focus-requests';

/** A pull quote: the quoted line and who said it, as two plain fields. */
export class PullQuoteNode extends FieldsNode<PullQuote> {
  static override getType(): string {
    return PULL_QUOTE_TYPE;
  }

  static override clone(node: PullQuoteNode): PullQuoteNode {
    return new PullQuoteNode(node.__fields, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): PullQuoteNode {
    return $createPullQuoteNode(pullQuote(json as SerializedBodyNode));
  }

  override exportJSON(): SerializedLexicalNode {
    return serializedPullQuote(this.getFields()) as SerializedLexicalNode;
  }

  override getTextContent(): string {
    return pullQuoteCountedText(this.exportJSON() as SerializedBodyNode);
  }

  override decorate(): JSX.Element {
    return <PullQuoteCard nodeKey={this.getKey()} quote={this.__fields} />;
  }
}

export function $createPullQuoteNode(quote: PullQuote = { text: '', attribution: '' }): PullQuoteNode {
  return $applyNodeReplacement(new PullQuoteNode(quote));
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}

function PullQuoteCard({ nodeKey, quote }: { nodeKey: NodeKey; quote: PullQuote }) {
  const [editor] = useLexicalComposerContext();
  const field = { editor, nodeKey };
  return (
    <BlockCard nodeKey={nodeKey} kind="Pull quote" className="body-card-pull-quote">
      <div className="card-fields pull-quote-fields">
        <CardField {...field} field="text" label="Quote" value={quote.text} multiline placeholder="“The line readers should not miss.”" className="card-input-pull-quote" autoFocus={takeFocusRequest(nodeKey)} />
        <CardField {...field} field="attribution" label="Attribution" value={quote.attribution} placeholder="Name, role" className="card-input-attribution" />
      </div>
    </BlockCard>
  );
}
