import type { StyleRuleId } from './style-file';

/** The article fields the style checks read, named as the pre-export check names them. */
export const STYLE_FIELDS = ['headline', 'standfirst', 'leadImage.caption', 'leadImage.altText'] as const;
export type StyleField = (typeof STYLE_FIELDS)[number];

/**
 * Where a piece of checked text lives.
 * - field: one of STYLE_FIELDS.
 * - body: the top-level block `blockIndex` of the body, then `path`, the child indices down to the
 *   element whose inline children hold the text (a paragraph: []; the second item of a list: [1];
 *   a table cell's paragraph: [row, cell, 0]). `property` names a text a block keeps as a node field
 *   instead (a picture's `caption`, a pull quote's `text` or `attribution`).
 * Offsets count UTF-16 units of that text: text nodes' text, '\n' for a line break, '\t' for a tab,
 * the inline children of links joined in order (what Lexical's getTextContent gives for an element
 * with inline children only).
 */
export type StyleTextPlace =
  | { kind: 'field'; field: StyleField }
  | { kind: 'body'; blockIndex: number; path: readonly number[]; property?: string };

export type StyleLocation = StyleTextPlace & { start: number; end: number };

export interface StyleFix {
  /** Text that replaces [start, end). */
  replacement: string;
  /** The button's words, like “Change to “email””. */
  label: string;
}

export interface StyleIssue {
  /**
   * Stable across edits elsewhere: the rule, the field (or “body”), the flagged text and a few
   * characters either side of it (and “#2”… when that repeats). An “ignore here” stores it in the
   * draft's styleIgnores; it stops matching once the words around the text change.
   */
  id: string;
  ruleId: StyleRuleId;
  severity: 'warning' | 'suggestion';
  location: StyleLocation;
  /** The flagged text, as it stands. */
  text: string;
  /** One line, for the underline's tooltip and the panel. */
  message: string;
  /** Why the house does it this way, a sentence or two. */
  explanation: string;
  fix?: StyleFix;
}

/** One piece of text the checker reads, as articleStyleTexts gives it or the editor builds it from its own state. */
export interface StyleText {
  place: StyleTextPlace;
  text: string;
}

/** How many characters either side of the flagged text go into an issue's id. */
const ID_CONTEXT = 12;

/** The id of an issue found at [start, end) of `text` (before the “#n” that tells repeats apart). */
export function styleIssueId(ruleId: StyleRuleId, place: StyleTextPlace, text: string, start: number, end: number): string {
  const squeeze = (part: string) => part.replace(/\s+/g, ' ');
  const before = squeeze(text.slice(Math.max(0, start - ID_CONTEXT), start));
  const after = squeeze(text.slice(end, end + ID_CONTEXT));
  const where = place.kind === 'field' ? place.field : 'body';
  return `${ruleId}:${where}:${before}[${squeeze(text.slice(start, end))}]${after}`.slice(0, 990);
}
