const MAX_SLUG_LENGTH = 80;

/** Latin letters that Unicode does not decompose to an ASCII base, spelled as newsrooms write them in URLs. */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i' };

/**
 * A URL slug from a headline: ASCII where a letter has an ASCII base (é → e),
 * other scripts dropped, words joined by hyphens, cut at a word boundary.
 */
export function slugFromHeadline(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđłþðı]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
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
