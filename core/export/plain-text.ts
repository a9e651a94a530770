import { attachedLeadImage, type Article, type ArticleBody, type SerializedBodyNode } from '../article/article-schema';
import { articleAsPublished } from '../review/published-article';
import { checkUrl } from '../text/url-allowlist';
import { blockWriters } from '../blocks/body-blocks';
import type { TextOut } from '../blocks/block-writers';
import { bodyImage, imageText } from '../blocks/image';
import { allowedLinkUrl, hasBlockChildren, isLink, isOrderedList, listEntries, listStart, splitAtImages } from './body-nodes';
import { bylineLine, copyrightLine, datelineLine } from './credits';

/**
 * Plain text for email and wire desks: kicker, headline, standfirst, byline line, dateline, body,
 * related links. Blocks are separated by blank lines; an allowlisted link keeps its address in
 * brackets after its text; other links are just their text. The editor's note is never included.
 */
export function articleToPlainText(stored: Article): string {
  const article = articleAsPublished(stored);
  const head = [article.section, article.headline, article.standfirst].map((line) => line.trim()).filter(Boolean);
  const credits = [bylineLine(article), datelineLine(article)].filter(Boolean);
  const blocks = [head.join('\n\n'), credits.join('\n')];
  const leadImage = attachedLeadImage(article.leadImage);
  if (leadImage) blocks.push(imageText(leadImage));
  const body = bodyToPlainText(article.body);
  if (body) blocks.push(body);
  if (article.relatedLinks.length) {
    const heading = article.section.trim() ? `More on ${article.section}:` : 'Related:';
    const items = article.relatedLinks.map((related) => {
      const checked = checkUrl(related.url);
      const title = related.title.trim();
      if (!checked.ok) return `- ${title || '(untitled link)'}`;
      return title ? `- ${title} <${checked.url}>` : `- <${checked.url}>`;
    });
    blocks.push([heading, ...items].join('\n'));
  }
  const copyright = copyrightLine(article);
  if (copyright) blocks.push(copyright);
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/** The body alone, as plain text. Unlike bodyPlainText (for counting), it keeps link addresses, list markers and image captions. */
export function bodyToPlainText(body: ArticleBody): string {
  return blocksText(body.root.children);
}

function blocksText(nodes: readonly SerializedBodyNode[]): string {
  return nodes
    .map(blockText)
    .filter((block) => block.trim() !== '')
    .join('\n\n');
}

function blockText(node: SerializedBodyNode): string {
  switch (node.type) {
    case 'quote':
      return runsText(node.children ?? [], (text) => indent(text, '    '));
    case 'list':
      return listText(node);
    case 'horizontalrule':
      return '* * *';
    default: {
      const writers = blockWriters(node);
      if (writers) return writers.text(node, TEXT_OUT);
      if (node.type !== 'paragraph' && node.type !== 'heading' && hasBlockChildren(node)) return blocksText(node.children ?? []);
      return runsText(node.type === 'paragraph' || node.type === 'heading' ? (node.children ?? []) : [node], (text) => text);
    }
  }
}

/** What block writers (core/blocks) get: the walk. */
const TEXT_OUT: TextOut = { blocks: blocksText, inline: inlineText };

function runsText(children: readonly SerializedBodyNode[], wrap: (text: string) => string): string {
  return splitAtImages(children)
    .map((run) => (run.kind === 'image' ? imageText(bodyImage(run.node)) : wrap(inlineText(run.nodes).replace(/\n+$/, ''))))
    .filter((block) => block.trim() !== '')
    .join('\n\n');
}

function listText(list: SerializedBodyNode): string {
  const ordered = isOrderedList(list);
  let number = listStart(list);
  return listEntries(list)
    .map((entry) => {
      const marker = ordered ? `${number++}. ` : '• ';
      const content = inlineText(entry.content.filter((node) => node.type !== 'image'));
      const lines = [`${marker}${indent(content, ' '.repeat(marker.length)).trimStart()}`];
      for (const nested of entry.nested) lines.push(indent(listText(nested), ' '.repeat(marker.length)));
      return lines.join('\n');
    })
    .join('\n');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

function inlineText(nodes: readonly SerializedBodyNode[]): string {
  return nodes.map(inlineNodeText).join('');
}

function inlineNodeText(node: SerializedBodyNode): string {
  if (node.type === 'linebreak') return '\n';
  if (isLink(node)) {
    const text = inlineText(node.children ?? []);
    const url = allowedLinkUrl(node);
    if (url === null) return text;
    const shown = url.startsWith('mailto:') ? url.slice('mailto:'.length) : url;
    return text.trim() === shown || text.trim() === url ? text : `${text} <${shown}>`;
  }
  if (typeof node.text === 'string') return node.text;
  return inlineText((node.children ?? []).filter((child) => child.type !== 'image'));
}
