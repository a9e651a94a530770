import type { RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import { importArticle } from '../import/import-article';
import { ExportMenu } from './ExportMenu';
import { copyHtmlForCms, openPreview, startExport } from './export-flow';

/** Import…, Preview and Export… for the app bar. */
export function ExportCommands({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  return (
    <>
      <button type="button" className="button" onClick={() => void importArticle(editorRef.current)}>
        Import…
      </button>
      <button type="button" className="button" onClick={() => void openPreview(editorRef.current)}>
        Preview
      </button>
      <ExportMenu onExport={(format) => void startExport(editorRef.current, format)} onCopyForCms={() => void copyHtmlForCms(editorRef.current)} />
    </>
  );
}
