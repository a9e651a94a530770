// The top-level tsconfig.json is a solution: it references every layer's project, so editors and
// `npx tsc -b` see the whole repository, and scripts/typecheck.mjs checks the same list.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
type TsConfig = { files?: string[]; include?: string[]; references?: { path: string }[]; compilerOptions?: { composite?: boolean; tsBuildInfoFile?: string } };
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as TsConfig;

/** Every tsconfig*.json of the repository except the shared base and the solution itself. */
function layerProjects(): string[] {
  const top = readdirSync(root).filter((name) => /^tsconfig\..+\.json$/.test(name) && name !== 'tsconfig.base.json');
  const nested = ['core', 'electron', 'renderer', 'cli'].flatMap((folder) =>
    readdirSync(path.join(root, folder)).filter((name) => /^tsconfig(\..+)?\.json$/.test(name)).map((name) => `${folder}/${name}`),
  );
  return [...top, ...nested].sort();
}

const referenced = () =>
  (read('tsconfig.json').references ?? []).map(({ path: reference }) => path.normalize(reference.endsWith('.json') ? reference : path.join(reference, 'tsconfig.json'))).sort();

describe('TypeScript projects', () => {
  it('has a solution-style tsconfig.json: no files of its own, a reference to every layer project', () => {
    const solution = read('tsconfig.json');
    expect(solution.files).toEqual([]);
    expect(solution.include).toBeUndefined();
    expect(referenced()).toEqual(layerProjects());
    expect(layerProjects()).toEqual(expect.arrayContaining(['core/tsconfig.json', 'electron/tsconfig.json', 'renderer/tsconfig.json', 'cli/tsconfig.json', 'tsconfig.tools.json']));
  });

  it('makes every referenced project composite, with its build info in the ignored .tsbuild folder', () => {
    for (const project of layerProjects()) {
      const options = read(project).compilerOptions ?? {};
      expect(options.composite, project).toBe(true);
      expect(path.normalize(path.join(path.dirname(project), options.tsBuildInfoFile ?? ''))).toMatch(/^\.tsbuild[\\/][^\\/]+\.tsbuildinfo$/);
    }
  });
});
