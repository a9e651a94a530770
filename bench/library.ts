// npm run bench:library — the drafts library with 2,000 drafts: a cold listing (every file read), a
// second listing and a search (only stats: the index keeps unchanged files), and a listing after one
// draft changed. The cold listing is compared with a floor measured in the same run: reading and
// JSON.parse of the same files, as many at once as the index reads. Figures only: no assertions on time.
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serializeArticle } from '../core/article/load-article';
import { generateLongArticle } from '../core/testing/sample-articles';
import { FakeDialogs } from '../e2e/rig/fake-dialogs';
import { resolveDataFolders } from '../electron/main/data-folders';
import { createHostServices } from '../electron/main/host-handlers';
import { formatTable, ms } from './typing-stats';

const DRAFTS = Number(process.env.BENCH_LIBRARY_DRAFTS ?? 2000);
const WORDS = 800;
const ROUNDS = Number(process.env.BENCH_LIBRARY_ROUNDS ?? 3);
/** As many files at once as the library index reads on a cold listing (library-index.ts). */
const CONCURRENCY = 32;

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

/** The floor: read every article.json and JSON.parse it, nothing else. */
async function readAndParse(files: readonly string[]): Promise<number> {
  let next = 0;
  let parsed = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next]!;
      next += 1;
      if (JSON.parse(await fsp.readFile(file, 'utf8'))) parsed += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return parsed;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-library-'));
  try {
    const folders = resolveDataFolders({ dataDirOverride: root, documents: '', userData: '' });
    const template = generateLongArticle(WORDS);
    let bytes = 0;
    const files: string[] = [];
    for (let i = 0; i < DRAFTS; i += 1) {
      const id = `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
      const text = serializeArticle({ ...template, id, headline: `Draft number ${i}: ${template.headline}`, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() });
      bytes += text.length;
      await fsp.mkdir(path.join(folders.draftsFolder, id), { recursive: true });
      await fsp.writeFile(path.join(folders.draftsFolder, id, 'article.json'), text);
      files.push(path.join(folders.draftsFolder, id, 'article.json'));
    }
    const launch = () =>
      createHostServices({
        ...folders,
        fs: fsp,
        dialogs: new FakeDialogs(),
        clock: () => new Date(),
        openExternal: async () => undefined,
        appVersion: '0.0.0-bench',
        platform: process.platform,
        watchFolder: () => () => undefined,
      });
    // Rounds alternate floor and cold listing (a fresh host, no index kept), so load on the machine falls on both alike.
    const floors: number[] = [];
    const colds: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      floors.push((await timed(() => readAndParse(files)))[1]);
      await fsp.rm(path.join(folders.stateFolder, 'library-index.json'), { force: true });
      const fresh = launch();
      colds.push((await timed(() => fresh.handlers.listLibrary({})))[1]);
      fresh.dispose();
    }
    await fsp.rm(path.join(folders.stateFolder, 'library-index.json'), { force: true });
    const { handlers, dispose } = launch();
    const [cold, coldTime] = await timed(() => handlers.listLibrary({}));
    const [, warmTime] = await timed(() => handlers.listLibrary({}));
    const [found, searchTime] = await timed(() => handlers.listLibrary({ search: 'draft number 1999' }));
    const [, accentTime] = await timed(() => handlers.listLibrary({ search: 'RÉSUMÉ zzz', sort: 'headline' }));
    const changed = cold.entries[0]!;
    await handlers.saveDraft({ article: { ...(await handlers.loadDraft({ id: changed.id })).article, headline: 'Changed', updatedAt: new Date().toISOString() } });
    const [, afterChangeTime] = await timed(() => handlers.listLibrary({}));
    dispose();
    const restarted = launch();
    const [, restartTime] = await timed(() => restarted.handlers.listLibrary({}));
    restarted.dispose();
    console.log(`rounds: floor ${floors.map(ms).join(', ')}; first listing ${colds.map(ms).join(', ')}`);
    console.log(`${DRAFTS.toLocaleString('en')} drafts of ${WORDS} words (${(bytes / 1024 / 1024).toFixed(0)} MB of article.json) in ${folders.draftsFolder}`);
    console.log(
      formatTable([
        ['listing', 'time'],
        [`floor: read + JSON.parse of every file, median of ${ROUNDS}`, ms(median(floors))],
        [`first listing (reads every file), median of ${ROUNDS}, ${cold.entries.length} rows`, ms(median(colds))],
        ['first listing ÷ floor (goal ≤ 3×)', `${(median(colds) / median(floors)).toFixed(2)}×`],
        ['first listing, once more (the host used below)', ms(coldTime)],
        ['second listing (stats only)', ms(warmTime)],
        [`search “draft number 1999”, ${found.entries.length} row(s)`, ms(searchTime)],
        ['search with accents, sorted by headline', ms(accentTime)],
        ['listing after one draft changed', ms(afterChangeTime)],
        ['first listing after a restart (index kept in the state folder)', ms(restartTime)],
      ]),
    );
  } finally {
    await fsp.rm(root, { recursive: true, force: true });
  }
}

await main();
