import { useEffect, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { ExportFormat, MenuCommand } from '../../../core/host-api/contract';
import { host } from '../host';
import { newArticle, openDraft, saveArticle } from '../session/session';
import { useArticleStore } from '../store/article-store';
import { runFormatCommand } from './native-commands';
import { startExport } from '../export/export-flow';
import './print.css';

const store = () => useArticleStore.getState();
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const EXPORT_COMMANDS: Partial<Record<MenuCommand, ExportFormat>> = {
  'export-html': 'html',
  'export-json': 'json',
  'export-ninjs': 'ninjs',
  'export-markdown': 'markdown',
  'export-text': 'text',
};

async function saveCopyAs(editor: LexicalEditor | null): Promise<void> {
  if (!(await saveArticle(editor))) return;
  try {
    const saved = await host.saveCopyAs({ draftId: store().metadata.id });
    if (saved) store().showAlert(null);
  } catch (error) {
    store().showAlert(`Could not save a copy. ${describe(error)}`);
  }
}

/** Files dropped on the window outside the body: a draft opens (after the current article is saved), an image becomes the lead image. */
async function openDroppedFiles(editor: LexicalEditor | null, files: readonly File[]): Promise<void> {
  for (const file of files) {
    try {
      const isImage = file.type.startsWith('image/');
      if (!isImage && store().unsaved && !(await saveArticle(editor))) return;
      const result = await host.openDroppedFile({ file, draftId: isImage ? store().metadata.id : null });
      if (result.kind === 'draft') store().load(result.article);
      else store().setLeadImage(result.image);
      store().showAlert(result.kind === 'draft' && result.notes.length > 0 ? result.notes.join(' ') : null);
    } catch (error) {
      store().showAlert(`Could not open “${file.name}”. ${describe(error)}`);
    }
  }
}

/**
 * The renderer's side of the native shell: menu commands and files the OS or a drop hands over.
 * `openOpenDialog` shows the app's own Open dialog (File ▸ Open…), `openSettings` its Settings dialog.
 */
export function useNativeShell(editorRef: RefObject<LexicalEditor | null>, openOpenDialog: () => void, openSettings: () => void): void {
  useEffect(() => {
    const runCommand = (command: MenuCommand) => {
      const editor = editorRef.current;
      if (command === 'new') return void newArticle(editor);
      if (command === 'open') return openOpenDialog();
      if (command === 'settings') return openSettings();
      if (command === 'save') return void saveArticle(editor);
      if (command === 'save-copy-as') return void saveCopyAs(editor);
      const exportFormat = EXPORT_COMMANDS[command];
      if (exportFormat) return void startExport(editor, exportFormat); // the checklist panel, as from the app bar
      if (editor) runFormatCommand(editor, command);
    };
    const stopCommands = host.subscribe('menuCommand', ({ command }) => runCommand(command));
    const stopOpens = host.subscribe('openDraftRequested', ({ draftId }) => void openDraft(editorRef.current, draftId, ''));

    // Without preventDefault on dragover the page refuses drops; files only, so dragging text inside the editor still works.
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      // A picture dropped on the body was taken by the editor (BodyBlocksPlugin) as an inline picture.
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      void openDroppedFiles(editorRef.current, [...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      stopCommands();
      stopOpens();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [editorRef, openOpenDialog, openSettings]);
}
