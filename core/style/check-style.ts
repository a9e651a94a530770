import type { Article } from '../article/article-schema';
import { articleStyleTexts } from './article-texts';
import { ignoredKey, styleSettings, type StyleSettings } from './rule-settings';
import { acronymOccurrences, compareExpansion, isLatinAcronym, type AcronymOccurrence } from './rules/acronyms';
import { quoted, type LocalFinding, type TextRole, type TextRule } from './rules/finding';
import { preferredSpellings, numbers, dates, times } from './rules/house-words';
import { COMMON_CAPITALISED, deletionKeys, editDistance, isInflection, lowerCaseWords, nameOccurrences, type NameOccurrence } from './rules/names';
import { isCourtesyTitle, titleBeforeName, titledNames, type TitledName } from './rules/titles';
import { curlyQuotes, dashes, doubleSpaces, placeholders, repeatedWords, unbalancedBrackets } from './rules/typography';
import type { HouseStyle, StyleRuleId } from './style-file';
import { styleIssueId, type StyleIssue, type StyleText, type StyleTextPlace } from './style-issue';

const TEXT_RULES: readonly TextRule[] = [preferredSpellings, numbers, dates, times, titleBeforeName, curlyQuotes, dashes, doubleSpaces, placeholders, unbalancedBrackets, repeatedWords];

/** What one text gives the article-wide rules, kept with its own findings while the text is unchanged. */
interface TextFacts {
  findings: LocalFinding[];
  names: NameOccurrence[];
  lowerWords: Set<string>;
  acronyms: AcronymOccurrence[];
  titled: TitledName[];
  /** An opening quote mark never closed in this text, and whether the text opens with one (a quote running on into the next paragraph). */
  unclosedQuote: number | null;
  opensWithQuote: boolean;
}

export function roleOf(place: StyleTextPlace): TextRole {
  if (place.kind === 'body') return place.property === 'caption' ? 'caption' : 'body';
  if (place.field === 'headline') return 'headline';
  if (place.field === 'standfirst') return 'standfirst';
  return place.field === 'leadImage.caption' ? 'caption' : 'alt';
}

function analyseText(text: string, role: TextRole, settings: StyleSettings): TextFacts {
  const quotes = quoteBalance(text);
  return {
    findings: [...TEXT_RULES.flatMap((rule) => rule(text, role, settings)), ...quotes.stray],
    names: nameOccurrences(text),
    lowerWords: lowerCaseWords(text),
    acronyms: acronymOccurrences(text),
    titled: titledNames(text, settings),
    unclosedQuote: quotes.unclosed,
    opensWithQuote: /^\s*[“«„]/.test(text),
  };
}

/** Curly double quotes, low opening quotes and guillemets: a closing one with none open is stray; the last opening one left open is reported by the article rule. */
function quoteBalance(text: string): { stray: LocalFinding[]; unclosed: number | null } {
  const stray: LocalFinding[] = [];
  const open: number[] = [];
  const opener: string[] = [];
  for (const match of text.matchAll(/[“”«»„]/g)) {
    // German and Hebrew open with „ and close with “ or ”.
    if (match[0] === '“' && opener.at(-1) === '„') {
      open.pop();
      opener.pop();
    } else if (match[0] === '“' || match[0] === '«' || match[0] === '„') {
      open.push(match.index);
      opener.push(match[0]);
    } else if (open.length) {
      open.pop();
      opener.pop();
    }
    else stray.push({ ruleId: 'unbalanced-punctuation', start: match.index, end: match.index + 1, message: `${quoted(match[0])} closes a quote that was never opened.`, explanation: QUOTE_EXPLANATION });
  }
  return { stray, unclosed: open.length ? (open[0] ?? null) : null };
}

const QUOTE_EXPLANATION = 'Every quote needs its closing mark. A quote running on into the next paragraph is left open, and that paragraph opens with a quote mark again.';

/** A finding placed in one of the checked texts. */
interface PlacedFinding {
  textIndex: number;
  finding: LocalFinding;
}

interface CheckedText {
  place: StyleTextPlace;
  text: string;
  role: TextRole;
  facts: TextFacts;
}

// ---- Article-wide rules ---------------------------------------------------------------------

