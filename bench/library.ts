// npm run bench:library — the drafts library with 2,000 drafts: a cold listing (every file read), a
// second listing and a search (only stats: the index keeps unchanged files), and a listing after one
// draft changed. Figures only: no assertions on time.
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

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

async function main(): Promise<void> {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-library-'));
  try {
    const folders = resolveDataFolders({ dataDirOverride: root, documents: '', userData: '' });
    const template = generateLongArticle(WORDS);
    let bytes = 0;
    for (let i = 0; i < DRAFTS; i += 1) {
      const id = `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
      const text = serializeArticle({ ...template, id, headline: `Draft number ${i}: ${template.headline}`, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() });
      bytes += text.length;
      await fsp.mkdir(path.join(folders.draftsFolder, id), { recursive: true });
      await fsp.writeFile(path.join(folders.draftsFolder, id, 'article.json'), text);
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
    console.log(`${DRAFTS.toLocaleString('en')} drafts of ${WORDS} words (${(bytes / 1024 / 1024).toFixed(0)} MB of article.json) in ${folders.draftsFolder}`);
    console.log(
      formatTable([
        ['listing', 'time'],
        [`first listing (reads every file), ${cold.entries.length} rows`, ms(coldTime)],
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
