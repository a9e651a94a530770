import { countCharacters } from '../text/text-stats';
import { DEFAULT_HEADLINE_BUDGETS, type PreExportSettingsInput } from './pre-export-settings';

export type HeadlineMedium = keyof typeof DEFAULT_HEADLINE_BUDGETS;
export type HeadlineBudgets = Record<HeadlineMedium, number | null>;

/** A headline against one budget in force; `over` is how many characters too long it is (0 when it fits). */
export interface HeadlineBudgetFit {
  medium: HeadlineMedium;
  budget: number;
  over: number;
}

/** The budgets in force: the defaults, as changed or turned off (null) in the check settings. */
export function headlineBudgetsInForce(settings: PreExportSettingsInput['headlineBudgets']): HeadlineBudgets {
  return { ...DEFAULT_HEADLINE_BUDGETS, ...settings };
}

/**
 * The headline's length as the check counts it (user-perceived characters, outer spaces not counted,
 * as they are not exported) against every budget in force, in the settings' order (web, print, social).
 */
export function measureHeadline(headline: string, budgets: HeadlineBudgets): { length: number; fits: HeadlineBudgetFit[] } {
  const length = countCharacters(headline.trim());
  const fits = (Object.entries(budgets) as Array<[HeadlineMedium, number | null]>).flatMap(([medium, budget]) =>
    budget === null ? [] : [{ medium, budget, over: Math.max(0, length - budget) }],
  );
  return { length, fits };
}
