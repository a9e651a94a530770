import type { FieldProblem } from '../../../core/article/validation-messages';
import { STYLE_RULE_IDS, type HouseStyle, type HouseStyleInput, type IgnoredFinding, type StyleRuleId, type StyleSeverity } from '../../../core/style/style-file';
import { STYLE_RULE_LABELS } from './style-labels';

/** A preferred spelling as the editor types it: the spellings to avoid as one comma-separated line, no house spelling as ''. */
export interface SpellingRow {
  avoid: string;
  use: string;
  why: string;
}

export interface GlossaryRow {
  acronym: string;
  expansion: string;
  wellKnown: boolean;
  /** Kept as the file had them; the form does not edit them. */
  alsoAccepted?: string[];
}

/** The house style as the style editor edits it; `toHouseStyle` turns it back into a style file for validation. */
export interface HouseStyleForm {
  base: HouseStyle;
  name: string;
  description: string;
  severity: Partial<Record<StyleRuleId, StyleSeverity>>;
  spellOutUpTo: string;
  ordinals: boolean;
  timeMarker: 'a.m.' | 'am' | 'AM';
  timeSpace: boolean;
  dashStyle: 'spaced-em' | 'spaced-en' | 'closed-em';
  shortestName: string;
  allowedRepeats: string;
  spellings: SpellingRow[];
  glossary: GlossaryRow[];
  ignored: IgnoredFinding[];
}

const splitList = (line: string) => line.split(',').map((part) => part.trim()).filter(Boolean);

export function formFromStyle(style: HouseStyle): HouseStyleForm {
  const rules = style.rules;
  return {
    base: style,
    name: style.name,
    description: style.description ?? '',
    severity: Object.fromEntries(STYLE_RULE_IDS.flatMap((id) => (rules[id]?.severity ? [[id, rules[id].severity]] : []))),
    spellOutUpTo: String(rules.numbers?.spellOutUpTo ?? 9),
    ordinals: rules.dates?.ordinals ?? false,
    timeMarker: rules.times?.marker ?? 'a.m.',
    timeSpace: rules.times?.space ?? true,
    dashStyle: rules.dashes?.style ?? 'spaced-em',
    shortestName: String(rules['name-consistency']?.shortestName ?? 5),
    allowedRepeats: (rules['repeated-word']?.allowed ?? []).join(', '),
    spellings: style.spellings.map(({ avoid, use, why }) => ({ avoid: avoid.join(', '), use: use ?? '', why: why ?? '' })),
    glossary: style.glossary.map(({ acronym, expansion, wellKnown, alsoAccepted }) => ({ acronym, expansion, wellKnown: wellKnown ?? false, ...(alsoAccepted ? { alsoAccepted } : {}) })),
    ignored: style.ignored,
  };
}

/** A number field's text as a number, or the text itself so validation names the field. */
const typedNumber = (text: string): number | string => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text);

/**
 * The form as a style file (not yet validated): what the form does not edit is kept from the style it
 * started from, and an option is written only where the file had it or the form changed it from the default.
 */
export function styleFromForm(form: HouseStyleForm): HouseStyleInput {
  const { base } = form;
  const rules: Record<string, Record<string, unknown>> = {};
  const set = (rule: StyleRuleId, option: string, value: unknown, fallback: unknown) => {
    const had = (base.rules[rule] as Record<string, unknown> | undefined)?.[option];
    if (had === undefined && value === fallback) return;
    rules[rule] = { ...rules[rule], [option]: value };
  };
  for (const id of STYLE_RULE_IDS) {
    if (base.rules[id]) rules[id] = { ...base.rules[id] };
    if (form.severity[id]) rules[id] = { ...rules[id], severity: form.severity[id] };
    else if (rules[id]) delete rules[id].severity;
  }
  set('numbers', 'spellOutUpTo', typedNumber(form.spellOutUpTo), 9);
  set('dates', 'ordinals', form.ordinals, false);
  set('times', 'marker', form.timeMarker, 'a.m.');
  set('times', 'space', form.timeSpace, true);
  set('dashes', 'style', form.dashStyle, 'spaced-em');
  set('name-consistency', 'shortestName', typedNumber(form.shortestName), 5);
  const allowed = splitList(form.allowedRepeats);
  set('repeated-word', 'allowed', allowed.length ? allowed : undefined, undefined);
  const { description: _description, ...rest } = base;
  return {
    ...rest,
    name: form.name,
    ...(form.description.trim() ? { description: form.description } : {}),
    rules: rules as HouseStyleInput['rules'],
    spellings: form.spellings.map(({ avoid, use, why }) => ({ avoid: splitList(avoid), use: use.trim() ? use : null, ...(why.trim() ? { why } : {}) })),
    glossary: form.glossary.map(({ acronym, expansion, wellKnown, alsoAccepted }) => ({ acronym: acronym.trim(), expansion, ...(wellKnown ? { wellKnown } : {}), ...(alsoAccepted ? { alsoAccepted } : {}) })),
    ignored: form.ignored,
  };
}

const RULE_OPTION_FIELDS: Readonly<Record<string, string>> = {
  'numbers.spellOutUpTo': 'Numbers: spell out up to',
  'name-consistency.shortestName': 'Names: shortest name compared',
  'repeated-word.allowed': 'Repeated words: words that may repeat',
};

/**
 * Where a validation problem is, in the form's words: `$.glossary[3].acronym` is “Glossary, row 4
 * (KPA): acronym”. `control` names the input it belongs to, so the form can mark it.
 */
export function describeFormProblem(problem: FieldProblem, form: HouseStyleForm): { where: string; control: string } {
  const path = problem.path.replace(/^\$\.?/, '');
  const row = /^(spellings|glossary|ignored)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (row) {
    const [, list, index, field] = row;
    const number = Number(index) + 1;
    if (list === 'glossary') {
      const acronym = form.glossary[Number(index)]?.acronym.trim();
      return { where: `Glossary, row ${number}${acronym ? ` (${acronym})` : ''}${field ? `: ${field === 'acronym' ? 'acronym' : field === 'expansion' ? 'spelled out' : field}` : ''}`, control: `glossary.${index}.${field ?? 'acronym'}` };
    }
    if (list === 'spellings') return { where: `Preferred spellings, row ${number}${field ? `: ${field === 'avoid' ? 'avoid' : field === 'use' ? 'use instead' : 'why'}` : ''}`, control: `spellings.${index}.${field === 'use' || field === 'why' ? field : 'avoid'}` };
    return { where: `Always ignored, row ${number}`, control: `ignored.${index}` };
  }
  const rule = /^rules\.([\w-]+)\.(\w+)/.exec(path);
  if (rule) {
    const [, id, option] = rule;
    const key = `${id}.${option}`;
    return { where: RULE_OPTION_FIELDS[key] ?? `${STYLE_RULE_LABELS[id as StyleRuleId] ?? id}: ${option}`, control: `rules.${key}` };
  }
  if (path === 'name') return { where: 'Name', control: 'name' };
  if (path === 'description') return { where: 'Description', control: 'description' };
  return { where: path || 'The style file', control: path };
}
