import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import type { HostFileSystem } from './file-system';

/**
 * Replaces `target` so that a crash at any moment leaves either the old file or the new one, never a
 * mix: write a temp file in the same folder, fsync it, rename it over the target, fsync the folder
 * (so the rename itself survives power loss). If anything before the rename fails, the temp file is
 * removed and the old file is untouched.
 */
export async function writeFileAtomic(fs: HostFileSystem, target: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomUUID()}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(fs, folder);
}

async function syncFolder(fs: HostFileSystem, folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
