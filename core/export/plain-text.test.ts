import { describe, expect, it } from 'vitest';
import { body, heading, horizontalRule, image, linebreak, link, list, paragraph, quote, text } from '../testing/body-builders';
import { kenyaPoliticsArticle, minimalArticle } from '../testing/sample-articles';
import { articleToPlainText, bodyToPlainText } from './plain-text';

describe('articleToPlainText', () => {
  it('starts with kicker, headline, standfirst, byline line and dateline', () => {
    expect(articleToPlainText(kenyaPoliticsArticle).split('\n\n').slice(0, 4)).toEqual([
      'Inside Politics',
      'Opposition walks out of electoral reform talks over server audit',
      kenyaPoliticsArticle.standfirst,
      'Wanjiru Kamau, Political correspondent; Ngũgĩ wa Kĩarie, Additional reporting\nNAIROBI, May 24, 2026 at 1:16 PM UTC+03:00',
    ]);
  });

  it('describes the lead image and ends with related links and their addresses', () => {
    const out = articleToPlainText({ ...kenyaPoliticsArticle, relatedLinks: [...kenyaPoliticsArticle.relatedLinks, { title: '', url: 'file:///x' }] });
    expect(out).toContain('[Picture: Opposition members of the joint committee leave Parliament Buildings after the walkout on Tuesday. (Photo: Achieng’ Oduya / The Nairobi Ledger)]');
    expect(out.endsWith(
      'More on Inside Politics:\n- Explainer: how the IEBC transmits results <https://www.nairobiledger.co.ke/politics/explainer-iebc-results-transmission>\n- Azimio and Kenya Kwanza sign framework for talks <https://www.nairobiledger.co.ke/politics/azimio-kenya-kwanza-framework>\n- (untitled link)\n',
    )).toBe(true);
  });

  it('exports a minimal article', () => {
    expect(articleToPlainText(minimalArticle)).toBe(
      'Water rationing lifted in Nakuru\n\nMay 24, 2026 at 1:10 PM UTC+03:00\n\nThe county lifted water rationing on Monday after two weeks of heavy rain refilled the main reservoir.\n',
    );
  });
});

describe('bodyToPlainText', () => {
  it('writes blocks separated by blank lines, without formatting marks', () => {
    expect(
      bodyToPlainText(
        body([
          heading('h2', 'Sub'),
          paragraph(text('bold', 'bold'), ' and ', text('gone', 'strikethrough'), linebreak(), 'next line'),
          quote('“Said”'),
          list('bullet', ['a', { content: ['b'], nested: { listType: 'number', items: ['b1', 'b2'] } }]),
          horizontalRule(),
          paragraph(image({ file: 'assets/a.jpg', altText: 'alt', caption: '', credit: '' })),
        ]),
      ),
    ).toBe('Sub\n\nbold and gone\nnext line\n\n    “Said”\n\n• a\n• b\n  1. b1\n  2. b2\n\n* * *\n\n[Picture]');
  });

  it('puts an allowlisted link’s address after its text, once', () => {
    expect(bodyToPlainText(body([paragraph(link('https://www.iebc.or.ke/', 'the IEBC'), ' ', link('https://www.iebc.or.ke/', 'https://www.iebc.or.ke/'), ' ', link('mailto:desk@ledger.co.ke', 'desk@ledger.co.ke'), ' ', link('copydesk://x', 'custom'))]))).toBe(
      'the IEBC <https://www.iebc.or.ke/> https://www.iebc.or.ke/ desk@ledger.co.ke custom',
    );
  });
});
