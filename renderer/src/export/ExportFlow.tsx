import './export.css';
import { ExportCheckDialog } from './ExportCheckDialog';
import { PreviewDialog } from './PreviewDialog';
import { useExportFlow } from './export-flow';

/** The export flow's dialogs and its last outcome, mounted once by the app, above the status bar (never over the form). */
export function ExportFlow() {
  const panel = useExportFlow((state) => state.panel);
  const notice = useExportFlow((state) => state.notice);
  return (
    <>
      {panel?.kind === 'check' && <ExportCheckDialog panel={panel} />}
      {panel?.kind === 'preview' && <PreviewDialog panel={panel} />}
      <div role="status" aria-label="Export status" className={notice ? `export-notice export-notice-${notice.tone}` : 'export-notice-empty'}>
        {notice && (
          <>
            {/* The whole path on hover; the line itself stays short. */}
            <p dir="auto" title={notice.file}>
              {notice.text}
            </p>
            <button type="button" className="button button-small button-quiet" onClick={() => useExportFlow.setState({ notice: null })}>
              Dismiss
            </button>
          </>
        )}
      </div>
    </>
  );
}
