import type { SerializedBodyNode } from '../article/article-schema';
import { checkEmbedUrl, serializedEmbed } from '../blocks/embed';
import { serializedFactBox } from '../blocks/fact-box';
import { serializedImage, type BodyImage } from '../blocks/image';
import { positiveInteger } from '../blocks/node-fields';
import { serializedPullQuote } from '../blocks/pull-quote';
import { attribute, elementsUnder, hasClass, isElement, textContent, type HtmlElement, type HtmlNode, type HtmlParent } from './html-tree';

/**
 * Our own blocks read back from the HTML we export (core/blocks/*: each writer's markup): a picture's
 * figure with its caption and credit, a pull quote, a fact box, an embed's fallback markup. Anything
 * else, or one of ours that lacks what the block needs, is left to the general cleaner.
 */

/** A picture met in imported HTML: where its bytes are and what it shows. */
export interface HtmlPicture {
  src: string;
  altText: string;
}

export interface BlockReading {
  /** The inline nodes of an element's content, cleaned like any other. */
  inline(nodes: readonly HtmlNode[]): SerializedBodyNode[];
  /** The blocks of an element's content, cleaned like any other. */
  blocks(nodes: readonly HtmlNode[]): SerializedBodyNode[];
  /** The draft asset for a picture's src, or null when it cannot be brought in (the figure is then read as text). */
  pictureFile?(picture: HtmlPicture): string | null;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Text on one line, white space collapsed as a browser lays it out (ASCII only: a no-break space is content). */
function collapsed(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
}

function oneLine(node: HtmlElement | undefined): string {
  return node ? collapsed(textContent(node)) : '';
}

function childElements(element: HtmlElement): HtmlElement[] {
  return element.childNodes.filter(isElement);
}

function firstUnder(element: HtmlElement, wanted: (candidate: HtmlElement) => boolean): HtmlElement | undefined {
  return elementsUnder(element).find(wanted);
}

/** The figure's img (not one inside its caption). */
function figureImg(figure: HtmlElement): HtmlElement | undefined {
  return firstUnder(figure, (candidate) => candidate.tagName === 'img');
}

export function pictureOf(img: HtmlElement): HtmlPicture {
  return { src: (attribute(img, 'src') ?? '').trim(), altText: collapsed(attribute(img, 'alt') ?? '') };
}

/** Every picture a figure in `root` shows, for a caller that must fetch their bytes before reading the HTML. */
export function figurePictures(root: HtmlParent): HtmlPicture[] {
  const figures = elementsUnder(root).filter((element) => element.tagName === 'figure');
  return figures.map(figureImg).filter((img): img is HtmlElement => img !== undefined).map(pictureOf);
}

/** A figure's picture as the body holds it, or null when its file cannot be brought in (or it shows none). */
export function figureImage(figure: HtmlElement, pictureFile: (picture: HtmlPicture) => string | null): BodyImage | null {
  const img = figureImg(figure);
  if (!img) return null;
  const picture = pictureOf(img);
  const file = pictureFile(picture);
  if (file === null) return null;
  const figcaption = childElements(figure).find((child) => child.tagName === 'figcaption');
  const captionElement = figcaption && firstUnder(figcaption, (candidate) => hasClass(candidate, /^caption$/));
  const creditElement = figcaption && firstUnder(figcaption, (candidate) => hasClass(candidate, /^credit$/));
  // Someone else's figure has its caption as the figcaption's text.
  const caption = captionElement || creditElement ? oneLine(captionElement) : oneLine(figcaption);
  const size = (name: string) => positiveInteger(Number(attribute(img, name) ?? ''));
  return { file, altText: picture.altText, caption, credit: oneLine(creditElement), width: size('width'), height: size('height') };
}

/** `<figure class="pull-quote"><blockquote><p>…</p></blockquote><figcaption>…</figcaption></figure>`. */
function pullQuoteBlock(figure: HtmlElement): SerializedBodyNode | null {
  const quote = childElements(figure).find((child) => child.tagName === 'blockquote');
  if (!quote) return null;
  const paragraphs = childElements(quote).filter((child) => child.tagName === 'p');
  const text = (paragraphs.length > 0 ? paragraphs.map(oneLine) : [oneLine(quote)]).filter(Boolean).join('\n');
  if (text === '') return null;
  return serializedPullQuote({ text, attribution: oneLine(childElements(figure).find((child) => child.tagName === 'figcaption')) });
}

/** `<figure class="embed embed-<provider>">` around the provider's fallback: the address is its link. */
function embedBlock(figure: HtmlElement): SerializedBodyNode | null {
  const anchor = firstUnder(figure, (candidate) => candidate.tagName === 'a' && attribute(candidate, 'href') !== undefined);
  const checked = checkEmbedUrl(anchor ? (attribute(anchor, 'href') ?? '') : '');
  return checked.ok ? serializedEmbed(checked.url) : null;
}

/** `<aside class="fact-box"><h2>Title</h2>…</aside>`: the first heading is the title, the rest its blocks. */
function factBoxBlock(aside: HtmlElement, reading: BlockReading): SerializedBodyNode {
  const title = childElements(aside).find((child) => HEADINGS.has(child.tagName));
  const rest = aside.childNodes.filter((child) => child !== title);
  return serializedFactBox(title ? reading.inline(title.childNodes) : [], reading.blocks(rest));
}

/** The block `element` is in our own markup, or null when it is not one of ours. */
export function ownBlockFromHtml(element: HtmlElement, reading: BlockReading): SerializedBodyNode | null {
  if (element.tagName === 'aside' && hasClass(element, /^fact-box$/)) return factBoxBlock(element, reading);
  if (element.tagName !== 'figure') return null;
  if (hasClass(element, /^pull-quote$/)) return pullQuoteBlock(element);
  if (hasClass(element, /^embed$/)) return embedBlock(element);
  const image = figureImage(element, (picture) => reading.pictureFile?.(picture) ?? null);
  return image ? serializedImage(image) : null;
}
