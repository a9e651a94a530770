/** Letters that make a word in scripts that write TK or XX inline; CJK around a placeholder does not hide it. */
const WORD_CHAR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}_]';
/** A pattern matching `word` in any case, letter by letter, for patterns that are otherwise case-sensitive. */
export const anyCase = (word: string) => [...word].map((char) => (/[a-z]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char)).join('');
const BRACKETED = ['check', 'tk', 'tktk', 'xx', 'tbc', 'tbd', 'confirm', 'verify', 'fix', 'to come', 'name', 'link', 'photo', 'quote'];

/**
 * Placeholders newsrooms leave for later. TK and XX count only in capitals and as whole words, not
 * joined to others by a hyphen (“TKO”, “XXL”, “TK-7”, “Xx” do not trip it); bracketed markers and
 * “lorem ipsum” count in any case.
 */
const PLACEHOLDER = new RegExp(
  [
    `(?<!${WORD_CHAR}-?)(?:TK)+(?!-?${WORD_CHAR})`,
    `(?<!${WORD_CHAR}-?)(?:XX+|xx+)(?!-?${WORD_CHAR})`,
    `\\[\\s*(?:${BRACKETED.map(anyCase).join('|')})(?!${WORD_CHAR})[^\\]]*\\]`,
    '\\?{3,}',
    `${anyCase('lorem')}\\s+${anyCase('ipsum')}`,
  ].join('|'),
  'gu',
);

/** Each placeholder in the text, where it stands. */
export function placeholderMatches(text: string): RegExpExecArray[] {
  return Array.from(text.matchAll(PLACEHOLDER));
}

/** The placeholders in the text, each once. */
export function findPlaceholders(text: string): string[] {
  return [...new Set(placeholderMatches(text).map((match) => match[0]))];
}
