import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article, type SerializedBodyNode } from '../article/article-schema';
import { createArticle } from '../article/new-article';
import { bodyToPlainText } from '../export/plain-text';
import { bodyAsAccepted, bodyAsRejected } from '../review/body-suggestions';
import { body, heading, horizontalRule, link, list, mark, paragraph, suggestion, text } from '../testing/body-builders';
import { applyChoices, choicesSummary, compareArticles, type BlockChange, type Choices, type Comparison } from './compare-articles';

const NOW = new Date('2026-12-02T10:00:00Z');

function article(fields: Partial<Article>, blocks: SerializedBodyNode[]): Article {
  return { ...createArticle({ id: '7b0a2f1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b', now: NOW }), headline: 'Council approves budget', ...fields, body: body(blocks) };
}

const base = article({ standfirst: 'The vote was close.', tags: ['council'] }, [
  paragraph('The council met on Monday to vote on the budget.'),
  paragraph('Opposition members walked out before the vote.'),
  heading('h2', 'What happens next'),
  paragraph('The mayor will sign the budget this week.'),
]);

const changes = (comparison: Comparison) => comparison.body.filter((row): row is BlockChange => row.kind === 'change');
const acceptAll = (comparison: Comparison): Choices => Object.fromEntries(comparison.incoming.map((id) => [id, 'accept']));
const rendered = (pieces: BlockChange['pieces']) => pieces.map((piece) => (piece.op === 'same' ? piece.text : piece.op === 'ins' ? `[+${piece.text}]` : `[-${piece.text}]`)).join('');

