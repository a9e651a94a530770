import type { GlossaryEntry } from '../style-file';

/** An acronym in a text, and its expansion when the text gives one beside it. */
export interface AcronymOccurrence {
  acronym: string;
  start: number;
  end: number;
  /** “Independent Electoral and Boundaries Commission (IEBC)” or “IEBC (Independent …)”. */
  expansion?: {
    text: string;
    start: number;
    end: number;
    /** The expansion and the acronym with its brackets, as one span. */
    pairStart: number;
    pairEnd: number;
  };
}

/** Two or more capital letters (an ampersand inside, a plural s after), standing alone. */
const ACRONYM = /(?<![\p{L}\p{M}\p{N}&-])(\p{Lu}(?:&?\p{Lu})+)(?:s|['’]s)?(?![\p{L}\p{M}\p{N}])/gu;
const ROMAN = /^[IVXLCDM]+$/;
/** Capital runs that are no acronym: placeholders (the placeholder rule has them) and interjections. */
const NOT_ACRONYMS = new Set(['TK', 'TKTK', 'XX', 'XXX', 'OK', 'AM', 'PM', 'AD', 'BC', 'ID', 'TV']);
/** Lower-case words inside a name: “Commission on Revenue Allocation”, “Médecins Sans Frontières”. */
const CONNECTORS = new Set(['and', 'of', 'for', 'the', 'on', 'in', 'to', 'at', '&', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'y', 'del', 'da', 'do', 'dos', 'das', 'für', 'und', 'van', 'von', 'der', 'al']);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*|&/gu;

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
export const isLatinAcronym = (acronym: string) => /^[\p{Script=Latin}&]+$/u.test(acronym);

/** The name just before “(ACR)”: capitalised words and the connectors between them, at most `limit` words. */
function nameBefore(text: string, end: number, limit: number, letterCount: number): { text: string; start: number } | null {
  const words = Array.from(text.slice(Math.max(0, end - 400), end).matchAll(WORD), (match) => ({ word: match[0], index: match.index + Math.max(0, end - 400) }));
  const tail = text.slice(words.at(-1)?.index ?? end, end);
  if (!/^[\p{L}\p{M}'’.&-]+\s*$/u.test(tail)) return null;
  let first = words.length;
  for (let index = words.length - 1; index >= 0 && words.length - index <= limit; index -= 1) {
    const word = words[index]?.word ?? '';
    const gap = text.slice((words[index]?.index ?? 0) + word.length, words[index + 1]?.index ?? end);
    if (/[,.;:!?()"“”]/.test(gap)) break;
    if (!isCapitalised(word) && !CONNECTORS.has(word)) break;
    first = index;
  }
  // “Later the Kenya Revenue Authority (KRA)”: no more capitalised words than the acronym has letters.
  const capitalisedFrom = (index: number) => words.slice(index).filter((entry) => isCapitalised(entry.word)).length;
  while (first < words.length && (!isCapitalised(words[first]?.word ?? '') || capitalisedFrom(first) > letterCount)) first += 1;
  const start = words[first]?.index;
  if (start === undefined) return null;
  const name = text.slice(start, end).trimEnd();
  return name.split(/\s+/).filter(isCapitalised).length >= 2 ? { text: name, start } : null;
}

export function acronymOccurrences(text: string): AcronymOccurrence[] {
  // A text in capitals (a shouted headline, a dateline) has no acronyms to tell apart.
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters > 12 && capitals / letters > 0.6) return [];
  const found: AcronymOccurrence[] = [];
  for (const match of text.matchAll(ACRONYM)) {
    const acronym = match[1] ?? '';
    if (ROMAN.test(acronym) || NOT_ACRONYMS.has(acronym)) continue;
    const start = match.index;
    const end = start + acronym.length;
    const occurrence: AcronymOccurrence = { acronym, start, end };
    const bracketBefore = /\(\s*$/.exec(text.slice(Math.max(0, start - 3), start));
    const closing = /^(?:s|['’]s)?\s*\)/.exec(text.slice(end, end + 5));
    if (bracketBefore && closing) {
      const open = start - bracketBefore[0].length;
      const name = nameBefore(text, open, acronym.length * 2 + 3, acronym.replace(/[^\p{Lu}]/gu, '').length);
      if (name) occurrence.expansion = { text: name.text, start: name.start, end: name.start + name.text.length, pairStart: name.start, pairEnd: end + closing[0].length };
    } else {
      const after = /^\s*\(([^()]{3,300})\)/.exec(text.slice(end, end + 310));
      const inside = after?.[1]?.trim() ?? '';
      if (after && inside.split(/\s+/).filter(isCapitalised).length >= 2) {
        const textStart = end + after[0].indexOf(inside);
        occurrence.expansion = { text: inside, start: textStart, end: textStart + inside.length, pairStart: start, pairEnd: end + after[0].length };
      }
    }
    found.push(occurrence);
  }
  return found;
}

/** Lower case, “&” as “and”, no leading “the”, -ize as -ise, no punctuation: how two expansions are compared. */
export function normalisedName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’'.,-]/g, ' ')
    .replace(/iz(e|ed|es|ing|ation|ations)\b/g, 'is$1')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const significantWords = (name: string) => normalisedName(name).split(' ').filter((word) => word && !CONNECTORS.has(word));

export type ExpansionVerdict = { kind: 'matches' } | { kind: 'differs'; start: number; end: number } | { kind: 'unrelated' };

/**
 * How an expansion written in the copy compares with the glossary's. The copy's name may have
 * words before the expansion proper (“Kenya’s Independent …”), so its tail is what is compared; a
 * tail with the same words in another order, most of the same words, or the acronym's initials in
 * another order is the glossary's name written wrong.
 */
export function compareExpansion(written: string, entry: GlossaryEntry): ExpansionVerdict {
  const accepted = [entry.expansion, ...(entry.alsoAccepted ?? [])];
  const normalWritten = normalisedName(written);
  if (accepted.some((name) => normalWritten === normalisedName(name) || normalWritten.endsWith(` ${normalisedName(name)}`))) return { kind: 'matches' };
  const expected = significantWords(entry.expansion);
  const words = Array.from(written.matchAll(/\S+/g), (match) => ({ word: match[0], index: match.index }));
  // The tail with as many significant words as the glossary's name.
  let significant = 0;
  let first = words.length;
  while (first > 0 && significant < expected.length) {
    first -= 1;
    if (!CONNECTORS.has((words[first]?.word ?? '').toLowerCase())) significant += 1;
  }
  const tail = words.slice(first).map((entryWord) => entryWord.word).join(' ');
  const tailWords = significantWords(tail);
  const shared = tailWords.filter((word) => expected.includes(word)).length;
  const initials = tailWords.map((word) => word.charAt(0)).join('');
  const letters = entry.acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  const sameLetters = [...initials].sort().join('') === [...letters].sort().join('');
  if (shared * 2 >= expected.length || (initials.length === letters.length && sameLetters)) {
    return { kind: 'differs', start: words[first]?.index ?? 0, end: written.length };
  }
  return { kind: 'unrelated' };
}
