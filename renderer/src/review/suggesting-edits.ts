import {
  $copyNode,
  $createTextNode,
  $getSelection,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import type { Person } from '../../../core/review/review-schema';
import { $isParagraphMarkNode } from './ParagraphMarkNode';
import { $createSuggestionNode, $isSuggestionNode, $suggestionOf, type SuggestionNode } from './SuggestionNode';

/**
 * Edits made in Suggesting mode, on the editor state (no DOM: the plugin turns keys into these).
 * Inserted text goes into an insertion suggestion by the author (their own one at the caret grows);
 * deleted text stays, wrapped in a deletion suggestion, and the caret moves past it; text deleted
 * from the author's own insertion is really removed. Paragraph breaks: suggesting-paragraphs.ts.
 */

/** Who makes the suggestion and when; `newId` gives each new suggestion its id. */
export interface SuggestionAuthor {
  by: Person;
  at: string;
  newId(): string;
}

function isBy(node: SuggestionNode, by: Person): boolean {
  const author = node.getFields().by;
  return author.name === by.name && author.initials === by.initials;
}

function isOwn(node: LexicalNode | null | undefined, change: 'insert' | 'delete', by: Person): node is SuggestionNode {
  return $isSuggestionNode(node) && node.getChange() === change && isBy(node, by);
}

/** A place between two inline nodes: before the child at `index` of `parent`. */
interface Place {
  parent: ElementNode;
  index: number;
}

/** The place of a collapsed caret, splitting the text it is in. */
function $placeOf(point: PointType): Place {
  const node = point.getNode();
  if (!$isTextNode(node)) return { parent: node as ElementNode, index: point.offset };
  const parent = node.getParentOrThrow();
  const index = node.getIndexWithinParent();
  if (point.offset === 0) return { parent, index };
  if (point.offset >= node.getTextContentSize()) return { parent, index: index + 1 };
  const [left] = node.splitText(point.offset);
  return { parent, index: (left ?? node).getIndexWithinParent() + 1 };
}

/** The same place one level up, splitting `place.parent` there unless the place is at one of its ends. */
function $placeAbove({ parent, index }: Place): Place {
  const above = parent.getParentOrThrow();
  const at = parent.getIndexWithinParent();
  if (index === 0) return { parent: above, index: at };
  if (index >= parent.getChildrenSize()) return { parent: above, index: at + 1 };
  const rest = $copyNode(parent);
  parent.insertAfter(rest);
  rest.append(...parent.getChildren().slice(index));
  return { parent: above, index: at + 1 };
}

/** The place moved out of every suggestion of `change` around it (an outer one of the other kind stays). */
function $placeOutside(place: Place, leave: (suggestion: SuggestionNode) => boolean): Place {
  let at = place;
  for (let suggestion = $suggestionOf(at.parent); suggestion && leave(suggestion); suggestion = $suggestionOf(at.parent)) {
    while (!at.parent.is(suggestion)) at = $placeAbove(at);
    at = $placeAbove(at);
  }
  return at;
}

function $selectPlace(selection: RangeSelection, place: Place): void {
  selection.anchor.set(place.parent.getKey(), place.index, 'element');
  selection.focus.set(place.parent.getKey(), place.index, 'element');
}

/**
 * Types `text` as a suggestion at the selection. A selection is first suggested for deletion, and
 * the text typed over it is the replacement (the same id as the deletion just before it).
 */
export function $suggestText(text: string, author: SuggestionAuthor): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const { format, style } = selection;
  const replacing = !selection.isCollapsed();
  if (replacing) $suggestRemoval(selection, author, 'end');
  if (text === '') return;
  const typed = $createTextNode(text).setFormat(format).setStyle(style);
  // Typing in deleted text goes in beside it (between its halves, in the middle of it).
  let place = $placeOutside($placeOf(selection.anchor), (suggestion) => suggestion.getChange() === 'delete');
  // A block's paragraph mark stays last: typing just past it goes in before it.
  if ($isParagraphMarkNode(place.parent.getChildAtIndex(place.index - 1))) place = { parent: place.parent, index: place.index - 1 };
  const before = place.parent.getChildAtIndex(place.index - 1);
  const after = place.parent.getChildAtIndex(place.index);
  const own = $suggestionOf(place.parent);
  if (isOwn(own, 'insert', author.by)) {
    place.parent.splice(place.index, 0, [typed]);
  } else if (isOwn(before, 'insert', author.by)) {
    before.append(typed);
  } else if (isOwn(after, 'insert', author.by)) {
    after.splice(0, 0, [typed]);
  } else {
    // Someone else's insertion is split around this one: a suggestion never holds another's insertion.
    place = $placeOutside(place, (suggestion) => suggestion.getChange() === 'insert');
    // Typed right beside the author's own deletion (typed over a selection, or after Backspace or Delete), it replaces those words: one suggestion.
    const beside = [place.parent.getChildAtIndex(place.index - 1), place.parent.getChildAtIndex(place.index)];
    const replaced = beside.find((node): node is SuggestionNode => isOwn(node, 'delete', author.by) && !isReplaced(node));
    const id = replaced?.getSuggestionId() ?? author.newId();
    place.parent.splice(place.index, 0, [$createSuggestionNode({ change: 'insert', id, by: author.by, at: author.at }).append(typed)]);
  }
  typed.select();
}

/** Moves the caret out of every suggestion around it, so a block split there splits none of them. */
export function $caretOutsideSuggestions(selection: RangeSelection): void {
  $selectPlace(selection, $placeOutside($placeOf(selection.anchor), () => true));
}

