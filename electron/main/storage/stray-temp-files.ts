import path from 'node:path';
import type { HostFileSystem } from './file-system';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The temp files writeFileAtomic (`.<name>.<uuid>.tmp`) and the backup rotation (`.<name>.bak.<uuid>.tmp`)
 * leave behind when the process dies mid-write. Matches only files of `target`, so other writers'
 * temp files in the same folder are never touched.
 */
export function isStrayTempFileOf(target: string, fileName: string): boolean {
  const name = escapeRegExp(path.basename(target));
  return new RegExp(`^\\.${name}(\\.bak)?\\.${UUID}\\.tmp$`).test(fileName);
}

/** Removes leftovers of `target` from an earlier crash. Call only while nothing else writes `target`. Returns what was removed. */
export async function removeStrayTempFiles(fs: HostFileSystem, target: string): Promise<string[]> {
  const folder = path.dirname(target);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return []; // a missing or unreadable folder is reported by the write itself
  }
  const stray = names.filter((name) => isStrayTempFileOf(target, name));
  await Promise.all(stray.map((name) => fs.rm(path.join(folder, name), { force: true })));
  return stray;
}
