import type { LexicalEditor } from 'lexical';
import { host } from '../host';
import { saveArticle } from '../session/session';
import { useArticleStore } from '../store/article-store';

const store = () => useArticleStore.getState();

/**
 * “Import…”: a wire story (ninjs 1.x–3.x), an HTML page or a native draft of any version becomes a
 * new draft in the library and opens. The article on screen is saved first.
 */
export async function importArticle(editor: LexicalEditor | null): Promise<void> {
  if ((store().unsaved || store().saveState.kind === 'saving') && !(await saveArticle(editor))) {
    store().showAlert('The current article could not be saved, so nothing was imported. Try saving again first.');
    return;
  }
  try {
    const imported = await host.importArticleFile({});
    if (!imported) return;
    store().load(imported.article);
    store().showAlert(imported.notes.length > 0 ? `Imported from ${imported.file}. ${imported.notes.join(' ')}` : null);
  } catch (error) {
    store().showAlert(`Could not import. ${error instanceof Error ? error.message : String(error)}`);
  }
}
