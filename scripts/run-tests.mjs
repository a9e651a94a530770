// `npm test`: every suite in turn (type check, lint, unit, end to end), then one line summing them all.
// Each suite runs even when an earlier one failed, so a single run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const suites = [];

suites.push({ name: 'typecheck', ...(run(npm, ['run', '--silent', 'typecheck']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }) });
suites.push({ name: 'lint', ...(run(npm, ['run', '--silent', 'lint']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }) });

const vitestReport = `${resultsDir}/vitest.json`;
rmSync(vitestReport, { force: true });
const unitOk = run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const unit = readJson(vitestReport);
suites.push({
  name: 'unit',
  passed: unit?.numPassedTests ?? 0,
  failed: unit ? unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1) : 1,
  skipped: (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0),
});

const e2eReport = `${resultsDir}/playwright.json`;
rmSync(e2eReport, { force: true });
const buildOk = run(npm, ['run', '--silent', 'build']);
// Electronegativity reads the built page for its CSP, so it runs after the build; a failed build leaves it unchecked.
suites.push({ name: 'security-lint', ...(buildOk && run(npm, ['run', '--silent', 'security-lint']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }) });
const e2eOk = buildOk && run(npx, ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport });
const e2e = existsSync(e2eReport) ? readJson(e2eReport) : null;
const e2eStats = e2e?.stats ?? { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
suites.push({
  name: 'e2e',
  passed: e2eStats.expected + e2eStats.flaky,
  failed: e2eStats.unexpected + (e2eOk || e2eStats.unexpected ? 0 : 1),
  skipped: e2eStats.skipped,
});

console.log('\nSuites:');
for (const suite of suites) {
  console.log(`  ${suite.name.padEnd(10)} ${suite.passed} passed, ${suite.failed} failed${suite.skipped ? `, ${suite.skipped} skipped` : ''}`);
}
const total = suites.reduce((sum, suite) => ({ passed: sum.passed + suite.passed, failed: sum.failed + suite.failed, skipped: sum.skipped + (suite.skipped ?? 0) }), { passed: 0, failed: 0, skipped: 0 });
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed ? 1 : 0);
