import type { StyleSettings } from '../rule-settings';
import { anyCase } from '../../text/placeholders';
import { escapeRegExp, matchCase, quoted, type LocalFinding, type TextRule } from './finding';

/** A title before a name: “Governor Anyang’ Nyong’o”, “Cabinet Secretary Kindiki”. */
export interface TitledName {
  /** The title as the house writes it (from the titles list). */
  title: string;
  /** Names before the surname, as written; '' when only the surname follows the title. */
  given: string;
  surname: string;
  start: number;
  end: number;
}

/** Titles that go with any office (“Dr”, “Prof”): a person may hold one and an office at once. */
const COURTESY_TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'rev', 'father', 'sheikh', 'rabbi', 'imam']);
export const isCourtesyTitle = (title: string) => COURTESY_TITLES.has(title.toLowerCase());

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:['’][\p{L}\p{M}]*)*`;
const compiled = new WeakMap<readonly string[], { titled: RegExp; byLower: ReadonlyMap<string, string> }>();

/** Title (any capitalisation), an optional full stop, then one to four capitalised words. */
function titlePattern(titles: readonly string[]) {
  const cached = compiled.get(titles);
  if (cached) return cached;
  const alternatives = [...titles].sort((a, b) => b.length - a.length).map((title) => anyCase(escapeRegExp(title)).replace(/ /g, '\\s+'));
  const titled = new RegExp(`(?<![\\p{L}\\p{M}])([Ff]ormer\\s+)?(${alternatives.join('|')})\\.?\\s+((?:${NAME_WORD}\\s+){0,3}${NAME_WORD})`, 'gu');
  const result = { titled, byLower: new Map(titles.map((title) => [title.toLowerCase().replace(/\s+/g, ' '), title])) };
  compiled.set(titles, result);
  return result;
}

const POSSESSIVE = /['’]s?$/u;

export function titledNames(text: string, settings: StyleSettings): TitledName[] {
  const { titled, byLower } = titlePattern(settings.titles);
  const found: TitledName[] = [];
  for (const match of text.matchAll(titled)) {
    const [, former = '', written = '', names = ''] = match;
    const title = byLower.get(written.toLowerCase().replace(/\s+/g, ' '));
    if (!title) continue;
    const words = names.split(/\s+/);
    const surname = (words.at(-1) ?? '').replace(POSSESSIVE, '');
    const start = match.index + former.length;
    found.push({ title: former ? `former ${title}` : title, given: words.slice(0, -1).join(' '), surname, start, end: start + written.length });
  }
  return found;
}

/** A formal title written in lower case right before a name: “president William Ruto”. */
export const titleBeforeName: TextRule = (text, _role, settings) => {
  const findings: LocalFinding[] = [];
  for (const name of titledNames(text, settings)) {
    const written = text.slice(name.start, name.end);
    const bare = name.title.replace(/^former /, '');
    if (written.charAt(0) !== written.charAt(0).toLowerCase() || isCourtesyTitle(bare)) continue;
    // “a minister Ruto trusts”: an article before it makes it a common noun.
    if (/\b(?:a|an)\s+(?:former\s+)?$/i.test(text.slice(Math.max(0, name.start - 12), name.start))) continue;
    const replacement = matchCase('A', written.replace(/\s+/g, ' '));
    findings.push({
      ruleId: 'title-before-name',
      start: name.start,
      end: name.end,
      message: `Capitalise the title: ${quoted(`${replacement} ${name.given ? `${name.given} ` : ''}${name.surname}`)}.`,
      explanation: 'A formal title directly before a name is capitalised; after the name, or on its own, it stays lower case (“the president”).',
      fix: { replacement, label: `Change to ${quoted(replacement)}` },
    });
  }
  return findings;
};
