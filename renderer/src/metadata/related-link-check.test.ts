import { describe, expect, it } from 'vitest';
import { countRelatedLinkProblems, relatedLinkProblem } from './related-link-check';

describe('related link check', () => {
  it('explains an address that would not survive export', () => {
    expect(relatedLinkProblem({ title: 'Budget', url: 'treasury budget' })).toBe('“treasury budget” is not a full web address. Start it with https:// (or mailto: for email).');
    expect(relatedLinkProblem({ title: 'Budget', url: '' })).toBe('The address is empty.');
  });

  it('accepts good addresses and leaves a blank row alone', () => {
    expect(relatedLinkProblem({ title: 'Budget', url: 'https://www.treasury.example.org/budget' })).toBeNull();
    expect(relatedLinkProblem({ title: ' ', url: '' })).toBeNull();
    expect(countRelatedLinkProblems([{ title: '', url: '' }, { title: 'A', url: 'javascript:alert(1)' }, { title: 'B', url: 'mailto:desk@example.org' }])).toBe(1);
  });
});