describe('compareArticles, three-way', () => {
  const mine = { ...base, headline: 'Council approves budget after walkout', body: body([...base.body.root.children.slice(0, 3), paragraph('The mayor will sign the budget on Friday.')]) };
  const theirs = {
    ...base,
    standfirst: 'The vote was close: 21 to 19.',
    tags: ['council', 'budget'],
    body: body([paragraph('The council met on Tuesday to vote on the budget.'), ...base.body.root.children.slice(1, 3), paragraph('The mayor will sign the budget this week.'), paragraph('Reporting by Amina Njoroge.')]),
  };
  const comparison = compareArticles(base, mine, theirs);

  it('shows what each side changed against the base, field by field', () => {
    expect(comparison.fields.map(({ field, origin }) => [field, origin])).toEqual([
      ['headline', 'mine'],
      ['standfirst', 'theirs'],
      ['tags', 'theirs'],
    ]);
    expect(rendered(comparison.fields[1]!.pieces)).toBe('The vote was close[+: 21 to 19].');
  });

  it('aligns body blocks, then diffs words within a changed block', () => {
    const [first, last, added] = changes(comparison);
    expect(first).toMatchObject({ origin: 'theirs', change: 'edit', blockType: 'paragraph' });
    expect(rendered(first!.pieces)).toBe('The council met on [-Monday][+Tuesday] to vote on the budget.');
    expect(last).toMatchObject({ origin: 'mine', change: 'edit' });
    expect(rendered(last!.pieces)).toBe('The mayor will sign the budget [-this week][+on Friday].');
    expect(added).toMatchObject({ origin: 'theirs', change: 'insert', pieces: [{ op: 'ins', text: 'Reporting by Amina Njoroge.' }] });
    expect(comparison.body.filter((row) => row.kind === 'same')).toHaveLength(2);
    expect(comparison.incoming).toEqual(['field:standfirst', 'field:tags', first!.id, added!.id]);
  });

  it('keeps my copy exactly when nothing is accepted', () => {
    expect(applyChoices(comparison, {})).toEqual(mine);
    expect(applyChoices(comparison, Object.fromEntries(comparison.incoming.map((id) => [id, 'reject'])))).toEqual(mine);
  });

  it('takes over exactly the accepted incoming changes, and never undoes mine', () => {
    const [first, , added] = changes(comparison);
    const result = applyChoices(comparison, { 'field:tags': 'accept', [added!.id]: 'accept', [first!.id]: 'reject' });
    expect(result.headline).toBe(mine.headline);
    expect(result.standfirst).toBe(base.standfirst);
    expect(result.tags).toEqual(['council', 'budget']);
    expect(result.body.root.children).toEqual([...mine.body.root.children, paragraph('Reporting by Amina Njoroge.')]);
    expect(ArticleSchema.safeParse(result).success).toBe(true);
    const everything = applyChoices(comparison, acceptAll(comparison));
    expect(everything.body.root.children[0]).toEqual(theirs.body.root.children[0]);
    expect(everything.body.root.children[3]).toEqual(mine.body.root.children[3]);
  });

  it('sums up the choices for the review log', () => {
    const [first, , added] = changes(comparison);
    expect(choicesSummary(comparison, { 'field:tags': 'accept', [added!.id]: 'accept', [first!.id]: 'reject' })).toBe('Accepted 2 of 4 incoming changes (Tags, 1 body block); the rest kept as I had them.');
    expect(choicesSummary(comparison, {})).toBe('Kept my copy: rejected all 4 incoming changes.');
    expect(choicesSummary(compareArticles(base, mine, base), {})).toBe('Kept my copy: the other copy had no changes of its own.');
  });

  it('marks a block or field both sides changed differently as a conflict; accepting takes theirs', () => {
    const mineToo = { ...mine, standfirst: 'A close vote.', body: body([paragraph('The council met late on Monday to vote on the budget.'), ...base.body.root.children.slice(1)]) };
    const conflicted = compareArticles(base, mineToo, theirs);
    expect(conflicted.fields.find((field) => field.field === 'standfirst')).toMatchObject({ origin: 'conflict', mineText: 'A close vote.', theirsText: theirs.standfirst });
    const [first] = changes(conflicted);
    expect(first).toMatchObject({ origin: 'conflict', change: 'edit' });
    expect(rendered(first!.pieces)).toBe('The council met [-late ]on [-Monday][+Tuesday] to vote on the budget.');
    expect(applyChoices(conflicted, {}).body.root.children[0]).toEqual(mineToo.body.root.children[0]);
    expect(applyChoices(conflicted, { [first!.id]: 'accept' }).body.root.children[0]).toEqual(theirs.body.root.children[0]);
  });

  it('shows nothing where both sides made the same change, or both deleted the same block', () => {
    const alike = { ...base, headline: 'Budget passes', body: body([base.body.root.children[0]!, paragraph('Opposition members walked out.'), ...base.body.root.children.slice(3)]) };
    const comparison = compareArticles(base, alike, structuredClone(alike));
    expect(comparison.fields).toEqual([]);
    expect(changes(comparison)).toEqual([]);
    expect(comparison.incoming).toEqual([]);
  });

  it('offers their deletion of a block I kept, and a conflict when I edited the block they deleted', () => {
    const deleted = { ...base, body: body(base.body.root.children.filter((_, index) => index !== 1)) };
    const [removal] = changes(compareArticles(base, base, deleted));
    expect(removal).toMatchObject({ origin: 'theirs', change: 'delete', theirs: null, pieces: [{ op: 'del', text: 'Opposition members walked out before the vote.' }] });
    const edited = { ...base, body: body([base.body.root.children[0]!, paragraph('Opposition members walked out just before the vote.'), ...base.body.root.children.slice(2)]) };
    const comparison = compareArticles(base, edited, deleted);
    const [conflict] = changes(comparison);
    expect(conflict).toMatchObject({ origin: 'conflict', change: 'delete' });
    expect(applyChoices(comparison, {})).toEqual(edited);
    expect(applyChoices(comparison, acceptAll(comparison)).body).toEqual(deleted.body);
  });

  it('shows a change of formatting or link alone as a change with the same text', () => {
    const bold = { ...base, body: body([paragraph(text('The council met on Monday', 'bold'), ' to vote on the budget.'), ...base.body.root.children.slice(1)]) };
    const [change] = changes(compareArticles(base, base, bold));
    expect(change).toMatchObject({ origin: 'theirs', change: 'edit', formatOnly: true });
    const linked = { ...base, body: body([paragraph('The council met on Monday to vote on the ', link('https://example.org/budget', 'budget'), '.'), ...base.body.root.children.slice(1)]) };
    const [linkChange] = changes(compareArticles(base, base, linked));
    expect(rendered(linkChange!.pieces)).toBe('The council met on Monday to vote on the budget[+ <https://example.org/budget>].');
  });

  it('says when a block differs in its comments or suggestions', () => {
    const threadId = '0f6d1c52-7a43-4c8e-9d1b-3e2f4a5b6c7d';
    const commented = { ...base, body: body([paragraph('The council met on ', mark([threadId], 'Monday'), ' to vote on the budget.'), ...base.body.root.children.slice(1)]) };
    const [comment] = changes(compareArticles(base, base, commented));
    expect(comment).toMatchObject({ formatOnly: true, commentsDiffer: true, suggestionsDiffer: false });
    const amina = { name: 'Amina Njoroge', initials: 'AN' };
    const suggested = { ...base, body: body([paragraph('The council met on ', suggestion('delete', threadId, 'Monday', amina), suggestion('insert', threadId, 'Tuesday', amina), ' to vote on the budget.'), ...base.body.root.children.slice(1)]) };
    const [proposal] = changes(compareArticles(base, base, suggested));
    expect(proposal).toMatchObject({ formatOnly: false, commentsDiffer: false, suggestionsDiffer: true });
  });

  it('shows a block’s pending replacement as its old words removed and the new added, not the two run together', () => {
    const amina = { name: 'Amina Njoroge', initials: 'AN' };
    const replaced = paragraph('The mayor will sign the budget ', suggestion('delete', 's1', 'this week', amina), suggestion('insert', 's2', 'DINGO on Friday', amina), '.');
    const suggested = { ...base, body: body([...base.body.root.children.slice(0, 3), replaced]) };
    const comparison = compareArticles(base, base, suggested);
    const [proposal] = changes(comparison);
    // It was "The mayor will sign the budget this [-week][+weekDINGO on Friday]."
    expect(rendered(proposal!.pieces)).toBe('The mayor will sign the budget [-this week][+DINGO on Friday].');
    // Kept, the block is theirs as it is, the suggestions still to decide in the draft, one space where there was one.
    const kept = applyChoices(comparison, acceptAll(comparison)).body.root.children[3];
    expect(kept).toEqual(replaced);
    expect(bodyToPlainText(bodyAsRejected(body([kept!])))).toBe('The mayor will sign the budget this week.');
    expect(bodyToPlainText(bodyAsAccepted(body([kept!])))).toBe('The mayor will sign the budget DINGO on Friday.');
  });

  it('compares lists, rules and headings as blocks of their own', () => {
    const withList = { ...base, body: body([...base.body.root.children, horizontalRule(), list('bullet', ['First point', 'Second point'])]) };
    const changed = { ...withList, body: body([...base.body.root.children, horizontalRule(), list('bullet', ['First point', 'Second point, amended'])]) };
    const [listChange] = changes(compareArticles(withList, withList, changed));
    expect(listChange).toMatchObject({ blockType: 'list', change: 'edit' });
    expect(rendered(listChange!.pieces)).toBe('• First point\n• Second point[+, amended]');
  });
});

