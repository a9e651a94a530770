// npm run bench:style — the house-style checks of a 10,000-word article (issue 11): a full check and the
// recheck after a one-block edit, against a baseline in the same process; then bench:typing's
// house-style variant, typing with the checks finding and underlining issues, against bare Lexical.
// Figures only: no assertions on time (see bench/README.md).
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SerializedBodyNode } from '../core/article/article-schema';
import { fieldStyleTexts } from '../core/style/article-texts';
import { checkArticleStyle, createStyleChecker } from '../core/style/check-style';
import { defaultHouseStyle } from '../core/style/default-style';
import { generateLongArticle } from '../core/testing/sample-articles';
import { STYLE_LOAD_SENTENCES, withStyleLoad } from '../core/testing/style-load-article';
import { bodyPlainText, countWords } from '../core/text/text-stats';
import { blockTexts, textsInOrder, type BlockText } from '../renderer/src/style/style-check-protocol';
import { formatTable, ms, percentile } from './typing-stats';

const settings = {
  warmup: Number(process.env.BENCH_STYLE_WARMUP ?? 5),
  rounds: Number(process.env.BENCH_STYLE_ROUNDS ?? 30),
  /** `0` skips the typing part (about five minutes in Chromium). */
  typing: process.env.BENCH_STYLE_TYPING !== '0',
  /** Paragraphs that break the house style, as in bench:typing's house-style variant. */
  styleLoad: 100,
};
const TYPING_BENCH = fileURLToPath(new URL('./typing.ts', import.meta.url));
const median = (values: number[]) => percentile(values, 50);

interface Contender {
  name: string;
  run(round: number): unknown;
  times: number[];
}

/** Runs every contender once a round, alternating the order round by round so load on the machine falls on all alike. */
function race(contenders: readonly Contender[]): void {
  for (let round = 0; round < settings.warmup + settings.rounds; round += 1) {
    for (const contender of round % 2 ? [...contenders].reverse() : contenders) {
      const start = performance.now();
      contender.run(round);
      if (round >= settings.warmup) contender.times.push(performance.now() - start);
    }
  }
}

/** The block with a word typed into its middle; `variant` alternates, so each recheck finds the block changed since the one before. */
function editedBlock(block: SerializedBodyNode, variant: number): SerializedBodyNode {
  const run = block.children!.at(-1)!;
  const content = String(run.text);
  const at = content.indexOf(' ', Math.floor(content.length / 2)) + 1;
  const typed = variant % 2 ? 'thursday ' : 'tuesday ';
  return { ...block, children: [...block.children!.slice(0, -1), { ...run, text: content.slice(0, at) + typed + content.slice(at) }] };
}

async function runTypingBench(): Promise<number | null> {
  console.log('\nTyping with the checks on: bench:typing, BENCH_TYPING_ARTICLE=house-style\n');
  // The typing bench runs in its own process under the same tsx loader, with the same environment.
  const child = spawn(process.execPath, [...process.execArgv, TYPING_BENCH], { stdio: 'inherit', env: { ...process.env, BENCH_TYPING_ARTICLE: 'house-style' } });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

async function main(): Promise<void> {
  const style = defaultHouseStyle();
  // The generated text is cut so that, with the sentences added, the article has 10,000 words.
  const addedWords = Array.from({ length: settings.styleLoad }, (_, n) => countWords(STYLE_LOAD_SENTENCES[n % STYLE_LOAD_SENTENCES.length]!)).reduce((sum, count) => sum + count, 0);
  const article = withStyleLoad(generateLongArticle(10_000 - addedWords, 1), { sentences: settings.styleLoad });
  const blocks = article.body.root.children;
  const words = countWords(bodyPlainText(article.body));
  const report = checkArticleStyle(article, style);
  console.log(
    `House-style checks of a ${words.toLocaleString('en')}-word article (${blocks.length} blocks, ${settings.styleLoad} paragraphs breaking the default style: ${report.issues.length} issues); ` +
      `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores.`,
  );

  // The worker's state in the editor: every block's texts by key, and a checker that has seen them all.
  const keys = blocks.map((_, index) => `block-${index}`);
  const kept = new Map<string, BlockText[]>(blocks.map((block, index) => [keys[index]!, blockTexts(block)]));
  const fields = fieldStyleTexts(article);
  const checker = createStyleChecker(style);
  checker.checkTexts(textsInOrder(fields, keys, kept));
  const typedInto = blocks.findIndex((block, index) => index > blocks.length / 2 && block.type === 'paragraph' && String(block.children?.at(-1)?.text ?? '').length > 120);
  const editedTexts = [editedBlock(blocks[typedInto]!, 0), editedBlock(blocks[typedInto]!, 1)].map(blockTexts);

  const contenders: Contender[] = [
    { name: 'baseline: the status bar’s word count of the body', run: () => countWords(bodyPlainText(article.body)), times: [] },
    { name: 'full check (checkArticleStyle, a new checker)', run: () => checkArticleStyle(article, style).issues.length, times: [] },
    {
      name: 'recheck after a one-block edit (the worker’s path)',
      run: (round) => {
        kept.set(keys[typedInto]!, editedTexts[round % 2]!);
        const issues = checker.checkTexts(textsInOrder(fields, keys, kept)).issues.length;
        const work = checker.lastWork();
        if (work.textsRead !== 1) throw new Error(`The recheck after a one-block edit read ${work.textsRead} texts (kept ${work.textsKept}); it should read only the edited one.`);
        return issues;
      },
      times: [],
    },
  ];
  race(contenders);
  const [baseline, full, recheck] = contenders as [Contender, Contender, Contender];
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
  console.log(`\nIn Node, median of ${settings.rounds} after ${settings.warmup} warm-up, order alternating round by round:`);
  console.log(
    formatTable([
      ['measure', 'median', 'max', 'vs baseline', 'vs full check'],
      ...contenders.map((contender) => [
        contender.name,
        ms(median(contender.times)),
        ms(Math.max(...contender.times)),
        ratio(median(contender.times), median(baseline.times)),
        ratio(median(contender.times), median(full.times)),
      ]),
    ]),
  );
  console.log(`The recheck read 1 of ${checker.lastWork().textsRead + checker.lastWork().textsKept} texts and kept the rest; it took ${ratio(median(recheck.times), median(full.times))} of a full check.`);

  if (!settings.typing) return;
  const code = await runTypingBench();
  if (code !== 0) throw new Error(`bench:typing (house-style) ended with exit code ${code}.`);
}

await main();
