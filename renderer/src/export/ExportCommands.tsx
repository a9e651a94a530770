import { useEffect, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { importArticle } from '../import/import-article';
import { registerCommandHandlers } from '../commands/command-registry';
import { ExportMenu } from './ExportMenu';
import { copyHtmlForCms, openPreview, startExport } from './export-flow';

/** The Export… menu for the app bar, and the Import… and Preview commands (the app bar and the File menu run them). */
export function ExportCommands({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  useEffect(
    () =>
      registerCommandHandlers({
        import: { run: () => void importArticle(editorRef.current) },
        preview: { run: () => void openPreview(editorRef.current) },
      }),
    [editorRef],
  );
  return <ExportMenu onExport={(format) => void startExport(editorRef.current, format)} onCopyForCms={() => void copyHtmlForCms(editorRef.current)} />;
}
