import { useState, type JSX } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $applyNodeReplacement, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { SerializedBodyNode } from '../../../../core/article/article-schema';
import { checkEmbedUrl, EMBED_TYPE, PROVIDERS, serializedEmbed } from '../../../../core/blocks/embed';
import { stringField } from '../../../../core/blocks/node-fields';
import { BlockCard } from './BlockCard';
import { setCardField, useCardsLocked } from './CardField';
import { FieldsNode } from './FieldsNode';
import { takeFocusRequest } from './focus-requests';

interface EmbedFields {
  url: string;
}

/**
 * An embed by URL. The editor never loads the provider's player or script: it shows a card naming
 * the provider and the address, and exports the provider's no-script markup (core/blocks/embed.ts).
 */
export class EmbedNode extends FieldsNode<EmbedFields> {
  static override getType(): string {
    return EMBED_TYPE;
  }

  static override clone(node: EmbedNode): EmbedNode {
    return new EmbedNode(node.__fields, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): EmbedNode {
    return $createEmbedNode(stringField(json as SerializedBodyNode, 'url'));
  }

  override exportJSON(): SerializedLexicalNode {
    return serializedEmbed(this.getFields().url) as SerializedLexicalNode;
  }

  override decorate(): JSX.Element {
    return <EmbedCard nodeKey={this.getKey()} url={this.__fields.url} />;
  }
}

export function $createEmbedNode(url = ''): EmbedNode {
  return $applyNodeReplacement(new EmbedNode({ url }));
}

export function $isEmbedNode(node: LexicalNode | null | undefined): node is EmbedNode {
  return node instanceof EmbedNode;
}

function EmbedCard({ nodeKey, url }: { nodeKey: NodeKey; url: string }) {
  const [editor] = useLexicalComposerContext();
  const [draft, setDraft] = useState(url);
  const [editing, setEditing] = useState(url === '');
  const [problem, setProblem] = useState<string | null>(null);
  const [focusOnMount] = useState(() => takeFocusRequest(nodeKey));
  const locked = useCardsLocked();
  const checked = checkEmbedUrl(url);
  const provider = checked.ok ? PROVIDERS[checked.provider] : null;

  const apply = () => {
    if (locked) return;
    const result = checkEmbedUrl(draft);
    if (!result.ok) {
      setProblem(result.reason);
      return;
    }
    setProblem(null);
    setEditing(false);
    setCardField(editor, nodeKey, 'url', result.url);
  };

  return (
    <BlockCard nodeKey={nodeKey} kind="Embed" detail={provider && !editing ? provider.name : undefined} className="body-card-embed">
      {editing ? (
        <form
          className="embed-form"
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <label className="card-label" htmlFor={`embed-${nodeKey}`}>
            Address of the post, video or chart
          </label>
          <div className="embed-form-row">
            <input
              id={`embed-${nodeKey}`}
              className="card-input"
              type="url"
              inputMode="url"
              value={draft}
              readOnly={locked}
              placeholder="https://www.youtube.com/watch?v=…"
              autoFocus={focusOnMount}
              aria-invalid={problem !== null}
              aria-describedby={problem ? `embed-${nodeKey}-problem` : `embed-${nodeKey}-hint`}
              onChange={(event) => setDraft(event.target.value)}
            />
            {!locked && (
              <button type="submit" className="button button-small">
                Embed
              </button>
            )}
          </div>
          {problem ? (
            <p id={`embed-${nodeKey}-problem`} role="alert" className="field-problem">
              {problem}
            </p>
          ) : (
            <p id={`embed-${nodeKey}-hint`} className="card-hint">
              YouTube, Vimeo, X, Instagram, TikTok, Facebook, SoundCloud, Datawrapper, Flourish or any web page. Nothing is loaded here; the export links to it.
            </p>
          )}
        </form>
      ) : (
        <div className="embed-preview">
          <span className={`embed-badge embed-badge-${checked.ok ? checked.provider : 'link'}`} aria-hidden="true">
            {(provider?.name ?? 'Link').slice(0, 1)}
          </span>
          <div className="embed-preview-text">
            <span className="embed-provider">{provider?.name ?? 'Link'}</span>
            <span className="embed-url">{url}</span>
          </div>
          {!locked && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                setDraft(url);
                setEditing(true);
              }}
            >
              Change address
            </button>
          )}
        </div>
      )}
    </BlockCard>
  );
}
