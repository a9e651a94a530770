import { describe, expect, it } from 'vitest';
import { link, mark, paragraph, suggestion, text } from '../../../core/testing/body-builders';
import { AMINA, AT, blocksOf, editorWith, JONAS } from './suggestion-test-editor';
import { describeSuggestionNode } from './SuggestionNode';

const ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const THREAD = '9b7e2c1a-4d3f-4e5a-8b6c-7d8e9f0a1b2c';

describe('SuggestionNode', () => {
  it('loads and saves a body’s suggestions unchanged: insertions, deletions, a replacement, inside links and around marks', () => {
    const blocks = [
      paragraph('The ', suggestion('delete', ID, 'cat', AMINA, AT), suggestion('insert', ID, text('dog', 'bold'), AMINA, AT), ' sat'),
      paragraph(link('https://example.com/', ['see ', suggestion('insert', '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f', 'this', JONAS, AT)]), suggestion('delete', '2d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f', mark([THREAD], 'noted'), JONAS, AT)),
    ];
    expect(blocksOf(editorWith(...blocks))).toEqual(blocks);
  });

  it('refuses a suggestion node without its author, naming the field', () => {
    const broken = { ...suggestion('insert', ID, 'x'), by: undefined };
    expect(() => editorWith(paragraph(broken))).toThrow(/by/);
  });

  it('says what it is and whose it is', () => {
    expect(describeSuggestionNode({ change: 'insert', by: AMINA })).toBe('Suggested insertion by Amina Odhiambo');
    expect(describeSuggestionNode({ change: 'delete', by: JONAS })).toBe('Suggested deletion by Jonas Berg');
  });
});
