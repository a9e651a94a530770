import { hasBlockers, runPreExportCheck } from '../core/checks/pre-export-check';
import { findInputs } from './inputs';
import { loadInput } from './load-input';

export interface CheckStreams {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

/**
 * Prints the pre-export checklist of each draft. Returns 1 when any draft has a blocker or cannot be
 * read, else 0 (warnings do not fail).
 */
export function check(paths: readonly string[], streams: CheckStreams): number {
  const { inputs, missing } = findInputs(paths);
  let exitCode = 0;
  for (const given of missing) {
    streams.err.write(`error: ${given}: no such file or folder.\n`);
    exitCode = 1;
  }
  for (const input of inputs) {
    let items;
    let headline;
    try {
      const { article } = loadInput(input);
      headline = article.headline.trim() || '(no headline)';
      items = runPreExportCheck(article);
    } catch (error) {
      streams.err.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      exitCode = 1;
      continue;
    }
    const blockers = items.filter((item) => item.severity === 'blocker').length;
    const warnings = items.length - blockers;
    streams.out.write(`${input.file} — ${headline}\n`);
    for (const item of items) streams.out.write(`  ${item.severity === 'blocker' ? '✖ blocker' : '⚠ warning'}  ${item.field}: ${item.message}\n`);
    streams.out.write(items.length === 0 ? '  ✔ ready to export\n' : `  ${blockers} blocker${blockers === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    if (hasBlockers(items)) exitCode = 1;
  }
  return exitCode;
}
