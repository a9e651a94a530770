/**
 * ninjs 2.x has one byline string, `by`. These turn a list of names into that line in the story's
 * language and back, so "Anna Berg und Lars Holm" splits as well as "Anna Berg and Lars Holm".
 */

function listFormat(language: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(language, { type: 'conjunction', style: 'long' });
  } catch {
    return new Intl.ListFormat('en', { type: 'conjunction', style: 'long' });
  }
}

export function joinBylineNames(names: readonly string[], language: string): string {
  return listFormat(language).format(names.map((name) => name.trim()).filter(Boolean));
}

/** "By", "Von", "Av"… before the names (only before a capital, so "von der Leyen" keeps its "von"). */
const BY_PREFIX = /^(?:[Bb]y|BY|[Vv]on|[Aa]v|[Aa]f|[Pp]ar|[Pp]or|[Dd]oor|[Pp]rzez)\s+(?=\p{Lu})/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words and marks that join names in this language's lists, learnt from Intl.ListFormat. */
function joiners(language: string): string[] {
  const format = listFormat(language);
  const found = new Set(['and', '&', ',', ';', '、', '，', '،']);
  for (const sample of [format.format(['\uE000', '\uE001']), format.format(['\uE000', '\uE001', '\uE002'])]) {
    for (const piece of sample.split(/[\uE000-\uE002]/u)) {
      const joiner = piece.trim();
      if (joiner) found.add(joiner);
    }
  }
  return [...found];
}

export function splitBylineNames(by: string, language: string): string[] {
  const all = joiners(language);
  const words = all.filter((joiner) => /^\p{L}+$/u.test(joiner)).map(escapeRegExp).join('|');
  const marks = all.filter((joiner) => !/^\p{L}+$/u.test(joiner)).map(escapeRegExp).join('|');
  // "A, B, and C": a mark may be followed by a word, and the pair is one separator.
  const separator = new RegExp(`\\s*(?:${marks})\\s*(?:(?:${words})\\s+)?|\\s+(?:${words})\\s+`, 'giu');
  return by
    .trim()
    .replace(BY_PREFIX, '')
    .split(separator)
    .map((name) => name.trim().replace(/[,;]+$/u, '').trim())
    .filter(Boolean);
}
