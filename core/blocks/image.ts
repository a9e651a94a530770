import type { SerializedBodyNode } from '../article/article-schema';
import { escapeHtmlAttribute, escapeHtmlText } from '../export/escape';
import type { BlockWriters } from './block-writers';
import { positiveInteger, stringField } from './node-fields';

/**
 * The body's picture ('image' node): an asset of the draft with alt text, caption and credit as
 * separate fields. The lead image is written by the same figure writer.
 */
export const IMAGE_TYPE = 'image';

export interface BodyImage {
  /** An asset path, `assets/…`. */
  file: string;
  altText: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
}

export function isImage(node: SerializedBodyNode): boolean {
  return node.type === IMAGE_TYPE;
}

export function bodyImage(node: SerializedBodyNode): BodyImage {
  return {
    file: stringField(node, 'file'),
    altText: stringField(node, 'altText'),
    caption: stringField(node, 'caption'),
    credit: stringField(node, 'credit'),
    width: positiveInteger(node.width),
    height: positiveInteger(node.height),
  };
}

/** The serialized node, as the editor's ImageNode writes it. */
export function serializedImage(image: Omit<BodyImage, 'width' | 'height'> & { width?: number | null; height?: number | null }): SerializedBodyNode {
  const { width, height, ...text } = image;
  return { ...text, ...(width ? { width } : {}), ...(height ? { height } : {}), type: IMAGE_TYPE, version: 1 };
}

/** Media types of the file names Copydesk stores pictures under (named by their bytes' format). */
const MEDIA_TYPE_BY_EXTENSION: Readonly<Record<string, string>> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif' };

/** The media type of a stored picture, from its file name; undefined for a name that is not one of ours. */
export function pictureMediaType(file: string): string | undefined {
  return MEDIA_TYPE_BY_EXTENSION[file.split('.').pop()?.toLowerCase() ?? ''];
}

/**
 * `<figure><img …><figcaption><span class="caption">…</span> <small class="credit">…</small></figcaption></figure>`:
 * caption and credit each in an element of its own, so a CMS (and our own import) can tell them apart.
 * `className` marks the figure for a stylesheet (and the lead picture for our import).
 */
export function figureHtml(image: BodyImage, src: string, className: string | null): string {
  const size = `${image.width ? ` width="${image.width}"` : ''}${image.height ? ` height="${image.height}"` : ''}`;
  const img = `<img src="${escapeHtmlAttribute(src)}" alt="${escapeHtmlAttribute(image.altText)}"${size}>`;
  const parts: string[] = [];
  if (image.caption.trim()) parts.push(`<span class="caption">${escapeHtmlText(image.caption)}</span>`);
  if (image.credit.trim()) parts.push(`<small class="credit">${escapeHtmlText(image.credit)}</small>`);
  const figcaption = parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
  return `<figure${className ? ` class="${className}"` : ''}>${img}${figcaption}</figure>`;
}

/** “[Picture: caption (credit)]”: plain text names the picture without its file. */
export function imageText(image: Pick<BodyImage, 'file' | 'caption' | 'credit'>): string {
  if (!image.file) return '';
  const caption = [image.caption.trim(), image.credit.trim() ? `(${image.credit.trim()})` : ''].filter(Boolean).join(' ');
  return `[Picture${caption ? `: ${caption}` : ''}]`;
}

/** The text a picture adds to the word count: its caption (what readers read under it). */
export function imageCountedText(node: SerializedBodyNode): string {
  return stringField(node, 'caption');
}

export const imageWriters: BlockWriters = {
  html: (node, out) => (bodyImage(node).file === '' ? '' : out.figure(bodyImage(node))),
  markdown: (node, out) => out.image(bodyImage(node)),
  text: (node) => imageText(bodyImage(node)),
};
