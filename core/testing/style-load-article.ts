import type { Article } from '../article/article-schema';
import { text } from './body-builders';

/**
 * Sentences a hurried first draft has, each breaking the default house style (core/style/data) at
 * least once: a name spelled two ways, a banned spelling, a repeated word, a placeholder and a
 * figure under ten, straight quotes, an acronym never spelled out and a double space, a time and a
 * date in the wrong form. The first names Odhiambo correctly, so the misspelling is the rarer one.
 */
export const STYLE_LOAD_SENTENCES: readonly string[] = [
  'Commissioner Juma Odhiambo said the count at Kondele would resume on Tuesday.',
  'Odiambo later told reporters that every result form had been signed.',
  'The tallying centre sent an e-mail to every agent before noon.',
  'Officials said the the forms were ready for the agents to collect.',
  'Turnout was TK per cent across 5 constituencies in the county.',
  'One agent called the delay "unacceptable" and left the hall.',
  'The NCIC report  was delayed by a day, a clerk said.',
  'Results were announced at 4pm on 3rd August, two days late.',
];

export interface StyleLoad {
  /** How many sentences of STYLE_LOAD_SENTENCES (in turn) to add, one per paragraph, spread evenly over the body. */
  sentences: number;
  /** Top-level body blocks to leave as they are (the one the benchmark types into). */
  untouchedBlocks?: readonly number[];
}

/**
 * A long article as a first draft reaches the desk, for the style and typing benchmarks: `sentences`
 * paragraphs ending in plain text get one of the sentences above added at their end. Deterministic.
 */
export function withStyleLoad(article: Article, load: StyleLoad): Article {
  const blocks = article.body.root.children;
  const untouched = new Set(load.untouchedBlocks ?? []);
  const eligible = blocks.flatMap((block, index) => (block.type === 'paragraph' && block.children?.at(-1)?.type === 'text' && !untouched.has(index) ? [index] : []));
  if (load.sentences > eligible.length) throw new Error(`withStyleLoad: ${load.sentences} sentences asked for, but the article has only ${eligible.length} paragraphs ending in plain text.`);
  const chosen = new Map(Array.from({ length: load.sentences }, (_, n) => [eligible[Math.floor((n * eligible.length) / load.sentences)]!, STYLE_LOAD_SENTENCES[n % STYLE_LOAD_SENTENCES.length]!]));
  const children = blocks.map((block, index) => {
    const sentence = chosen.get(index);
    if (!sentence) return block;
    const last = block.children!.at(-1)!;
    return { ...block, children: [...block.children!.slice(0, -1), text(`${String(last.text)} ${sentence}`)] };
  });
  return { ...article, body: { root: { ...article.body.root, children } } };
}
