import path from 'node:path';
import type { Article } from '../../../core/article/article-schema';
import { loadArticleText } from '../../../core/article/load-article';
import type { HostFileSystem } from '../storage/file-system';
import type { DraftStore } from './draft-store';
import type { createDraftTrash } from './draft-trash';
import type { LibraryQuery } from './library-index';
import { readDraftText } from './read-draft-file';
import { DraftAssetError, resolveDraftAsset } from './draft-asset';

export interface LibraryHandlersDeps {
  fs: HostFileSystem;
  drafts: DraftStore;
  trash: ReturnType<typeof createDraftTrash>;
  clock: () => Date;
  newId: () => string;
  /** Called before a draft's folder moves to the trash (stop watching it). */
  beforeDelete?: (draftId: string) => void;
}

/** Hard links share the image bytes at no cost; where the file system has none (FAT, some shares), copy. */
async function linkOrCopy(fs: HostFileSystem, from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch {
    await fs.copyFile(from, to);
  }
}

/** The library's calls: listing with search/sort/filter, duplicate, and delete through the in-app trash. */
export function createLibraryHandlers({ fs, drafts, trash, clock, newId, beforeDelete }: LibraryHandlersDeps) {
  async function headlineInTrash(trashId: string): Promise<string | null> {
    const file = path.join(trash.folderOf(trashId), 'article.json');
    try {
      return loadArticleText(await readDraftText(fs, file), file).article.headline;
    } catch {
      return null;
    }
  }

  return {
    listLibrary: async (query: LibraryQuery) => ({ entries: await drafts.library(query) }),

    async duplicateDraft({ id }: { id: string }): Promise<{ article: Article }> {
      const original = await drafts.load(id);
      const now = clock().toISOString();
      const copy: Article = {
        ...original,
        id: newId(),
        headline: original.headline ? `Copy of ${original.headline}` : '',
        status: 'draft',
        publishedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      // Images first, so the copy never refers to a file it does not have.
      const assets = drafts.assetsFolder(id);
      const names = await fs.readdir(assets).catch(() => [] as string[]);
      if (names.length > 0) await fs.mkdir(drafts.assetsFolder(copy.id), { recursive: true });
      for (const name of names) {
        // Only the draft's own regular files: a link in assets/ to a file elsewhere is not copied into the new draft.
        const real = await resolveDraftAsset(fs, drafts.draftFolder(id), `assets/${name}`, 'read').catch((error: unknown) => {
          if (error instanceof DraftAssetError) return null;
          throw error;
        });
        if (real) await linkOrCopy(fs, real, path.join(drafts.assetsFolder(copy.id), name));
      }
      await drafts.save(copy);
      return { article: copy };
    },

    async deleteDraft({ id }: { id: string }) {
      beforeDelete?.(id);
      await drafts.flush(); // a queued save must not recreate the folder after it has gone to the trash
      const trashed = await trash.moveToTrash(id);
      return { ...trashed, headline: await headlineInTrash(trashed.trashId) };
    },

    async listTrash() {
      return Promise.all((await trash.list()).map(async (entry) => ({ ...entry, headline: await headlineInTrash(entry.trashId) })));
    },

    async restoreFromTrash({ trashId }: { trashId: string }) {
      const draftId = await trash.restore(trashId);
      return { article: await drafts.load(draftId) };
    },

    emptyTrash: async () => ({ erased: await trash.empty() }),
  };
}
