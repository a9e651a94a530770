import type { Article } from '../../../core/article/article-schema';
import { previewArticle } from '../../../core/article/article-preview';
import { serializeArticle } from '../../../core/article/load-article';
import { HostError } from '../../../core/host-api/contract';
import type { DraftStore } from '../drafts/draft-store';
import { isMissingFileError } from '../storage/file-system';
import type { VersionStore } from '../versions/version-store';
import type { RecoveryRecord, RecoveryStore } from './recovery-store';
import { fsReasonInWords } from '../storage/describe-fs-error';

export interface RecoveryHandlersDeps {
  recovery: RecoveryStore;
  drafts: Pick<DraftStore, 'load' | 'save'>;
  versions: Pick<VersionStore, 'snapshot'>;
  log: (message: string) => void;
}

/** The draft as on disk: its article, null if it was never saved, or the reason it cannot be read. */
type DiskCopy = { article: Article } | { article: null; problem: string | null };

/** Same text, whenever it was stamped: the recovery copy and the saved file often differ only in updatedAt. */
export const sameText = (a: Article, b: Article) => serializeArticle({ ...a, updatedAt: b.updatedAt }) === serializeArticle(b);

/**
 * Crash recovery's host calls. A recovery copy that matches the file on disk is simply dropped; one
 * that differs is offered with a preview of both, and whichever the user keeps, the other is kept
 * as a version (reason 'conflict'), so choosing never destroys text.
 */
export function createRecoveryHandlers({ recovery, drafts, versions, log }: RecoveryHandlersDeps) {
  async function diskCopy(draftId: string): Promise<DiskCopy> {
    try {
      return { article: await drafts.load(draftId) };
    } catch (error) {
      if (error instanceof HostError && error.code === 'not-found') return { article: null, problem: null };
      if (isMissingFileError(error)) return { article: null, problem: null };
      return { article: null, problem: fsReasonInWords(error) };
    }
  }

  /** The recovery copy and the disk copy when they differ; null (and the copy removed) when there is nothing to recover. */
  async function pending(draftId: string): Promise<{ record: RecoveryRecord; disk: DiskCopy } | null> {
    const record = await recovery.read(draftId);
    if (!record) return null;
    const disk = await diskCopy(draftId);
    if (disk.article && sameText(disk.article, record.article)) {
      await recovery.clear(draftId);
      return null;
    }
    return { record, disk };
  }

  async function keepAsVersion(draftId: string, article: Article, what: string): Promise<void> {
    try {
      await versions.snapshot(draftId, article, 'conflict', what);
    } catch (error) {
      // Choosing must not destroy the other copy: refuse rather than lose it.
      throw new HostError('io', `Could not keep ${what.toLowerCase()} as a version, so nothing was changed: ${fsReasonInWords(error)}`);
    }
  }

  return {
    writeRecovery: async ({ draftId, article, revision }: { draftId: string; article: Article; revision: number }) => {
      await recovery.write(draftId, { ...article, id: draftId }, revision);
      return {};
    },

    clearRecovery: async ({ draftId }: { draftId: string }) => {
      await recovery.clear(draftId);
      return {};
    },

    async getRecovery({ draftId }: { draftId: string }) {
      const found = await pending(draftId);
      if (!found) return null;
      const { record, disk } = found;
      return {
        draftId,
        writtenAt: record.writtenAt,
        recovered: { article: record.article, preview: previewArticle(record.article) },
        disk: disk.article ? { article: disk.article, preview: previewArticle(disk.article) } : null,
        diskProblem: disk.article ? null : disk.problem,
      };
    },

    async listRecoveries() {
      const found = await Promise.all((await recovery.list()).map((record) => pending(record.draftId)));
      return found
        .filter((entry) => entry !== null)
        .map(({ record, disk }) => ({
          draftId: record.draftId,
          writtenAt: record.writtenAt,
          recovered: previewArticle(record.article),
          disk: disk.article ? previewArticle(disk.article) : null,
        }));
    },

    async resolveRecovery({ draftId, keep }: { draftId: string; keep: 'recovered' | 'disk' }) {
      const found = await pending(draftId);
      if (!found) {
        const disk = await diskCopy(draftId);
        if (disk.article) return { article: disk.article };
        throw new HostError('not-found', `There is nothing to recover for draft ${draftId}.`);
      }
      const { record, disk } = found;
      if (keep === 'recovered') {
        if (disk.article) await keepAsVersion(draftId, disk.article, 'The copy on disk before recovery');
        else if (disk.problem) log(`Recovering draft ${draftId} over an unreadable file, kept as article.json.bak: ${disk.problem}`);
        await drafts.save(record.article);
        await recovery.clear(draftId);
        return { article: record.article };
      }
      if (!disk.article) throw new HostError('bad-file', disk.problem ?? `Draft ${draftId} was never saved: only the recovered text exists.`);
      await keepAsVersion(draftId, record.article, 'The recovered text not chosen');
      await recovery.clear(draftId);
      return { article: disk.article };
    },
  };
}
