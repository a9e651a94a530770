import { useId, useRef, useState } from 'react';
import { CheckList } from '../checks/CheckList';
import { CheckSettings } from '../checks/CheckSettings';
import { confirmExport, FORMAT_LABELS, recheck, useExportFlow, type ExportPanel } from './export-flow';
import type { ExportImageHandling } from '../../../core/host-api/contract';
import { goToField } from './go-to-field';
import { goToReviewItem, reviewPathKind } from '../review/go-to-review-item';
import { useModalDialog } from '../recovery/use-modal-dialog';

interface ExportCheckDialogProps {
  panel: Extract<ExportPanel, { kind: 'check' }>;
}

/** The pre-export checklist: blockers refuse the export, warnings need “Export anyway”. */
export function ExportCheckDialog({ panel }: ExportCheckDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [images, setImages] = useState<ExportImageHandling>('embed');
  const id = useId();
  const close = useExportFlow((state) => state.close);
  const blockers = panel.items.filter((item) => item.severity === 'blocker');
  const warnings = panel.items.filter((item) => item.severity === 'warning');

  useModalDialog(dialogRef, close);

  const toField = (field: string) => {
    close();
    // After the dialog has closed (which hands focus back to where it was), so the field keeps it.
    requestAnimationFrame(() => (reviewPathKind(field) ? goToReviewItem(field) : goToField(field)));
  };

  const summary =
    blockers.length > 0
      ? `${count(blockers.length, 'blocker')} must be fixed before this article can be exported.`
      : warnings.length > 0
        ? `${count(warnings.length, 'warning')}. Check ${warnings.length === 1 ? 'it' : 'them'}, or export anyway.`
        : 'All checks passed.';

  return (
    <dialog ref={dialogRef} className="export-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>Pre-export check</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="export-dialog-body">
        <p id={`${id}-summary`} className={`check-summary check-summary-${blockers.length ? 'blocked' : warnings.length ? 'warned' : 'clear'}`}>
          <span className="check-format">{FORMAT_LABELS[panel.format]}</span>
          {summary}
        </p>
        <CheckList title="Blockers" tone="blocker" items={blockers} onGoToField={toField} />
        <CheckList title="Warnings" tone="warning" items={warnings} onGoToField={toField} />
        {panel.format === 'html' && (
          <fieldset className="export-images">
            <legend>Images</legend>
            <label>
              <input type="radio" name={`${id}-images`} checked={images === 'embed'} onChange={() => setImages('embed')} />
              Inside the HTML file
            </label>
            <label>
              <input type="radio" name={`${id}-images`} checked={images === 'assets'} onChange={() => setImages('assets')} />
              In an assets folder beside it
            </label>
          </fieldset>
        )}
        <details className="check-settings-details">
          <summary>Check settings</summary>
          <CheckSettings settings={panel.settings} onChange={recheck} />
        </details>
        {panel.problem && (
          <p role="alert" className="field-problem">
            {panel.problem}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-quiet" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className={warnings.length > 0 && blockers.length === 0 ? 'button button-warn' : 'button button-primary'}
          disabled={blockers.length > 0 || panel.exporting}
          onClick={() => void confirmExport(images)}
        >
          {panel.exporting ? 'Exporting…' : warnings.length > 0 && blockers.length === 0 ? 'Export anyway…' : 'Export…'}
        </button>
      </div>
    </dialog>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
