import type { SerializedBodyNode } from '../article/article-schema';
import type { BodyImage } from './image';

/**
 * What each export format lends a block's writer: the shared walk (for blocks that hold blocks or
 * inline content) and the format's own escaping. Every block writes itself through these, so the
 * walk over the body exists once per format and a block's markup lives with the block.
 */
export interface HtmlOut {
  blocks(nodes: readonly SerializedBodyNode[]): string;
  inline(nodes: readonly SerializedBodyNode[]): string;
  /** The figure of a picture, with its src resolved the way the export wants. */
  figure(image: BodyImage): string;
}

export interface MarkdownOut {
  blocks(nodes: readonly SerializedBodyNode[]): string;
  inline(nodes: readonly SerializedBodyNode[]): string;
  /** Escapes text so it stays text, on one line. */
  text(text: string): string;
  /** A link to an allowlisted address. */
  link(text: string, url: string): string;
  image(image: BodyImage): string;
}

export interface TextOut {
  blocks(nodes: readonly SerializedBodyNode[]): string;
  inline(nodes: readonly SerializedBodyNode[]): string;
}

export interface BlockWriters {
  html(node: SerializedBodyNode, out: HtmlOut): string;
  markdown(node: SerializedBodyNode, out: MarkdownOut): string;
  text(node: SerializedBodyNode, out: TextOut): string;
}

/** Prefixes the first line with `first` and every other line with `rest`. */
export function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => `${index === 0 ? first : rest}${line}`)
    .join('\n');
}
