import os from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Article, ArticleBody } from '../core/article/article-schema';
import { generateLongArticle } from '../core/testing/sample-articles';
import { bodyPlainText } from '../core/text/text-stats';
import { buildBareLexicalPage, openBareLexicalPage } from './typing-bare-page';
import { openCopydeskPage } from './typing-copydesk-page';
import { measureTyping, type OpenedEditor, type TypingPlan, type TypingResult } from './typing-session';
import { formatTable, ms, summarize } from './typing-stats';

/**
 * `npm run bench:typing` (after `npm run build`): keystroke-to-next-frame latency while typing into
 * the middle of a 10,000-word article, in Copydesk's editor and in a bare Lexical page with the same
 * nodes, alternating between them round by round. See bench/README.md for the method.
 */
const settings = {
  articleWords: 10_000,
  seed: 1,
  rounds: Number(process.env.BENCH_TYPING_ROUNDS ?? 3),
  warmupKeys: 30,
  measuredKeys: 300,
  keyIntervalMs: Number(process.env.BENCH_TYPING_KEY_INTERVAL_MS ?? 50),
  targetP95Ratio: 1.15,
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface PageUnderTest {
  name: string;
  open(browser: Browser): Promise<OpenedEditor>;
}

/** Lower-case words and spaces only, so no markdown shortcut, autolink or smart-quote rule can fire. */
function typedText(length: number, offset: number): string {
  const words = 'the committee will meet again on thursday and the clerk said the report would be ready for the members by the end of the month ';
  return words.repeat(Math.ceil((length + offset) / words.length) + 1).slice(offset, offset + length);
}

/** The long paragraph nearest the middle of the body. */
function middleParagraphIndex(body: ArticleBody): number {
  const blocks = body.root.children;
  const candidates = blocks
    .map((block, index) => ({ index, text: bodyPlainText({ root: { ...body.root, children: [block] } }) }))
    .filter(({ index, text }) => blocks[index]!.type === 'paragraph' && text.length >= 120);
  const middle = blocks.length / 2;
  const nearest = candidates.sort((a, b) => Math.abs(a.index - middle) - Math.abs(b.index - middle))[0];
  if (!nearest) throw new Error('The generated article has no long paragraph to type into.');
  return nearest.index;
}

async function openEditor(pageUnderTest: PageUnderTest, browser: Browser, blockCount: number): Promise<OpenedEditor & { editor: ReturnType<Page['getByRole']> }> {
  const opened = await pageUnderTest.open(browser);
  const editor = opened.page.getByRole('textbox', { name: 'Article body', exact: true });
  await editor.waitFor();
  await opened.page.waitForFunction(
    ([count]) => (document.querySelector('[contenteditable="true"][aria-label="Article body"]')?.children.length ?? 0) >= count,
    [blockCount] as const,
  );
  // Let start-up work (fonts, first autosave, idle callbacks) finish before the first key.
  await opened.page.waitForTimeout(1000);
  return { ...opened, editor };
}

async function main(): Promise<void> {
  const article: Article = generateLongArticle(settings.articleWords, settings.seed);
  const plan: TypingPlan = {
    blockIndex: middleParagraphIndex(article.body),
    warmupText: typedText(settings.warmupKeys, 0),
    measuredText: typedText(settings.measuredKeys, settings.warmupKeys),
    keyIntervalMs: settings.keyIntervalMs,
  };
  const blockCount = article.body.root.children.length;

  console.log('Building the bare Lexical page…');
  await buildBareLexicalPage();

  const pages: PageUnderTest[] = [
    { name: 'Copydesk', open: (browser) => openCopydeskPage(browser, article) },
    { name: 'Bare Lexical', open: (browser) => openBareLexicalPage(browser, article.body) },
  ];

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const results = new Map<string, TypingResult[]>(pages.map((page) => [page.name, []]));
  try {
    console.log(
      `Typing ${settings.measuredKeys} characters (after ${settings.warmupKeys} warm-up keys, ≥${settings.keyIntervalMs} ms apart) into body block ${plan.blockIndex} of ${blockCount}, ` +
        `${settings.rounds} rounds per page, Chromium ${browser.version()}, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`,
    );
    for (let round = 0; round < settings.rounds; round += 1) {
      const order = round % 2 === 0 ? pages : [...pages].reverse();
      for (const pageUnderTest of order) {
        const opened = await openEditor(pageUnderTest, browser, blockCount);
        try {
          const result = await measureTyping(opened.page, opened.editor, plan);
          results.get(pageUnderTest.name)!.push(result);
          const summary = summarize(result.samples.map((sample) => sample.latency));
          console.log(`  round ${round + 1} ${pageUnderTest.name.padEnd(12)} p50 ${ms(summary.p50)}  p95 ${ms(summary.p95)}  max ${ms(summary.max)}`);
        } finally {
          await opened.close();
        }
      }
    }
  } finally {
    await browser.close();
  }

  printReport(results);
}

function printReport(results: Map<string, TypingResult[]>): void {
  const summaries = new Map(
    [...results].map(([name, rounds]) => {
      const samples = rounds.flatMap((round) => round.samples);
      const longTasks = rounds.flatMap((round) => round.longTasks);
      return [
        name,
        {
          latency: summarize(samples.map((sample) => sample.latency)),
          inputDelay: summarize(samples.map((sample) => sample.inputDelay)),
          longTasks: longTasks.length,
          longestTask: Math.max(0, ...longTasks.map((task) => task.duration)),
        },
      ];
    }),
  );
  const copydesk = summaries.get('Copydesk')!;
  const bare = summaries.get('Bare Lexical')!;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

  console.log('\nKeystroke → next frame, all rounds pooled\n');
  console.log(
    formatTable([
      ['', 'keys', 'p50', 'p95', 'max', 'input delay p95', 'long tasks', 'longest task'],
      ...[...summaries].map(([name, s]) => [
        name,
        String(s.latency.keys),
        ms(s.latency.p50),
        ms(s.latency.p95),
        ms(s.latency.max),
        ms(s.inputDelay.p95),
        String(s.longTasks),
        s.longTasks ? ms(s.longestTask) : '–',
      ]),
      ['Copydesk / bare', '', ratio(copydesk.latency.p50, bare.latency.p50), ratio(copydesk.latency.p95, bare.latency.p95), '', '', '', ''],
    ]),
  );
  const p95Ratio = copydesk.latency.p95 / bare.latency.p95;
  console.log(
    `\nGoal: Copydesk p95 within ${settings.targetP95Ratio}× of bare Lexical — ${p95Ratio <= settings.targetP95Ratio ? 'met' : 'NOT met'} (${p95Ratio.toFixed(2)}×).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
