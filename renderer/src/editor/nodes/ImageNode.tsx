import type { JSX } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $applyNodeReplacement, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import { bodyImage, IMAGE_TYPE, imageCountedText, serializedImage, type BodyImage } from '../../../../core/blocks/image';
import type { SerializedBodyNode } from '../../../../core/article/article-schema';
import { draftAssetUrl } from '../../metadata/draft-assets';
import { useArticleStore } from '../../store/article-store';
import { BlockCard } from './BlockCard';
import { CardField } from './CardField';
import { FieldsNode } from './FieldsNode';

type ImageFields = BodyImage;

/** The body's picture: a card with the image and its caption, credit and alt text as fields. */
export class ImageNode extends FieldsNode<ImageFields> {
  static override getType(): string {
    return IMAGE_TYPE;
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__fields, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): ImageNode {
    return $createImageNode(bodyImage(json as SerializedBodyNode));
  }

  override exportJSON(): SerializedLexicalNode {
    return serializedImage(this.getFields()) as SerializedLexicalNode;
  }

  /** The caption, as the word count reads it (core/text/text-stats.ts). */
  override getTextContent(): string {
    return imageCountedText(this.exportJSON() as SerializedBodyNode);
  }

  override decorate(): JSX.Element {
    return <ImageCard nodeKey={this.getKey()} image={this.__fields} />;
  }
}

export function $createImageNode(image: ImageFields): ImageNode {
  return $applyNodeReplacement(new ImageNode(image));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}

function ImageCard({ nodeKey, image }: { nodeKey: NodeKey; image: ImageFields }) {
  const [editor] = useLexicalComposerContext();
  const draftId = useArticleStore((state) => state.metadata.id);
  const field = { editor, nodeKey };
  const size = image.width && image.height ? `${image.width} × ${image.height}` : undefined;
  return (
    <BlockCard nodeKey={nodeKey} kind="Picture" detail={size} className="body-card-image">
      <figure className="image-card-figure">
        {/* Until alt text is written, a screen reader hears that it is missing rather than nothing. */}
        <img src={draftAssetUrl(draftId, image.file)} alt={image.altText.trim() || 'Picture without alt text'} width={image.width ?? undefined} height={image.height ?? undefined} draggable={false} />
      </figure>
      <div className="card-fields">
        <CardField {...field} field="caption" label="Caption" value={image.caption} multiline placeholder="What the picture shows" className="card-input-caption" />
        <div className="card-field-row">
          <CardField {...field} field="credit" label="Credit" value={image.credit} placeholder="Photo: name / agency" />
          <CardField {...field} field="altText" label="Alt text" value={image.altText} multiline placeholder="Describe the picture for readers who cannot see it" />
        </div>
      </div>
    </BlockCard>
  );
}
