import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../article/article-schema';
import { body, heading, list, mark, paragraph, paragraphMark, suggestion, tableNode, tableCellNode, text } from '../testing/body-builders';
import { IDS, reviewedArticle, SUB } from '../testing/reviewed-article';
import { bodyAsAccepted, bodyAsRejected, bodySuggestions, bodyThreadIds, decideBodySuggestions } from './body-suggestions';

const THREAD = IDS.bodyThread;
const A = IDS.insert;
const B = IDS.remove;

describe('bodyAsRejected / bodyAsAccepted', () => {
  it('gives an untouched body back as it is', () => {
    const plain = body([paragraph('Nothing to review.')]);
    expect(bodyAsRejected(plain)).toBe(plain);
    expect(bodyAsAccepted(plain)).toBe(plain);
  });

  it('drops insertions and keeps deletions as text when rejecting, the reverse when accepting, merging the text that is left', () => {
    const reviewed = body([paragraph('The vote ', suggestion('delete', B, 'was '), suggestion('insert', A, 'is '), 'delayed.')]);
    expect(bodyAsRejected(reviewed)).toEqual(body([paragraph('The vote was delayed.')]));
    expect(bodyAsAccepted(reviewed)).toEqual(body([paragraph('The vote is delayed.')]));
  });

  it('unwraps comment marks either way, also inside suggestions and links, and keeps formats apart', () => {
    const reviewed = body([paragraph('A ', mark([THREAD], ['marked ', text('bold', 'bold')]), suggestion('insert', A, mark([THREAD], ' new')), ' end')]);
    expect(bodyAsRejected(reviewed)).toEqual(body([paragraph('A marked ', text('bold', 'bold'), ' end')]));
    expect(bodyAsAccepted(reviewed)).toEqual(body([paragraph('A marked ', text('bold', 'bold'), ' new end')]));
  });

  it('leaves out a paragraph that is only a suggested insertion, but keeps a table cell’s paragraph, empty', () => {
    const inserted = body([paragraph('Kept.'), paragraph(suggestion('insert', A, 'New paragraph.'))]);
    expect(bodyAsRejected(inserted)).toEqual(body([paragraph('Kept.')]));
    const table = body([tableNode([[tableCellNode([paragraph(suggestion('insert', A, 'x'))])]])]);
    expect(bodyAsRejected(table)).toEqual(body([tableNode([[tableCellNode([paragraph()])]])]));
  });

  it('keeps an empty paragraph that was empty before', () => {
    const empty = body([paragraph(), paragraph(mark([THREAD], 'x'))]);
    expect(bodyAsRejected(empty)).toEqual(body([paragraph(), paragraph('x')]));
  });
});

describe('suggested paragraph breaks', () => {
  it('joins a suggested new paragraph back when rejecting and keeps the split when accepting', () => {
    const split = body([paragraph('The council met ', paragraphMark('insert', A)), paragraph('on Tuesday.'), paragraph('Next.')]);
    expect(bodyAsRejected(split)).toEqual(body([paragraph('The council met on Tuesday.'), paragraph('Next.')]));
    expect(bodyAsAccepted(split)).toEqual(body([paragraph('The council met '), paragraph('on Tuesday.'), paragraph('Next.')]));
  });

  it('joins paragraphs when a suggested join is accepted and leaves them apart when it is rejected', () => {
    const joined = body([heading('h2', 'Budget ', paragraphMark('delete', B)), paragraph('talks')]);
    expect(bodyAsAccepted(joined)).toEqual(body([heading('h2', 'Budget talks')]));
    expect(bodyAsRejected(joined)).toEqual(body([heading('h2', 'Budget '), paragraph('talks')]));
  });

  it('takes text typed into the new paragraph out with it, and keeps an empty paragraph split in two when accepted', () => {
    const typed = body([paragraph('One.', paragraphMark('insert', A)), paragraph(suggestion('insert', A, 'Two.'), paragraphMark('insert', A)), paragraph('Three.')]);
    expect(bodyAsRejected(typed)).toEqual(body([paragraph('One.Three.')]));
    expect(bodyAsAccepted(typed)).toEqual(body([paragraph('One.'), paragraph('Two.'), paragraph('Three.')]));
    const typedAtEnd = body([paragraph('One.', paragraphMark('insert', A)), paragraph(suggestion('insert', B, 'Two.')), paragraph('Three.')]);
    expect(bodyAsRejected(typedAtEnd)).toEqual(body([paragraph('One.'), paragraph('Three.')]));
    const empty = body([paragraph(paragraphMark('insert', A)), paragraph()]);
    expect(bodyAsAccepted(empty)).toEqual(body([paragraph(), paragraph()]));
    expect(bodyAsRejected(empty)).toEqual(body([paragraph()]));
  });

  it('joins list items of one list', () => {
    const items = body([list('bullet', [{ content: ['First ', paragraphMark('insert', A)] }, 'half'])]);
    expect(bodyAsRejected(items)).toEqual(body([list('bullet', ['First half'])]));
  });

  it('lists a paragraph break as a suggestion of its own, decided by id', () => {
    const split = body([paragraph('A ', suggestion('insert', B, 'new'), paragraphMark('insert', A)), paragraph('start')]);
    expect(bodySuggestions(split).map(({ id, change, inserted }) => ({ id, change, inserted }))).toEqual([
      { id: B, change: 'insert', inserted: 'new' },
      { id: A, change: 'insert', inserted: '¶' },
    ]);
    expect(decideBodySuggestions(split, (chosen) => (chosen.id === A ? 'reject' : null))).toEqual(body([paragraph('A ', suggestion('insert', B, 'new'), 'start')]));
  });
});

