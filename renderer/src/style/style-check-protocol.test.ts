import { describe, expect, it } from 'vitest';
import { body, image, list, paragraph, pullQuote, table } from '../../../core/testing/body-builders';
import { articleStyleTexts, fieldStyleTexts } from '../../../core/style/article-texts';
import { minimalArticle } from '../../../core/testing/sample-articles';
import { blockTexts, textsInOrder, type BlockText } from './style-check-protocol';

describe('what the page sends the style worker', () => {
  it('places the kept texts of each block at its index in the body, between the fields, as articleStyleTexts does', () => {
    const article = {
      ...minimalArticle,
      headline: 'Tallies by e-mail',
      standfirst: 'The count goes on.',
      body: body([paragraph('First paragraph.'), list('bullet', ['One item.', 'Two items.']), paragraph('Third.')]),
    };
    const blocks = new Map<string, BlockText[]>(article.body.root.children.map((block, index) => [`key-${index}`, blockTexts(block)]));
    expect(textsInOrder(fieldStyleTexts(article), ['key-0', 'key-1', 'key-2'], blocks)).toEqual(articleStyleTexts(article));
    // A block moved up is counted at its new index without being read again.
    const moved = textsInOrder(fieldStyleTexts(article), ['key-2', 'key-0', 'key-1'], blocks);
    expect(moved.find((text) => text.text === 'Third.')?.place).toEqual({ kind: 'body', blockIndex: 0, path: [] });
  });

  it('keeps a block’s paths and node-field texts (a picture’s caption)', () => {
    expect(blockTexts(list('bullet', ['One.', 'Two.']))).toEqual([
      { path: [0], text: 'One.' },
      { path: [1], text: 'Two.' },
    ]);
    expect(blockTexts(image({ file: 'assets/a.jpg', altText: 'A queue', caption: 'Voters queue in Kisumu.', credit: 'AP' }))).toEqual([{ path: [], property: 'caption', text: 'Voters queue in Kisumu.' }]);
    expect(blockTexts(pullQuote('We will count every vote.', 'Chair'))).toEqual([
      { path: [], property: 'text', text: 'We will count every vote.' },
      { path: [], property: 'attribution', text: 'Chair' },
    ]);
    expect(blockTexts(table([['Votes', '1,450']]))).toHaveLength(2);
  });
});
