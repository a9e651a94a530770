import path from 'node:path';
import { z } from 'zod';
import type { Article } from '../../../core/article/article-schema';
import { RECOVERY_LIMIT, checkDraftSize, utf8ByteLength } from '../../../core/article/draft-bytes';
import { ArticleLoadError, loadArticleData } from '../../../core/article/load-article';
import { HostError } from '../../../core/host-api/contract';
import { saveErrorCode } from '../drafts/draft-store';
import { readDraftText, withDraftBytesAsHostError } from '../drafts/read-draft-file';
import type { HostFileSystem } from '../storage/file-system';
import { isMissingFileError } from '../storage/file-system';
import { createWriteQueue } from '../storage/write-queue';

/** One draft's unsaved text as the renderer last sent it. `revision` counts the editor's changes. */
export interface RecoveryRecord {
  draftId: string;
  revision: number;
  writtenAt: string;
  article: Article;
}

const RecoveryFileSchema = z.object({ draftId: z.uuid(), revision: z.number().int().nonnegative(), writtenAt: z.string(), article: z.unknown() });

export interface RecoveryStore {
  /** Keeps `article` as the draft's recovery copy. Cheap: one small atomic write, coalesced when calls come faster than the disk. */
  write(draftId: string, article: Article, revision: number): Promise<void>;
  read(draftId: string): Promise<RecoveryRecord | null>;
  list(): Promise<RecoveryRecord[]>;
  clear(draftId: string): Promise<void>;
  /** A normal save of `revision` reached the disk: the recovery copy is no longer needed if it is not newer. */
  savedUpTo(draftId: string, revision: number): Promise<void>;
  /** Tries every recovery copy not yet written now (before quitting). */
  flush(): Promise<unknown>;
}

export interface RecoveryStoreDeps {
  fs: HostFileSystem;
  stateFolder: string;
  clock: () => Date;
  log: (message: string) => void;
}

/**
 * `<stateFolder>/recovery/<draftId>.json`: the text the renderer is holding, written every second
 * or two while typing, so a crash of the app, the renderer or the machine loses at most that long.
 * Kept apart from the drafts folder so it survives that folder vanishing; written through its own
 * write queue (ordered, newest wins); cleared once a normal save has caught up.
 */
export function createRecoveryStore({ fs, stateFolder, clock, log }: RecoveryStoreDeps): RecoveryStore {
  const folder = path.join(stateFolder, 'recovery');
  const fileOf = (draftId: string) => path.join(folder, `${draftId}.json`);
  const writes = createWriteQueue({ fs, onFailed: (file, error) => log(`Could not write the recovery copy ${file}: ${error.message}`) });
  const latestRevision = new Map<string, number>();
  let folderMade = false;

  async function readFile(file: string): Promise<RecoveryRecord | null> {
    let data: unknown;
    try {
      // Strict UTF-8 as for a draft file, so no text with replacement characters is offered back; a larger
      // size limit, since a recovery copy holds the text a save refused as too large.
      data = JSON.parse(await readDraftText(fs, file, RECOVERY_LIMIT));
    } catch (error) {
      if (!isMissingFileError(error)) log(`Ignored the unreadable recovery copy ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
    const parsed = RecoveryFileSchema.safeParse(data);
    if (!parsed.success) {
      log(`Ignored the recovery copy ${file}: it is not one Copydesk wrote.`);
      return null;
    }
    try {
      const { article } = loadArticleData(parsed.data.article, file);
      return { ...parsed.data, article };
    } catch (error) {
      if (!(error instanceof ArticleLoadError)) throw error;
      log(`Ignored the recovery copy ${file}: ${error.message}`);
      return null;
    }
  }

  async function clear(draftId: string): Promise<void> {
    latestRevision.delete(draftId);
    await fs.rm(fileOf(draftId), { force: true });
  }

  return {
    async write(draftId, article, revision) {
      if (!folderMade) {
        await fs.mkdir(folder, { recursive: true });
        folderMade = true;
      }
      const file = fileOf(draftId);
      const record = { draftId, revision, writtenAt: clock().toISOString(), article };
      // Reading ignores a copy over the limit, so one that large is refused here rather than reported as kept.
      const text = await withDraftBytesAsHostError(() => {
        const json = JSON.stringify(record);
        checkDraftSize(utf8ByteLength(json), file, 'it was not written (an older copy, if any, is kept).', RECOVERY_LIMIT);
        return json;
      }, 'too-large');
      latestRevision.set(draftId, Math.max(revision, latestRevision.get(draftId) ?? 0));
      const outcome = await writes.write(file, text);
      if (!outcome.ok) throw new HostError(saveErrorCode(outcome.error.code), `The recovery copy could not be written. ${outcome.error.message}`);
    },

    read: (draftId) => readFile(fileOf(draftId)),

    async list() {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch (error) {
        if (isMissingFileError(error)) return [];
        throw error;
      }
      const ids = names.filter((name) => /^[0-9a-f-]{36}\.json$/.test(name)).map((name) => name.slice(0, -'.json'.length));
      const records = await Promise.all(ids.map((id) => readFile(fileOf(id))));
      return records.filter((record) => record !== null);
    },

    clear,

    async savedUpTo(draftId, revision) {
      const latest = latestRevision.get(draftId);
      if (latest !== undefined && latest <= revision) await clear(draftId);
    },

    flush: () => writes.flush(),
  };
}