describe('decideBodySuggestions', () => {
  it('accepts or rejects only the chosen suggestions and leaves marks and the others', () => {
    const decided = decideBodySuggestions(reviewedArticle.body, (chosen) => (chosen.id === IDS.replace ? 'accept' : chosen.id === IDS.remove ? 'reject' : null));
    expect(bodySuggestions(decided).map((entry) => entry.id)).toEqual([IDS.insert]);
    expect(bodyThreadIds(decided)).toEqual([THREAD]);
    const second = decided.root.children[2]!;
    expect(second.children?.[0]).toMatchObject({ text: 'It will vote QUOKKA-REPLACEMENT, ' });
  });
});

describe('bodySuggestions', () => {
  it('lists each suggestion once in document order, a replacement as one with both texts', () => {
    expect(bodySuggestions(reviewedArticle.body)).toEqual([
      { id: IDS.remove, change: 'delete', by: SUB, at: expect.any(String), inserted: '', deleted: 'on Tuesday ' },
      { id: IDS.insert, change: 'insert', by: expect.objectContaining({ initials: 'AO' }), at: expect.any(String), inserted: ' QUOKKA-INSERTEDQUOKKA-WHOLE-PARAGRAPH', deleted: '' },
      { id: IDS.replace, change: 'replace', by: expect.any(Object), at: expect.any(String), inserted: 'QUOKKA-REPLACEMENT', deleted: 'next week' },
    ]);
  });

  it('lists a deletion made inside someone else’s insertion after that insertion', () => {
    const editor = { name: 'Jonas Berg', initials: 'JB' };
    const nested = body([paragraph('A ', suggestion('insert', A, ['bo', suggestion('delete', B, 'ld', editor)]), ' plan')]);
    expect(bodySuggestions(nested).map(({ id, change, inserted, deleted, by }) => ({ id, change, inserted, deleted, by: by.initials }))).toEqual([
      { id: A, change: 'insert', inserted: 'bold', deleted: '', by: 'AO' },
      { id: B, change: 'delete', inserted: '', deleted: 'ld', by: 'JB' },
    ]);
    const textOf = (resolved: ArticleBody) => resolved.root.children.map((block) => (block.children ?? []).map((node) => String(node.text)).join('')).join('');
    expect(textOf(bodyAsRejected(nested))).toBe('A  plan');
    expect(textOf(bodyAsAccepted(nested))).toBe('A bo plan');
  });
});

describe('bodyThreadIds', () => {
  it('names each thread on a mark once, in document order, also when marks overlap', () => {
    expect(bodyThreadIds(body([paragraph(mark([B, A], 'x'), mark([A], 'y'), mark([THREAD], 'z'))]))).toEqual([B, A, THREAD]);
  });
});
