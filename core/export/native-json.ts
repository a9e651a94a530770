import type { Article, ArticleBody, SerializedBodyNode } from '../article/article-schema';
import { articleAsPublished } from '../review/published-article';
import { isRemoteLeadImage } from '../article/article-schema';
import { serializeArticle } from '../article/load-article';
import { isAllowedUrl } from '../text/url-allowlist';
import { isLink } from './body-nodes';

/**
 * The native Copydesk JSON, for another Copydesk or a system that reads the published schema
 * (core/article/article.schema.json, $id ARTICLE_JSON_SCHEMA_ID). It is the validated article, with
 * no `$schema` key (the strict schema refuses unknown keys; `schemaVersion` says which format it is),
 * with the editor's note emptied (the note is internal and no export carries it), and with no address
 * off the http/https/mailto allowlist, as in every other export.
 */
export function articleToNativeJson(stored: Article): string {
  const article = articleAsPublished(stored);
  const leadImage = article.leadImage && isRemoteLeadImage(article.leadImage) ? { ...article.leadImage, remote: { ...article.leadImage.remote, href: allowedOrEmpty(article.leadImage.remote.href) } } : article.leadImage;
  return serializeArticle({
    ...article,
    editorsNote: '',
    leadImage,
    body: allowedBody(article.body),
    relatedLinks: article.relatedLinks.map((related) => ({ ...related, url: allowedOrEmpty(related.url) })),
  });
}

const allowedOrEmpty = (url: string) => (isAllowedUrl(url) ? url : '');

/** Properties of a body node of any type that hold an address. */
const URL_FIELDS = ['url', 'href'] as const;

function allowedBody(body: ArticleBody): ArticleBody {
  return { ...body, root: { ...body.root, children: allowedNodes(body.root.children) } };
}

/** A link to a refused address gives way to its text, as the other exports show it; any other refused address is emptied. */
function allowedNodes(nodes: readonly SerializedBodyNode[]): SerializedBodyNode[] {
  return nodes.flatMap((node) => {
    const children = node.children && allowedNodes(node.children);
    if (isLink(node) && !isAllowedUrl(typeof node.url === 'string' ? node.url : '')) return children ?? [];
    const allowed: SerializedBodyNode = children ? { ...node, children } : { ...node };
    for (const field of URL_FIELDS) {
      const value = allowed[field];
      if (typeof value === 'string') allowed[field] = allowedOrEmpty(value);
    }
    return [allowed];
  });
}
