import { describe, expect, it } from 'vitest';
import { moveItem, removeAt, replaceAt } from './list-edits';

describe('list edits', () => {
  const names = ['Amina', 'Selam', 'Wanjiru'];

  it('moves an item up or down and leaves the original alone', () => {
    expect(moveItem(names, 2, 0)).toEqual(['Wanjiru', 'Amina', 'Selam']);
    expect(moveItem(names, 0, 1)).toEqual(['Selam', 'Amina', 'Wanjiru']);
    expect(names).toEqual(['Amina', 'Selam', 'Wanjiru']);
  });

  it('ignores a move past either end', () => {
    expect(moveItem(names, 0, -1)).toEqual(names);
    expect(moveItem(names, 2, 3)).toEqual(names);
  });

  it('replaces and removes by position', () => {
    expect(replaceAt(names, 1, 'ሰላም')).toEqual(['Amina', 'ሰላም', 'Wanjiru']);
    expect(removeAt(names, 0)).toEqual(['Selam', 'Wanjiru']);
  });
});
