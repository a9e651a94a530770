import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-write';
import type { HostFileSystem } from '../storage/file-system';

export const MAX_RECENT_DOCUMENTS = 10;

const RecentDocumentsSchema = z.array(z.string().min(1)).max(50);

/**
 * `<stateFolder>/recent-documents.json`: the files behind File ▸ Open Recent, newest first, at most
 * ten. Files that have gone are left out when the list is read. A missing or corrupt file is an empty list.
 */
export function createRecentDocuments({ fs, stateFolder }: { fs: HostFileSystem; stateFolder: string }) {
  const file = path.join(stateFolder, 'recent-documents.json');
  let writes: Promise<unknown> = Promise.resolve();

  async function read(): Promise<string[]> {
    try {
      const parsed = RecentDocumentsSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  function write(files: readonly string[]): Promise<void> {
    const run = writes.then(async () => {
      await fs.mkdir(stateFolder, { recursive: true });
      await writeFileAtomic(fs, file, `${JSON.stringify(files, null, 2)}\n`);
    });
    writes = run.catch(() => undefined);
    return run;
  }

  const exists = (candidate: string) => fs.stat(candidate).then(() => true, () => false);

  return {
    /** The list, newest first, without files that no longer exist. */
    async list(): Promise<string[]> {
      const files = await read();
      const present = (await Promise.all(files.map(async (candidate) => ((await exists(candidate)) ? candidate : null)))).filter((candidate) => candidate !== null);
      if (present.length !== files.length) await write(present);
      return present.slice(0, MAX_RECENT_DOCUMENTS);
    },
    /** Puts `opened` at the top; returns the new list. */
    async add(opened: string): Promise<string[]> {
      const files = [opened, ...(await read()).filter((candidate) => candidate !== opened)].slice(0, MAX_RECENT_DOCUMENTS);
      await write(files);
      return files;
    },
    async clear(): Promise<void> {
      await write([]);
    },
  };
}

export type RecentDocuments = ReturnType<typeof createRecentDocuments>;
