import type { Article, SerializedBodyNode } from '../article/article-schema';
import { IMAGE_TYPE } from '../blocks/image';
import { PULL_QUOTE_TYPE } from '../blocks/pull-quote';
import type { StyleText } from './style-issue';

/** Blocks whose text is not prose: code is left as written, a rule has none. */
const SKIPPED_BLOCKS = new Set(['code', 'horizontalrule']);
/** Text a block keeps in node fields (core/blocks): these are read like paragraphs. */
const PROPERTY_TEXTS: Readonly<Record<string, readonly string[]>> = {
  [IMAGE_TYPE]: ['caption'],
  [PULL_QUOTE_TYPE]: ['text', 'attribution'],
};

const isInline = (node: SerializedBodyNode) => node.children === undefined || node.type === 'link' || node.type === 'autolink' || node.type === 'mark' || node.type === 'suggestion';

/** An element's text as Lexical's getTextContent gives it when all its children are inline. */
export function inlineTextOf(nodes: readonly SerializedBodyNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'linebreak') text += '\n';
    else if (node.type === 'tab') text += '\t';
    else if (typeof node.text === 'string') text += node.text;
    else if (node.children) text += inlineTextOf(node.children);
  }
  return text;
}

/** The texts of one top-level body block, each with its place (see StyleTextPlace). */
export function blockStyleTexts(block: SerializedBodyNode, blockIndex: number): StyleText[] {
  const texts: StyleText[] = [];
  const visit = (node: SerializedBodyNode, path: number[]) => {
    if (SKIPPED_BLOCKS.has(node.type)) return;
    const properties = Object.hasOwn(PROPERTY_TEXTS, node.type) ? PROPERTY_TEXTS[node.type] ?? [] : [];
    for (const property of properties) {
      const value = node[property];
      if (typeof value === 'string' && value.trim()) texts.push({ place: { kind: 'body', blockIndex, path, property }, text: value });
    }
    const children = node.children;
    if (!children) return;
    if (children.every(isInline)) {
      const text = inlineTextOf(children);
      if (text.trim()) texts.push({ place: { kind: 'body', blockIndex, path }, text });
      return;
    }
    children.forEach((child, index) => visit(child, [...path, index]));
  };
  visit(block, []);
  return texts;
}

/** The article fields the checks read: the headline and standfirst before the body, the lead picture's caption and alt text after it. */
export interface FieldStyleTexts {
  beforeBody: StyleText[];
  afterBody: StyleText[];
}

/** The field texts of an article (or of the editor's metadata, which is the article without its body). */
export function fieldStyleTexts(article: Pick<Article, 'headline' | 'standfirst' | 'leadImage'>): FieldStyleTexts {
  const field = (name: 'headline' | 'standfirst' | 'leadImage.caption' | 'leadImage.altText', text: string): StyleText[] => (text.trim() ? [{ place: { kind: 'field', field: name }, text }] : []);
  return {
    beforeBody: [...field('headline', article.headline), ...field('standfirst', article.standfirst)],
    afterBody: [...field('leadImage.caption', article.leadImage?.caption ?? ''), ...field('leadImage.altText', article.leadImage?.altText ?? '')],
  };
}

/** Every text the style checks read, in reading order: headline, standfirst, the body, then the lead picture's caption and alt text. */
export function articleStyleTexts(article: Article): StyleText[] {
  const { beforeBody, afterBody } = fieldStyleTexts(article);
  return [...beforeBody, ...article.body.root.children.flatMap((block, index) => blockStyleTexts(block, index)), ...afterBody];
}
