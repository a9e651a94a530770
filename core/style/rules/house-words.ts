import type { Spelling } from '../style-file';
import type { StyleSettings } from '../rule-settings';
import { escapeRegExp, matchCase, quoted, WORDLIKE, type LocalFinding, type TextRule } from './finding';

// ---- Preferred spellings and banned words ---------------------------------------------------

interface CompiledSpellings {
  pattern: RegExp | null;
  byAvoided: ReadonlyMap<string, Spelling>;
}

const compiled = new WeakMap<readonly Spelling[], CompiledSpellings>();

/** One pattern for the whole list, longest first so “e-mail address” wins over “e-mail”. */
function compileSpellings(spellings: readonly Spelling[]): CompiledSpellings {
  const cached = compiled.get(spellings);
  if (cached) return cached;
  const byAvoided = new Map<string, Spelling>();
  for (const spelling of spellings) for (const avoid of spelling.avoid) if (!byAvoided.has(avoid.toLowerCase())) byAvoided.set(avoid.toLowerCase(), spelling);
  const words = [...byAvoided.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = words.length ? new RegExp(`(?<!${WORDLIKE})(?:${words.join('|')})(?!${WORDLIKE})`, 'giu') : null;
  const result = { pattern, byAvoided };
  compiled.set(spellings, result);
  return result;
}

export const preferredSpellings: TextRule = (text, _role, settings) => {
  const { pattern, byAvoided } = compileSpellings(settings.spellings);
  if (!pattern) return [];
  const findings: LocalFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    const spelling = byAvoided.get(match[0].toLowerCase());
    if (!spelling) continue;
    const why = spelling.why ? ` ${spelling.why}` : '';
    const base = { ruleId: 'preferred-spelling' as const, start: match.index, end: match.index + match[0].length };
    if (spelling.use === null) {
      findings.push({ ...base, message: `${quoted(match[0])} is not house style.`, explanation: `The style file lists ${quoted(match[0])} as a word the house does not use.${why}` });
    } else {
      const replacement = matchCase(match[0], spelling.use);
      findings.push({ ...base, message: `House style is ${quoted(replacement)}.`, explanation: `The style file prefers ${quoted(spelling.use)} to ${quoted(match[0])}.${why}`, fix: { replacement, label: `Change to ${quoted(replacement)}` } });
    }
  }
  return findings;
};

// ---- Numbers --------------------------------------------------------------------------------

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–100 in words (“twenty-one”). */
export function numberInWords(value: number): string {
  if (value < 20) return SMALL[value] ?? String(value);
  if (value === 100) return 'one hundred';
  const tens = TENS[Math.floor(value / 10)] ?? '';
  return value % 10 === 0 ? tens : `${tens}-${SMALL[value % 10]}`;
}

const WORD_VALUES: ReadonlyMap<string, number> = new Map(Array.from({ length: 100 }, (_, value) => [numberInWords(value), value]));

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_NAMES = `(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;

/**
 * Where a figure stays a figure whatever its size: money, percentages, ages, measurements, times,
 * dates, scores and ranges, and numbered things (“Form 4”, “Article 2”, “No. 5”).
 */
const FIGURE_BEFORE = new RegExp(
  `(?:[$£€¥₹#]|\\b(?:ksh|kes|sh|usd|us\\$|rs|inr|ngn|zar|r)\\.? ?|\\b(?:aged?|no\\.?|number|chapter|page|p\\.|article|section|clause|form|grade|class|standard|level|phase|category|room|route|highway|flight|platform|gate|step|round|game|match|week|day|year|stage|part|vol\\.?|volume|act|rule|psalm|verse|floor|block|unit|ward|lane|court|seed|hole|lap|set|point|mile|km|size|type|version|v|windows|iphone|galaxy|covid|sars)\\s*|${MONTH_NAMES} |[\\d.,:/–-]\\s*|\\d\\s+(?:to|and|or|of|in|out of|by)\\s+)$`,
  'iu',
);
const FIGURE_AFTER = new RegExp(
  `^(?:\\s*(?:%|per ?cent|percent|percentage|°|degrees?|am\\b|pm\\b|a\\.m\\.|p\\.m\\.|o['’]clock|(?:-| )?(?:years?|months?|weeks?|days?)[ -]old|-inch|-foot|-metre|-meter|-km|-kg|x\\s*\\d|×|million|billion|trillion|bn|m\\b|k\\b|(?:km|cm|mm|m|kg|g|mg|lb|lbs|oz|ft|in|mph|kph|km\\/h|mi|miles?|metres?|meters?|kilometres?|kilometers?|kilograms?|grams?|litres?|liters?|ml|l|acres?|hectares?|ha|tonnes?|tons?|gb|mb|kb|tb|mw|kw|gw|kwh|v|w|hz|ghz|mhz|px|pts?|points?|goals?|runs?|wickets?|sets?|seats?|votes?)\\b|-\\d|–\\d|\\s*(?:to|and|or|-|–)\\s*\\d{2,}|(?:st|nd|rd|th)\\b|\\s+${MONTH_NAMES}\\b|[.,:/]\\d))`,
  'iu',
);
/** A figure standing alone: no other digits, letters or decimal point joined to it. */
const FIGURE = /(?<![\p{L}\p{N}.,:/_])\d+(?![\p{L}\p{N}_]|[.,:/]\d)/gu;
const SPELLED = /(?<![\p{L}\p{N}-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\p{L}\p{N}-])/gu;
const NUMBER_EXPLANATION = (upTo: number) =>
  `House style spells out whole numbers up to ${numberInWords(upTo)} and uses figures from ${upTo + 1}, except for ages, percentages, money, measurements, dates, times and scores, which are always figures.`;

export const numbers: TextRule = (text, role, settings) => {
  const upTo = settings.spellOutUpTo;
  // Headlines use figures throughout.
  if (upTo === 0 || role === 'headline') return [];
  const findings: LocalFinding[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const value = Number(match[0]);
    if (match[0].length > 1 && match[0].startsWith('0')) continue;
    if (value < 1 || value > upTo) continue;
    const end = match.index + match[0].length;
    if (FIGURE_BEFORE.test(text.slice(Math.max(0, match.index - 25), match.index)) || FIGURE_AFTER.test(text.slice(end, end + 30))) continue;
    if (amidOtherScript(text, match.index, end)) continue;
    const words = numberInWords(value);
    const replacement = atSentenceStart(text, match.index) ? matchCase('A', words) : words;
    findings.push({
      ruleId: 'numbers',
      start: match.index,
      end,
      message: `Spell out ${quoted(match[0])} as ${quoted(replacement)}.`,
      explanation: NUMBER_EXPLANATION(upTo),
      fix: { replacement, label: `Change to ${quoted(replacement)}` },
    });
  }
  for (const match of text.matchAll(SPELLED)) {
    const value = WORD_VALUES.get(match[0]);
    if (value === undefined || value <= upTo) continue;
    const end = match.index + match[0].length;
    // “one in ten”, “ten times as many”, “the top ten”: idioms, not counts.
    if (/(?:\bin|\bof|\btop|\bnine|\bout of) $/i.test(text.slice(Math.max(0, match.index - 7), match.index))) continue;
    if (/^[ -](?:times|fold|to one|percent)/i.test(text.slice(end, end + 10))) continue;
    findings.push({
      ruleId: 'numbers',
      start: match.index,
      end,
      message: `Use the figure ${quoted(String(value))}.`,
      explanation: NUMBER_EXPLANATION(upTo),
      fix: { replacement: String(value), label: `Change to ${quoted(String(value))}` },
    });
  }
  return findings;
};

/** A letter of a script other than Latin. */
const OTHER_SCRIPT_LETTER = /(?=\p{L})\P{Script=Latin}/u;

/**
 * Whether the words either side of a figure are in another script (“قتل 5 أشخاص”, “погибли 5
 * человек”): the words the rule spells numbers out in are English, so such figures are left alone.
 */
function amidOtherScript(text: string, start: number, end: number): boolean {
  const wordBefore = /\p{L}+(?=\P{L}*$)/u.exec(text.slice(Math.max(0, start - 30), start))?.[0] ?? '';
  const wordAfter = /\p{L}+/u.exec(text.slice(end, end + 30))?.[0] ?? '';
  return OTHER_SCRIPT_LETTER.test(wordBefore) || OTHER_SCRIPT_LETTER.test(wordAfter);
}

function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?]\s+|\n)["“‘]?$/.test(text.slice(Math.max(0, index - 4), index));
}

