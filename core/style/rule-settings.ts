import type { GlossaryEntry, HouseStyle, Spelling, StyleRuleId, StyleSeverity } from './style-file';

/** Formal titles that go before a name when a style file lists none. */
export const DEFAULT_TITLES = [
  'President', 'Vice President', 'Deputy President', 'Prime Minister', 'Minister', 'Cabinet Secretary', 'Chancellor',
  'Governor', 'Deputy Governor', 'Senator', 'Representative', 'Congressman', 'Congresswoman', 'Mayor', 'Chief Justice',
  'Justice', 'Judge', 'Attorney General', 'Secretary', 'Ambassador', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
  'Bishop', 'Archbishop', 'Cardinal', 'Rev', 'Father', 'Sheikh', 'Rabbi', 'Imam', 'General', 'Lieutenant', 'Colonel',
  'Major', 'Captain', 'Commander', 'Admiral', 'Sergeant', 'Inspector', 'Superintendent', 'Chief', 'Commissioner',
  'Speaker', 'Chairman', 'Chairwoman', 'Chairperson', 'Director', 'Professor', 'Prof', 'Dr', 'Doctor',
] as const;

/** Words that may repeat in a row when a style file lists none: English “had had”, Swahili reduplication. */
export const DEFAULT_ALLOWED_REPEATS = ['had', 'that', 'is', 'pole', 'sawa', 'haraka', 'mara', 'kidogo', 'polepole', 'bye', 'very', 'no', 'yes', 'ha', 'knock'] as const;

export type DashStyle = 'spaced-em' | 'spaced-en' | 'closed-em';
export type TimeMarker = 'a.m.' | 'am' | 'AM';

/** A style file with every default filled in, as the rules read it. */
export interface StyleSettings {
  severity: Readonly<Record<StyleRuleId, StyleSeverity>>;
  shortestName: number;
  spellOutUpTo: number;
  ordinalsInDates: boolean;
  timeMarker: TimeMarker;
  spaceBeforeTimeMarker: boolean;
  dashStyle: DashStyle;
  allowedRepeats: ReadonlySet<string>;
  titles: readonly string[];
  spellings: readonly Spelling[];
  /** The glossary by acronym. */
  glossary: ReadonlyMap<string, GlossaryEntry>;
  /** Always-ignored findings as `rule\u0000text`. */
  ignored: ReadonlySet<string>;
}

const DEFAULT_SEVERITY: Readonly<Record<StyleRuleId, StyleSeverity>> = {
  'name-consistency': 'warning',
  'title-consistency': 'warning',
  'acronym-not-expanded': 'suggestion',
  'acronym-expansion-differs': 'warning',
  'acronym-expanded-again': 'suggestion',
  'preferred-spelling': 'warning',
  numbers: 'suggestion',
  dates: 'suggestion',
  times: 'suggestion',
  'title-before-name': 'suggestion',
  'curly-quotes': 'suggestion',
  dashes: 'suggestion',
  'double-spaces': 'suggestion',
  placeholder: 'warning',
  'unbalanced-punctuation': 'warning',
  'repeated-word': 'warning',
};

export function styleSettings(style: HouseStyle): StyleSettings {
  const rules = style.rules;
  const severity = Object.fromEntries(
    (Object.keys(DEFAULT_SEVERITY) as StyleRuleId[]).map((id) => [id, rules[id]?.severity ?? DEFAULT_SEVERITY[id]]),
  ) as Record<StyleRuleId, StyleSeverity>;
  return {
    severity,
    shortestName: rules['name-consistency']?.shortestName ?? 5,
    spellOutUpTo: rules.numbers?.spellOutUpTo ?? 9,
    ordinalsInDates: rules.dates?.ordinals ?? false,
    timeMarker: rules.times?.marker ?? 'a.m.',
    spaceBeforeTimeMarker: rules.times?.space ?? true,
    dashStyle: rules.dashes?.style ?? 'spaced-em',
    allowedRepeats: new Set((rules['repeated-word']?.allowed ?? DEFAULT_ALLOWED_REPEATS).map((word) => word.toLowerCase())),
    titles: style.titles ?? DEFAULT_TITLES,
    spellings: style.spellings,
    glossary: new Map(style.glossary.map((entry) => [entry.acronym, entry])),
    ignored: new Set(style.ignored.map((entry) => ignoredKey(entry.rule, entry.text))),
  };
}

export const ignoredKey = (rule: StyleRuleId, text: string) => `${rule}\u0000${text}`;