function quoteFindings(texts: readonly CheckedText[]): PlacedFinding[] {
  return texts.flatMap((entry, textIndex) => {
    const at = entry.facts.unclosedQuote;
    if (at === null) return [];
    const next = texts[textIndex + 1];
    if (entry.place.kind === 'body' && next?.place.kind === 'body' && next.facts.opensWithQuote) return [];
    return [{ textIndex, finding: { ruleId: 'unbalanced-punctuation' as const, start: at, end: at + 1, message: `${quoted(entry.text.charAt(at))} is never closed.`, explanation: QUOTE_EXPLANATION } }];
  });
}

function nameFindings(texts: readonly CheckedText[], settings: StyleSettings): PlacedFinding[] {
  const lower = new Set<string>();
  for (const entry of texts) for (const word of entry.facts.lowerWords) lower.add(word);
  const spellings = new Map<string, Array<{ textIndex: number; occurrence: NameOccurrence }>>();
  texts.forEach((entry, textIndex) => {
    for (const occurrence of entry.facts.names) {
      const { word } = occurrence;
      if ([...word].length < settings.shortestName || COMMON_CAPITALISED.has(word) || lower.has(word.toLowerCase())) continue;
      const list = spellings.get(word);
      if (list) list.push({ textIndex, occurrence });
      else spellings.set(word, [{ textIndex, occurrence }]);
    }
  });
  const byKey = new Map<string, string[]>();
  for (const word of spellings.keys()) {
    for (const key of deletionKeys(word.toLowerCase())) {
      const list = byKey.get(key);
      if (list) list.push(word);
      else byKey.set(key, [word]);
    }
  }
  const count = (word: string) => spellings.get(word)?.length ?? 0;
  const firstSeen = (word: string) => spellings.get(word)?.[0]?.textIndex ?? 0;
  const findings: PlacedFinding[] = [];
  for (const [word, occurrences] of spellings) {
    const rivals = new Set<string>();
    for (const key of deletionKeys(word.toLowerCase())) for (const other of byKey.get(key) ?? []) if (other !== word) rivals.add(other);
    // The spelling used more often (or first, when they tie) is taken as meant.
    const preferred = [...rivals]
      .filter((other) => other.toLowerCase() !== word.toLowerCase() && !isInflection(word, other) && editDistance(word.toLowerCase(), other.toLowerCase()) === 1)
      .filter((other) => count(other) > count(word) || (count(other) === count(word) && firstSeen(other) < firstSeen(word)))
      .sort((a, b) => count(b) - count(a))[0];
    if (!preferred) continue;
    for (const { textIndex, occurrence } of occurrences) {
      findings.push({
        textIndex,
        finding: {
          ruleId: 'name-consistency',
          start: occurrence.start,
          end: occurrence.end,
          message: `${quoted(word)} is spelled ${quoted(preferred)} elsewhere (${count(preferred)}×). The same name?`,
          explanation: 'A name spelled two ways in one story is usually a typo. If these are two different names, ignore this.',
          fix: { replacement: preferred, label: `Change to ${quoted(preferred)}` },
        },
      });
    }
  }
  return findings;
}

function titleFindings(texts: readonly CheckedText[]): PlacedFinding[] {
  const bySurname = new Map<string, Array<{ textIndex: number; titled: TitledName }>>();
  texts.forEach((entry, textIndex) => {
    for (const titled of entry.facts.titled) {
      if (isCourtesyTitle(titled.title)) continue;
      const list = bySurname.get(titled.surname);
      if (list) list.push({ textIndex, titled });
      else bySurname.set(titled.surname, [{ textIndex, titled }]);
    }
  });
  const findings: PlacedFinding[] = [];
  for (const [surname, uses] of bySurname) {
    // Two first names with one surname are two people (Uhuru and Jomo Kenyatta).
    if (new Set(uses.map((use) => use.titled.given).filter(Boolean)).size > 1) continue;
    const first = uses[0]?.titled.title.toLowerCase();
    for (const { textIndex, titled } of uses) {
      if (titled.title.toLowerCase() === first) continue;
      findings.push({
        textIndex,
        finding: {
          ruleId: 'title-consistency',
          start: titled.start,
          end: titled.end,
          message: `${surname} is ${quoted(uses[0]?.titled.title ?? '')} earlier and ${quoted(titled.title)} here.`,
          explanation: 'One person keeps one title through a story. If these are two people, ignore this.',
        },
      });
    }
  }
  return findings;
}

