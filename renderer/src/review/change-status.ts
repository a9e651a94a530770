import type { ArticleStatus } from '../../../core/article/article-schema';
import { useArticleStore } from '../store/article-store';
import { requireUser } from '../settings/current-user';

/** The status list's choice: signed by who is working (asked first if nobody is known; declining keeps the status). */
export async function changeStatus(status: ArticleStatus): Promise<void> {
  if (useArticleStore.getState().metadata.status === status) return;
  const by = await requireUser();
  if (!by) return;
  useArticleStore.getState().setStatus(status, { by, at: new Date().toISOString(), newId: () => crypto.randomUUID() });
}
