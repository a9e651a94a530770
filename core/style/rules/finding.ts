import type { StyleRuleId } from '../style-file';
import type { StyleFix } from '../style-issue';
import type { StyleSettings } from '../rule-settings';

/** What part of the article a text is: the rules that apply differ (a headline needs no acronym spelled out). */
export type TextRole = 'headline' | 'standfirst' | 'body' | 'caption' | 'alt';

/** An issue found in one text, at offsets into it. */
export interface LocalFinding {
  ruleId: StyleRuleId;
  start: number;
  end: number;
  message: string;
  explanation: string;
  fix?: StyleFix;
}

/** A rule that needs only the text itself, so its result can be kept while the text is unchanged. */
export type TextRule = (text: string, role: TextRole, settings: StyleSettings) => LocalFinding[];

export const quoted = (text: string) => `“${text}”`;

/** `replacement` with the first letter capitalised when `original` starts with a capital. */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement;
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase();
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter, mark or digit of any script: what “whole word” boundaries test against. */
export const WORDLIKE = '[\\p{L}\\p{M}\\p{N}]';
