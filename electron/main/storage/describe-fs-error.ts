import path from 'node:path';

/** A failed save, in words fit for the status bar. `code` is the errno name (ENOSPC…) or 'unknown'. */
export interface DescribedFsError {
  code: string;
  message: string;
}

const KEPT = 'Your text is kept and';

/**
 * The one place that turns a file-system error into a sentence. `file` is the file being saved;
 * messages name its folder where the fix is about that folder.
 */
export function describeFsError(error: unknown, file: string): DescribedFsError {
  const code = errorCode(error);
  const folder = path.dirname(file);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code, message: `Not saved: disk is full. ${KEPT} will be saved when space is free.` };
    case 'EACCES':
    case 'EPERM':
      return { code, message: `Not saved: Copydesk is not allowed to write to ${folder}. ${KEPT} saving will be retried; check the folder’s permissions or choose another drafts folder in Settings.` };
    case 'EROFS':
      return { code, message: `Not saved: ${folder} is on a read-only disk. ${KEPT} saving will be retried; choose another drafts folder in Settings.` };
    case 'ENOENT':
    case 'ENOTDIR':
      return { code, message: `Not saved: the folder ${folder} is gone (was a disk removed?). ${KEPT} saving will be retried; reconnect the disk or choose another drafts folder in Settings.` };
    case 'EIO':
      return { code, message: `Not saved: the disk reported a read/write error at ${folder}. ${KEPT} saving will be retried.` };
    case 'EMFILE':
    case 'ENFILE':
    case 'EBUSY':
      return { code, message: `Not saved yet: the system is busy (${code}). ${KEPT} saving will be retried.` };
    default:
      return { code, message: `Not saved: writing ${file} failed (${code === 'unknown' ? describeUnknown(error) : code}). ${KEPT} saving will be retried.` };
  }
}

function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : 'unknown';
}

function describeUnknown(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
