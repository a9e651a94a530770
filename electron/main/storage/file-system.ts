import type * as fsp from 'node:fs/promises';

/** The slice of node:fs/promises the host handlers use; tests pass a copy with one call made to fail. */
export type HostFileSystem = Pick<typeof fsp, 'open' | 'readFile' | 'rename' | 'rm' | 'mkdir' | 'readdir' | 'stat' | 'realpath' | 'link' | 'copyFile'>;

export function isMissingFileError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

export async function fileExists(fs: Pick<HostFileSystem, 'stat'>, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (isMissingFileError(error)) return false;
    throw error;
  }
}