describe('compareArticles, two-way (History)', () => {
  it('treats every difference as a change from the older to the newer copy', () => {
    const newer = { ...base, headline: 'Council passes budget', body: body([...base.body.root.children.slice(0, 2), ...base.body.root.children.slice(3)]) };
    const comparison = compareArticles(null, base, newer);
    expect(comparison.mode).toBe('two-way');
    expect(comparison.fields).toEqual([expect.objectContaining({ field: 'headline', origin: 'theirs' })]);
    expect(rendered(comparison.fields[0]!.pieces)).toBe('Council [-approves][+passes] budget');
    expect(changes(comparison)).toEqual([expect.objectContaining({ origin: 'theirs', change: 'delete', blockType: 'heading' })]);
    expect(applyChoices(comparison, acceptAll(comparison))).toEqual(newer);
  });

  it('diffs non-Latin copy word by word', () => {
    const russian = article({ headline: 'Мэр объявил о новом бюджете', language: 'ru' }, [paragraph('Депутаты проголосовали за бюджет в понедельник.')]);
    const edited = { ...russian, headline: 'Мэр объявил о старом бюджете', body: body([paragraph('Депутаты проголосовали против бюджета во вторник.')]) };
    const comparison = compareArticles(null, russian, edited);
    expect(rendered(comparison.fields[0]!.pieces)).toBe('Мэр объявил о [-новом][+старом] бюджете');
    expect(rendered(changes(comparison)[0]!.pieces)).toBe('Депутаты проголосовали [-за бюджет в понедельник][+против бюджета во вторник].');
    const japanese = article({ headline: '東京都は新しい計画を発表した', language: 'ja' }, []);
    const japaneseEdit = compareArticles(null, japanese, { ...japanese, headline: '東京都は古い計画を発表した' });
    expect(rendered(japaneseEdit.fields[0]!.pieces)).toBe('東京都は[-新しい][+古い]計画を発表した');
    const arabic = article({ headline: 'البرلمان يقر الميزانية', language: 'ar' }, []);
    const arabicEdit = compareArticles(null, arabic, { ...arabic, headline: 'البرلمان يرفض الميزانية' });
    expect(rendered(arabicEdit.fields[0]!.pieces)).toBe('البرلمان [-يقر][+يرفض] الميزانية');
  });

  it('compares the lead picture as one change when it differs, and its texts one by one when it is the same', () => {
    const picture = { file: 'assets/council.jpg', mediaType: 'image/jpeg', altText: 'Councillors voting', caption: 'The vote.', credit: 'Photo: A. Njoroge' };
    const withPicture = { ...base, leadImage: picture };
    const recaptioned = compareArticles(null, withPicture, { ...withPicture, leadImage: { ...picture, caption: 'The final vote.' } });
    expect(recaptioned.fields).toEqual([expect.objectContaining({ field: 'leadImage.caption', label: 'Caption' })]);
    expect(applyChoices(recaptioned, acceptAll(recaptioned)).leadImage).toEqual({ ...picture, caption: 'The final vote.' });
    const replaced = compareArticles(null, withPicture, { ...withPicture, leadImage: { ...picture, file: 'assets/mayor.jpg' } });
    expect(replaced.fields).toEqual([expect.objectContaining({ field: 'leadImage' })]);
    expect(applyChoices(replaced, acceptAll(replaced)).leadImage).toEqual({ ...picture, file: 'assets/mayor.jpg' });
    const added = compareArticles(null, base, withPicture);
    expect(added.fields[0]).toMatchObject({ field: 'leadImage', pieces: [{ op: 'ins', text: 'council.jpg · The vote. · Photo: A. Njoroge' }] });
  });

  it('takes the slug with whether it follows the headline', () => {
    const handSlug = { ...base, slug: 'budget-vote', slugEditedByHand: true };
    const comparison = compareArticles(null, base, handSlug);
    expect(applyChoices(comparison, acceptAll(comparison))).toMatchObject({ slug: 'budget-vote', slugEditedByHand: true });
  });
});

