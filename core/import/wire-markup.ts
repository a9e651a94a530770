import { parse } from 'parse5';
import type { ArticleBody } from '../article/article-schema';
import { elementToBody, findHtmlElement, htmlAttribute, isHtmlElement, withoutLeadingHeadline, type HtmlElement, type HtmlParent } from './html-to-body';

/**
 * Agencies mark up more than the story in a body: a vignette (the topic label above the headline),
 * a source line ("Quelle: dpa"), the byline, the headline again. Those lines are metadata; left in,
 * they would be paragraphs of the body or run into its first one. This takes them out, by their
 * class (or NITF element name), and hands them back as text.
 */

export interface WireBodyParts {
  body: ArticleBody;
  vignette: string;
  sourceLine: string;
  byline: string;
}

type Part = 'vignette' | 'sourceLine' | 'byline' | 'headline';

const PART_BY_CLASS: Readonly<Record<string, Part>> = {
  vignette: 'vignette', topline: 'vignette', kicker: 'vignette', dachzeile: 'vignette',
  source: 'sourceLine', quelle: 'sourceLine', credit: 'sourceLine', distributor: 'sourceLine',
  byline: 'byline', author: 'byline',
  headline: 'headline', hl1: 'headline', title: 'headline',
};
const PART_BY_TAG: Readonly<Record<string, Part>> = { hedline: 'headline', hl1: 'headline', byline: 'byline', distributor: 'sourceLine' };

function textContent(node: HtmlParent): string {
  return node.childNodes.map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : isHtmlElement(child) ? textContent(child) : '')).join('');
}

function normalized(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function partOf(element: HtmlElement): Part | undefined {
  const byTag = PART_BY_TAG[element.tagName];
  if (byTag) return byTag;
  const tokens = `${htmlAttribute(element, 'class') ?? ''} ${htmlAttribute(element, 'itemprop') ?? ''}`.toLowerCase().split(/\s+/);
  return tokens.map((token) => PART_BY_CLASS[token]).find((part) => part !== undefined);
}

/** Removes the marked parts from the tree, collecting their text. A marked headline goes only when it is the item's. */
function takeParts(node: HtmlParent, found: Record<Exclude<Part, 'headline'>, string[]>, headline: string): void {
  node.childNodes = node.childNodes.filter((child) => {
    if (!isHtmlElement(child)) return true;
    const part = partOf(child);
    const text = part ? normalized(textContent(child)) : '';
    if (part === 'headline') {
      if (text === headline || text === '') return false;
    } else if (part) {
      if (text) found[part].push(text);
      return false;
    }
    takeParts(child, found, headline);
    return true;
  });
}

/** The first element that holds text, looking into containers such as <header> and <section>. */
function firstTextElement(node: HtmlParent): { parent: HtmlParent; element: HtmlElement } | null {
  for (const child of node.childNodes) {
    if (child.nodeName === '#text' && 'value' in child && child.value.trim() !== '') return null;
    if (!isHtmlElement(child) || normalized(textContent(child)) === '') continue;
    const inner = /^(header|section|article|div|hgroup|main)$/.test(child.tagName) ? firstTextElement(child) : null;
    return inner ?? { parent: node, element: child };
  }
  return null;
}

/** A headline repeated as the body's first line, as a heading or a paragraph of its own, goes. */
function dropRepeatedHeadline(container: HtmlParent, headline: string): void {
  const first = firstTextElement(container);
  if (!first || normalized(headline) === '' || normalized(textContent(first.element)) !== normalized(headline)) return;
  first.parent.childNodes = first.parent.childNodes.filter((child) => child !== first.element);
}

export function wireHtmlToBody(html: string, headline: string): WireBodyParts {
  const document = parse(html);
  const container = findHtmlElement(document, 'body') ?? document;
  const found = { vignette: [], sourceLine: [], byline: [] };
  takeParts(container, found, normalized(headline));
  dropRepeatedHeadline(container, headline);
  return {
    body: withoutLeadingHeadline(elementToBody(container), headline),
    vignette: found.vignette.join(' · '),
    sourceLine: found.sourceLine.join(' '),
    byline: found.byline.join(', '),
  };
}
