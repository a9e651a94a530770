import { useId, useRef } from 'react';
import { useModalDialog } from '../recovery/use-modal-dialog';
import { showPreviewWith, useExportFlow, type ExportPanel } from './export-flow';

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

  useModalDialog(dialogRef, close);

  return (
    <dialog ref={dialogRef} className="preview-dialog" aria-labelledby={`${id}-title`}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Preview</h2>
        <p className="preview-note" id={`${id}-note`}>
          {panel.suggestions === 'accepted'
            ? 'As if every pending suggestion were accepted: not what exports now'
            : 'The HTML export, exactly as it will be written'}
        </p>
        {panel.pending > 0 && (
          <label className="preview-switch">
            <input
              type="checkbox"
              role="switch"
              checked={panel.suggestions === 'accepted'}
              aria-describedby={`${id}-note`}
              onChange={(event) => void showPreviewWith(event.target.checked ? 'accepted' : 'rejected')}
            />
            Preview with suggestions accepted ({panel.pending})
          </label>
        )}
        <button type="button" className="icon-button" aria-label="Close" onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {/* A Tab stop of its own (arrow keys then scroll it), though it holds nothing focusable. */}
      <iframe className="preview-frame" tabIndex={0} title={`Preview of “${panel.headline || 'Untitled article'}”`} sandbox="" srcDoc={panel.html} referrerPolicy="no-referrer" />
      {/* Tab from inside the frame goes to the next control of this page, so there must be one after it. */}
      <div className="dialog-actions">
        <span />
        <button type="button" className="button button-quiet" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
