import os from 'node:os';
import path from 'node:path';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { Article, ArticleBody } from '../core/article/article-schema';
import { generateLongArticle } from '../core/testing/sample-articles';
import { withReviewLoad } from '../core/testing/reviewed-long-article';
import { withStyleLoad } from '../core/testing/style-load-article';
import { embed, factBox, image, list, paragraph, pullQuote, table } from '../core/testing/body-builders';
import { bodyPlainText } from '../core/text/text-stats';
import { buildBareLexicalPage, openBareLexicalPage } from './typing-bare-page';
import { buildCopydeskRenderer, openCopydeskPage } from './typing-copydesk-page';
import { cpuProfileRecorder, summarizeProfile, type CpuProfile } from './typing-profile';
import { measureSideBySide, type OpenedEditor, type TypingPlan, type TypingResult } from './typing-session';
import { formatTable, ms, percentile, summarize } from './typing-stats';

/**
 * `npm run bench:typing` (after `npm run build`): keystroke-to-next-frame latency while typing into
 * the middle of a 10,000-word article, in Copydesk's editor and in a bare Lexical page with the same
 * nodes, alternating between them round by round. See bench/README.md for the method.
 */
const settings = {
  articleWords: 10_000,
  seed: 1,
  rounds: Number(process.env.BENCH_TYPING_ROUNDS ?? 5),
  warmupKeys: 30,
  measuredKeys: 300,
  targetP95Ratio: 1.15,
  forceProfile: process.env.BENCH_TYPING_PROFILE === '1',
  /**
   * `reviewed`: the article also carries REVIEW_LOAD's comment threads and pending body suggestions.
   * `house-style`: STYLE_LOAD_SENTENCES paragraphs also break the default house style, so the checks find and underline issues.
   */
  article: process.env.BENCH_TYPING_ARTICLE ?? 'plain',
};

