import type { ArticleBody, SerializedBodyNode } from '../article/article-schema';
import {
  allowedLinkUrl,
  bodyImage,
  type BodyImage,
  hasBlockChildren,
  headingLevel,
  isImage,
  isLink,
  isOrderedList,
  listEntries,
  listStart,
  stringField,
  textFormats,
} from './body-nodes';
import { escapeHtmlAttribute, escapeHtmlText } from './escape';
import { IMAGES_BESIDE_EXPORT, imageSrc, type ImageSource } from './image-source';

export interface BodyHtmlOptions {
  /**
   * Adds `copydesk-*` class names to figures, captions and credits so a site stylesheet can reach them.
   * Off by default: a CMS fragment should carry structure only.
   */
  withClasses?: boolean;
  /** Where inline images' src point. Default: `assets/…` beside the export. */
  images?: ImageSource;
}

export interface FigureContext {
  withClasses: boolean;
  images: ImageSource;
}
type Context = FigureContext;

/**
 * Semantic HTML for an article body (Lexical's serialized state). Every text and attribute is escaped,
 * links off the http/https/mailto allowlist become plain text, and node types this exporter does not
 * know are exported as their text: a body never fails to export.
 */
export function bodyToHtml(body: ArticleBody, options: BodyHtmlOptions = {}): string {
  const context: Context = { withClasses: options.withClasses ?? false, images: options.images ?? IMAGES_BESIDE_EXPORT };
  return blocksHtml(body.root.children, context);
}

function classAttribute(context: Context, name: string): string {
  return context.withClasses ? ` class="copydesk-${name}"` : '';
}

function blocksHtml(nodes: readonly SerializedBodyNode[], context: Context): string {
  return nodes
    .map((node) => blockHtml(node, context))
    .filter((html) => html !== '')
    .join('\n');
}

function blockHtml(node: SerializedBodyNode, context: Context): string {
  switch (node.type) {
    case 'paragraph':
      return withImagesLifted(node.children ?? [], context, (inline) => `<p>${inline}</p>`);
    case 'heading': {
      const tag = headingLevel(node);
      return withImagesLifted(node.children ?? [], context, (inline) => `<${tag}>${inline}</${tag}>`);
    }
    case 'quote':
      return withImagesLifted(node.children ?? [], context, (inline) => `<blockquote><p>${inline}</p></blockquote>`);
    case 'list':
      return listHtml(node, context);
    case 'horizontalrule':
      return '<hr>';
    case 'image':
      return figureHtml(bodyImage(node), context);
    default:
      if (hasBlockChildren(node)) return blocksHtml(node.children ?? [], context);
      return withImagesLifted([node], context, (inline) => `<p>${inline}</p>`);
  }
}

/**
 * Paragraph-like blocks may hold an inline image, but a figure cannot sit inside a <p>:
 * the block is split around each image, and runs with no text are left out.
 */
function withImagesLifted(children: readonly SerializedBodyNode[], context: Context, wrap: (inline: string) => string): string {
  const parts: string[] = [];
  let run: SerializedBodyNode[] = [];
  const flush = () => {
    const inline = inlineHtml(run, context);
    if (inline.trim() !== '' && inline !== '<br>') parts.push(wrap(inline));
    run = [];
  };
  for (const child of children) {
    if (isImage(child)) {
      flush();
      parts.push(figureHtml(bodyImage(child), context));
    } else {
      run.push(child);
    }
  }
  flush();
  return parts.join('\n');
}

function listHtml(list: SerializedBodyNode, context: Context): string {
  const tag = isOrderedList(list) ? 'ol' : 'ul';
  const start = listStart(list);
  const startAttribute = tag === 'ol' && start !== 1 ? ` start="${start}"` : '';
  const items = listEntries(list).map((entry) => {
    const nested = entry.nested.map((child) => listHtml(child, context)).join('');
    return `<li>${inlineHtml(entry.content, context)}${nested}</li>`;
  });
  return `<${tag}${startAttribute}>${items.join('')}</${tag}>`;
}

/** A picture with its caption and, separately marked up, its credit. Used for inline and lead images alike. */
export function figureHtml(image: BodyImage, context: Context): string {
  if (image.file === '') return '';
  const size = `${image.width ? ` width="${image.width}"` : ''}${image.height ? ` height="${image.height}"` : ''}`;
  const img = `<img src="${escapeHtmlAttribute(imageSrc(image.file, context.images))}" alt="${escapeHtmlAttribute(image.altText)}"${size}>`;
  return `<figure${classAttribute(context, 'figure')}>${img}${figcaptionHtml(image.caption, image.credit, context)}</figure>`;
}

function figcaptionHtml(caption: string, credit: string, context: Context): string {
  const parts: string[] = [];
  if (caption.trim()) parts.push(context.withClasses ? `<span class="copydesk-caption">${escapeHtmlText(caption)}</span>` : escapeHtmlText(caption));
  if (credit.trim()) parts.push(`<small${context.withClasses ? ' class="copydesk-credit"' : ''}>${escapeHtmlText(credit)}</small>`);
  return parts.length ? `<figcaption>${parts.join(' ')}</figcaption>` : '';
}

function inlineHtml(nodes: readonly SerializedBodyNode[], context: Context): string {
  return nodes.map((node) => inlineNodeHtml(node, context)).join('');
}

function inlineNodeHtml(node: SerializedBodyNode, context: Context): string {
  if (node.type === 'linebreak') return '<br>';
  if (isImage(node)) return figureHtml(bodyImage(node), context);
  if (isLink(node)) {
    const inner = inlineHtml(node.children ?? [], context);
    const url = allowedLinkUrl(node);
    if (url === null) return inner;
    const title = stringField(node, 'title');
    return `<a href="${escapeHtmlAttribute(url)}"${title ? ` title="${escapeHtmlAttribute(title)}"` : ''}>${inner}</a>`;
  }
  if (typeof node.text === 'string') {
    return textFormats(node).reduceRight((html, tag) => `<${tag}>${html}</${tag}>`, escapeHtmlText(node.text));
  }
  return inlineHtml((node.children ?? []).filter((child) => !isImage(child)), context);
}
