import { useEffect, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { PageCommandId } from '../../../core/commands/command-table';
import type { ExportFormat } from '../../../core/host-api/contract';
import { registerCommandHandlers } from '../commands/command-registry';
import { host } from '../host';
import { openDraft, saveArticle } from '../session/session';
import { useArticleStore } from '../store/article-store';
import { registerBodyCommands } from './native-commands';
import { startExport } from '../export/export-flow';
import { offerIncomingCompare } from '../review/incoming-compare';
import './print.css';

const store = () => useArticleStore.getState();
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const EXPORT_COMMANDS: Partial<Record<PageCommandId, ExportFormat>> = {
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
      if (result.kind === 'draft' && result.compare) offerIncomingCompare(result.compare, result.article);
    } catch (error) {
      store().showAlert(`Could not open “${file.name}”. ${describe(error)}`);
    }
  }
}

/**
 * The renderer's side of the native shell: the File, Format and Insert commands of the menus, and
 * files the OS or a drop hands over.
 */
export function useNativeShell(editorRef: RefObject<LexicalEditor | null>): void {
  useEffect(() => {
    const stopCommands = registerCommandHandlers({
      'save-copy-as': { run: () => void saveCopyAs(editorRef.current) },
      // The checklist panel, as from the app bar.
      ...Object.fromEntries(Object.entries(EXPORT_COMMANDS).map(([command, format]) => [command, { run: () => void startExport(editorRef.current, format) }])),
    });
    const stopBodyCommands = registerBodyCommands(editorRef);
    const stopOpens = host.subscribe('openDraftRequested', ({ draftId, compare }) => void openDraft(editorRef.current, draftId, '', null, compare));

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
      stopBodyCommands();
      stopOpens();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [editorRef]);
}
