import { diffArrays } from 'diff';
import type { Article, SerializedBodyNode } from '../article/article-schema';
import { bodyToPlainText } from '../export/plain-text';
import { bodyAsAccepted } from '../review/body-suggestions';
import { canonicalJson } from './canonical-json';
import { alignToBase, type ComparedBlock, type SideEdits } from './block-alignment';
import { reviewMarksIn, sameMarks } from './review-marks';
import { compareFieldSpecs, fieldSpecNamed, type CompareField, type FieldSpec } from './compare-fields';
import { wholeValueDiff, wordDiff, type WordPiece } from './word-diff';

/**
 * Who changed something, relative to the base. `mine`: only my copy (shown, always kept).
 * `theirs`: only the incoming copy (accept or reject). `conflict`: both, differently (accept takes
 * theirs, reject keeps mine).
 */
export type ChangeOrigin = 'mine' | 'theirs' | 'conflict';

export interface FieldChange {
  id: string;
  field: CompareField;
  label: string;
  origin: ChangeOrigin;
  /** Word by word: from my value to theirs (theirs, conflict), or from the base to mine (mine). */
  pieces: WordPiece[];
  mineText: string;
  theirsText: string;
}

/** A body block that did not change (or that both sides changed alike). */
export interface SameRow {
  kind: 'same';
  node: SerializedBodyNode;
  text: string;
}

export interface BlockChange {
  kind: 'change';
  id: string;
  origin: ChangeOrigin;
  /** What accepting does to my copy (theirs, conflict), or what I did to the base (mine). */
  change: 'insert' | 'delete' | 'edit';
  /** The block's type on the side that has it (theirs when both do), e.g. paragraph, heading, list. */
  blockType: string;
  pieces: WordPiece[];
  /** The text is the same: only formatting, links, comments or block settings differ. */
  formatOnly: boolean;
  /** The comment threads anchored on the block's text differ between the two sides. */
  commentsDiffer: boolean;
  /** The pending suggestions in the block differ between the two sides. */
  suggestionsDiffer: boolean;
  mine: SerializedBodyNode | null;
  theirs: SerializedBodyNode | null;
}

export type BodyRow = SameRow | BlockChange;

export interface Comparison {
  /** Three-way against a shared base, or two-way (the base is my side: everything that differs is theirs). */
  mode: 'three-way' | 'two-way';
  mine: Article;
  theirs: Article;
  /** Only the fields that differ. */
  fields: FieldChange[];
  /** My body block by block, with the other side's changes where they fall. */
  body: BodyRow[];
  /** The ids of the changes to accept or reject (origin theirs or conflict), fields first, then the body in order. */
  incoming: string[];
}

export type Choice = 'accept' | 'reject';
/** Per incoming change id; a change not named is rejected, so nothing of mine changes unless accepted. */
export type Choices = Readonly<Record<string, Choice>>;

/**
 * Compares my copy and theirs, field by field and block by block, word by word within each. With a
 * base (the last version both copies share) it is a three-way compare: a change shows only where a
 * side differs from the base. With no base it is two-way: every difference is a change of theirs.
 */
export function compareArticles(base: Article | null, mine: Article, theirs: Article): Comparison {
  const origin = base ?? mine;
  const fields = compareFieldSpecs([origin, mine, theirs]).flatMap((spec) => {
    const change = fieldChange(spec, origin, mine, theirs);
    return change ? [change] : [];
  });
  const body = compareBodies(comparedBlocks(origin), comparedBlocks(mine), comparedBlocks(theirs));
  const incoming = [...fields, ...body].flatMap((row) => ('origin' in row && row.origin !== 'mine' ? [row.id] : []));
  return { mode: base ? 'three-way' : 'two-way', mine, theirs, fields, body, incoming };
}

/** My copy with the accepted incoming changes taken over, and everything else as I have it. */
export function applyChoices(comparison: Comparison, choices: Choices): Article {
  const accepted = (id: string) => choices[id] === 'accept';
  let result = comparison.mine;
  for (const change of comparison.fields) if (change.origin !== 'mine' && accepted(change.id)) result = fieldSpecNamed(change.field).take(result, comparison.theirs);
  const children = comparison.body.flatMap((row) => {
    if (row.kind === 'same') return [row.node];
    const node = row.origin !== 'mine' && accepted(row.id) ? row.theirs : row.mine;
    return node ? [node] : [];
  });
  return { ...result, body: { ...comparison.mine.body, root: { ...comparison.mine.body.root, children } } };
}

function fieldChange(spec: FieldSpec, base: Article, mine: Article, theirs: Article): FieldChange | null {
  const [baseValue, mineValue, theirsValue] = [base, mine, theirs].map((copy) => canonicalJson(spec.value(copy)));
  // Unchanged, or changed alike on both sides.
  if (mineValue === theirsValue) return null;
  const mineChanged = mineValue !== baseValue;
  const theirsChanged = theirsValue !== baseValue;
  const origin: ChangeOrigin = !theirsChanged ? 'mine' : mineChanged ? 'conflict' : 'theirs';
  const diff = spec.whole ? wholeValueDiff : wordDiff;
  const [from, to] = origin === 'mine' ? [spec.text(base), spec.text(mine)] : [spec.text(mine), spec.text(theirs)];
  return { id: `field:${spec.field}`, field: spec.field, label: spec.label, origin, pieces: diff(from, to), mineText: spec.text(mine), theirsText: spec.text(theirs) };
}

function comparedBlocks(article: Article): ComparedBlock[] {
  return article.body.root.children.map((node) => ({ node, key: canonicalJson(node), text: blockText(node) }));
}

