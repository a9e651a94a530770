// Type-checks each runtime layer with its own lib: core without DOM or Node, renderer with DOM, electron with Node.
// The layers are the projects the top-level tsconfig.json references (`npx tsc -b` checks the same set).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const solution = JSON.parse(readFileSync('tsconfig.json', 'utf8'));
const projects = solution.references.map(({ path: reference }) =>
  reference.endsWith('.json') ? path.normalize(reference) : path.join(reference, 'tsconfig.json'),
);

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
