/** Web headline budget: about what search results show before cutting the title. */
export const HEADLINE_BUDGET = 70;

export const EMPTY_HEADLINE_MESSAGE = 'The headline is empty; add one before export.';