/**
 * The block's text with its pending suggestions as suggested, so a suggested replacement reads as the
 * old words struck and the new ones added, not the two run together ("nowDINGO"); the view says the
 * block carries suggestions, which are decided in the draft.
 */
function blockText(node: SerializedBodyNode): string {
  return bodyToPlainText(bodyAsAccepted({ root: { type: 'root', version: 1, children: [node] } }));
}

function compareBodies(base: readonly ComparedBlock[], mine: readonly ComparedBlock[], theirs: readonly ComparedBlock[]): BodyRow[] {
  const mineEdits = alignToBase(base, mine);
  const theirsEdits = alignToBase(base, theirs);
  const rows: BodyRow[] = [];
  const change = (origin: ChangeOrigin, before: ComparedBlock | null, after: ComparedBlock | null, mineBlock: ComparedBlock | null, theirsBlock: ComparedBlock | null) => {
    const shown = after ?? before;
    rows.push({
      kind: 'change',
      id: `block:${rows.length}`,
      origin,
      change: before === null ? 'insert' : after === null ? 'delete' : 'edit',
      blockType: (shown as ComparedBlock).node.type,
      pieces: wordDiff(before?.text ?? '', after?.text ?? ''),
      formatOnly: before !== null && after !== null && before.text === after.text,
      ...marksDiffer(before, after),
      mine: mineBlock?.node ?? null,
      theirs: theirsBlock?.node ?? null,
    });
  };
  const same = (block: ComparedBlock) => rows.push({ kind: 'same', node: block.node, text: block.text });

  for (let index = 0; index <= base.length; index += 1) {
    insertedRows(mineEdits, theirsEdits, index, same, change);
    const baseBlock = base[index];
    if (!baseBlock) break;
    const mineBlock = blockAfter(mineEdits, index, baseBlock);
    const theirsBlock = blockAfter(theirsEdits, index, baseBlock);
    // Kept by both, changed alike, or deleted by both.
    if (sameBlock(mineBlock, theirsBlock)) {
      if (mineBlock) same(mineBlock);
    } else if (theirsBlock === baseBlock) {
      change('mine', baseBlock, mineBlock, mineBlock, baseBlock);
    } else {
      change(mineBlock === baseBlock ? 'theirs' : 'conflict', mineBlock, theirsBlock, mineBlock, theirsBlock);
    }
  }
  return rows;
}

function marksDiffer(before: ComparedBlock | null, after: ComparedBlock | null): { commentsDiffer: boolean; suggestionsDiffer: boolean } {
  const none = { threads: [], suggestions: [] };
  const [one, other] = [before ? reviewMarksIn(before.node) : none, after ? reviewMarksIn(after.node) : none];
  return { commentsDiffer: !sameMarks(one.threads, other.threads), suggestionsDiffer: !sameMarks(one.suggestions, other.suggestions) };
}

/** The block a side has in place of base block `index`, or null when it deleted it. */
function blockAfter(edits: SideEdits, index: number, baseBlock: ComparedBlock): ComparedBlock | null {
  const fate = edits.fates[index];
  if (!fate || fate.kind === 'kept') return baseBlock;
  return fate.kind === 'changed' ? fate.block : null;
}

function sameBlock(one: ComparedBlock | null, other: ComparedBlock | null): boolean {
  return one === other || (one !== null && other !== null && one.key === other.key);
}

/** Blocks both sides inserted at the same place show once; what only I inserted is mine, what only they inserted is theirs. */
function insertedRows(
  mineEdits: SideEdits,
  theirsEdits: SideEdits,
  index: number,
  same: (block: ComparedBlock) => void,
  change: (origin: ChangeOrigin, before: ComparedBlock | null, after: ComparedBlock | null, mine: ComparedBlock | null, theirs: ComparedBlock | null) => void,
): void {
  const mineInserted = mineEdits.insertedBefore[index] ?? [];
  const theirsInserted = theirsEdits.insertedBefore[index] ?? [];
  if (mineInserted.length === 0 && theirsInserted.length === 0) return;
  let mineAt = 0;
  let theirsAt = 0;
  for (const part of diffArrays(
    mineInserted.map((block) => block.key),
    theirsInserted.map((block) => block.key),
  )) {
    for (let count = 0; count < part.count; count += 1) {
      if (part.removed) {
        const block = mineInserted[mineAt++] as ComparedBlock;
        change('mine', null, block, block, null);
      } else if (part.added) {
        const block = theirsInserted[theirsAt++] as ComparedBlock;
        change('theirs', null, block, null, block);
      } else {
        same(mineInserted[mineAt++] as ComparedBlock);
        theirsAt += 1;
      }
    }
  }
}

/** One line for the review log: what was taken over from the other copy and what was not. */
export function choicesSummary(comparison: Comparison, choices: Choices): string {
  const changes = [...comparison.fields, ...comparison.body].filter((row): row is FieldChange | BlockChange => 'origin' in row && row.origin !== 'mine');
  const accepted = changes.filter((change) => choices[change.id] === 'accept');
  if (changes.length === 0) return 'Kept my copy: the other copy had no changes of its own.';
  if (accepted.length === 0) return `Kept my copy: rejected all ${changes.length} incoming ${changes.length === 1 ? 'change' : 'changes'}.`;
  const fields = accepted.flatMap((change) => ('field' in change ? [change.label] : []));
  const blocks = accepted.length - fields.length;
  const what = [...fields, ...(blocks ? [`${blocks} body ${blocks === 1 ? 'block' : 'blocks'}`] : [])].join(', ');
  return `Accepted ${accepted.length} of ${changes.length} incoming ${changes.length === 1 ? 'change' : 'changes'} (${what}); the rest kept as I had them.`;
}
