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

/** News agencies as bylines name them. A byline lists them after the people: "Von Christian Hollmann, dpa". */
const KNOWN_AGENCIES = [
  'dpa', 'dpa-AFX', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Reuters', 'Thomson Reuters', 'Bloomberg', 'epd', 'KNA', 'APA',
  'SDA', 'Keystone-SDA', 'sid', 'ANP', 'Belga', 'TT', 'NTB', 'Ritzau', 'STT', 'EFE', 'Europa Press', 'ANSA', 'Lusa', 'PA', 'PA Media',
  'CTK', 'PAP', 'MTI', 'TASR', 'Anadolu', 'Xinhua', 'Kyodo', 'Kyodo News', 'Yonhap', 'AAP', 'CP', 'The Canadian Press', 'UPI', 'PTI', 'IANS',
];

/** A short all-lower or all-upper token ("dpa", "AFP", "dpa/lby"), the way agencies sign; people's names have a space or mixed case. */
const AGENCY_SHAPE = /^(?:\p{Ll}{2,8}|\p{Lu}{2,8})(?:[/-](?:\p{Ll}{2,8}|\p{Lu}{2,8}))*$/u;

function isAgency(name: string, known: ReadonlySet<string>): boolean {
  return known.has(name.toLowerCase()) || AGENCY_SHAPE.test(name) || name.split('/').every((part) => known.has(part.trim().toLowerCase()));
}

export interface ParsedByline {
  /** The people credited, in order. */
  names: string[];
  /** The agencies credited, in order: "dpa", "AP". */
  agencies: string[];
}

/**
 * Splits a byline into people and agencies: "Von Christian Hollmann, dpa" is one reporter and the
 * agency dpa; "Jane Doe (AP)" the same. `knownAgencies` adds names the item itself gives (its copyright holder).
 */
export function parseByline(by: string, language: string, knownAgencies: readonly string[] = []): ParsedByline {
  const known = new Set([...KNOWN_AGENCIES, ...knownAgencies].map((agency) => agency.trim().toLowerCase()).filter(Boolean));
  const names: string[] = [];
  const agencies: string[] = [];
  for (const entry of splitBylineNames(by, language)) {
    const bracketed = /^(.*?)\s*[([]([^)\]]+)[)\]]$/u.exec(entry);
    const inside = bracketed?.[2]?.trim() ?? '';
    const [person, agency] = bracketed && isAgency(inside, known) ? [bracketed[1]?.trim() ?? '', inside] : [entry, ''];
    if (agency) agencies.push(agency);
    if (person && isAgency(person, known)) agencies.push(person);
    else if (person) names.push(person);
  }
  return { names, agencies: [...new Set(agencies)] };
}
