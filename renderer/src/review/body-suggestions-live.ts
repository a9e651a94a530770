import { create } from 'zustand';
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, type LexicalEditor, type LexicalNode, type NodeKey, type PointType } from 'lexical';
import { $dfsIterator, $unwrapNode } from '@lexical/utils';
import { $isTableCellNode } from '@lexical/table';
import { PARAGRAPH_MARK_TEXT, SuggestionTexts, type BodySuggestionText, type SuggestionDecision } from '../../../core/review/body-suggestions';
import type { Person } from '../../../core/review/review-schema';
import { CONTEXT_LENGTH, wordsAfter, wordsBefore } from '../../../core/text/excerpt';
import { selectElementsText } from './body-marks';
import { $isParagraphMarkNode, describeParagraphMark, type ParagraphMarkNode } from './ParagraphMarkNode';
import { $isSuggestionNode, $suggestionOf, describeSuggestionNode, type SuggestionNode } from './SuggestionNode';
import { $atBlockEdge, $blockOf, $decideParagraphMark, $paragraphMarkOf } from './suggesting-paragraphs';

/**
 * The body's suggestions in the live editor: the list the Review panel shows (kept in step by
 * SuggestionsPlugin, read again only when suggestions change), and accepting, rejecting and
 * going to them. Each decision is one editor update, so one Undo takes it back.
 */

/** A node that is (part of) a body suggestion: suggested text, or a suggested paragraph break. */
export type BodySuggestionNode = SuggestionNode | ParagraphMarkNode;

function $suggestionNodes(): BodySuggestionNode[] {
  const found: BodySuggestionNode[] = [];
  for (const { node } of $dfsIterator($getRoot())) if ($isSuggestionNode(node) || $isParagraphMarkNode(node)) found.push(node);
  return found;
}

/** The text beside the node in its paragraph (other suggestions as if rejected, as the body counts), read outwards only as far as a context shows. */
function $textBeside(node: LexicalNode, side: 'before' | 'after'): string {
  let text = '';
  const enough = CONTEXT_LENGTH * 2;
  for (let at: LexicalNode | null = node; at && text.length < enough && !($isElementNode(at) && !at.isInline()); at = at.getParent()) {
    const next = (from: LexicalNode) => (side === 'before' ? from.getPreviousSibling() : from.getNextSibling());
    for (let beside = next(at); beside && text.length < enough; beside = next(beside)) {
      text = side === 'before' ? $textAsRejected(beside) + text : text + $textAsRejected(beside);
    }
  }
  return side === 'before' ? wordsBefore(text) : wordsAfter(text);
}

/**
 * Every suggestion in the body in document order, one entry per id (a replacement is one) with the
 * words around it, the keys of their nodes, and the keys of the paragraphs they are in (whose text
 * is their context).
 */
export function $readBodySuggestionNodes(): { suggestions: BodySuggestionText[]; keys: Set<NodeKey>; blocks: Set<NodeKey> } {
  const texts = new SuggestionTexts();
  const keys = new Set<NodeKey>();
  const blocks = new Set<NodeKey>();
  const first = new Map<string, BodySuggestionNode>();
  const last = new Map<string, BodySuggestionNode>();
  for (const node of $suggestionNodes()) {
    const { id } = node.getFields();
    texts.add(node.getFields(), $isParagraphMarkNode(node) ? PARAGRAPH_MARK_TEXT : node.getTextContent());
    keys.add(node.getKey());
    const block = $blockOf(node);
    if (block) blocks.add(block.getKey());
    if (!first.has(id)) first.set(id, node);
    last.set(id, node);
  }
  const suggestions = texts.list().map((entry) => {
    const [from, to] = [first.get(entry.id), last.get(entry.id)];
    return from && to ? { ...entry, context: { before: $textBeside(from, 'before'), after: $textBeside(to, 'after') } } : entry;
  });
  return { suggestions, keys, blocks };
}

/** Every suggestion in the body in document order, one entry per id (a replacement is one). */
export function $readBodySuggestions(): BodySuggestionText[] {
  return $readBodySuggestionNodes().suggestions;
}

interface LiveSuggestionsState {
  suggestions: readonly BodySuggestionText[];
  set(suggestions: readonly BodySuggestionText[]): void;
}

function sameSuggestions(a: readonly BodySuggestionText[], b: readonly BodySuggestionText[]): boolean {
  return a.length === b.length && a.every((entry, index) => JSON.stringify(entry) === JSON.stringify(b[index]));
}

