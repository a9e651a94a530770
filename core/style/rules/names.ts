/**
 * Names for the consistency check: capitalised words of the scripts that have capitals (Latin,
 * Greek, Cyrillic, Armenian…). Scripts without case (Arabic, Hebrew, Devanagari, Chinese) give no
 * name candidates, so they cannot raise a false alarm.
 */
export interface NameOccurrence {
  word: string;
  start: number;
  end: number;
}

const NAME = /(?<![\p{L}\p{M}\p{N}'’])\p{Lu}[\p{Ll}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}'’])\p{Ll}[\p{L}\p{M}]*/gu;
const POSSESSIVE = /['’]s$/u;

export function nameOccurrences(text: string): NameOccurrence[] {
  return Array.from(text.matchAll(NAME), (match) => {
    const word = match[0].replace(POSSESSIVE, '');
    return { word, start: match.index, end: match.index + word.length };
  });
}

/** The words a text uses in lower case: a capitalised word also used so (“Omanga” never is; “Because” is) is no name. */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(LOWER_WORD), (match) => match[0]));
}

/**
 * Capitalised words common at the start of a sentence or as a name part, long enough to be
 * compared (five letters or more), that a short story may never use in lower case.
 */
export const COMMON_CAPITALISED = new Set(
  `About Above According Across After Afterwards Again Against Already Although Among Another Around Asked Because Before Behind Being Below Beside Besides Between Beyond Both Brief Briefly Certainly Clearly Could Despite During Earlier Either Elsewhere Especially Every Everyone Everything Except Finally First Following Further Furthermore Given Having Hence Here However Indeed Instead Itself Later Latest Least Likewise Little Lower Mainly Maybe Meanwhile Moreover Mostly Much Nearly Neither Never Nevertheless Next Nobody None Nonetheless Nothing Often Other Others Otherwise Perhaps Please Police Previously Quite Rather Really Recently Regardless Second Several Shall Should Since Still Their Theirs There Therefore These Third Those Though Thus Today Together Tomorrow Truly Under Unless Unlike Until Upper Usually Various Whatever When Whenever Where Whereas Wherever Whether Which While Whoever Whose Within Without Would Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April August September October November December North South East West Northern Southern Eastern Western Central National International Minister President Governor Senator Court Council County Party Street Avenue Road`.split(' '),
);

/** Optimal string alignment distance capped at 2: enough to tell 0, 1 or more edits apart. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return Math.min(2, rows[a.length]?.[b.length] ?? 2);
}

/** Each spelling with one letter left out, and the spelling itself: two spellings one edit apart share one. */
export function deletionKeys(word: string): string[] {
  const keys = [word];
  for (let index = 0; index < word.length; index += 1) keys.push(word.slice(0, index) + word.slice(index + 1));
  return keys;
}

/**
 * Whether two spellings are most likely two words, not one misspelt: the same word with an ending
 * (Kenya and Kenyan, Smith and Smiths, Martin and Martina).
 */
export function isInflection(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long.length - short.length <= 2;
}
