import type { SerializedBodyNode } from '../article/article-schema';
import { escapeHtmlText } from '../export/escape';
import { prefixLines, type BlockWriters } from './block-writers';
import { stringField } from './node-fields';

/**
 * A pull quote: a line from the story set large, with who said it. Plain text fields (no inline
 * formatting): a pull quote is typography, and its words are the reporter's or the speaker's.
 */
export const PULL_QUOTE_TYPE = 'pullquote';

export interface PullQuote {
  text: string;
  attribution: string;
}

export function pullQuote(node: SerializedBodyNode): PullQuote {
  return { text: stringField(node, 'text'), attribution: stringField(node, 'attribution') };
}

export function serializedPullQuote(quote: PullQuote): SerializedBodyNode {
  return { ...quote, type: PULL_QUOTE_TYPE, version: 1 };
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export const pullQuoteWriters: BlockWriters = {
  /** `<figure class="pull-quote"><blockquote><p>…</p></blockquote><figcaption>…</figcaption></figure>`. */
  html(node) {
    const { text, attribution } = pullQuote(node);
    const lines = paragraphs(text);
    if (lines.length === 0) return '';
    const quote = `<blockquote>${lines.map((line) => `<p>${escapeHtmlText(line)}</p>`).join('')}</blockquote>`;
    const caption = attribution.trim() ? `<figcaption>${escapeHtmlText(attribution.trim())}</figcaption>` : '';
    return `<figure class="pull-quote">${quote}${caption}</figure>`;
  },
  markdown(node, out) {
    const { text, attribution } = pullQuote(node);
    const lines = paragraphs(text).map(out.text);
    if (lines.length === 0) return '';
    if (attribution.trim()) lines.push(`— ${out.text(attribution.trim())}`);
    return prefixLines(lines.join('\n\n'), '> ', '> ').replace(/^> $/gm, '>');
  },
  text(node) {
    const { text, attribution } = pullQuote(node);
    const lines = paragraphs(text);
    if (lines.length === 0) return '';
    if (attribution.trim()) lines.push(`— ${attribution.trim()}`);
    return prefixLines(lines.join('\n'), '    ', '    ');
  },
};

/** Counted: the quote and its attribution are words the reader reads. */
export function pullQuoteCountedText(node: SerializedBodyNode): string {
  const { text, attribution } = pullQuote(node);
  return [text, attribution].filter((part) => part.trim()).join('\n');
}
