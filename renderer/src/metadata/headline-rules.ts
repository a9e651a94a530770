import type { HeadlineBudgetFit } from '../../../core/checks/headline-budgets';

export const EMPTY_HEADLINE_MESSAGE = 'The headline is empty; add one before export.';

/** Tightest budget first: the one a headline runs over first. */
export function byTightest(fits: readonly HeadlineBudgetFit[]): HeadlineBudgetFit[] {
  return [...fits].sort((a, b) => a.budget - b.budget);
}

/** The counter in words, for screen readers: “63 characters: 3 over the print budget (60); within web (70) and social (100)”. */
export function describeHeadlineCount(length: number, fits: readonly HeadlineBudgetFit[]): string {
  const count = `${length} ${length === 1 ? 'character' : 'characters'}`;
  if (fits.length === 0) return count;
  const sorted = byTightest(fits);
  const over = sorted.filter((fit) => fit.over > 0).map((fit) => `${fit.over} over the ${fit.medium} budget (${fit.budget})`);
  const within = sorted.filter((fit) => fit.over === 0).map((fit) => `${fit.medium} (${fit.budget})`);
  if (over.length === 0) return `${count}: within the ${listed(within)} budget${within.length > 1 ? 's' : ''}`;
  return `${count}: ${over.join(', ')}${within.length ? `; within ${listed(within)}` : ''}`;
}

/** Announced when the budgets the headline is over change, not on every keystroke; empty when it fits them all. */
export function headlineOverBudgetAlert(fits: readonly HeadlineBudgetFit[]): string {
  const over = byTightest(fits).filter((fit) => fit.over > 0);
  if (over.length === 0) return '';
  return `Headline is longer than the ${listed(over.map((fit) => `${fit.medium} (${fit.budget})`))} budget${over.length > 1 ? 's' : ''}.`;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