describe('compareArticles, properties', () => {
  const SENTENCES = ['The council met.', 'Рада зібралася.', 'وصل الوفد.', '会議が開かれた。', 'The vote was close.', 'Members walked out.', 'The mayor signed.', 'Ο δήμαρχος υπέγραψε.'];
  const blocksArbitrary = fc.array(fc.constantFrom(...SENTENCES), { maxLength: 8 }).map((lines) => lines.map((line) => paragraph(line)));
  /** Another copy of `blocks`: some deleted, some reworded, some inserted. */
  const editsOf = (blocks: SerializedBodyNode[]) =>
    fc.array(fc.tuple(fc.constantFrom('keep', 'keep', 'delete', 'reword', 'insert'), fc.constantFrom(...SENTENCES)), { minLength: blocks.length, maxLength: blocks.length + 2 }).map((edits) =>
      edits.flatMap(([edit, line], index) => {
        const block = blocks[index];
        if (!block) return [paragraph(line)];
        if (edit === 'delete') return [];
        if (edit === 'reword') return [paragraph(`${String(block.children?.[0]?.text)} ${line}`)];
        if (edit === 'insert') return [paragraph(line), block];
        return [block];
      }),
    );
  const threeCopies = blocksArbitrary.chain((baseBlocks) => fc.tuple(fc.constant(baseBlocks), editsOf(baseBlocks), editsOf(baseBlocks)));
  const copy = (blocks: SerializedBodyNode[], headline: string) => article({ headline }, blocks);

  it('rejecting everything keeps my copy; two-way, accepting everything gives theirs', () => {
    fc.assert(
      fc.property(threeCopies, fc.constantFrom('A', 'B'), fc.constantFrom('A', 'C'), ([baseBlocks, mineBlocks, theirsBlocks], mineHeadline, theirsHeadline) => {
        const [baseCopy, mine, theirs] = [copy(baseBlocks, 'A'), copy(mineBlocks, mineHeadline), copy(theirsBlocks, theirsHeadline)];
        const threeWay = compareArticles(baseCopy, mine, theirs);
        expect(applyChoices(threeWay, {})).toEqual(mine);
        const twoWay = compareArticles(null, mine, theirs);
        expect(applyChoices(twoWay, acceptAll(twoWay))).toEqual(theirs);
        // When I changed nothing, accepting every incoming change gives their copy.
        const onlyTheirs = compareArticles(baseCopy, baseCopy, theirs);
        expect(applyChoices(onlyTheirs, acceptAll(onlyTheirs))).toEqual(theirs);
        // When they changed nothing, there is nothing to accept.
        expect(compareArticles(baseCopy, mine, baseCopy).incoming).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('compareArticles, identity', () => {
  it('does not see a change where only the order of a node’s keys differs (the editor’s order against a draft read back)', () => {
    const reordered = { ...base, body: { root: { ...base.body.root, children: base.body.root.children.map((node) => Object.fromEntries(Object.entries(node).reverse()) as SerializedBodyNode) } } };
    expect(compareArticles(null, base, reordered).body.every((row) => row.kind === 'same')).toBe(true);
  });
});
