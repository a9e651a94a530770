import { z } from 'zod';
import { describeZodError, formatProblems, type FieldProblem } from '../article/validation-messages';

/**
 * The house style file (docs/house-style.md): a newsroom's rules, preferred spellings, acronym
 * glossary and always-ignored findings, as one versioned JSON document. Every part is optional but
 * `format`, `version` and `name`; what a file leaves out takes the generic defaults, so an older file
 * keeps working when a rule is added.
 */
export const HOUSE_STYLE_FORMAT = 'copydesk-house-style';
export const HOUSE_STYLE_VERSION = 1;

export const STYLE_RULE_IDS = [
  'name-consistency',
  'title-consistency',
  'acronym-not-expanded',
  'acronym-expansion-differs',
  'acronym-expanded-again',
  'preferred-spelling',
  'numbers',
  'dates',
  'times',
  'title-before-name',
  'curly-quotes',
  'dashes',
  'double-spaces',
  'placeholder',
  'unbalanced-punctuation',
  'repeated-word',
] as const;
export type StyleRuleId = (typeof STYLE_RULE_IDS)[number];
export const StyleRuleIdSchema = z.enum(STYLE_RULE_IDS);

/** How an issue shows: a warning (counted by the pre-export check), a softer suggestion, or not at all. */
export const StyleSeveritySchema = z.enum(['warning', 'suggestion', 'off']);
export type StyleSeverity = z.infer<typeof StyleSeveritySchema>;

const Severity = StyleSeveritySchema.optional();
const ShortText = (limit: number) => z.string().trim().min(1, 'must not be empty').max(limit);

const RulesSchema = z
  .object({
    'name-consistency': z.object({ severity: Severity, shortestName: z.number().int().min(3).max(20).optional().describe('Names shorter than this (in letters) are never compared: too many real pairs such as Mark and Mary.') }).strict(),
    'title-consistency': z.object({ severity: Severity }).strict(),
    'acronym-not-expanded': z.object({ severity: Severity }).strict(),
    'acronym-expansion-differs': z.object({ severity: Severity }).strict(),
    'acronym-expanded-again': z.object({ severity: Severity }).strict(),
    'preferred-spelling': z.object({ severity: Severity }).strict(),
    numbers: z
      .object({
        severity: Severity,
        spellOutUpTo: z.number().int().min(0).max(100).optional().describe('Whole numbers up to this are spelled out (“nine”); larger ones are figures (“10”). 0 turns the rule off.'),
      })
      .strict(),
    dates: z.object({ severity: Severity, ordinals: z.boolean().optional().describe('Whether “May 3rd” is house style; false asks for “May 3”.') }).strict(),
    times: z
      .object({
        severity: Severity,
        marker: z.enum(['a.m.', 'am', 'AM']).optional().describe('How the house writes the morning marker; the evening one follows it (p.m., pm, PM).'),
        space: z.boolean().optional().describe('Whether a space goes between the time and the marker (“5 p.m.” or “5pm”).'),
      })
      .strict(),
    'title-before-name': z.object({ severity: Severity }).strict(),
    'curly-quotes': z.object({ severity: Severity }).strict(),
    dashes: z.object({ severity: Severity, style: z.enum(['spaced-em', 'spaced-en', 'closed-em']).optional().describe('The dash between clauses: “a — b”, “a – b” or “a—b”.') }).strict(),
    'double-spaces': z.object({ severity: Severity }).strict(),
    placeholder: z.object({ severity: Severity }).strict(),
    'unbalanced-punctuation': z.object({ severity: Severity }).strict(),
    'repeated-word': z.object({ severity: Severity, allowed: z.array(ShortText(100)).max(500).optional().describe('Words that may repeat, like “had had” or Swahili “pole pole”.') }).strict(),
  })
  .strict()
  .partial();

export const SpellingSchema = z
  .object({
    avoid: z.array(ShortText(200)).min(1, 'must list at least one spelling to avoid').max(50),
    use: ShortText(200).nullable().describe('The house spelling; null for a word the house does not use at all.'),
    why: z.string().max(500).optional(),
  })
  .strict();
