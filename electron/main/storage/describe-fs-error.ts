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
      if (code === 'unknown') return { code, message: `Not saved: writing ${file} failed (${describeUnknown(error)}). ${KEPT} saving will be retried.` };
      return { code, message: `Not saved: writing ${file} failed: ${fsReasonInWords(error, file)}. ${KEPT} saving will be retried.` };
  }
}

function errorCode(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : 'unknown';
}

function describeUnknown(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Node's errno errors carry the path they were about (`dest` for the target of a rename or link). */
interface ErrnoDetails {
  code: string;
  syscall: string | undefined;
  path: string | undefined;
}

export function errnoDetails(error: unknown): ErrnoDetails | null {
  const code = errorCode(error);
  if (code === 'unknown') return null;
  const { syscall, path: file, dest } = error as { syscall?: unknown; path?: unknown; dest?: unknown };
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return { code, syscall: text(syscall), path: text(dest) ?? text(file) };
}

const NAME_EXCERPT = 40;

/** writeFileAtomic's temp file `.<name>.<uuid>.tmp`: the user knows the file as `<name>`. */
const ATOMIC_TEMP_NAME = /^\.(.+)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

/** A long name cut to a short excerpt: a 300-character name is not worth repeating whole. */
function nameExcerpt(file: string): string {
  const base = path.basename(file);
  const name = ATOMIC_TEMP_NAME.exec(base)?.[1] ?? base;
  return name.length > NAME_EXCERPT ? `${name.slice(0, NAME_EXCERPT)}… (${name.length} characters)` : name;
}

/** What went wrong, as a clause in words, with what to do where there is something to do. `file`: the path when the error names none. */
export function fsReasonInWords(error: unknown, file?: string): string {
  const details = errnoDetails(error);
  if (!details) return describeUnknown(error);
  details.path ??= file;
  const where = details.path ?? 'the disk';
  // About the disk, not the file: a temp file's name would only puzzle.
  const folder = details.path ? path.dirname(details.path) : 'the disk';
  switch (details.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full (at ${folder}); free some space and try again`;
    case 'EACCES':
    case 'EPERM':
      return `Copydesk is not allowed to use ${where}; check its permissions`;
    case 'EROFS':
      return `${folder} is on a read-only disk`;
    case 'ENOENT':
      return `${where} does not exist (was it moved, or a disk removed?)`;
    case 'ENOTDIR':
      return `a part of ${where} is a file where a folder should be`;
    case 'EEXIST':
      return details.syscall === 'mkdir' ? `${where} is a file where a folder should be; move the file away` : `${where} is already there`;
    case 'ENOTEMPTY':
      return `${where} is already there, with files in it`;
    case 'EISDIR':
      return `${where} is a folder where a file should be`;
    case 'ENAMETOOLONG':
      return `the name “${nameExcerpt(where)}” is too long for the disk`;
    case 'ELOOP':
      return `${where} is a loop of symbolic links`;
    case 'EIO':
      return `the disk reported a read/write error at ${folder}`;
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open at once; try again in a moment';
    case 'EBUSY':
      return `${where} is in use by another program; try again in a moment`;
    case 'EXDEV':
      return `${where} is on another disk than Copydesk expected`;
    default:
      return `the system reported ${details.code} for ${where}`;
  }
}

/** The host error code that fits a file-system failure outside saving (saves use saveErrorCode). */
export function fsErrorCode(error: unknown): 'disk-full' | 'read-only' | 'permission-denied' | 'not-found' | 'io' {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission-denied';
    case 'ENOENT':
      return 'not-found';
    default:
      return 'io';
  }
}

/** Whether `error` is an errno error from the file system (and so has words in fsReasonInWords). */
export function isFsError(error: unknown): boolean {
  return errorCode(error) !== 'unknown';
}