// ---- Dates and times ------------------------------------------------------------------------

const ORDINAL_DATE = new RegExp(`\\b(${MONTH_NAMES}) (\\d{1,2})(?:st|nd|rd|th)\\b|\\b(?:the )?(\\d{1,2})(?:st|nd|rd|th) (?:of )?(${MONTH_NAMES})(?![\\p{L}])`, 'gu');

export const dates: TextRule = (text, _role, settings) => {
  if (settings.ordinalsInDates) return [];
  return Array.from(text.matchAll(ORDINAL_DATE), (match) => {
    const replacement = match[1] ? `${match[1]} ${match[2]}` : `${match[3]} ${match[4]}`;
    return {
      ruleId: 'dates' as const,
      start: match.index,
      end: match.index + match[0].length,
      message: `Write the date as ${quoted(replacement)}.`,
      explanation: 'House style writes dates without ordinals (“May 3”, not “May 3rd” or “the 3rd of May”).',
      fix: { replacement, label: `Change to ${quoted(replacement)}` },
    };
  });
};

const TIME = /(?<![\p{L}\p{N}:.])(\d{1,2})(?::(\d{2}))?( ?)(a\.m\.|p\.m\.|am|pm|AM|PM|A\.M\.|P\.M\.)(?![\p{L}\p{N}])/gu;

function houseTime(hour: string, minutes: string | undefined, evening: boolean, settings: StyleSettings): string {
  const markers = { 'a.m.': ['a.m.', 'p.m.'], am: ['am', 'pm'], AM: ['AM', 'PM'] } as const;
  const marker = markers[settings.timeMarker][evening ? 1 : 0];
  const clock = minutes && minutes !== '00' ? `${hour}:${minutes}` : hour;
  return `${clock}${settings.spaceBeforeTimeMarker ? ' ' : ''}${marker}`;
}

export const times: TextRule = (text, _role, settings) => {
  const findings: LocalFinding[] = [];
  for (const match of text.matchAll(TIME)) {
    const [whole, hour = '', minutes, , marker = ''] = match;
    if (Number(hour) > 12 || Number(hour) === 0) continue;
    // “a.m.” at a sentence's end also ends the sentence: compare without that full stop.
    const replacement = houseTime(hour, minutes, /^p/i.test(marker), settings);
    if (whole === replacement) continue;
    findings.push({
      ruleId: 'times',
      start: match.index,
      end: match.index + whole.length,
      message: `Write the time as ${quoted(replacement)}.`,
      explanation: `House style writes times like ${quoted(houseTime('9', '30', false, settings))} and ${quoted(houseTime('5', undefined, true, settings))}, with no “:00”.`,
      fix: { replacement, label: `Change to ${quoted(replacement)}` },
    });
  }
  return findings;
};
