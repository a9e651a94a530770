import MarkdownIt from 'markdown-it';

/** Markdown as the most permissive reader shows it: CommonMark with raw HTML passed through and no link filtering of its own. */
function permissiveRenderer() {
  const renderer = new MarkdownIt({ html: true });
  renderer.validateLink = () => true;
  return renderer;
}

export function renderMarkdown(markdown: string): string {
  return permissiveRenderer().render(markdown);
}

type Token = ReturnType<ReturnType<typeof permissiveRenderer>['parse']>[number];

function allTokens(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((token) => [token, ...allTokens(token.children ?? [])]);
}

/**
 * What in exported Markdown would be live once rendered: raw HTML (markdown-it's html_block and
 * html_inline tokens; copy that reads like markup must come out as text) and links or images whose
 * address is not on the allowlist or, for images, not a file beside the export.
 */
export function liveMarkdown(markdown: string): string[] {
  const problems: string[] = [];
  for (const token of allTokens(permissiveRenderer().parse(markdown, {}))) {
    if (token.type === 'html_block' || token.type === 'html_inline') problems.push(`raw HTML ${JSON.stringify(token.content)}`);
    const href = token.type === 'link_open' ? token.attrGet('href') : null;
    if (href !== null && !/^(https?:\/\/|mailto:)/.test(String(href))) problems.push(`link to ${JSON.stringify(href)}`);
    const src = token.type === 'image' ? token.attrGet('src') : null;
    if (src !== null && !/^assets\/[^/]+$/.test(String(src))) problems.push(`image from ${JSON.stringify(src)}`);
  }
  return problems;
}