/** The body's pending suggestions, top to bottom, as SuggestionsPlugin last read them. */
export const useBodySuggestions = create<LiveSuggestionsState>()((set, get) => ({
  suggestions: [],
  set: (suggestions) => {
    if (!sameSuggestions(get().suggestions, suggestions)) set({ suggestions });
  },
}));

/** What becomes of one node when its suggestion is decided: its text kept, or the node gone with its text. */
function $decideNode(node: BodySuggestionNode, decision: SuggestionDecision): void {
  if ($isParagraphMarkNode(node)) {
    $decideParagraphMark(node, decision);
    return;
  }
  const kept = decision === 'accept' ? 'insert' : 'delete';
  if (node.getChange() === kept) {
    $unwrapNode(node);
    return;
  }
  const block = $blockOf(node);
  node.remove();
  // A paragraph that was only this suggestion goes with it (a table cell keeps its paragraph), as in core's bodyAsRejected.
  if (block && block.isEmpty() && !$isTableCellNode(block.getParent()) && (block.getPreviousSibling() || block.getNextSibling())) block.remove();
}

/** Accepts or rejects every suggestion `choose` picks (all the nodes of each). */
export function $decideBodySuggestions(decision: SuggestionDecision, choose: (suggestion: { id: string; by: Person }) => boolean): void {
  for (const node of $suggestionNodes()) if (choose(node.getFields()) && node.isAttached()) $decideNode(node, decision);
}

/** The suggestion node at the point: the suggestion it is in, or the paragraph mark of the block whose end it is at. */
export function $suggestionNodeAt(point: PointType): BodySuggestionNode | null {
  const inText = $suggestionOf(point.getNode());
  if (inText) return inText;
  const block = $blockOf(point.getNode());
  const mark = block && $paragraphMarkOf(block);
  return mark && $atBlockEdge(point, block, false) ? mark : null;
}

/** What a screen reader and a hover say about a suggestion node. */
export function describeBodySuggestionNode(node: BodySuggestionNode): string {
  return $isParagraphMarkNode(node) ? describeParagraphMark(node.getFields()) : describeSuggestionNode(node.getFields());
}

/** The id of the suggestion the caret (or the selection's focus) is in, or null. */
export function $suggestionIdAtCaret(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $suggestionNodeAt(selection.focus)?.getSuggestionId() ?? null;
}

/** Selects the suggestion's text (a replacement's both halves) and scrolls to it; false when it is not in the body. */
export function selectBodySuggestion(editor: LexicalEditor, id: string): boolean {
  return selectElementsText(editor, () => $suggestionNodes().filter((node) => node.getSuggestionId() === id));
}

/** Selects the suggestion's text in the body and puts focus there, so the keyboard carries on from it; false when it is not in the body. */
export function goToBodySuggestion(editor: LexicalEditor, id: string): boolean {
  if (!selectBodySuggestion(editor, id)) return false;
  editor.focus();
  return true;
}

/** The suggestion after (or before) the caret, skipping the one it is in; null when there is none that way. */
export function $adjacentSuggestionId(direction: 'next' | 'previous'): string | null {
  const selection = $getSelection();
  const nodes = $suggestionNodes();
  if (!$isRangeSelection(selection)) return (direction === 'next' ? nodes[0] : nodes.at(-1))?.getSuggestionId() ?? null;
  const caret = selection.focus.getNode();
  const current = $suggestionOf(caret)?.getSuggestionId();
  const others = nodes.filter((node) => node.getSuggestionId() !== current);
  const found = direction === 'next' ? others.find((node) => caret.isBefore(node)) : others.findLast((node) => node.isBefore(caret));
  return found?.getSuggestionId() ?? null;
}

/**
 * The node's text as if every suggestion in it were rejected (insertions and new paragraphs left out), the way
 * Lexical's getTextContent joins it: what the word count counts.
 */
export function $textAsRejected(node: LexicalNode): string {
  if ($isSuggestionNode(node) && node.getChange() === 'insert') return '';
  if (!$isElementNode(node)) return node.getTextContent();
  const children = node.getChildren();
  // A suggested new paragraph is not there yet: the block runs on into the next one.
  const breaksAfter = (child: LexicalNode) => $isElementNode(child) && !child.isInline() && $paragraphMarkOf(child)?.getChange() !== 'insert';
  return children.map((child, index) => $textAsRejected(child) + (breaksAfter(child) && index < children.length - 1 ? '\n\n' : '')).join('');
}
