import path from 'node:path';
import type { Article } from '../../../core/article/article-schema';
import { DraftAssetError, resolveDraftAsset } from '../drafts/draft-asset';
import { parseDraftText } from '../drafts/incoming-draft';
import { readDraftText } from '../drafts/read-draft-file';
import type { DraftStore } from '../drafts/draft-store';
import { referencedAssets } from '../../../core/portable/referenced-assets';
import { serializeArticle } from '../../../core/article/load-article';
import { sameText } from '../recovery/recovery-handlers';
import type { RecoveryStore } from '../recovery/recovery-store';
import { writeFileAtomic } from '../storage/atomic-write';
import { fileExists, type HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';
import type { LostTextDeps } from './close-guard';

export interface UnsavedTextDeps {
  fs: HostFileSystem;
  drafts: Pick<DraftStore, 'articleFile' | 'draftFolder'>;
  recovery: Pick<RecoveryStore, 'read'>;
  clock: () => Date;
}

/** A copy written outside the library because the library's disk would not take it. */
export interface RescuedCopy {
  folder: string;
  /** What could not come along (an image), in words. */
  notes: string[];
}

/**
 * The newest text the page handed over for each draft (by saveDraft or writeRecovery), until it is
 * known to be on disk: before a quit, `lost()` says which drafts would lose their last edits, so
 * the app never closes silently over text that is nowhere on disk.
 */
export function createUnsavedText(deps: UnsavedTextDeps) {
  const newest = new Map<string, { article: Article }>();

  /** Whether the draft file or the recovery copy holds `article`'s text (dates aside). */
  async function onDisk(article: Article): Promise<boolean> {
    const file = deps.drafts.articleFile(article.id);
    const saved = await readDraftText(deps.fs, file).then(
      (text) => parseDraftText(text, file),
      () => null,
    );
    if (saved && sameText(saved, article)) return true;
    const recovered = await deps.recovery.read(article.id).catch(() => null);
    return recovered !== null && sameText(recovered.article, article);
  }

  /** `<folder>/<slug> (not saved <date time>)`, with a number added when that is taken: nothing there is overwritten. */
  async function freeFolder(folder: string, article: Article): Promise<string> {
    const stamp = deps.clock().toISOString().slice(0, 16).replace('T', ' ').replace(':', '.');
    // The schema keeps a slug to lower-case letters, digits and hyphens: safe in a folder name.
    const base = `${article.slug.slice(0, 60) || 'untitled-draft'} (not saved ${stamp} UTC)`;
    for (let n = 1; ; n += 1) {
      const candidate = path.join(folder, n === 1 ? base : `${base} ${n}`);
      if (!(await fileExists(deps.fs, candidate))) return candidate;
    }
  }

  /** The text first (it is what matters), then the images it shows, each one best effort. */
  async function writeCopy(folder: string, article: Article): Promise<RescuedCopy> {
    const target = await freeFolder(folder, article);
    await deps.fs.mkdir(target, { recursive: true });
    await writeFileAtomic(deps.fs, path.join(target, 'article.json'), serializeArticle(article));
    const notes: string[] = [];
    const assets = referencedAssets(article);
    if (assets.length > 0) await deps.fs.mkdir(path.join(target, 'assets'), { recursive: true });
    for (const asset of assets) {
      const name = asset.slice('assets/'.length);
      // Through the one asset rule: a link out of the draft folder is not followed and copied.
      await resolveDraftAsset(deps.fs, deps.drafts.draftFolder(article.id), asset, 'read')
        .then((source) => deps.fs.copyFile(source, path.join(target, asset)))
        .catch((error: unknown) => {
          notes.push(error instanceof DraftAssetError ? error.message : `The image ${name} was not copied: ${fsReasonInWords(error)}.`);
        });
    }
    return { folder: target, notes };
  }

  return {
    /** The page handed over `article`; call the returned function once that call has put it on disk. */
    received(article: Article): () => void {
      const entry = { article };
      newest.set(article.id, entry);
      return () => {
        if (newest.get(article.id) === entry) newest.delete(article.id);
      };
    },

    /** The draft went to the trash: its text is not waiting to be saved any more. */
    forget(draftId: string): void {
      newest.delete(draftId);
    },

    /** Drafts whose newest text is neither in their file nor in their recovery copy, after every write has been tried. */
    async lost(): Promise<Article[]> {
      const found: Article[] = [];
      for (const [draftId, { article }] of newest) {
        if (await onDisk(article)) newest.delete(draftId);
        else found.push(article);
      }
      return found;
    },

    /**
     * Writes each lost draft as a draft folder (article.json and its images) in `folder`, which the
     * user picked on another disk; Copydesk opens such a folder like any draft. Throws, in words,
     * when a text could not be written; drafts written before that are no longer lost.
     */
    async saveElsewhere(folder: string): Promise<RescuedCopy[]> {
      const copies: RescuedCopy[] = [];
      for (const article of await this.lost()) {
        try {
          copies.push(await writeCopy(folder, article));
        } catch (error) {
          throw new Error(`Saving to ${folder} failed too: ${fsReasonInWords(error)}.`, { cause: error });
        }
        newest.delete(article.id);
      }
      return copies;
    },
  };
}

export type UnsavedText = ReturnType<typeof createUnsavedText>;

/** The close guard's view of the unsaved text: headlines to ask about, and saving them elsewhere; `ui` asks and picks the folder. */
export function lostTextOf(unsaved: Pick<UnsavedText, 'lost' | 'saveElsewhere'>, ui: Pick<LostTextDeps, 'ask' | 'pickFolder'>): LostTextDeps {
  return {
    find: async () => (await unsaved.lost()).map((article) => article.headline),
    ask: ui.ask,
    pickFolder: ui.pickFolder,
    saveElsewhere: (folder) => unsaved.saveElsewhere(folder),
  };
}
