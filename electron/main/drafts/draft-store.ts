import path from 'node:path';
import { z } from 'zod';
import type { Article } from '../../../core/article/article-schema';
import { ArticleLoadError, loadArticleText, serializeArticle } from '../../../core/article/load-article';
import { HostError, type DraftSummary } from '../../../core/host-api/contract';
import { bodyPlainText, countWords } from '../../../core/text/text-stats';
import { describeFsError } from '../storage/describe-fs-error';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';
import { createWriteQueue } from '../storage/write-queue';

/**
 * The drafts library on disk: `<draftsFolder>/<id>/article.json`, with the draft's own files in
 * `<draftsFolder>/<id>/assets/`. Every read goes through loadArticleText, so old formats are
 * migrated and bad files get a message naming them; a bad file is never rewritten.
 */
export interface DraftStore {
  list(): Promise<DraftSummary[]>;
  load(id: string): Promise<Article>;
  save(article: Article): Promise<void>;
  exists(id: string): Promise<boolean>;
  assetsFolder(id: string): string;
}

export interface DraftStoreDeps {
  fs: HostFileSystem;
  /** The library folder, or a function giving it where the user can move the library while the app runs. */
  draftsFolder: string | (() => string);
  log: (message: string) => void;
}

const isDraftId = (name: string) => z.uuid().safeParse(name).success;

export function createDraftStore({ fs, log, ...deps }: DraftStoreDeps): DraftStore {
  const folderOf = deps.draftsFolder;
  const libraryFolder = typeof folderOf === 'string' ? () => folderOf : folderOf;
  const draftFolder = (id: string) => path.join(libraryFolder(), id);
  const articleFile = (id: string) => path.join(draftFolder(id), 'article.json');
  // One writer per draft file; a failed save stays queued and is retried, the previous file kept as article.json.bak.
  const writes = createWriteQueue({
    fs,
    keepBackup: true,
    onFailed: (file, error, retryInMs) => log(`${error.message} (${error.code}, ${file}; retrying in ${retryInMs} ms)`),
  });

  async function readArticle(id: string): Promise<Article> {
    const file = articleFile(id);
    const text = await fs.readFile(file, 'utf8');
    let article: Article;
    try {
      article = loadArticleText(text, file).article;
    } catch (error) {
      if (error instanceof ArticleLoadError) throw new HostError('bad-file', error.message);
      throw error;
    }
    // A folder copied or renamed by hand: saving would write to the other folder, so refuse to guess.
    if (article.id !== id) throw new HostError('bad-file', `${file}: holds draft ${article.id}, but sits in the folder of draft ${id}.`);
    return article;
  }

  return {
    async list() {
      let names: string[];
      try {
        names = await fs.readdir(libraryFolder());
      } catch (error) {
        if (isMissingFileError(error)) return [];
        throw error;
      }
      const summaries: DraftSummary[] = [];
      for (const id of names.filter(isDraftId)) {
        try {
          summaries.push(summarize(await readArticle(id)));
        } catch (error) {
          // A folder holding only assets is a draft that was never saved: nothing to list.
          if (isMissingFileError(error)) continue;
          log(`Skipped unreadable draft ${articleFile(id)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    async load(id) {
      try {
        return await readArticle(id);
      } catch (error) {
        if (isMissingFileError(error)) throw new HostError('not-found', `There is no draft ${id} in ${libraryFolder()}.`);
        throw error;
      }
    },

    async save(article) {
      try {
        await fs.mkdir(draftFolder(article.id), { recursive: true });
      } catch (error) {
        throw new HostError('io', describeFsError(error, articleFile(article.id)).message);
      }
      const outcome = await writes.write(articleFile(article.id), serializeArticle(article));
      if (!outcome.ok) throw new HostError('io', outcome.error.message);
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
  };
}

function summarize(article: Article): DraftSummary {
  return {
    id: article.id,
    headline: article.headline,
    status: article.status,
    bylines: article.bylines.map((byline) => byline.name),
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    wordCount: countWords(bodyPlainText(article.body)),
  };
}
