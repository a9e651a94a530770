import type { Article } from '../../../core/article/article-schema';
import { previewArticle } from '../../../core/article/article-preview';
import { loadArticleText } from '../../../core/article/load-article';
import { HostError } from '../../../core/host-api/contract';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';
import type { VersionStore } from '../versions/version-store';
import type { DiskWatch } from './disk-watch';
import type { DraftStore } from './draft-store';
import { readDraftText } from './read-draft-file';
import { fsReasonInWords } from '../storage/describe-fs-error';

export interface DiskConflictHandlersDeps {
  fs: HostFileSystem;
  drafts: Pick<DraftStore, 'save' | 'articleFile'>;
  versions: Pick<VersionStore, 'snapshot'>;
  watch: DiskWatch;
  /** The article this app last saved or loaded for a draft, if it still has it. */
  lastSaved: (draftId: string) => Article | null;
}

type DiskState = { text: string | null; article: Article | null; problem: string | null };

/**
 * Another program changed an open draft's file: nothing is overwritten until the user decides.
 * Whichever side is dropped is kept as a version first, so both texts survive any choice.
 */
export function createDiskConflictHandlers({ fs, drafts, versions, watch, lastSaved }: DiskConflictHandlersDeps) {
  async function readDisk(draftId: string): Promise<DiskState> {
    const file = drafts.articleFile(draftId);
    let text: string;
    try {
      text = await readDraftText(fs, file);
    } catch (error) {
      if (isMissingFileError(error)) return { text: null, article: null, problem: `${file} was deleted by another program.` };
      return { text: null, article: null, problem: fsReasonInWords(error) };
    }
    try {
      const { article } = loadArticleText(text, file);
      return { text, article, problem: null };
    } catch (error) {
      return { text, article: null, problem: fsReasonInWords(error) };
    }
  }

  return {
    watchDraft: async ({ draftId }: { draftId: string }) => {
      watch.watch(draftId);
      return {};
    },

    unwatchDraft: async ({ draftId }: { draftId: string }) => {
      watch.unwatch(draftId);
      return {};
    },

    async compareWithDisk({ draftId }: { draftId: string }) {
      const disk = await readDisk(draftId);
      const saved = lastSaved(draftId);
      return {
        disk: disk.article ? { article: disk.article, preview: previewArticle(disk.article) } : null,
        diskProblem: disk.problem,
        lastSaved: saved ? { article: saved, preview: previewArticle(saved) } : null,
      };
    },

    async resolveDiskConflict({ draftId, choice, mine }: { draftId: string; choice: 'reload' | 'keep-mine'; mine: Article }) {
      const disk = await readDisk(draftId);
      if (choice === 'reload') {
        if (!disk.article) throw new HostError('bad-file', `Cannot reload: ${disk.problem ?? 'the file is gone.'} Choose “keep mine” to save your text.`);
        await versions.snapshot(draftId, { ...mine, id: draftId }, 'conflict', 'My text before reloading the file changed on disk');
        watch.resolve(draftId, disk.text);
        return { article: disk.article };
      }
      // Theirs is kept as a version; an unreadable file is kept by the save itself, as article.json.bak.
      if (disk.article) await versions.snapshot(draftId, disk.article, 'external-change', 'Changed on disk by another program');
      watch.resolve(draftId, disk.text);
      const article = { ...mine, id: draftId };
      await drafts.save(article);
      return { article };
    },
  };
}
