import type { Article, ArticleStatus } from '../../../core/article/article-schema';
import { shouldSnapshot } from '../../../core/versions/auto-snapshot';
import type { VersionReason } from '../../../core/versions/version-file';
import { fsReasonInWords } from '../storage/describe-fs-error';
import type { VersionStore } from './version-store';

export interface AutoSnapshotsDeps {
  versions: VersionStore;
  clock: () => Date;
  /** The draft as saved on disk, or null if it has never been saved (read once per draft per run). */
  loadStored: (draftId: string) => Promise<Article | null>;
  log: (message: string) => void;
}

interface DraftMemory {
  stored: Article | null;
  lastChangeAt: Date | null;
  lastSnapshotAt: Date | null;
  status: ArticleStatus | null;
  /** A status-change snapshot failed (a full disk): the next save takes it, of the text it saves. */
  statusSnapshotOwed: boolean;
}

/**
 * Takes the automatic snapshots from the host, so no renderer can forget them: on the first save
 * after 10 idle minutes (of the text as it stood before the pause), on a status change (of the text
 * given the new status) and after an export. Knows each draft's last save from memory, so an
 * ordinary autosave costs no extra disk read. A failed snapshot is logged and never fails the save;
 * a status-change snapshot that failed (a full disk) is taken with the next save instead.
 */
export function createAutoSnapshots(deps: AutoSnapshotsDeps) {
  const memory = new Map<string, DraftMemory>();

  async function remembered(draftId: string): Promise<DraftMemory> {
    let entry = memory.get(draftId);
    if (!entry) {
      const stored = await deps.loadStored(draftId).catch(() => null);
      entry = { stored, lastChangeAt: stored ? new Date(stored.updatedAt) : null, lastSnapshotAt: null, status: stored?.status ?? null, statusSnapshotOwed: false };
      memory.set(draftId, entry);
    }
    return entry;
  }

  /** Whether the snapshot was written (a failed prune afterwards does not count against it). */
  async function take(draftId: string, article: Article, reason: VersionReason, entry: DraftMemory): Promise<boolean> {
    try {
      const meta = await deps.versions.snapshot(draftId, article, reason);
      entry.lastSnapshotAt = new Date(meta.createdAt);
    } catch (error) {
      deps.log(`Could not take the ${reason} snapshot of ${draftId}: ${fsReasonInWords(error)}`);
      return false;
    }
    await deps.versions.prune(draftId).catch((error: unknown) => deps.log(`Could not prune old versions of ${draftId}: ${fsReasonInWords(error)}`));
    return true;
  }

  return {
    /** Call before `next` is written as the draft. */
    async beforeSave(next: Article): Promise<void> {
      const entry = await remembered(next.id);
      const now = deps.clock();
      const reason = shouldSnapshot({
        lastChangeAt: entry.lastChangeAt,
        now,
        lastSnapshotAt: entry.lastSnapshotAt,
        statusChanged: entry.statusSnapshotOwed || (entry.status !== null && entry.status !== next.status),
        exported: false,
      });
      const before = entry.stored;
      entry.lastChangeAt = now;
      entry.status = next.status;
      entry.stored = null; // only the first idle check of a run can use the stored copy; later ones reload
      if (reason === 'status-change') entry.statusSnapshotOwed = !(await take(next.id, next, reason, entry));
      else if (reason === 'idle') {
        const previous = before ?? (await deps.loadStored(next.id).catch(() => null));
        if (previous) await take(next.id, previous, reason, entry);
      }
    },

    /** A restore saved `article` after snapshotting the text it replaced: that is the newest state, already kept. */
    afterRestore(article: Article): void {
      const now = deps.clock();
      memory.set(article.id, { stored: null, lastChangeAt: now, lastSnapshotAt: now, status: article.status, statusSnapshotOwed: false });
    },

    async afterExport(article: Article): Promise<void> {
      await take(article.id, article, 'export', await remembered(article.id));
    },
  };
}
