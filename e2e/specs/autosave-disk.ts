import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../core/article/article-schema';
import { bodyPlainText } from '../../core/text/text-stats';
import { expect, type CopydeskApp } from '../fixtures';

/**
 * What the autosave, recovery and conflict specs read straight from disk, so they check the files
 * themselves rather than what the app says about them.
 */

/** The only draft in the library folder (the specs open one article), or null before its first save. */
export async function onlyDraftId(app: CopydeskApp): Promise<string | null> {
  const entries = await fsp.readdir(app.draftsFolder, { withFileTypes: true }).catch(() => []);
  const drafts = entries.filter((entry) => entry.isDirectory() && /^[0-9a-f-]{36}$/.test(entry.name));
  return drafts[0]?.name ?? null;
}

export function articleFile(app: CopydeskApp, draftId: string): string {
  return path.join(app.draftsFolder, draftId, 'article.json');
}

/** The draft as saved, or null while there is none (or it is mid-write and unreadable, which atomic writes rule out). */
export async function savedArticle(app: CopydeskApp): Promise<Article | null> {
  const draftId = await onlyDraftId(app);
  if (!draftId) return null;
  try {
    return JSON.parse(await fsp.readFile(articleFile(app, draftId), 'utf8')) as Article;
  } catch {
    return null;
  }
}

export async function savedBodyText(app: CopydeskApp): Promise<string> {
  const article = await savedArticle(app);
  return article ? bodyPlainText(article.body) : '';
}

/**
 * Another program rewrites the only saved draft behind the app's back, changing its headline. First it
 * waits for the page to say the draft is saved: the host starts watching a new draft's file only when
 * the draft's first save has finished (that save creates the folder it watches), which is after the file
 * is already on disk (the folder's fsync comes between), and a change made in that gap is never noticed.
 */
export async function changeHeadlineOnDisk(app: CopydeskApp, headline: string): Promise<void> {
  await expect(app.page.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved/);
  const file = articleFile(app, (await onlyDraftId(app)) as string);
  const article = JSON.parse(await fsp.readFile(file, 'utf8')) as Article;
  await fsp.writeFile(file, JSON.stringify({ ...article, headline }));
}

/** Snapshots kept in the draft's history folder, read from disk. */
export async function versionsOnDisk(app: CopydeskApp, draftId: string): Promise<{ meta: { reason: string; label: string | null }; article: Article }[]> {
  const folder = path.join(app.draftsFolder, draftId, 'versions');
  const names = (await fsp.readdir(folder).catch(() => [])).filter((name) => name.endsWith('.json'));
  return Promise.all(names.map(async (name) => JSON.parse(await fsp.readFile(path.join(folder, name), 'utf8'))));
}