export type Spelling = z.infer<typeof SpellingSchema>;

export const GlossaryEntrySchema = z
  .object({
    acronym: z
      .string()
      .max(20)
      .regex(/^[\p{Lu}\p{N}][\p{Lu}\p{Ll}\p{N}&.-]*$/u, 'must be an acronym such as “IEBC” or “Kenha”: starting with a capital letter or digit, no spaces'),
    expansion: ShortText(300),
    /** Other expansions the house accepts, like “World Health Organisation” beside “…Organization”. */
    alsoAccepted: z.array(ShortText(300)).max(10).optional(),
    /** Known to every reader (UN, BBC, NATO): may stand alone on first use. */
    wellKnown: z.boolean().optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const IgnoredFindingSchema = z
  .object({
    rule: StyleRuleIdSchema,
    text: ShortText(300).describe('The flagged text, exactly as the issue quotes it.'),
  })
  .strict();
export type IgnoredFinding = z.infer<typeof IgnoredFindingSchema>;

export const HouseStyleSchema = z
  .object({
    format: z.literal(HOUSE_STYLE_FORMAT),
    version: z.literal(HOUSE_STYLE_VERSION),
    name: ShortText(200),
    description: z.string().max(5_000).optional(),
    rules: RulesSchema.default({}),
    /** Formal titles that go before a name (“President”, “Governor”); used by the title rules. */
    titles: z.array(ShortText(100)).max(1_000).optional(),
    spellings: z.array(SpellingSchema).max(5_000).default([]),
    glossary: z.array(GlossaryEntrySchema).max(10_000).default([]),
    ignored: z.array(IgnoredFindingSchema).max(10_000).default([]),
  })
  .strict()
  .superRefine((style, ctx) => {
    const seen = new Map<string, number>();
    style.glossary.forEach((entry, index) => {
      const first = seen.get(entry.acronym);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['glossary', index, 'acronym'], message: `repeats “${entry.acronym}”, already at glossary[${first}]` });
      else seen.set(entry.acronym, index);
    });
  });
export type HouseStyle = z.infer<typeof HouseStyleSchema>;
export type HouseStyleInput = z.input<typeof HouseStyleSchema>;

export class HouseStyleError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly FieldProblem[],
    summary: string,
  ) {
    super(`${source}: ${summary}${problems.length ? `\n${formatProblems(problems)}` : ''}`);
    this.name = 'HouseStyleError';
  }
}

/** Validates a parsed style file; every problem names its field, like `$.glossary[3].acronym`. */
export function parseHouseStyle(data: unknown, source: string): HouseStyle {
  const looksLikeStyle = typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { format?: unknown }).format === HOUSE_STYLE_FORMAT;
  if (!looksLikeStyle) throw new HouseStyleError(source, [], `is not a Copydesk house style file (it needs "format": "${HOUSE_STYLE_FORMAT}").`);
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > HOUSE_STYLE_VERSION) {
    throw new HouseStyleError(source, [], `was written for a newer Copydesk (style format version ${version}; this app reads up to ${HOUSE_STYLE_VERSION}). Update Copydesk to use it.`);
  }
  const parsed = HouseStyleSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new HouseStyleError(source, describeZodError(parsed.error), 'is a house style file with invalid fields:');
  return parsed.data;
}

/** Parses the text of a style file. */
export function parseHouseStyleText(text: string, source: string): HouseStyle {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new HouseStyleError(source, [], `is not valid JSON (${error instanceof SyntaxError ? error.message : String(error)}).`);
  }
  return parseHouseStyle(data, source);
}

/** The style file as Copydesk writes it (for export from Settings): validated, two-space indented. */
export function serializeHouseStyle(style: HouseStyleInput): string {
  return `${JSON.stringify(HouseStyleSchema.parse(style), null, 2)}\n`;
}
