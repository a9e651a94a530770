import { attachedLeadImage, type Article, type ArticleBody, type SerializedBodyNode } from '../article/article-schema';
import { articleAsPublished } from '../review/published-article';
import { checkUrl } from '../text/url-allowlist';
import { blockWriters } from '../blocks/body-blocks';
import { prefixLines, type MarkdownOut } from '../blocks/block-writers';
import { bodyImage, type BodyImage } from '../blocks/image';
import { stringField } from '../blocks/node-fields';
import { allowedLinkUrl, hasBlockChildren, headingLevel, isLink, isOrderedList, listEntries, listStart, splitAtImages, textFormats, type InlineFormat } from './body-nodes';
import { bylineLine, copyrightLine, datelineLine } from './credits';
import { imageSrc } from './image-source';

export interface MarkdownOptions {
  /** Where image links point; default `assets/…` beside the exported file. */
  imageBaseHref?: string;
}

/**
 * Markdown (CommonMark, with GFM ~~strikethrough~~) for email and wire desks: headline, standfirst,
 * byline line, dateline, lead image, body, related links. Text is escaped so copy never turns into
 * markup, and only allowlisted links become links. The editor's note is never included.
 */
export function articleToMarkdown(stored: Article, options: MarkdownOptions = {}): string {
  const article = articleAsPublished(stored);
  const baseHref = options.imageBaseHref ?? '';
  const blocks: string[] = [`# ${escapeBlockStart(escapeMarkdown(oneLine(article.headline)))}`];
  if (article.standfirst.trim()) blocks.push(`*${escapeMarkdown(oneLine(article.standfirst))}*`);
  const credits = [bylineLine(article), datelineLine(article)].filter(Boolean).map((line) => escapeBlockStart(escapeMarkdown(oneLine(line))));
  blocks.push(credits.join('  \n'));
  const leadImage = attachedLeadImage(article.leadImage);
  if (leadImage) blocks.push(imageMarkdown({ ...leadImage }, baseHref));
  const body = bodyToMarkdown(article.body, options);
  if (body) blocks.push(body);
  if (article.relatedLinks.length) {
    const heading = article.section.trim() ? `More on ${article.section}` : 'Related';
    const items = article.relatedLinks.map((related) => {
      const title = escapeMarkdown(oneLine(related.title.trim() || related.url));
      const checked = checkUrl(related.url);
      return `- ${checked.ok ? `[${title}](${markdownUrl(checked.url)})` : title}`;
    });
    blocks.push(`## ${escapeMarkdown(oneLine(heading))}\n\n${items.join('\n')}`);
  }
  const copyright = copyrightLine(article);
  if (copyright) blocks.push(`*${escapeMarkdown(oneLine(copyright))}*`);
  return `${blocks.join('\n\n')}\n`;
}

/** The body alone, blocks separated by blank lines. */
export function bodyToMarkdown(body: ArticleBody, options: MarkdownOptions = {}): string {
  return blocksMarkdown(body.root.children, options.imageBaseHref ?? '');
}

function blocksMarkdown(nodes: readonly SerializedBodyNode[], baseHref: string): string {
  return nodes
    .map((node) => blockMarkdown(node, baseHref))
    .filter((block) => block !== '')
    .join('\n\n');
}

/** What block writers (core/blocks) get: the walk, and this format's escaping. */
function markdownOut(baseHref: string): MarkdownOut {
  return {
    blocks: (nodes) => blocksMarkdown(nodes, baseHref),
    inline: (nodes) => escapeBlockStart(inlineMarkdown(nodes)),
    text: (text) => escapeBlockStart(escapeMarkdown(oneLine(text))),
    link: (text, url) => `[${escapeMarkdown(oneLine(text))}](${markdownUrl(url)})`,
    image: (image) => imageMarkdown(image, baseHref),
  };
}

function blockMarkdown(node: SerializedBodyNode, baseHref: string): string {
  switch (node.type) {
    case 'paragraph':
      return runsMarkdown(node.children ?? [], baseHref, (inline) => inline);
    case 'heading': {
      const marks = '#'.repeat(Number(headingLevel(node).slice(1)));
      // A heading is one line, and #s at its end would be read as its closing marks.
      return runsMarkdown(node.children ?? [], baseHref, (inline) => `${marks} ${inline.replace(/\\\n/g, ' ').replace(/([ \t])(#+[ \t]*)$/, '$1\\$2')}`);
    }
    case 'quote':
      return runsMarkdown(node.children ?? [], baseHref, (inline) => prefixLines(inline, '> ', '> '));
    case 'list':
      return listMarkdown(node, baseHref);
    case 'horizontalrule':
      return '---';
    default: {
      const writers = blockWriters(node);
      if (writers) return writers.markdown(node, markdownOut(baseHref));
      if (hasBlockChildren(node)) return blocksMarkdown(node.children ?? [], baseHref);
      return runsMarkdown([node], baseHref, (inline) => inline);
    }
  }
}

