import type { SerializedBodyNode } from '../article/article-schema';
import type { BlockWriters } from './block-writers';
import { EMBED_TYPE, embedWriters } from './embed';
import { FACT_BOX_TYPE, factBoxWriters } from './fact-box';
import { IMAGE_TYPE, imageCountedText, imageWriters } from './image';
import { PULL_QUOTE_TYPE, pullQuoteCountedText, pullQuoteWriters } from './pull-quote';
import { TABLE_TYPE, tableWriters } from './table';

/** The body's own blocks beyond Lexical's rich text, by serialized type: how each exports. */
export const BODY_BLOCKS: Readonly<Record<string, BlockWriters>> = {
  [IMAGE_TYPE]: imageWriters,
  [PULL_QUOTE_TYPE]: pullQuoteWriters,
  [FACT_BOX_TYPE]: factBoxWriters,
  [EMBED_TYPE]: embedWriters,
  [TABLE_TYPE]: tableWriters,
};

export function blockWriters(node: SerializedBodyNode): BlockWriters | undefined {
  return Object.hasOwn(BODY_BLOCKS, node.type) ? BODY_BLOCKS[node.type] : undefined;
}

/**
 * Text that blocks keep in fields rather than in child text nodes, for word counts: a picture's
 * caption, a pull quote and its attribution. Fact boxes and tables hold ordinary text nodes and are
 * counted like the rest of the body; an embed adds no words.
 */
const COUNTED_FIELDS: Readonly<Record<string, (node: SerializedBodyNode) => string>> = {
  [IMAGE_TYPE]: imageCountedText,
  [PULL_QUOTE_TYPE]: pullQuoteCountedText,
};

export function countedFieldText(node: SerializedBodyNode): string | null {
  return Object.hasOwn(COUNTED_FIELDS, node.type) ? (COUNTED_FIELDS[node.type] as (node: SerializedBodyNode) => string)(node) : null;
}
