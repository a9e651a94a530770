import type { RelatedLink } from '../../../core/article/article-schema';
import { checkUrl } from '../../../core/text/url-allowlist';

/** Why a related link's address would not survive export, or null; a row left entirely blank is not a problem. */
export function relatedLinkProblem(link: RelatedLink): string | null {
  if (!link.url.trim() && !link.title.trim()) return null;
  const check = checkUrl(link.url);
  return check.ok ? null : check.reason;
}

export function countRelatedLinkProblems(links: readonly RelatedLink[]): number {
  return links.filter((link) => relatedLinkProblem(link) !== null).length;
}
