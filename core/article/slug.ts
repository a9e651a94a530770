const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug from a headline: ASCII where a letter has an ASCII base (é → e),
 * other scripts dropped, words joined by hyphens, cut at a word boundary.
 */
export function slugFromHeadline(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || '';
}

/** Cleans a slug typed by hand into the allowed alphabet without second-guessing the words. */
export function normalizeSlug(typed: string): string {
  return slugFromHeadline(typed.replace(/-/g, ' '));
}
