import type { SerializedBodyNode } from '../article/article-schema';
import { paragraph, text } from '../testing/body-builders';

/**
 * Paste as plain text (Ctrl/Cmd+Shift+V, or a clipboard with only text): paragraphs and nothing
 * else. Each line is a paragraph, because Word, Docs, mail and chat all write one line per
 * paragraph; joining hard-wrapped lines would be a guess that merges addresses, lists and quotes.
 * Blank lines separate, they are not kept; runs of spaces and tabs become one space.
 */
export function plainTextToBlocks(input: string): SerializedBodyNode[] {
  return input
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/[\t\f\v ]+/g, ' ').trim())
    .filter((line) => line !== '')
    .map((line) => paragraph(text(line)));
}
