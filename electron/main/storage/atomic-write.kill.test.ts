import { spawn } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticleText } from '../../../core/article/load-article';
import { killTestArticle, killTestContent, seqOfKillTestContent } from './kill-test-content';
import { isStrayTempFileOf, removeStrayTempFiles } from './stray-temp-files';
import { backupPathOf } from './write-queue';

const CHILD = fileURLToPath(new URL('./atomic-write-kill-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Two lanes, one per core, each killing its own child over and over. */
const LANES = 2;
const KILLS_PER_LANE = 110;

interface LaneResult {
  kills: number;
  killedMidSave: number;
  maxStrayTempFiles: number;
  seqsSeen: Set<number>;
}

let root: string;
let childScript: string;
beforeAll(async () => {
  root = await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-kill-'));
  // Bundled once to plain JavaScript: a plain `node` start costs a third of a start through tsx's loader, ×220.
  await build({
    configFile: false,
    logLevel: 'silent',
    root: REPO_ROOT,
    // Its packages (zod, lexical) inlined too: the bundle runs from a temp folder, far from node_modules.
    ssr: { noExternal: true },
    build: {
      ssr: CHILD,
      outDir: path.join(root, 'child'),
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'kill-child.mjs' } },
    },
  });
  childScript = path.join(root, 'child', 'kill-child.mjs');
});
afterAll(() => fsp.rm(root, { recursive: true, force: true }));

function randomDelayMs(): number {
  return 5 + Math.floor(Math.random() * 56);
}

/** Starts the child, kills it 5–60 ms after its first save began, and returns every line it printed. */
async function runAndKill(target: string, firstSeq: number): Promise<string[]> {
  const child = spawn(process.execPath, [childScript, target, String(firstSeq)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('writing ')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before saving: ${stderr}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, randomDelayMs()));
  child.kill('SIGKILL');
  await closed;
  if (stderr) throw new Error(`child reported: ${stderr}`);
  return stdout.split('\n').filter(Boolean);
}

/** Saves whose text was found to load intact; the same text again (checked equal by seqOfKillTestContent) loads the same. */
const loadedIntact = new Set<number>();

/** The file opens as a draft whose comment threads, field suggestions, suggestion and mark nodes are exactly those of save `seq`. */
function expectReviewIntact(text: string, seq: number, what: string): void {
  if (loadedIntact.has(seq)) return;
  const { article } = loadArticleText(text, what);
  const saved = killTestArticle(seq);
  expect(article.review, what).toEqual(saved.review);
  expect(article.body, what).toEqual(saved.body);
  loadedIntact.add(seq);
}

async function runLane(lane: number): Promise<LaneResult> {
  const folder = path.join(root, `lane-${lane}`);
  await fsp.mkdir(folder);
  const target = path.join(folder, 'article.json');
  let onDisk = 0;
  await fsp.writeFile(target, killTestContent(onDisk));
  let nextSeq = 1;
  const result: LaneResult = { kills: 0, killedMidSave: 0, maxStrayTempFiles: 0, seqsSeen: new Set() };

  for (let kill = 0; kill < KILLS_PER_LANE; kill += 1) {
    const lines = await runAndKill(target, nextSeq);
    result.kills += 1;
    // What may be on disk: the last save known durable, or the one in progress when the kill came.
    let allowed = [onDisk];
    for (const line of lines) {
      const [event, seqText] = line.split(' ');
      const seq = Number(seqText);
      if (event === 'writing') allowed = [allowed[0]!, seq];
      else if (event === 'saved') allowed = [seq];
      nextSeq = Math.max(nextSeq, seq + 1);
    }
    if (allowed.length === 2) result.killedMidSave += 1;

    const text = await fsp.readFile(target, 'utf8');
    const seq = seqOfKillTestContent(text);
    expect(seq, `after kill ${kill} in lane ${lane}, article.json (${text.length} chars) is not one whole save`).not.toBeNull();
    expect(allowed, `after kill ${kill} in lane ${lane}`).toContain(seq);
    expectReviewIntact(text, seq!, `article.json after kill ${kill} in lane ${lane}`);
    onDisk = seq!;
    result.seqsSeen.add(seq!);

    const backup = await fsp.readFile(backupPathOf(target), 'utf8').catch(() => null);
    if (backup !== null) {
      const backupSeq = seqOfKillTestContent(backup);
      expect(backupSeq, `article.json.bak after kill ${kill}`).not.toBeNull();
      expectReviewIntact(backup, backupSeq!, `article.json.bak after kill ${kill} in lane ${lane}`);
    }

    const stray = (await fsp.readdir(folder)).filter((name) => isStrayTempFileOf(target, name));
    result.maxStrayTempFiles = Math.max(result.maxStrayTempFiles, stray.length);
  }

  await removeStrayTempFiles(fsp, target);
  const left = await fsp.readdir(folder);
  expect(left.filter((name) => name !== 'article.json' && name !== 'article.json.bak'), 'files left after the cleanup').toEqual([]);
  return result;
}

describe('atomic save under SIGKILL', () => {
  it(`leaves a whole old or whole new draft, comments and suggestions intact, after ${LANES * KILLS_PER_LANE} kills at random moments`, async () => {
    const started = performance.now();
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane)));
    const seconds = (performance.now() - started) / 1000;
    const kills = lanes.reduce((sum, lane) => sum + lane.kills, 0);
    const midSave = lanes.reduce((sum, lane) => sum + lane.killedMidSave, 0);
    const maxStray = Math.max(...lanes.map((lane) => lane.maxStrayTempFiles));
    console.log(`kill test: ${kills} kills in ${seconds.toFixed(1)} s, ${midSave} during a save, at most ${maxStray} stray temp files before the next start cleaned them`);
    expect(kills).toBeGreaterThanOrEqual(200);
    // The kills must actually land inside saves, or the test proves nothing.
    expect(midSave).toBeGreaterThan(kills / 4);
    // Leftovers never pile up: the next start removes the previous crash's temp files.
    expect(maxStray).toBeLessThanOrEqual(2);
    // Saves completed between kills, so both shapes of content were on disk at some point.
    for (const lane of lanes) expect(lane.seqsSeen.size).toBeGreaterThan(10);
  }, 240_000);
});
