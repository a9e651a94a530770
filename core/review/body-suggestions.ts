import type { ArticleBody, SerializedBodyNode } from '../article/article-schema';
import { TABLE_CELL_TYPE } from '../blocks/table';
import type { Person, SuggestionChange } from './review-schema';

/**
 * The body's suggestion and comment-mark nodes, read and resolved on the serialized body. The
 * renderer resolves them in the live editor itself; these are for exports, counts, checks and
 * anything else that holds a saved article.
 */

export const SUGGESTION_NODE_TYPE = 'suggestion';
export const MARK_NODE_TYPE = 'mark';
/**
 * A suggested paragraph break: an inline node with a suggestion's fields and no text, last in its
 * block. `insert` is a new paragraph (the block was split there), `delete` a join with the next block.
 */
export const PARAGRAPH_MARK_NODE_TYPE = 'paragraph-mark';
/** How a paragraph mark reads in the lists of suggestions and the review log. */
export const PARAGRAPH_MARK_TEXT = '¶';

/** What becomes of one suggestion node: its text kept as plain text, dropped, or left as a suggestion. */
type Outcome = 'keep-text' | 'drop' | 'leave';

interface Resolution {
  suggestion(node: SerializedBodyNode): Outcome;
  unwrapMarks: boolean;
}

function isSimpleText(node: SerializedBodyNode): boolean {
  return node.type === 'text' && typeof node.text === 'string' && (node.mode ?? 'normal') === 'normal' && (node.detail ?? 0) === 0;
}

/** Lexical merges neighbouring simple text nodes of one format and style; unwrapping leaves such neighbours, so they are merged here too. */
function mergeText(nodes: SerializedBodyNode[]): SerializedBodyNode[] {
  const merged: SerializedBodyNode[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (previous && isSimpleText(previous) && isSimpleText(node) && previous.format === node.format && previous.style === node.style) {
      merged[merged.length - 1] = { ...previous, text: `${String(previous.text)}${String(node.text)}` };
    } else {
      merged.push(node);
    }
  }
  return merged;
}

/** The blocks a paragraph break can join: those that hold a line of text (a list, a table or a picture does not). */
export const JOINABLE_BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/** A table keeps its shape: a cell's paragraph stays, empty, when all it held is gone. */
const KEEPS_EMPTIED_BLOCKS: ReadonlySet<string> = new Set([TABLE_CELL_TYPE]);

/** A child's children resolved (null when nothing in them changed), and whether its paragraph break was dropped. */
interface ResolvedChildren {
  children: SerializedBodyNode[] | null;
  joinsNext: boolean;
  /** A paragraph break it ends with stays: the block stays too, even emptied. */
  keepsBreak: boolean;
}

/**
 * The node's children resolved. An element all of whose content was dropped suggestions is itself
 * dropped: a paragraph that exists only as a suggested insertion is not in the rejected text. A
 * block whose paragraph mark is dropped (a rejected new paragraph, an accepted join) takes the next
 * block's content; a block that is gone passes the join on only if its own break went too.
 */
function resolveChildren(children: readonly SerializedBodyNode[], resolution: Resolution, keepEmptied = false): ResolvedChildren {
  let changed = false;
  let unwrapped = false;
  let joinsNext = false;
  let keepsBreak = false;
  let joining = false;
  const out: SerializedBodyNode[] = [];
  for (const child of children) {
    const isSuggestion = child.type === SUGGESTION_NODE_TYPE || child.type === PARAGRAPH_MARK_NODE_TYPE;
    const outcome: Outcome = isSuggestion ? resolution.suggestion(child) : child.type === MARK_NODE_TYPE && resolution.unwrapMarks ? 'keep-text' : 'leave';
    if (child.type === PARAGRAPH_MARK_NODE_TYPE && outcome !== 'leave') {
      // Kept, the break stays and only its mark goes; dropped, the break goes too.
      changed = true;
      joinsNext ||= outcome === 'drop';
      keepsBreak ||= outcome === 'keep-text';
      continue;
    }
    if (outcome === 'drop') {
      changed = true;
      continue;
    }
    const inner = child.children ? resolveChildren(child.children, resolution, KEEPS_EMPTIED_BLOCKS.has(child.type)) : null;
    if (outcome === 'keep-text') {
      changed = unwrapped = true;
      joinsNext ||= inner?.joinsNext ?? false;
      out.push(...(inner?.children ?? child.children ?? []));
      continue;
    }
    const resolved = inner?.children ? { ...child, children: inner.children } : child;
    const breakDropped = inner?.joinsNext ?? false;
    if (resolved !== child) changed = true;
    if (resolved.children?.length === 0 && resolved !== child && !keepEmptied && !inner?.keepsBreak) {
      joining &&= breakDropped;
      continue;
    }
    const previous = out.at(-1);
    if (joining && previous?.children && resolved.children && JOINABLE_BLOCK_TYPES.has(previous.type) && JOINABLE_BLOCK_TYPES.has(resolved.type)) {
      out[out.length - 1] = { ...previous, children: mergeText([...previous.children, ...resolved.children]) };
    } else {
      out.push(resolved);
    }
    joining = breakDropped;
  }
  if (!changed) return { children: null, joinsNext, keepsBreak };
  return { children: unwrapped ? mergeText(out) : out, joinsNext, keepsBreak };
}

