import type { StyleRuleId } from '../../../core/style/style-file';
import type { StyleLocation } from '../../../core/style/style-issue';

/** Each rule as the Style panel and the style editor name it. */
export const STYLE_RULE_LABELS: Readonly<Record<StyleRuleId, string>> = {
  'name-consistency': 'Name spelled two ways',
  'title-consistency': 'Person given two titles',
  'acronym-not-expanded': 'Acronym not spelled out at first use',
  'acronym-expansion-differs': 'Acronym spelled out unlike the glossary',
  'acronym-expanded-again': 'Acronym spelled out again',
  'preferred-spelling': 'Preferred spellings and banned words',
  numbers: 'Numbers',
  dates: 'Dates',
  times: 'Times',
  'title-before-name': 'Titles before names',
  'curly-quotes': 'Curly quotes and apostrophes',
  dashes: 'Dashes',
  'double-spaces': 'Double spaces',
  placeholder: 'Placeholders (TK, XX, [CHECK])',
  'unbalanced-punctuation': 'Unbalanced quotes and brackets',
  'repeated-word': 'Repeated words',
};

const FIELD_PLACES = { headline: 'Headline', standfirst: 'Standfirst', 'leadImage.caption': 'Lead picture caption', 'leadImage.altText': 'Lead picture alt text' } as const;
const PROPERTY_PLACES: Readonly<Record<string, string>> = { caption: 'Picture caption', text: 'Pull quote', attribution: 'Pull quote attribution' };

/** Where an issue is, in a few words: “Headline”, “Paragraph 4”, “Picture caption, block 6”. */
export function describeStylePlace(location: StyleLocation): string {
  if (location.kind === 'field') return FIELD_PLACES[location.field];
  const block = location.blockIndex + 1;
  if (location.property) return `${PROPERTY_PLACES[location.property] ?? 'Block'}, block ${block}`;
  return location.path.length === 0 ? `Paragraph ${block}` : `Block ${block}`;
}

/** “3 style issues”, “1 style issue”, “No style issues”. */
export function countStyleIssues(count: number): string {
  return count === 0 ? 'No style issues' : `${count} style ${count === 1 ? 'issue' : 'issues'}`;
}
