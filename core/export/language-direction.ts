/** Languages written right to left (primary subtag), as far as Copydesk's newsrooms need them. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The HTML `dir` for copy in a BCP 47 language. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return RIGHT_TO_LEFT.has(primary) ? 'rtl' : 'ltr';
}