/** The reviewed variant's load (issue 9): threads as marks in the body and in article.review, suggestions as suggestion nodes. */
const REVIEW_LOAD = { threads: 200, suggestions: 500 };
/** The house-style variant's load (issue 11): paragraphs ending in a sentence that breaks the default style (about 140 issues). */
const STYLE_LOAD_SENTENCES = 100;
/** Each BENCH_TYPING_ARTICLE variant, with what the printed run says about the article's load. */
const ARTICLE_LOADS: Readonly<Record<string, string>> = {
  plain: '',
  reviewed: `, carrying ${REVIEW_LOAD.threads} comment threads and ${REVIEW_LOAD.suggestions} pending suggestions`,
  'house-style': `, ${STYLE_LOAD_SENTENCES} of its paragraphs breaking the house style`,
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const COPYDESK = 'Copydesk';
const BARE = 'Bare Lexical';

const OUT = fileURLToPath(new URL('./out', import.meta.url));
/** The bench article's picture: a real PNG, stored with the Copydesk draft and served to the bare page alike. */
const BENCH_PICTURE = { file: 'assets/bench-picture.png', source: fileURLToPath(new URL('../e2e/fixtures/images/turkana-dusk.png', import.meta.url)) };
const PROFILE_OUT = path.join(OUT, 'profile');

/** A page under test: how to build it (both with Vite, from the same node_modules) and how to open a build of it. */
interface Contender {
  name: string;
  folderName: string;
  build(outDir: string, minify: boolean): Promise<void>;
  open(browser: Browser, buildFolder: string): Promise<OpenedEditor>;
}

/** Lower-case words and spaces only, so no markdown shortcut, autolink or smart-quote rule can fire. */
function typedText(length: number, offset: number): string {
  const words = 'the committee will meet again on thursday and the clerk said the report would be ready for the members by the end of the month ';
  return words.repeat(Math.ceil((length + offset) / words.length) + 1).slice(offset, offset + length);
}

/**
 * A typist's rhythm, the same for both pages: quick within a word, slower between words, and a
 * pause after every tenth word. The pauses vary in length so that work an editor defers to a typing
 * pause (debounced counts, saves) sometimes is still running when the next key comes.
 */
const PAUSES_MS = [350, 500, 800, 1200];
function typistGapMs(typedSoFar: string): number {
  if (!typedSoFar.endsWith(' ')) return 70;
  const words = typedSoFar.split(' ').length - 1;
  return words % 10 === 0 ? PAUSES_MS[(words / 10) % PAUSES_MS.length]! : 180;
}

/** Three of each of the body's own blocks, spread through the article as a real long read has them. */
function withBodyBlocks(article: Article): Article {
  const blocks = [
    () => image({ file: BENCH_PICTURE.file, altText: 'Queue of voters', caption: 'Voters queue at Kondele primary school before dawn.', credit: 'Photo: A. Oduya' }),
    () => pullQuote('“We counted every ballot twice, and we will count them again if we must.”', 'Fatuma Hassan, returning officer'),
    () => factBox('How the count works', [paragraph('Ballots are counted at each polling station in front of party agents.'), list('bullet', ['Agents sign the result form', 'The form is photographed and sent'])]),
    () => embed('https://x.com/IEBCKenya/status/1790000000000000000'),
    () => table([['Candidate', 'Party', 'Votes'], ['Achieng’ Oduya', 'ODM', '41,200'], ['Kiprono Rotich', 'UDA', '38,950']], { headerRow: true }),
  ];
  const children = [...article.body.root.children];
  const inserts = blocks.length * 3;
  const spacing = Math.floor(children.length / (inserts + 1));
  for (let index = inserts; index >= 1; index -= 1) children.splice(index * spacing, 0, blocks[(index - 1) % blocks.length]!());
  return { ...article, body: { root: { ...article.body.root, children } } };
}

/** The long paragraph nearest the middle of the body. */
function middleParagraphIndex(body: ArticleBody): number {
  const blocks = body.root.children;
  const middle = blocks.length / 2;
  const nearest = blocks
    .map((block, index) => ({ index, block, text: bodyPlainText({ root: { ...body.root, children: [block] } }) }))
    .filter(({ block, text }) => block.type === 'paragraph' && text.length >= 120)
    .sort((a, b) => Math.abs(a.index - middle) - Math.abs(b.index - middle))[0];
  if (!nearest) throw new Error('The generated article has no long paragraph to type into.');
  return nearest.index;
}

/** The bench article: the long read with its body blocks and, in the reviewed variant, the review load on every paragraph but the one typed into. */
function benchArticle(): { article: Article; blockIndex: number } {
  const plain = withBodyBlocks(generateLongArticle(settings.articleWords, settings.seed));
  const blockIndex = middleParagraphIndex(plain.body);
  if (!Object.hasOwn(ARTICLE_LOADS, settings.article)) throw new Error(`BENCH_TYPING_ARTICLE is “${settings.article}”; use ${Object.keys(ARTICLE_LOADS).join(', ')}.`);
  if (settings.article === 'reviewed') return { article: withReviewLoad(plain, { ...REVIEW_LOAD, untouchedBlocks: [blockIndex] }), blockIndex };
  if (settings.article === 'house-style') return { article: withStyleLoad(plain, { sentences: STYLE_LOAD_SENTENCES, untouchedBlocks: [blockIndex] }), blockIndex };
  return { article: plain, blockIndex };
}

async function main(): Promise<void> {
  const { article, blockIndex } = benchArticle();
  const plan: TypingPlan = {
    bodyBlocks: article.body.root.children.length,
    blockIndex,
    warmupText: typedText(settings.warmupKeys, 0),
    measuredText: typedText(settings.measuredKeys, settings.warmupKeys),
    keyGapMs: typistGapMs,
  };
  const assets = new Map([[BENCH_PICTURE.file, new Uint8Array(await readFile(BENCH_PICTURE.source))]]);
  // Copydesk's drafts and state, one folder per page opened; removed when the run ends.
  const dataRoot = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-'));
  const contenders: Contender[] = [
    {
      name: COPYDESK,
      folderName: 'renderer',
      build: buildCopydeskRenderer,
      open: async (browser, folder) => openCopydeskPage(browser, article, folder, await mkdtemp(path.join(dataRoot, 'copydesk-')), assets),
    },
    { name: BARE, folderName: 'bare-lexical', build: buildBareLexicalPage, open: (browser, folder) => openBareLexicalPage(browser, article.body, folder, assets) },
  ];

  console.log('Building Copydesk’s renderer and the bare Lexical page (production)…');
  for (const contender of contenders) await contender.build(path.join(OUT, contender.folderName), true);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    console.log(
      `Typing ${settings.measuredKeys} characters (after ${settings.warmupKeys} warm-up keys, at a typist's rhythm) into body block ${plan.blockIndex} of ${plan.bodyBlocks}${ARTICLE_LOADS[settings.article]}, ` +
        `${settings.rounds} rounds per page, Chromium ${browser.version()}, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`,
    );
    const results = new Map<string, TypingResult[]>(contenders.map(({ name }) => [name, []]));
    for (let round = 0; round < settings.rounds; round += 1) {
      const order = round % 2 === 0 ? contenders : [...contenders].reverse();
      const roundResults = await measureSideBySide(
        order.map((contender) => () => contender.open(browser, path.join(OUT, contender.folderName))),
        plan,
      );
      const p95s = new Map<string, number>();
      order.forEach((contender, index) => {
        const result = roundResults[index]!;
        results.get(contender.name)!.push(result);
        const summary = summarize(result.samples.map((sample) => sample.latency));
        p95s.set(contender.name, summary.p95);
        console.log(`  round ${round + 1}  ${contender.name.padEnd(12)}  p50 ${ms(summary.p50)}  p95 ${ms(summary.p95)}  max ${ms(summary.max)}`);
      });
      console.log(`  round ${round + 1}  p95 ratio     ${(p95s.get(COPYDESK)! / p95s.get(BARE)!).toFixed(2)}×`);
    }
    const p95Ratio = printReport(results);
    printStyleChecks(results.get(COPYDESK)!);
    const [load] = os.loadavg();
    if (load! > os.availableParallelism()) {
      console.log(
        `Note: the machine was busy (load average ${load!.toFixed(1)} on ${os.availableParallelism()} cores). Both pages were typed into side by side, ` +
          'so the load fell on both, but each p95 is set by the few keys that waited for a core: see how far the per-round ratios spread before trusting a few percent.',
      );
    }
    if (p95Ratio > settings.targetP95Ratio || settings.forceProfile) await profile(browser, contenders, plan);
  } finally {
    await browser.close();
    await rm(dataRoot, { recursive: true, force: true });
  }
}

