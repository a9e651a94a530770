import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createHeadlessEditor } from '@lexical/headless';
import { withDOM } from '@lexical/headless/dom';
import { $generateHtmlFromNodes } from '@lexical/html';
import type { Article, SerializedBodyNode } from '../core/article/article-schema';
import { serializeArticle } from '../core/article/load-article';
import { bodyToHtml } from '../core/export/body-html';
import { articleToHtmlDocument } from '../core/export/html-document';
import type { ImageSource } from '../core/export/image-source';
import { image } from '../core/testing/body-builders';
import { generateLongArticle } from '../core/testing/sample-articles';
import { ARTICLE_BODY_NODES } from '../renderer/src/editor/editor-nodes';
import { formatTable, ms, percentile } from './typing-stats';

/**
 * `npm run bench:export`: how fast Copydesk turns a 10,000-word article into HTML, against Lexical's
 * own $generateHtmlFromNodes on the same body (headless editor with the app's node classes, under
 * happy-dom via @lexical/headless/dom), in the same process, alternating round by round after a
 * warm-up. Then the CLI converting 1,000 drafts. Prints figures; asserts nothing. Goal: ≥ 3× faster.
 */
const settings = {
  articleWords: 10_000,
  warmup: Number(process.env.BENCH_EXPORT_WARMUP ?? 10),
  rounds: Number(process.env.BENCH_EXPORT_ROUNDS ?? 60),
  cliDrafts: Number(process.env.BENCH_EXPORT_CLI_DRAFTS ?? 1000),
  cliDraftWords: 800,
  goalRatio: 3,
};

const CLI = fileURLToPath(new URL('../cli/bin/copydesk.mjs', import.meta.url));
/** A tiny but real JPEG header: the bytes only have to be embedded, not decoded. */
const IMAGE_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, ...new Array<number>(2048).fill(7), 0xff, 0xd9]);
const IN_MEMORY_IMAGES: ImageSource = { mode: 'embed', read: () => ({ bytes: IMAGE_BYTES, mediaType: 'image/jpeg' }) };

function withPictures(article: Article): Article {
  const children = [...article.body.root.children];
  // Five inline pictures through the body, besides the lead image. Lexical's editor has no image node, so its baseline body has none.
  for (let index = 1; index <= 5; index += 1) {
    const at = Math.floor((children.length * index) / 6);
    children.splice(at, 0, image({ file: `assets/figure-${index}.jpg`, altText: `Figure ${index}`, caption: `Caption ${index}`, credit: 'Photo: Bench', width: 800, height: 533 }));
  }
  return {
    ...article,
    leadImage: { file: 'assets/lead.jpg', mediaType: 'image/jpeg', width: 1600, height: 1067, altText: 'A council chamber', caption: 'The council in session.', credit: 'Photo: Bench' },
    body: { root: { ...article.body.root, children: children as SerializedBodyNode[] } },
  };
}

interface Contender {
  name: string;
  run: () => string;
  times: number[];
}

function timeOnce(contender: Contender): void {
  const start = performance.now();
  const html = contender.run();
  contender.times.push(performance.now() - start);
  if (html.length === 0) throw new Error(`${contender.name} produced no HTML`);
}

function exporterRace(): void {
  const article = generateLongArticle(settings.articleWords, 1);
  const illustrated = withPictures(article);
  const editor = createHeadlessEditor({
    nodes: [...ARTICLE_BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(article.body)));

  withDOM(() => {
    const contenders: Contender[] = [
      { name: 'Copydesk bodyToHtml (same body)', run: () => bodyToHtml(article.body), times: [] },
      { name: 'Lexical $generateHtmlFromNodes', run: () => editor.read(() => $generateHtmlFromNodes(editor)), times: [] },
      { name: 'Copydesk full page + 6 embedded images', run: () => articleToHtmlDocument(illustrated, { images: IN_MEMORY_IMAGES }), times: [] },
    ];
    for (let round = 0; round < settings.warmup; round += 1) contenders.forEach((contender) => contender.run());
    for (let round = 0; round < settings.rounds; round += 1) {
      // Alternate the order each round so neither side always runs on a warmer cache.
      (round % 2 === 0 ? contenders : [...contenders].reverse()).forEach(timeOnce);
    }
    const [ours, lexical, page] = contenders as [Contender, Contender, Contender];
    const median = (contender: Contender) => percentile(contender.times, 50);
    const p95 = (contender: Contender) => percentile(contender.times, 95);
    console.log(`\nExport of a ${settings.articleWords.toLocaleString('en')}-word article to HTML (${settings.rounds} rounds after ${settings.warmup} warm-up, Node ${process.version}, ${os.cpus().length} CPUs)\n`);
    console.log(
      formatTable([
        ['', 'median', 'p95', 'HTML size'],
        ...contenders.map((contender) => [contender.name, ms(median(contender)), ms(p95(contender)), `${Math.round(contender.run().length / 1024)} KiB`]),
      ]),
    );
    const ratio = median(lexical) / median(ours);
    console.log(`\nbodyToHtml is ${ratio.toFixed(1)}× faster than Lexical at the median (${(p95(lexical) / p95(ours)).toFixed(1)}× at p95); goal ≥ ${settings.goalRatio}× — ${ratio >= settings.goalRatio ? 'met' : 'NOT met'}.`);
    console.log(`The whole page with six embedded pictures takes ${(median(page) / median(lexical)).toFixed(2)}× Lexical's time for the body alone.`);
  });
}

function cliRun(): void {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-export-'));
  try {
    const drafts = path.join(workspace, 'drafts');
    for (let index = 0; index < settings.cliDrafts; index += 1) {
      const id = randomUUID();
      const folder = path.join(drafts, id);
      mkdirSync(path.join(folder, 'assets'), { recursive: true });
      const article: Article = {
        ...generateLongArticle(settings.cliDraftWords, index + 1),
        id,
        leadImage: { file: 'assets/lead.jpg', mediaType: 'image/jpeg', altText: 'Alt', caption: 'Caption', credit: 'Credit' },
      };
      writeFileSync(path.join(folder, 'article.json'), serializeArticle(article));
      writeFileSync(path.join(folder, 'assets', 'lead.jpg'), IMAGE_BYTES);
    }
    const out = path.join(workspace, 'out');
    const start = performance.now();
    const result = spawnSync(process.execPath, [CLI, 'convert', drafts, '--to', 'html', '-o', out], { encoding: 'utf8' });
    const seconds = (performance.now() - start) / 1000;
    const written = readdirSync(out).length;
    if (result.status !== 0 || written !== settings.cliDrafts) {
      throw new Error(`CLI run failed (exit ${result.status}, ${written} outputs):\n${result.stderr}`);
    }
    console.log(
      `\nCLI: ${settings.cliDrafts} drafts of ${settings.cliDraftWords} words with an embedded lead image → HTML in ${seconds.toFixed(2)} s, process start included: ${(settings.cliDrafts / seconds).toFixed(0)} drafts/s.`,
    );
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

exporterRace();
cliRun();
