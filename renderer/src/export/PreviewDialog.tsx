import { useEffect, useId, useRef } from 'react';
import { useExportFlow, type ExportPanel } from './export-flow';

interface PreviewDialogProps {
  panel: Extract<ExportPanel, { kind: 'preview' }>;
}

/**
 * The HTML export as it will be written, in a frame with every sandbox restriction on (no scripts,
 * no forms, no popups, an opaque origin) and its images inside, so it reaches nothing.
 */
export function PreviewDialog({ panel }: PreviewDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const close = useExportFlow((state) => state.close);
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog ref={dialogRef} className="preview-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <header className="dialog-head">
        <h2 id={`${id}-title`}>Preview</h2>
        <p className="preview-note">The HTML export, exactly as it will be written</p>
        <button type="button" className="icon-button" aria-label="Close" onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <iframe className="preview-frame" title={`Preview of “${panel.headline || 'Untitled article'}”`} sandbox="" srcDoc={panel.html} referrerPolicy="no-referrer" />
    </dialog>
  );
}
