import type { Article } from '../../../core/article/article-schema';
import type { VersionListEntry, VersionMeta } from '../../../core/versions/version-file';
import type { DraftStore } from '../drafts/draft-store';
import type { VersionStore } from './version-store';

export interface VersionHandlersDeps {
  drafts: Pick<DraftStore, 'load' | 'save'>;
  versions: VersionStore;
  log: (message: string) => void;
  /** Told after a restore has been saved, so automatic snapshots do not mistake it for a change by hand. */
  onRestored?: (article: Article) => void;
}

/**
 * The history panel's host calls. Each snapshot is followed by a prune, so history stays bounded
 * without a background job; a failed prune is logged, never allowed to fail the snapshot.
 */
export function createVersionHandlers({ drafts, versions, log, onRestored }: VersionHandlersDeps) {
  async function pruneQuietly(draftId: string): Promise<void> {
    try {
      await versions.prune(draftId);
    } catch (error) {
      log(`Could not prune old versions of ${draftId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    listVersions: ({ draftId }: { draftId: string }): Promise<VersionListEntry[]> => versions.list(draftId),

    /** "Save version…": snapshots the draft as last saved; the renderer saves pending text first. */
    async saveVersion({ draftId, label }: { draftId: string; label: string }): Promise<VersionMeta> {
      const meta = await versions.snapshot(draftId, await drafts.load(draftId), 'manual', label);
      await pruneQuietly(draftId);
      return meta;
    },

    loadVersion: ({ draftId, versionId }: { draftId: string; versionId: string }) => versions.load(draftId, versionId),

    /** Snapshots `current` (the editor's text), then saves the version as the draft and returns it. */
    async restoreVersion({ draftId, versionId, current }: { draftId: string; versionId: string; current: Article }): Promise<{ article: Article; undoVersionId: string }> {
      const { article, undoVersion } = await versions.prepareRestore(draftId, versionId, { ...current, id: draftId });
      await drafts.save(article);
      onRestored?.(article);
      await pruneQuietly(draftId);
      return { article, undoVersionId: undoVersion.id };
    },
  };
}
