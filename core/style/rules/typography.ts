import type { DashStyle } from '../rule-settings';
import { placeholderMatches } from '../../text/placeholders';
import { quoted, type LocalFinding, type TextRule } from './finding';

// ---- Curly quotes and apostrophes -----------------------------------------------------------

/**
 * Right-to-left scripts: Hebrew writes abbreviations with a geresh or gershayim, often typed as ' or
 * ", and which curly mark opens a quote in Arabic or Hebrew copy is the house's own convention, not
 * the English one this rule knows.
 */
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const OPENS_AFTER = /^$|[\s([{\u2014\u2013/-]/u;

export const curlyQuotes: TextRule = (text) => {
  const findings: LocalFinding[] = [];
  for (const match of text.matchAll(/["']/g)) {
    const index = match.index;
    const before = text.charAt(index - 1);
    const after = text.charAt(index + 1);
    // 5'10" and 6" are feet and inches (primes), not quotes.
    if (/\d/.test(before)) continue;
    if (RIGHT_TO_LEFT.test(before) || RIGHT_TO_LEFT.test(after)) continue;
    const opens = OPENS_AFTER.test(before) && after !== '' && !/\s/.test(after);
    let curly: string;
    if (match[0] === '"') curly = opens ? '\u201C' : '\u201D';
    else curly = opens && !/\d/.test(after) ? '\u2018' : '\u2019';
    const kind = match[0] === "'" && !opens ? 'apostrophe' : 'quote mark';
    findings.push({
      ruleId: 'curly-quotes',
      start: index,
      end: index + 1,
      message: `Straight ${kind}: use ${quoted(curly)}.`,
      explanation: 'House style sets quotes and apostrophes curly (“ ” ‘ ’); straight ones are typewriter marks and look unfinished in print.',
      fix: { replacement: curly, label: `Change to ${curly}` },
    });
  }
  return findings;
};

// ---- Dashes ---------------------------------------------------------------------------------

const DASH_TEXT: Readonly<Record<DashStyle, string>> = { 'spaced-em': ' \u2014 ', 'spaced-en': ' \u2013 ', 'closed-em': '\u2014' };
const DASH_NAME: Readonly<Record<DashStyle, string>> = { 'spaced-em': 'a spaced em dash (a — b)', 'spaced-en': 'a spaced en dash (a – b)', 'closed-em': 'a closed-up em dash (a—b)' };

/** Dashes between words that are not the house's dash, for each house style. */
const WRONG_DASHES: Readonly<Record<DashStyle, RegExp>> = {
  'spaced-em': /(?<=\S) +(?:-{1,2}|\u2013) +(?=\S)|(?<=[\p{L}\p{N}]) *--+ *(?=[\p{L}\p{N}])|(?<=\p{L})\u2014(?=\p{L})/gu,
  'spaced-en': /(?<=\S) +(?:-{1,2}|\u2014) +(?=\S)|(?<=[\p{L}\p{N}]) *--+ *(?=[\p{L}\p{N}])|(?<=\p{L})\u2014(?=\p{L})/gu,
  'closed-em': /(?<=\S) +(?:-{1,2}|\u2013|\u2014) +(?=\S)|(?<=[\p{L}\p{N}])--+(?=[\p{L}\p{N}])/gu,
};

export const dashes: TextRule = (text, _role, settings) => {
  const style = settings.dashStyle;
  const replacement = DASH_TEXT[style];
  return Array.from(text.matchAll(WRONG_DASHES[style]), (match) => ({
    ruleId: 'dashes' as const,
    start: match.index,
    end: match.index + match[0].length,
    message: `Use ${DASH_NAME[style]} here.`,
    explanation: 'A hyphen joins words; a dash sets off a clause. House style uses one kind of dash, always spaced the same way.',
    fix: { replacement, label: `Change to ${quoted(replacement.trim())}` },
  }));
};

// ---- Double spaces --------------------------------------------------------------------------

export const doubleSpaces: TextRule = (text) =>
  Array.from(text.matchAll(/(?<=\S)[ \u00A0]{2,}(?=\S)/gu), (match) => ({
    ruleId: 'double-spaces' as const,
    start: match.index,
    end: match.index + match[0].length,
    message: 'Two spaces in a row.',
    explanation: 'One space goes between words and after a full stop; a second shows as a gap on the web and in print.',
    fix: { replacement: ' ', label: 'Make it one space' },
  }));

// ---- Placeholders ---------------------------------------------------------------------------

export const placeholders: TextRule = (text) =>
  placeholderMatches(text).map((match) => ({
    ruleId: 'placeholder' as const,
    start: match.index,
    end: match.index + match[0].length,
    message: `Placeholder ${quoted(match[0])} left in the copy.`,
    explanation: 'TK, XX and bracketed notes like [CHECK] mark something still to come or to check; none may be published.',
  }));

// ---- Brackets -------------------------------------------------------------------------------

const CLOSES: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/**
 * Brackets that do not pair up within the text. A list marker like “a)” or “2)” at the start of a
 * line, and emoticons like “:)”, close nothing.
 */
export const unbalancedBrackets: TextRule = (text) => {
  const open: Array<{ char: string; index: number }> = [];
  const findings: LocalFinding[] = [];
  const flag = (index: number, message: string) =>
    findings.push({ ruleId: 'unbalanced-punctuation', start: index, end: index + 1, message, explanation: 'Every opening bracket needs its closing one, or the reader loses where the aside ends.' });
  for (const match of text.matchAll(/[()[\]{}]/g)) {
    const char = match[0];
    const index = match.index;
    if (char === '(' || char === '[' || char === '{') {
      open.push({ char, index });
      continue;
    }
    if (/[:;]-?$/.test(text.slice(Math.max(0, index - 2), index))) continue;
    if (char === ')' && /(?:^|\n)\s*[\p{L}\p{N}]{1,3}$/u.test(text.slice(Math.max(0, index - 5), index)) && !open.some((entry) => entry.char === '(')) continue;
    const top = open.at(-1);
    if (top?.char === CLOSES[char]) open.pop();
    else flag(index, `${quoted(char)} closes a bracket that was never opened.`);
  }
  for (const entry of open) flag(entry.index, `${quoted(entry.char)} is never closed.`);
  return findings;
};

// ---- Repeated words -------------------------------------------------------------------------

/**
 * Scripts whose words are compared: in Devanagari, Arabic, Hebrew and others a repeated word is
 * usually meant (Hindi “धीरे धीरे”, slowly), so those are never flagged.
 */
const REPEATED_WORD = /(?<![\p{L}\p{M}\p{N}])([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}]*)([ \u00A0]+)(\1)(?![\p{L}\p{M}\p{N}'’-])/giu;
const isCapitalised = (word: string) => word.charAt(0) !== word.charAt(0).toLowerCase();

export const repeatedWords: TextRule = (text, _role, settings) => {
  const findings: LocalFinding[] = [];
  for (const match of text.matchAll(REPEATED_WORD)) {
    const [whole, first = '', , second = ''] = match;
    // “Bora Bora”, “Baden Baden”: a name that repeats.
    if (isCapitalised(first) && isCapitalised(second)) continue;
    if (settings.allowedRepeats.has(first.toLowerCase())) continue;
    const start = match.index + first.length;
    findings.push({
      ruleId: 'repeated-word',
      start,
      end: match.index + whole.length,
      message: `${quoted(first)} twice in a row.`,
      explanation: 'A word typed twice is the commonest slip that a spellchecker passes.',
      fix: { replacement: '', label: `Delete the second ${quoted(second)}` },
    });
  }
  return findings;
};