function printReport(results: Map<string, TypingResult[]>): number {
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
  const copydesk = summaries.get(COPYDESK)!;
  const bare = summaries.get(BARE)!;
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
      [`${COPYDESK} / bare`, '', ratio(copydesk.latency.p50, bare.latency.p50), ratio(copydesk.latency.p95, bare.latency.p95), '', '', '', ''],
    ]),
  );
  const p95Ratio = copydesk.latency.p95 / bare.latency.p95;
  console.log(
    `\nGoal: ${COPYDESK} p95 within ${settings.targetP95Ratio}× of bare Lexical: ${p95Ratio <= settings.targetP95Ratio ? 'met' : 'NOT met'} (${p95Ratio.toFixed(2)}×).`,
  );
  return p95Ratio;
}

/** What Copydesk's house-style checks did during the measured typing (StyleCheckPlugin's performance measures), to show they ran. */
function printStyleChecks(rounds: readonly TypingResult[]): void {
  const measures = rounds.flatMap((round) => round.appMeasures);
  const sent = measures.filter((measure) => measure.name === 'copydesk:style-check-sent');
  const answered = measures.filter((measure) => measure.name === 'copydesk:style-check-answered');
  if (sent.length === 0) {
    console.log(`\nHouse-style checks: none ran in ${COPYDESK} during the measured typing.`);
    return;
  }
  const detail = (measure: (typeof measures)[number]) => measure.detail as { blocksSent?: number; blocks?: number; issues?: number };
  const blocksSent = sent.map((measure) => detail(measure).blocksSent ?? 0);
  const stats = (values: number[]) => `p50 ${ms(percentile(values, 50))}, max ${ms(Math.max(...values))}`;
  console.log(
    `\nHouse-style checks in ${COPYDESK} during the measured typing: ${sent.length} checks sent (${(sent.length / rounds.length).toFixed(1)} a round), ` +
      `blocks sent per check p50 ${percentile(blocksSent, 50)}, max ${Math.max(...blocksSent)} of ${detail(sent[0]!).blocks ?? '?'}; ` +
      `page's share (read the changed blocks, post them) ${stats(sent.map((measure) => measure.duration))}` +
      (answered.length ? `; worker's answer ${stats(answered.map((measure) => measure.duration))}, issues p50 ${percentile(answered.map((measure) => detail(measure).issues ?? 0), 50)}.` : '; no answer came back.'),
  );
}

/** One more typing pass per page on unminified builds, under the CPU profiler; prints where the time went. */
async function profile(browser: Browser, contenders: Contender[], plan: TypingPlan): Promise<void> {
  console.log('\nProfiling the measured typing on unminified builds…');
  await mkdir(PROFILE_OUT, { recursive: true });
  const buildFolder = (contender: Contender) => path.join(PROFILE_OUT, contender.folderName);
  const profileFile = (contender: Contender) => path.join(PROFILE_OUT, `typing-${contender.folderName}.cpuprofile`);
  for (const contender of contenders) await contender.build(buildFolder(contender), false);
  const recorded = new Map<string, CpuProfile>();
  await measureSideBySide(
    contenders.map((contender) => () => contender.open(browser, buildFolder(contender))),
    plan,
    (page, index) => cpuProfileRecorder(page, profileFile(contenders[index]!), (cpuProfile) => recorded.set(contenders[index]!.name, cpuProfile)),
  );
  for (const contender of contenders) {
    const file = profileFile(contender);
    const summary = await summarizeProfile(recorded.get(contender.name)!, buildFolder(contender), 12);
    console.log(`\n${contender.name}: ${ms(summary.totalMs)} of main-thread work during ${plan.measuredText.length} keys (${path.relative(process.cwd(), file)})`);
    console.log(formatTable([['self time by source module', ''], ...summary.byModule.map(({ name, ms: time }) => [name, ms(time)])]));
    console.log();
    console.log(formatTable([['self time by function', ''], ...summary.byFunction.map(({ name, ms: time }) => [name, ms(time)])]));
    if (summary.byAppFunction.length > 0) {
      console.log();
      console.log(formatTable([['total time of functions in renderer/ and core/', ''], ...summary.byAppFunction.map(({ name, ms: time }) => [name, ms(time)])]));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
