import { describe, expect, it } from 'vitest';
import { headlineBudgetsInForce, measureHeadline } from '../../../core/checks/headline-budgets';
import { describeHeadlineCount, headlineOverBudgetAlert } from './headline-rules';

const measure = (length: number, budgets = {}) => measureHeadline('a'.repeat(length), headlineBudgetsInForce(budgets));

describe('the headline counter in words', () => {
  it('names every budget in force, tightest first, when the headline fits them all', () => {
    const { length, fits } = measure(42);
    expect(describeHeadlineCount(length, fits)).toBe('42 characters: within the print (60), web (70) and social (100) budgets');
    expect(headlineOverBudgetAlert(fits)).toBe('');
  });

  it('says by how much the headline is over each budget it breaks', () => {
    const { length, fits } = measure(75);
    expect(describeHeadlineCount(length, fits)).toBe('75 characters: 15 over the print budget (60), 5 over the web budget (70); within social (100)');
    expect(headlineOverBudgetAlert(fits)).toBe('Headline is longer than the print (60) and web (70) budgets.');
  });

  it('follows the budgets set in the check settings and leaves out those turned off', () => {
    const { length, fits } = measure(56, { web: 55, print: null, social: null });
    expect(describeHeadlineCount(length, fits)).toBe('56 characters: 1 over the web budget (55)');
    expect(headlineOverBudgetAlert(fits)).toBe('Headline is longer than the web (55) budget.');
    const none = measure(1, { web: null, print: null, social: null });
    expect(describeHeadlineCount(none.length, none.fits)).toBe('1 character');
  });

  it('counts the headline as the check does: characters as read, outer spaces not counted', () => {
    expect(measureHeadline('  Café 👩🏽‍💻 ', headlineBudgetsInForce({})).length).toBe(6);
  });
});
