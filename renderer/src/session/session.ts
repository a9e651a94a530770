import type { LexicalEditor } from 'lexical';
import type { Article, ArticleBody } from '../../../core/article/article-schema';
import { createArticle } from '../../../core/article/new-article';
import { useArticleStore } from '../store/article-store';
import { host } from '../host';
import { HostError, type IncomingCompareOffer } from '../../../core/host-api/contract';
import { offerIncomingCompare } from '../review/incoming-compare';
import { editRevision } from './autosave-revision';
import type { SaveOutcome } from './autosave';

/**
 * The article's life with the host: start-up, save, new, open. The body is read from the editor
 * here and only here, when saving.
 */

const store = () => useArticleStore.getState();

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readBody(editor: LexicalEditor | null): ArticleBody {
  const { document } = store();
  // A body the editor could not show is written back as it came, never as the empty editor.
  if (!editor || document.bodyProblem) return document.body;
  return editor.getEditorState().toJSON() as unknown as ArticleBody;
}

function freshArticle(): Article {
  return createArticle({ id: crypto.randomUUID(), now: new Date() });
}

export async function startSession(): Promise<void> {
  try {
    const { draftId, compare } = await host.getLastSession({});
    if (draftId) {
      const { article } = await host.loadDraft({ id: draftId });
      store().load(article);
      // A returned copy the OS opened at launch.
      if (compare) offerIncomingCompare(compare, article);
      return;
    }
  } catch (error) {
    store().showAlert(`Could not reopen the draft you had open last time. ${describe(error)} A new article was started instead; the draft itself was not changed.`);
  }
  store().load(freshArticle());
}

/** The article as on screen, serialized: the one serializer for saves and crash-recovery copies. */
export function articleOnScreen(editor: LexicalEditor | null): Article {
  const { metadata } = store();
  return {
    ...metadata,
    slug: metadata.slug.replace(/^-+|-+$/g, ''),
    body: readBody(editor),
    updatedAt: new Date().toISOString(),
  };
}

/**
 * Saves whatever is on screen, complete or not; problems are reported after the save, never instead
 * of it. A quiet (automatic) save does not flag fields the reporter may still be writing.
 */
export async function saveArticleOutcome(editor: LexicalEditor | null, options: { quiet?: boolean } = {}): Promise<SaveOutcome> {
  const revision = editRevision.current();
  const article = articleOnScreen(editor);
  store().setSaveState({ kind: 'saving' });
  try {
    // As JSON text: one string crosses to the host, not the object graph (ArticleJsonSchema).
    const { savedAt } = await host.saveDraft({ article: JSON.stringify(article), revision });
    editRevision.savedUpTo(revision);
    store().setSaveState({ kind: 'saved', savedAt }, options.quiet ? {} : { headlineMissing: article.headline.trim() === '', checkAllLinks: true });
    return 'saved';
  } catch (error) {
    store().setSaveState({ kind: 'failed', reason: describe(error) });
    return error instanceof HostError && error.code === 'conflict' ? 'conflict' : 'failed';
  }
}

export async function saveArticle(editor: LexicalEditor | null, options: { quiet?: boolean } = {}): Promise<boolean> {
  return (await saveArticleOutcome(editor, options)) === 'saved';
}

/** Saves the current article first if it has changes; false (with the reason on screen) if that failed. */
async function saveBeforeLeaving(editor: LexicalEditor | null): Promise<boolean> {
  // A save already under way may still fail: save again rather than trust it (the host keeps the newest).
  if (!store().unsaved && store().saveState.kind !== 'saving') return true;
  if (await saveArticle(editor)) return true;
  store().showAlert('The current article could not be saved, so it was kept open. Try saving again before switching.');
  return false;
}

export async function newArticle(editor: LexicalEditor | null): Promise<void> {
  if (await saveBeforeLeaving(editor)) store().load(freshArticle());
}

/**
 * `notice`: shown once the draft is open (what bringing it in left out, say). `compare`: the draft is
 * open because a copy of it came back that shares a hand-off with it, to compare with it.
 */
export async function openDraft(editor: LexicalEditor | null, id: string, headline: string, notice: string | null = null, compare?: IncomingCompareOffer): Promise<void> {
  if (!(await saveBeforeLeaving(editor))) return;
  try {
    const { article } = await host.loadDraft({ id });
    store().load(article);
    store().showAlert(notice);
    if (compare) offerIncomingCompare(compare, article);
  } catch (error) {
    store().showAlert(`Could not open “${headline || 'Untitled'}”. ${describe(error)}`);
  }
}

export async function openDraftFile(editor: LexicalEditor | null): Promise<void> {
  if (!(await saveBeforeLeaving(editor))) return;
  try {
    const result = await host.openDraftFile({});
    if (!result) return;
    store().load(result.article);
    store().showAlert(null);
    if (result.compare) offerIncomingCompare(result.compare, result.article);
  } catch (error) {
    store().showAlert(`Could not open that draft file. ${describe(error)}`);
  }
}
