// Type-checks each runtime layer with its own lib: core without DOM or Node, renderer with DOM, electron with Node.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const projects = [
  'core/tsconfig.json',
  'core/tsconfig.test.json',
  'electron/tsconfig.json',
  'renderer/tsconfig.json',
  'renderer/tsconfig.test.json',
  'tsconfig.tools.json',
  'cli/tsconfig.json',
].filter((project) => existsSync(project));

let failed = 0;
for (const project of projects) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`typecheck failed: ${project}`);
  }
}
console.log(`typecheck: ${projects.length - failed} of ${projects.length} projects clean`);
process.exit(failed ? 1 : 0);
