import type { SerializedBodyNode } from '../article/article-schema';
import { prefixLines, type BlockWriters } from './block-writers';

/**
 * A fact box: a titled aside holding paragraphs, lists and subheads of its own. In the editor it is
 * a container node whose first child is its title (inline text) and whose other children are
 * ordinary body blocks, so typing, formatting, lists and undo inside it are Lexical's own.
 */
export const FACT_BOX_TYPE = 'factbox';
export const FACT_BOX_TITLE_TYPE = 'factbox-title';

export interface FactBoxParts {
  /** The title's inline content. */
  title: SerializedBodyNode[];
  /** The blocks under the title. */
  content: SerializedBodyNode[];
}

export function factBoxParts(node: SerializedBodyNode): FactBoxParts {
  const children = node.children ?? [];
  const titleNode = children.find((child) => child.type === FACT_BOX_TITLE_TYPE);
  return { title: titleNode?.children ?? [], content: children.filter((child) => child.type !== FACT_BOX_TITLE_TYPE) };
}

export function serializedFactBox(title: readonly SerializedBodyNode[], content: readonly SerializedBodyNode[]): SerializedBodyNode {
  const element = { direction: null, format: '', indent: 0 };
  return {
    children: [{ children: [...title], ...element, type: FACT_BOX_TITLE_TYPE, version: 1 }, ...content],
    ...element,
    type: FACT_BOX_TYPE,
    version: 1,
  };
}

export const factBoxWriters: BlockWriters = {
  /** `<aside class="fact-box"><h2>Title</h2>…</aside>`: the box is complementary content with a heading of its own. */
  html(node, out) {
    const { title, content } = factBoxParts(node);
    const heading = out.inline(title);
    const blocks = out.blocks(content);
    if (heading.trim() === '' && blocks === '') return '';
    return `<aside class="fact-box">${heading.trim() ? `<h2>${heading}</h2>` : ''}\n${blocks}\n</aside>`;
  },
  markdown(node, out) {
    const { title, content } = factBoxParts(node);
    const heading = out.inline(title).replace(/\\\n/g, ' ').trim();
    const parts = [heading ? `**${heading}**` : '', out.blocks(content)].filter(Boolean);
    return parts.length ? prefixLines(parts.join('\n\n'), '> ', '> ').replace(/^> $/gm, '>') : '';
  },
  text(node, out) {
    const { title, content } = factBoxParts(node);
    const heading = out.inline(title).replace(/\n/g, ' ').trim();
    const blocks = out.blocks(content);
    if (heading === '' && blocks === '') return '';
    return [`FACT BOX${heading ? `: ${heading}` : ''}`, blocks, 'END OF FACT BOX'].filter(Boolean).join('\n\n');
  },
};
