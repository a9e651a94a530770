import path from 'node:path';
import type { Article } from '../../../core/article/article-schema';
import { serializeWithinLimit } from '../../../core/article/draft-bytes';
import { HostError, type DraftSummary, type HostErrorCode, type LibraryEntry } from '../../../core/host-api/contract';
import { describeFsError, type DescribedFsError } from '../storage/describe-fs-error';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';
import { writeFileAtomic } from '../storage/atomic-write';
import { createWriteQueue } from '../storage/write-queue';
import { createLibraryIndex, type LibraryQuery } from './library-index';
import { parseDraftText } from './incoming-draft';
import { readDraftText, withDraftBytesAsHostError } from './read-draft-file';

/**
 * The drafts library on disk: `<draftsFolder>/<id>/article.json`, with the draft's own files in
 * `<draftsFolder>/<id>/assets/`. Every read goes through loadArticleText, so old formats are
 * migrated and bad files get a message naming them; a bad file is never rewritten.
 */
export interface DraftStore {
  /** Readable drafts, newest first (listLibrary gives search, sort, filter and unreadable drafts). */
  list(): Promise<DraftSummary[]>;
  /** The library with search, sort and status filter; unreadable drafts listed as such. */
  library(query?: LibraryQuery): Promise<LibraryEntry[]>;
  load(id: string): Promise<Article>;
  save(article: Article): Promise<void>;
  exists(id: string): Promise<boolean>;
  assetsFolder(id: string): string;
  /** `<draftsFolder>/<id>`. */
  draftFolder(id: string): string;
  articleFile(id: string): string;
  /** Tries every queued save now; resolves with those that still failed (before quitting). */
  flush(): Promise<{ target: string; error: DescribedFsError }[]>;
}

export interface DraftStoreDeps {
  fs: HostFileSystem;
  /** The library folder, or a function giving it where the user can move the library while the app runs. */
  draftsFolder: string | (() => string);
  log: (message: string) => void;
  /** Told of every write of a draft file that reached the disk, including retries that succeed later. */
  onSaved?: (draftId: string, savedAt: Date) => void;
  /** Told of every failed write of a draft file; it stays queued and is retried in `retryInMs`. */
  onSaveFailed?: (draftId: string, error: DescribedFsError, retryInMs: number) => void;
  /** Told of the exact text of every draft file this store reads or queues for writing (to tell our own writes from others'). */
  onOwnText?: (draftId: string, text: string) => void;
  /** Dates the saves; the system clock by default. */
  clock?: () => Date;
  /** Where the library index is kept between runs (see library-index.ts); kept in memory only when absent. */
  indexFile?: string;
}

/** The host error code the renderer gets for a failed save; the message is describeFsError's, in words. */
export function saveErrorCode(errno: string): HostErrorCode {
  if (errno === 'ENOSPC' || errno === 'EDQUOT') return 'disk-full';
  if (errno === 'EROFS') return 'read-only';
  if (errno === 'EACCES' || errno === 'EPERM') return 'permission-denied';
  if (errno === 'ENOENT' || errno === 'ENOTDIR') return 'drafts-folder-missing';
  return 'io';
}

const draftIdOf = (articleFile: string) => path.basename(path.dirname(articleFile));

export function createDraftStore({ fs, log, onSaved, onSaveFailed, onOwnText, clock, indexFile, ...deps }: DraftStoreDeps): DraftStore {
  const folderOf = deps.draftsFolder;
  const libraryFolder = typeof folderOf === 'string' ? () => folderOf : folderOf;
  const draftFolder = (id: string) => path.join(libraryFolder(), id);
  const articleFile = (id: string) => path.join(draftFolder(id), 'article.json');
  // One writer per draft file; a failed save stays queued and is retried, the previous file kept as article.json.bak.
  const writes = createWriteQueue({
    fs,
    keepBackup: true,
    now: clock,
    onSaved: (file, savedAt) => onSaved?.(draftIdOf(file), savedAt),
    onFailed: (file, error, retryInMs) => {
      log(`${error.message} (${error.code}, ${file}; retrying in ${retryInMs} ms)`);
      onSaveFailed?.(draftIdOf(file), error, retryInMs);
    },
  });

  const index = createLibraryIndex({
    fs,
    libraryFolder,
    readDraft: (id) => readArticle(id),
    ...(indexFile && {
      persist: {
        load: async () => JSON.parse(await fs.readFile(indexFile, 'utf8')) as unknown,
        save: async (data: string) => {
          await fs.mkdir(path.dirname(indexFile), { recursive: true });
          await writeFileAtomic(fs, indexFile, data).catch((error: unknown) => log(`Could not keep the library index ${indexFile}: ${String(error)}`));
        },
      },
    }),
  });

  async function readArticle(id: string): Promise<Article> {
    const file = articleFile(id);
    const text = await readDraftText(fs, file);
    onOwnText?.(id, text);
    const article = parseDraftText(text, file);
    // A folder copied or renamed by hand: saving would write to the other folder, so refuse to guess.
    if (article.id !== id) throw new HostError('bad-file', `${file}: holds draft ${article.id}, but sits in the folder of draft ${id}.`);
    return article;
  }

  return {
    async list() {
      const entries = await index.list();
      for (const entry of entries) if (entry.kind === 'unreadable') log(`Skipped unreadable draft ${entry.file}: ${entry.problem}`);
      return entries.filter((entry) => entry.kind === 'draft').map(({ kind: _kind, ...summary }) => summary);
    },

    library: (query) => index.list(query),

    async load(id) {
      try {
        return await readArticle(id);
      } catch (error) {
        if (isMissingFileError(error)) throw new HostError('not-found', `There is no draft ${id} in ${libraryFolder()}.`);
        throw error;
      }
    },

    async save(article) {
      // Measured on the exact text to be written, before anything is: a draft this saves is one it can reopen.
      const text = await withDraftBytesAsHostError(() => serializeWithinLimit(article, articleFile(article.id), 'it was not saved.'), 'too-large');
      try {
        await fs.mkdir(draftFolder(article.id), { recursive: true });
      } catch (error) {
        const described = describeFsError(error, articleFile(article.id));
        throw new HostError(saveErrorCode(described.code), described.message);
      }
      onOwnText?.(article.id, text);
      const outcome = await writes.write(articleFile(article.id), text);
      if (!outcome.ok) throw new HostError(saveErrorCode(outcome.error.code), outcome.error.message);
    },

    async exists(id) {
      try {
        return (await fs.stat(articleFile(id))).isFile();
      } catch (error) {
        if (isMissingFileError(error)) return false;
        throw error;
      }
    },

    assetsFolder: (id) => path.join(draftFolder(id), 'assets'),
    draftFolder,
    articleFile,
    flush: () => writes.flush(),
  };
}