function resolveBody(body: ArticleBody, resolution: Resolution): ArticleBody {
  const { children } = resolveChildren(body.root.children, resolution);
  return children === null ? body : { ...body, root: { ...body.root, children } };
}

function changeOf(node: SerializedBodyNode): SuggestionChange | null {
  return node.change === 'insert' || node.change === 'delete' ? node.change : null;
}

/** The body as if every suggestion were rejected: insertions gone, deletions kept as text, comment marks unwrapped. */
export function bodyAsRejected(body: ArticleBody): ArticleBody {
  return resolveBody(body, { unwrapMarks: true, suggestion: (node) => (changeOf(node) === 'delete' ? 'keep-text' : 'drop') });
}

/** The body as if every suggestion were accepted: insertions kept as text, deletions gone, comment marks unwrapped. */
export function bodyAsAccepted(body: ArticleBody): ArticleBody {
  return resolveBody(body, { unwrapMarks: true, suggestion: (node) => (changeOf(node) === 'insert' ? 'keep-text' : 'drop') });
}

export type SuggestionDecision = 'accept' | 'reject';

/** The body with the chosen suggestions accepted or rejected (`decide` gives null for those left pending); comment marks stay. */
export function decideBodySuggestions(body: ArticleBody, decide: (suggestion: BodySuggestion) => SuggestionDecision | null): ArticleBody {
  return resolveBody(body, {
    unwrapMarks: false,
    suggestion: (node) => {
      const suggestion = bodySuggestionOf(node);
      const decision = suggestion && decide(suggestion);
      if (!decision) return 'leave';
      const kept = decision === 'accept' ? 'insert' : 'delete';
      return suggestion.change === kept ? 'keep-text' : 'drop';
    },
  });
}

/** One suggestion node as data. */
export interface BodySuggestion {
  id: string;
  change: SuggestionChange;
  by: Person;
  at: string;
}

function bodySuggestionOf(node: SerializedBodyNode): BodySuggestion | null {
  const change = changeOf(node);
  const by = node.by as Person | undefined;
  if (!change || typeof node.id !== 'string' || typeof by?.name !== 'string' || typeof by.initials !== 'string' || typeof node.at !== 'string') return null;
  return { id: node.id, change, by: { name: by.name, initials: by.initials }, at: node.at };
}

/** A body suggestion with its text: a replacement (a delete and an insert with one id) is one entry holding both. */
export interface BodySuggestionText extends Omit<BodySuggestion, 'change'> {
  change: SuggestionChange | 'replace';
  inserted: string;
  deleted: string;
  /** The words around it in its paragraph, as the live editor reads them for the review panel (cut short, see wordsBefore). */
  context?: { before: string; after: string };
}

function plainText(nodes: readonly SerializedBodyNode[]): string {
  return nodes.map((node) => (typeof node.text === 'string' ? node.text : node.type === 'linebreak' ? '\n' : plainText(node.children ?? []))).join('');
}

/**
 * Gathers suggestion nodes met in document order into one entry per id (a replacement's delete
 * and insert nodes, or a suggestion split in two, are one entry). Also used on the live editor.
 */
export class SuggestionTexts {
  private readonly byId = new Map<string, BodySuggestionText>();

  add(suggestion: BodySuggestion, text: string): void {
    const entry = this.byId.get(suggestion.id) ?? { ...suggestion, inserted: '', deleted: '' };
    if (suggestion.change === 'insert') entry.inserted += text;
    else entry.deleted += text;
    if (entry.inserted !== '' && entry.deleted !== '') entry.change = 'replace';
    this.byId.set(suggestion.id, entry);
  }

  list(): BodySuggestionText[] {
    return [...this.byId.values()];
  }
}

/** Every suggestion in the body in document order, one entry per id. */
export function bodySuggestions(body: ArticleBody): BodySuggestionText[] {
  const texts = new SuggestionTexts();
  const visit = (nodes: readonly SerializedBodyNode[]): void => {
    for (const node of nodes) {
      const suggestion = node.type === SUGGESTION_NODE_TYPE || node.type === PARAGRAPH_MARK_NODE_TYPE ? bodySuggestionOf(node) : null;
      if (suggestion) texts.add(suggestion, node.type === PARAGRAPH_MARK_NODE_TYPE ? PARAGRAPH_MARK_TEXT : plainText(node.children ?? []));
      // Someone's insertion may hold another person's suggested deletion of part of it.
      visit(node.children ?? []);
    }
  };
  visit(body.root.children);
  return texts.list();
}

/** The ids of the comment threads on the body's marks, in document order (a thread on several marks once). */
export function bodyThreadIds(body: ArticleBody): string[] {
  const ids = new Set<string>();
  const visit = (nodes: readonly SerializedBodyNode[]): void => {
    for (const node of nodes) {
      if (node.type === MARK_NODE_TYPE && Array.isArray(node.ids)) for (const id of node.ids) if (typeof id === 'string') ids.add(id);
      visit(node.children ?? []);
    }
  };
  visit(body.root.children);
  return [...ids];
}
