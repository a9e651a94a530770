// Which Node each use needs: running the app (Electron 45's downloader) needs 22.12+, the test suite runs on
// 20.19+ (the build machines have Node 20). package.json, .nvmrc and the README must agree with the packages.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as { engines?: { node?: string } };
const engineOf = (pkg: string) => readJson(`node_modules/${pkg}/package.json`).engines?.node ?? '*';

type Version = [number, number, number];
const parse = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text.trim().replace(/^v/, '').split('.').map(Number);
  return [major, minor, patch];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Enough of npm's range syntax for engines fields: `>=a.b.c`, `^a.b.c`, `*`, joined with `||`. */
function satisfies(version: string, range: string): boolean {
  const wanted = parse(version);
  return range.split('||').some((alternative) => {
    const part = alternative.trim();
    if (part === '*' || part === '') return true;
    const caret = /^\^\s*(.+)$/.exec(part);
    if (caret) {
      const floor = parse(caret[1]!);
      return wanted[0] === floor[0] && compare(wanted, floor) >= 0;
    }
    const atLeast = /^>=\s*(.+)$/.exec(part);
    if (atLeast) return compare(wanted, parse(atLeast[1]!)) >= 0;
    throw new Error(`engines range "${range}" uses syntax this test does not read`);
  });
}

/** The lowest version `>=a.b` admits. */
const floorOf = (range: string) => {
  const match = /^>=\s*(\S+)$/.exec(range.trim());
  if (!match) throw new Error(`expected a ">=" range, got "${range}"`);
  return match[1]!;
};

const RUNTIME_PACKAGES = ['electron', '@electron/get', '@electron-internal/extract-zip'];
const TEST_SUITE_PACKAGES = ['vite', 'vitest', '@playwright/test', 'typescript', 'eslint', 'tsx'];
const TEST_SUITE_NODE = '20.19.0';

describe('Node versions', () => {
  const engines = readJson('package.json').engines?.node ?? '';

  it('asks in package.json engines for what Electron 45 and its downloader need to run the app', () => {
    expect(floorOf(engines)).toBe('22.12');
    for (const pkg of RUNTIME_PACKAGES) expect(satisfies(floorOf(engines), engineOf(pkg)), `${pkg} needs ${engineOf(pkg)}`).toBe(true);
  });

  it('names in .nvmrc an LTS line that satisfies engines', () => {
    const line = readFileSync(path.join(root, '.nvmrc'), 'utf8').trim();
    expect(line).toMatch(/^\d+$/);
    // Even-numbered majors become LTS; nvm picks the newest release of the line.
    expect(Number(line) % 2).toBe(0);
    expect(satisfies(`${line}.99.0`, engines)).toBe(true);
  });

  it('keeps the test suite’s tools working on the build machines’ Node 20.19', () => {
    for (const pkg of TEST_SUITE_PACKAGES) expect(satisfies(TEST_SUITE_NODE, engineOf(pkg)), `${pkg} needs ${engineOf(pkg)}`).toBe(true);
    expect(satisfies(process.versions.node, `>=${TEST_SUITE_NODE}`)).toBe(true);
  });

  it('lets npm install on Node 20: engines only warns, engine-strict is not set for the project', () => {
    const npmrc = path.join(root, '.npmrc');
    const settings = existsSync(npmrc) ? readFileSync(npmrc, 'utf8') : '';
    expect(settings).not.toMatch(/^\s*engine-strict\s*=\s*true/m);
  });

  it('says both in the README', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/Running the app.*needs \*\*Node\.js 22\.12 or newer\*\*/s);
    expect(readme).toMatch(/test suite.*\*\*Node\.js 20\.19 or newer\*\*/s);
  });
});
