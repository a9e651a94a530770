import type { LexicalEditor } from 'lexical';
import { host } from '../host';
import { savePending } from '../history/HistoryCommands';
import { useArticleStore } from '../store/article-store';
import { commentAuthor } from './comment-author';
import { handoffConfirmation, handoffRequest, type HandoffForm } from './handoff-form';
import { showReviewNotice } from './review-notice';

/**
 * Send for review… / Return to reporter… once the dialog is filled in: the text on screen is saved,
 * then the host asks where to write the .copydesk, keeps the hand-off version, sets the status and
 * logs it. 'cancelled' when the person declined to say who they are or closed the save dialog:
 * nothing was handed over. Throws, in words, when it failed.
 */
export async function handOver(editor: LexicalEditor | null, form: HandoffForm): Promise<'done' | 'cancelled'> {
  if (!(await savePending(editor, true))) throw new Error('The text on screen could not be saved first, so nothing was handed over. Save it, then try again.');
  const by = await commentAuthor();
  if (!by) return 'cancelled';
  const store = useArticleStore.getState();
  const result = await host.handOverDraft(handoffRequest(form, store.metadata.id, by));
  if (!result) return 'cancelled';
  store.takeSavedFields(result.article);
  showReviewNotice({ text: handoffConfirmation(form.direction, result.article.status, result.file), file: result.file });
  return 'done';
}