/** Text and line breaks: what a deletion suggestion wraps (pictures and other blocks are left alone). */
function isInlineLeaf(node: LexicalNode): boolean {
  return $isTextNode(node) || $isLineBreakNode(node);
}

/** The outermost deletion the node is in, or the node itself. */
function $outermostDeletion(node: LexicalNode): LexicalNode {
  let outermost = node;
  for (let at = node.getParent(); at && at.isInline(); at = at.getParent()) if ($isSuggestionNode(at) && at.getChange() === 'delete') outermost = at;
  return outermost;
}

/** True when the deletion is half of a replacement: an insertion with its id is beside it (after it, or before it when typed after Backspace). */
function isReplaced(deletion: SuggestionNode): boolean {
  const isItsInsertion = (node: LexicalNode | null) => $isSuggestionNode(node) && node.getChange() === 'insert' && node.getSuggestionId() === deletion.getSuggestionId();
  return isItsInsertion(deletion.getNextSibling()) || isItsInsertion(deletion.getPreviousSibling());
}

/** Wraps the text in a deletion by the author, joining their deletion right beside it. */
function $wrapInDeletion(leaf: LexicalNode, id: string, author: SuggestionAuthor): void {
  const previous = leaf.getPreviousSibling();
  const next = leaf.getNextSibling();
  if (isOwn(previous, 'delete', author.by) && !isReplaced(previous)) {
    previous.append(leaf);
    // Deleting the one character between two deletions makes them one.
    if (isOwn(next, 'delete', author.by) && !isReplaced(next)) {
      previous.append(...next.getChildren());
      next.remove();
    }
  } else if (isOwn(next, 'delete', author.by)) {
    next.splice(0, 0, [leaf]);
  } else {
    const deletion = $createSuggestionNode({ change: 'delete', id, by: author.by, at: author.at });
    leaf.insertBefore(deletion);
    deletion.append(leaf);
  }
}

/** Puts the caret just before or after the node, in the text beside it when there is some. */
function $caretBeside(selection: RangeSelection, node: LexicalNode, side: 'before' | 'after'): void {
  const parent = node.getParentOrThrow();
  const index = node.getIndexWithinParent();
  const neighbour = side === 'before' ? node.getPreviousSibling() : node.getNextSibling();
  if ($isTextNode(neighbour) && !$suggestionOf(neighbour)) {
    const offset = side === 'before' ? neighbour.getTextContentSize() : 0;
    selection.anchor.set(neighbour.getKey(), offset, 'text');
    selection.focus.set(neighbour.getKey(), offset, 'text');
    return;
  }
  $selectPlace(selection, { parent, index: side === 'before' ? index : index + 1 });
}

/** What a removal did: deleted something, found only text deleted already, or found no text (a paragraph break). */
export type Removal = 'changed' | 'deleted-already' | 'no-text';

/**
 * Suggests deleting what `range` covers and leaves it collapsed at its start or end, past the
 * deleted text, as the active selection.
 */
export function $suggestRemoval(range: RangeSelection, author: SuggestionAuthor, caret: 'start' | 'end'): Removal {
  if (range.isCollapsed()) return 'no-text';
  const leaves = range.extract().filter(isInlineLeaf);
  const inOwnInsertion = (leaf: LexicalNode) => isOwn($suggestionOf(leaf), 'insert', author.by);
  if (leaves.length > 0 && leaves.every(inOwnInsertion)) {
    range.removeText();
    $setSelection(range);
    return 'changed';
  }
  if (leaves.length === 0) {
    const [start, end] = range.isBackward() ? [range.focus, range.anchor] : [range.anchor, range.focus];
    const edge = caret === 'start' ? start : end;
    range.anchor.set(edge.key, edge.offset, edge.type);
    range.focus.set(edge.key, edge.offset, edge.type);
    $setSelection(range);
    return 'no-text';
  }
  const id = author.newId();
  let changed = false;
  for (const leaf of leaves) {
    const suggestion = $suggestionOf(leaf);
    if (suggestion?.getChange() === 'delete') continue;
    changed = true;
    if (inOwnInsertion(leaf)) leaf.remove();
    else $wrapInDeletion(leaf, id, author);
  }
  const kept = leaves.filter((leaf) => leaf.isAttached());
  const edge = caret === 'start' ? kept[0] : kept.at(-1);
  if (edge) $caretBeside(range, $outermostDeletion(edge), caret === 'start' ? 'before' : 'after');
  $setSelection(range);
  return changed ? 'changed' : 'deleted-already';
}

/** How far one deletion reaches: Backspace and Delete, the word and line deletes. */
export type DeletionUnit = 'character' | 'word' | 'lineboundary';

/** The most deleted runs one keystroke steps over before it finds text to delete. */
const MAX_SKIPS = 8;

/**
 * What Backspace, Delete and the word and line deletes do in Suggesting mode. `extend` widens a
 * collapsed copy of the selection by one unit (the browser measures it in the app); a selection is
 * deleted as it is. Already deleted text is stepped over, so each key press deletes something new.
 */
export function $suggestDeletion(isBackward: boolean, extend: (probe: RangeSelection) => void, author: SuggestionAuthor): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const caret = isBackward ? 'start' : 'end';
  if (!selection.isCollapsed()) {
    $suggestRemoval(selection, author, caret);
    return;
  }
  for (let step = 0; step < MAX_SKIPS; step++) {
    const current = $getSelection();
    if (!$isRangeSelection(current)) return;
    const probe = current.clone();
    probe.dirty = true;
    extend(probe);
    if (probe.isCollapsed() || $suggestRemoval(probe, author, caret) !== 'deleted-already') return;
  }
}
