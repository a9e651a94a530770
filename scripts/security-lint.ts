// `npm run security-lint`: Electronegativity over what the app ships — the main-process and preload sources,
// the built renderer page (it carries the CSP) and package.json (the Electron version). Fails on any finding
// that scripts/electronegativity-allowlist.json does not accept with a reason, on allowlist entries that no
// longer match anything, and on files Electronegativity could not parse (they would go unchecked).
// Needs `npm run build` first, for dist/renderer/index.html.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  shortenedURL?: string;
  manualReview: boolean;
}
interface RunResult { issues: Issue[]; errors: { file: string; message: string; tolerable: boolean }[] }
interface Allowed { check: string; file: string; match?: string; reason: string }

const ALLOWLIST = 'scripts/electronegativity-allowlist.json';
const BUILT_PAGE = 'dist/renderer/index.html';
// Needs the network (Electron's release notes from GitHub); Electron upgrades are tracked with the other dependencies.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function shippedSources(): string[] {
  if (!existsSync(BUILT_PAGE)) throw new Error(`${BUILT_PAGE} is missing: run \`npm run build\` first, the CSP is checked in the built page.`);
  const electronSources = (readdirSync('electron', { recursive: true, encoding: 'utf8' }))
    .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file))
    .map((file) => path.join('electron', file));
  return [...electronSources, BUILT_PAGE, 'package.json'];
}

function stage(files: string[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-electronegativity-'));
  for (const file of files) {
    mkdirSync(path.join(folder, path.dirname(file)), { recursive: true });
    copyFileSync(file, path.join(folder, file));
  }
  return folder;
}

/**
 * Electronegativity fetches translations and release lists with `got`; a check run stays offline.
 * Every request is answered "not found", so it keeps its bundled English texts.
 */
function loadElectronegativity(): (options: object, forCli: boolean) => Promise<RunResult> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(entry).resolve('got');
  const notFound = () => Promise.resolve({ statusCode: 404, headers: {}, body: '' });
  const offline = Object.assign(notFound, { head: notFound });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
  const module = require(entry);
  return module.default ?? module;
}

function sourceLine(folder: string, issue: Issue): string {
  const file = path.join(folder, issue.file);
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n')[issue.location.line - 1] ?? '';
}

function accepts(entry: Allowed, issue: Issue, line: string): boolean {
  return entry.check === issue.id && entry.file === issue.file && (entry.match === undefined || line.includes(entry.match));
}

async function main(): Promise<number> {
  const allowlist = JSON.parse(readFileSync(ALLOWLIST, 'utf8')) as Allowed[];
  const unexplained = allowlist.filter((entry) => !entry.reason?.trim());
  if (unexplained.length) throw new Error(`${ALLOWLIST}: every entry needs a reason (${unexplained.map((entry) => entry.check).join(', ')}).`);

  const folder = stage(shippedSources());
  try {
    const run = loadElectronegativity();
    const result = await run({ input: folder, isRelative: true, excludeFromScan: EXCLUDED_CHECKS }, false);
    const used = new Set<Allowed>();
    const rejected: string[] = [];
    for (const issue of result.issues) {
      const where = `${issue.file}:${issue.location.line}`;
      const entry = allowlist.find((candidate) => accepts(candidate, issue, sourceLine(folder, issue)));
      if (entry) {
        used.add(entry);
        console.log(`accepted  ${issue.id} ${where}\n          ${entry.reason}`);
      } else {
        rejected.push(`${issue.id} ${where}${issue.manualReview ? ' (review)' : ''}\n          ${issue.description}${issue.shortenedURL ? ` ${issue.shortenedURL}` : ''}`);
      }
    }
    for (const line of rejected) console.error(`FINDING   ${line}`);
    const stale = allowlist.filter((entry) => !used.has(entry));
    for (const entry of stale) console.error(`STALE     ${ALLOWLIST}: ${entry.check} in ${entry.file}${entry.match ? ` at "${entry.match}"` : ''} no longer occurs; remove or update the entry.`);
    for (const error of result.errors) console.error(`UNPARSED  ${path.relative(folder, error.file)}: ${error.message}`);

    const unparsed = result.errors.filter((error) => !error.tolerable).length;
    console.log(`security-lint: ${result.issues.length} findings, ${used.size} accepted by the allowlist, ${rejected.length} not accepted, ${stale.length} stale allowlist entries, ${unparsed} unparsed files`);
    return rejected.length + stale.length + unparsed ? 1 : 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

process.exitCode = await main();
