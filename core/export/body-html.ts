import type { ArticleBody, SerializedBodyNode } from '../article/article-schema';
import { blockWriters } from '../blocks/body-blocks';
import type { HtmlOut } from '../blocks/block-writers';
import { bodyImage, figureHtml, isImage } from '../blocks/image';
import { stringField } from '../blocks/node-fields';
import { allowedLinkUrl, hasBlockChildren, headingLevel, isLink, isOrderedList, listEntries, listStart, splitAtImages, textFormats } from './body-nodes';
import { escapeHtmlAttribute, escapeHtmlText } from './escape';
import { IMAGES_BESIDE_EXPORT, imageSrc, type ImageSource } from './image-source';

export interface BodyHtmlOptions {
  /**
   * Adds the `copydesk-figure` class to figures so a site stylesheet can reach them. Off by default: a
   * CMS fragment carries structure only (captions and credits are told apart by their own classes).
   */
  withClasses?: boolean;
  /** Where inline images' src point. Default: `assets/…` beside the export. */
  images?: ImageSource;
}

interface Context {
  /** The walk and the figure writer, as block writers (core/blocks) get them. */
  out: HtmlOut;
}

/**
 * Semantic HTML for an article body (Lexical's serialized state). Every text and attribute is escaped,
 * links off the http/https/mailto allowlist become plain text, and node types this exporter does not
 * know are exported as their text: a body never fails to export.
 */
export function bodyToHtml(body: ArticleBody, options: BodyHtmlOptions = {}): string {
  const withClasses = options.withClasses ?? false;
  const images = options.images ?? IMAGES_BESIDE_EXPORT;
  const context: Context = {
    out: {
      blocks: (nodes) => blocksHtml(nodes, context),
      inline: (nodes) => inlineHtml(nodes, context),
      figure: (image) => figureHtml(image, imageSrc(image.file, images), withClasses ? 'copydesk-figure' : null),
    },
  };
  return blocksHtml(body.root.children, context);
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
    default: {
      const writers = blockWriters(node);
      if (writers) return writers.html(node, context.out);
      if (hasBlockChildren(node)) return blocksHtml(node.children ?? [], context);
      return withImagesLifted([node], context, (inline) => `<p>${inline}</p>`);
    }
  }
}

/** Paragraph-like blocks are split around inline images; runs with no text are left out. */
function withImagesLifted(children: readonly SerializedBodyNode[], context: Context, wrap: (inline: string) => string): string {
  return splitAtImages(children)
    .map((run) => {
      if (run.kind === 'image') return inlineFigureHtml(run.node, context);
      const inline = inlineHtml(run.nodes, context);
      return inline.trim() === '' || inline === '<br>' ? '' : wrap(inline);
    })
    .filter((html) => html !== '')
    .join('\n');
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

function inlineFigureHtml(node: SerializedBodyNode, context: Context): string {
  const image = bodyImage(node);
  return image.file === '' ? '' : context.out.figure(image);
}

function inlineHtml(nodes: readonly SerializedBodyNode[], context: Context): string {
  return nodes.map((node) => inlineNodeHtml(node, context)).join('');
}

function inlineNodeHtml(node: SerializedBodyNode, context: Context): string {
  if (node.type === 'linebreak') return '<br>';
  if (isImage(node)) return inlineFigureHtml(node, context);
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