/** Roles where a first use must be spelled out: headlines, captions and alt text stand alone and are exempt. */
const INTRODUCING_ROLES: ReadonlySet<TextRole> = new Set(['standfirst', 'body']);

function acronymFindings(texts: readonly CheckedText[], settings: StyleSettings): PlacedFinding[] {
  const introduced = new Set<string>();
  const findings: PlacedFinding[] = [];
  texts.forEach((entry, textIndex) => {
    if (!INTRODUCING_ROLES.has(entry.role)) return;
    for (const occurrence of entry.facts.acronyms) {
      const { acronym, expansion } = occurrence;
      const known = settings.glossary.get(acronym);
      const place = (finding: Omit<LocalFinding, 'start' | 'end'>, start: number, end: number) => findings.push({ textIndex, finding: { ...finding, start, end } });
      if (expansion) {
        if (introduced.has(acronym)) {
          place({ ruleId: 'acronym-expanded-again', message: `${acronym} is spelled out again.`, explanation: 'An acronym is spelled out once, at its first use; after that the short form is enough.', fix: { replacement: acronym, label: `Change to ${quoted(acronym)}` } }, expansion.pairStart, expansion.pairEnd);
          continue;
        }
        introduced.add(acronym);
        const verdict = known ? compareExpansion(expansion.text, known) : { kind: 'matches' as const };
        if (known && verdict.kind === 'differs') {
          place(
            {
              ruleId: 'acronym-expansion-differs',
              message: `${acronym} stands for ${quoted(known.expansion)}.`,
              explanation: `The house glossary spells out ${acronym} as ${quoted(known.expansion)}; the copy has ${quoted(expansion.text.slice(verdict.start))}.`,
              fix: { replacement: known.expansion, label: `Change to ${quoted(known.expansion)}` },
            },
            expansion.start + verdict.start,
            expansion.start + verdict.end,
          );
        }
        continue;
      }
      if (introduced.has(acronym)) continue;
      introduced.add(acronym);
      if (known?.wellKnown) continue;
      // The glossary is the house's list: an acronym of another script it does not know (Russian copy's ООН) is left alone.
      if (!known && !isLatinAcronym(acronym)) continue;
      if (known && texts.slice(0, textIndex + 1).some((earlier) => earlier.text.includes(known.expansion))) continue;
      place(
        {
          ruleId: 'acronym-not-expanded',
          message: `Spell out ${acronym} at its first use.`,
          explanation: known ? `Readers may not know ${acronym}; the glossary gives ${quoted(known.expansion)}.` : `Readers may not know ${acronym}. Spell it out the first time, or add it to the glossary as well known.`,
          ...(known ? { fix: { replacement: `${known.expansion} (${acronym})`, label: `Change to ${quoted(`${known.expansion} (${acronym})`)}` } } : {}),
        },
        occurrence.start,
        occurrence.end,
      );
    }
  });
  return findings;
}

// ---- The checker ----------------------------------------------------------------------------

export interface StyleCheckOptions {
  /** Issue ids the editor ignored here (the draft's styleIgnores). */
  ignores?: readonly string[];
  /** The copy's language tag (the article's `language`); rules that write English words apply to English copy only. None counts as English. */
  language?: string;
}

/** Rules whose fixes are English words (“five”): a German or Swahili story keeps its figures. */
const ENGLISH_ONLY_RULES: ReadonlySet<StyleRuleId> = new Set(['numbers']);
const isEnglish = (language: string | undefined) => language === undefined || /^en(?:-|$)/i.test(language);

export interface StyleReport {
  /** Open issues in reading order: headline, standfirst, body, then the lead picture's caption and alt text. */
  issues: StyleIssue[];
  /** How many were left out because an editor ignored them, here or always. */
  ignored: number;
}

/** How much of the last check was read afresh: the measure of an incremental recheck. */
export interface StyleCheckWork {
  /** Texts the per-text rules read (new or changed since the check before). */
  textsRead: number;
  /** Texts whose findings and facts were kept from the check before. */
  textsKept: number;
}

