import { describe, expect, it } from 'vitest';
import { loadArticleData } from '../article/load-article';
import { checkArticleStyle } from '../style/check-style';
import { defaultHouseStyle } from '../style/default-style';
import { bodyPlainText } from '../text/text-stats';
import { generateLongArticle } from './sample-articles';
import { STYLE_LOAD_SENTENCES, withStyleLoad } from './style-load-article';

describe('withStyleLoad', () => {
  const plain = generateLongArticle(10_000, 1);
  const loaded = withStyleLoad(plain, { sentences: 80, untouchedBlocks: [40] });

  it('is a valid draft with the sentences added and the untouched blocks as they were', () => {
    expect(loadArticleData(JSON.parse(JSON.stringify(loaded)), 'style load').article).toEqual(loaded);
    expect(loaded.body.root.children).toHaveLength(plain.body.root.children.length);
    expect(loaded.body.root.children[40]).toEqual(plain.body.root.children[40]);
    const added = STYLE_LOAD_SENTENCES.map((sentence) => bodyPlainText(loaded.body).split(sentence).length - 1);
    expect(added).toEqual(STYLE_LOAD_SENTENCES.map(() => 10));
  });

  it('gives the default house style issues of many rules, where the plain article gives none', () => {
    expect(checkArticleStyle(plain, defaultHouseStyle()).issues).toEqual([]);
    const rules = new Set(checkArticleStyle(loaded, defaultHouseStyle()).issues.map((issue) => issue.ruleId));
    expect([...rules].sort()).toEqual(
      ['acronym-not-expanded', 'curly-quotes', 'dates', 'double-spaces', 'name-consistency', 'numbers', 'placeholder', 'preferred-spelling', 'repeated-word', 'times'].sort(),
    );
  });
});