function runsMarkdown(children: readonly SerializedBodyNode[], baseHref: string, wrap: (inline: string) => string): string {
  return splitAtImages(children)
    .map((run) => {
      if (run.kind === 'image') return imageMarkdown(bodyImage(run.node), baseHref);
      const inline = escapeBlockStart(inlineMarkdown(run.nodes)).replace(/(\\\n)+$/, '');
      return inline.trim() === '' ? '' : wrap(inline);
    })
    .filter((block) => block !== '')
    .join('\n\n');
}

function listMarkdown(list: SerializedBodyNode, baseHref: string): string {
  const ordered = isOrderedList(list);
  let number = listStart(list);
  return listEntries(list)
    .map((entry) => {
      const marker = ordered ? `${number++}. ` : '- ';
      const indent = ' '.repeat(marker.length);
      const content = escapeBlockStart(inlineMarkdown(entry.content.filter((node) => node.type !== 'image')));
      const nested = entry.nested.map((child) => prefixLines(listMarkdown(child, baseHref), indent, indent));
      return [prefixLines(content, marker, indent), ...nested].join('\n');
    })
    .join('\n');
}

function imageMarkdown(image: Pick<BodyImage, 'file' | 'altText' | 'caption' | 'credit'>, baseHref: string): string {
  if (!image.file) return '';
  const picture = `![${escapeMarkdown(oneLine(image.altText))}](${markdownUrl(imageSrc(image.file, { mode: 'link', baseHref }))})`;
  const caption = [image.caption.trim() ? `*${escapeMarkdown(oneLine(image.caption))}*` : '', escapeMarkdown(oneLine(image.credit))].filter(Boolean).join(' ');
  return caption ? `${picture}  \n${caption}` : picture;
}

/** Markdown has no underline, sub/superscript or highlight: such runs export as their plain (escaped) text. */
const DELIMITERS: Partial<Record<InlineFormat, string>> = { strong: '**', em: '*', s: '~~' };

function inlineMarkdown(nodes: readonly SerializedBodyNode[]): string {
  // Copy ending in “!” right before a link would turn the link into a remote image: escape that “!”.
  return nodes.map(inlineNodeMarkdown).reduce((out, piece) => (piece.startsWith('[') && out.endsWith('!') ? `${out.slice(0, -1)}\\!${piece}` : `${out}${piece}`), '');
}

function inlineNodeMarkdown(node: SerializedBodyNode): string {
  // A CommonMark hard line break: backslash, then newline.
  if (node.type === 'linebreak') return '\\\n';
  if (isLink(node)) {
    const inner = inlineMarkdown(node.children ?? []);
    const url = allowedLinkUrl(node);
    if (url === null) return inner;
    // A title is one line: a blank line inside it would end the link and let what follows become markup.
    const title = oneLine(stringField(node, 'title'));
    return `[${inner}](${markdownUrl(url)}${title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : ''})`;
  }
  // Line breaks are linebreak nodes; a line ending inside a text (only a hand-made file has one) is the
  // space a reader would see, so copy can never start a block of its own (raw HTML, a heading) mid-paragraph.
  if (typeof node.text === 'string') return formattedText(node.text.replace(LINE_ENDINGS, ' '), textFormats(node));
  return inlineMarkdown((node.children ?? []).filter((child) => child.type !== 'image'));
}

/** Wraps a run in its delimiters, keeping surrounding spaces outside them (else CommonMark ignores the emphasis). */
function formattedText(text: string, formats: readonly InlineFormat[]): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (core === '') return escapeMarkdown(text);
  let inner = formats.includes('code') ? codeSpan(core) : escapeMarkdown(core);
  for (const format of [...formats].reverse()) {
    const delimiter = DELIMITERS[format];
    if (delimiter) inner = `${delimiter}${inner}${delimiter}`;
  }
  return `${escapeMarkdown(lead)}${inner}${escapeMarkdown(trail)}`;
}

function codeSpan(code: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** Backslash-escapes the characters that would start Markdown (or inline HTML) anywhere in a line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/**
 * Escapes what would start a heading, list, quote or rule at the beginning of a line, and drops the
 * line's leading spaces and tabs: a reader never sees them, and four of them would start a code block.
 */
function escapeBlockStart(text: string): string {
  return text.replace(/^[ \t]+/gm, '').replace(/^([#+=-])/gm, '\\$1').replace(/^(\d+)([.)])/gm, '$1\\$2');
}

/** CommonMark's line endings: LF, CR and CRLF, in runs. */
const LINE_ENDINGS = /(?:\r\n?|\n)+/g;

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]\s*/g, ' ');
}

/** A link destination that cannot close the link early: parentheses, angle brackets and spaces are percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[()<>\s\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
