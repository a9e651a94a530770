/**
 * Child process of atomic-write.kill.test.ts: saves a reviewed draft (kill-test-content.ts) in a loop through the real
 * save path (write queue → writeFileAtomic, with the .bak rotation) until it is killed. The test bundles it to one .mjs and runs that under plain `node`; by hand,
 * `node --import tsx atomic-write-kill-child.ts <target> <first-seq>`.
 * Prints `writing N` before a save starts and `saved N` once it is durable; on Linux, writes to a
 * pipe are synchronous, so the parent sees every line printed before the kill.
 */
import * as fsp from 'node:fs/promises';
import { createWriteQueue } from './write-queue';
import { killTestContent } from './kill-test-content';

const [target, firstSeq] = process.argv.slice(2);
if (!target || firstSeq === undefined) throw new Error('usage: atomic-write-kill-child.ts <target> <first-seq>');

const queue = createWriteQueue({ fs: fsp, keepBackup: true, retryDelaysMs: [5] });
for (let seq = Number(firstSeq); ; seq += 1) {
  const content = killTestContent(seq);
  process.stdout.write(`writing ${seq}\n`);
  const outcome = await queue.write(target, content);
  if (!outcome.ok) {
    process.stderr.write(`${outcome.error.code}: ${outcome.error.message}\n`);
    process.exit(2);
  }
  process.stdout.write(`saved ${seq}\n`);
}