export interface StyleChecker {
  /** Checks the texts (articleStyleTexts, or the editor's own), reading again only those that changed since the last check. */
  checkTexts(texts: readonly StyleText[], options?: StyleCheckOptions): StyleReport;
  check(article: Article, options?: StyleCheckOptions): StyleReport;
  /** What the last check read and kept. */
  lastWork(): StyleCheckWork;
}

/**
 * A checker for one house style that keeps what it found in each text, keyed by the text and its
 * role: after a keystroke only the changed text is read again, and the article-wide rules
 * (consistency, acronyms, quotes that run on) are worked out again from the kept facts.
 *
 * For the editor: keep one checker per house style (make a new one when the style changes) and
 * call checkTexts with every text, in reading order, after each change: the headline and standfirst
 * as fields, each top-level block's texts as blockStyleTexts gives them (or built the same way from
 * Lexical's getTextContent of the element). A block whose text is unchanged costs a map lookup
 * wherever it moved, so there is no block key to pass. The result equals checkArticleStyle's.
 */
export function createStyleChecker(style: HouseStyle): StyleChecker {
  const settings = styleSettings(style);
  let cache = new Map<string, TextFacts>();
  let work: StyleCheckWork = { textsRead: 0, textsKept: 0 };
  const checkTexts = (texts: readonly StyleText[], options: StyleCheckOptions = {}): StyleReport => {
    const next = new Map<string, TextFacts>();
    let textsRead = 0;
    const checked: CheckedText[] = texts.map(({ place, text }) => {
      const role = roleOf(place);
      const key = `${role}\u0000${text}`;
      let facts = next.get(key) ?? cache.get(key);
      if (!facts) {
        facts = analyseText(text, role, settings);
        textsRead += 1;
      }
      next.set(key, facts);
      return { place, text, role, facts };
    });
    cache = next;
    work = { textsRead, textsKept: texts.length - textsRead };
    const english = isEnglish(options.language);
    const placed: PlacedFinding[] = [
      ...checked.flatMap((entry, textIndex) => entry.facts.findings.flatMap((finding) => (english || !ENGLISH_ONLY_RULES.has(finding.ruleId) ? [{ textIndex, finding }] : []))),
      ...quoteFindings(checked),
      ...nameFindings(checked, settings),
      ...titleFindings(checked),
      ...acronymFindings(checked, settings),
    ];
    return assemble(checked, placed, settings, new Set(options.ignores ?? []));
  };
  return { checkTexts, check: (article, options) => checkTexts(articleStyleTexts(article), { ignores: article.styleIgnores, language: article.language, ...options }), lastWork: () => work };
}

/** One full check of an article against a house style. */
export function checkArticleStyle(article: Article, style: HouseStyle, options?: StyleCheckOptions): StyleReport {
  return createStyleChecker(style).check(article, options);
}

function assemble(texts: readonly CheckedText[], placed: PlacedFinding[], settings: StyleSettings, ignores: ReadonlySet<string>): StyleReport {
  placed.sort((a, b) => a.textIndex - b.textIndex || a.finding.start - b.finding.start || a.finding.end - b.finding.end);
  const seenIds = new Map<string, number>();
  const issues: StyleIssue[] = [];
  let ignored = 0;
  for (const { textIndex, finding } of placed) {
    const severity = settings.severity[finding.ruleId as StyleRuleId];
    const entry = texts[textIndex];
    if (severity === 'off' || !entry) continue;
    const text = entry.text.slice(finding.start, finding.end);
    const baseId = styleIssueId(finding.ruleId, entry.place, entry.text, finding.start, finding.end);
    const repeat = (seenIds.get(baseId) ?? 0) + 1;
    seenIds.set(baseId, repeat);
    const id = repeat === 1 ? baseId : `${baseId}#${repeat}`;
    if (ignores.has(id) || settings.ignored.has(ignoredKey(finding.ruleId, text))) {
      ignored += 1;
      continue;
    }
    issues.push({
      id,
      ruleId: finding.ruleId,
      severity,
      location: { ...entry.place, start: finding.start, end: finding.end },
      text,
      message: finding.message,
      explanation: finding.explanation,
      ...(finding.fix ? { fix: finding.fix } : {}),
    });
  }
  return { issues, ignored };
}
