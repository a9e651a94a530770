import type { Article, SerializedBodyNode } from '../article/article-schema';
import type { Person, Thread } from '../review/review-schema';
import { mark, suggestion, text } from './body-builders';

/**
 * A long article under review, for the typing benchmark and durability tests: `threads` comment
 * threads (marks in the body, each thread in article.review with one to three comments) and
 * `suggestions` pending body suggestions (insertions, deletions and every tenth a replacement),
 * by three people, spread round-robin over the body's paragraphs. Deterministic: the same input
 * gives the same article.
 */

const REVIEWERS: readonly Person[] = [
  { name: 'Amina Odhiambo', initials: 'AO' },
  { name: 'Lars Øvergaard', initials: 'LØ' },
  { name: 'Wanjiru Kamau', initials: 'WK' },
];
const AT = '2026-11-25T10:00:00.000Z';
/** Paragraphs shorter than this (list lead-ins) are left alone, so each reviewed run has words. */
const MIN_WORDS = 20;

/** A valid version-4 uuid, unique per (kind, n). */
function reviewId(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

type Item = { kind: 'thread'; n: number } | { kind: 'suggestion'; n: number };

export interface ReviewLoad {
  threads: number;
  suggestions: number;
  /** Top-level body blocks to leave as they are (the one the benchmark types into). */
  untouchedBlocks?: readonly number[];
}

export function withReviewLoad(article: Article, load: ReviewLoad): Article {
  const blocks = article.body.root.children;
  const untouched = new Set(load.untouchedBlocks ?? []);
  const eligible = blocks.flatMap((block, index) => {
    const last = block.children?.at(-1);
    const words = last?.type === 'text' ? String(last.text).split(' ').length : 0;
    return block.type === 'paragraph' && !untouched.has(index) && words >= MIN_WORDS ? [index] : [];
  });
  if (eligible.length === 0) throw new Error(`withReviewLoad: the article has no paragraph ending in ${MIN_WORDS} words of plain text.`);

  const itemsByBlock = new Map<number, Item[]>();
  const items: Item[] = [
    ...Array.from({ length: load.threads }, (_, n): Item => ({ kind: 'thread', n })),
    ...Array.from({ length: load.suggestions }, (_, n): Item => ({ kind: 'suggestion', n })),
  ];
  items.forEach((item, index) => {
    const block = eligible[index % eligible.length]!;
    itemsByBlock.set(block, [...(itemsByBlock.get(block) ?? []), item]);
  });

  const threads: Thread[] = [];
  const children = blocks.map((block, index) => {
    const placed = itemsByBlock.get(index);
    if (!placed) return block;
    const last = block.children!.at(-1)!;
    const reviewed = reviewedText(String(last.text), placed, threads);
    return { ...block, children: [...block.children!.slice(0, -1), ...reviewed] };
  });
  threads.sort((a, b) => a.id.localeCompare(b.id));
  return { ...article, body: { root: { ...article.body.root, children } }, review: { ...article.review, threads } };
}

/** Cuts `content` at word breaks into plain runs with one reviewed run per item between them. */
function reviewedText(content: string, items: readonly Item[], threads: Thread[]): SerializedBodyNode[] {
  const words = content.split(/(?<= )/);
  const runs = items.length * 2 + 1;
  const cut = (run: number) => Math.round((run * words.length) / runs);
  const slice = (run: number) => words.slice(cut(run), cut(run + 1)).join('');
  const nodes: SerializedBodyNode[] = [];
  const plain = (run: number) => {
    const words = slice(run);
    if (words) nodes.push(text(words));
  };
  plain(0);
  items.forEach((item, index) => {
    const run = slice(index * 2 + 1);
    if (!run) throw new Error('withReviewLoad: more review items than words in a paragraph.');
    const by = REVIEWERS[item.n % REVIEWERS.length]!;
    if (item.kind === 'thread') {
      const id = reviewId(1, item.n);
      nodes.push(mark([id], run));
      threads.push({
        id,
        anchor: { kind: 'body' },
        quote: run,
        status: 'open',
        resolved: null,
        comments: Array.from({ length: 1 + (item.n % 3) }, (_, reply) => ({
          id: reviewId(2, item.n * 4 + reply),
          by: REVIEWERS[(item.n + reply) % REVIEWERS.length]!,
          at: AT,
          editedAt: null,
          text: reply === 0 ? `Can we check this? (thread ${item.n})` : `Reply ${reply} on thread ${item.n}.`,
        })),
      });
    } else {
      const id = reviewId(3, item.n);
      if (item.n % 10 === 0) nodes.push(suggestion('delete', id, run, by, AT), suggestion('insert', id, 'a replacement ', by, AT));
      else nodes.push(suggestion(item.n % 2 === 0 ? 'delete' : 'insert', id, run, by, AT));
    }
    plain(index * 2 + 2);
  });
  return nodes;
}
