import type { Article, ArticleBody, SerializedBodyNode } from '../article/article-schema';
import { emptyReview } from './review-schema';

/**
 * The article as every export and the preview show it: pending body suggestions rejected (suggested
 * insertions left out, suggested deletions kept as plain text), comment marks unwrapped, and the
 * review (threads, field suggestions, log, hand-offs) emptied. Field suggestions need no work: the
 * fields already hold the value a rejection keeps. Idempotent, so exporters that call one another
 * may each apply it.
 */
export function articleAsPublished(article: Article): Article {
  return { ...article, body: bodyAsRejected(article.body), review: emptyReview() };
}

/** The body with every suggestion rejected and every comment mark unwrapped. */
export function bodyAsRejected(body: ArticleBody): ArticleBody {
  return { ...body, root: { ...body.root, children: rejectedNodes(body.root.children) } };
}

function rejectedNodes(nodes: readonly SerializedBodyNode[]): SerializedBodyNode[] {
  return nodes.flatMap((node): SerializedBodyNode[] => {
    if (node.type === 'suggestion' && node.change === 'insert') return [];
    const children = node.children && rejectedNodes(node.children);
    if (node.type === 'mark' || node.type === 'suggestion') return children ?? [];
    return [children ? { ...node, children } : node];
  });
}
