import { useEffect, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { useArticleStore } from '../store/article-store';
import { newArticle, openDraft, openDraftFile, saveArticle, startSession } from '../session/session';
import { useAutosave } from '../session/use-autosave';
import { BodyEditor } from '../editor/BodyEditor';
import { ArticleHead } from '../metadata/ArticleHead';
import { MetadataPanel } from '../metadata/MetadataPanel';
import { AppBar } from './AppBar';
import { StatusBar } from './StatusBar';
import { LibraryDialog } from '../library/LibraryDialog';
import { HistoryCommands, savePending } from '../history/HistoryCommands';
import { useNativeShell } from '../native/use-native-shell';
import { ExportCommands } from '../export/ExportCommands';
import { ExportFlow } from '../export/ExportFlow';
import { RecoveryDialog } from '../recovery/RecoveryDialog';
import { ConflictDialog } from '../conflict/ConflictDialog';
import { CompareDialog } from '../compare/CompareView';
import { SettingsDialog } from '../settings/SettingsDialog';
import { showSettingsNotice } from '../settings/settings-notice';
import { loadCurrentUser } from '../settings/user-settings';
import { WhoIsWorkingPrompt } from '../settings/WhoIsWorkingDialog';
import { askWhoIsWorking } from '../settings/current-user';
import { loadStoredCheckSettings } from '../checks/check-settings-store';
import { registerCommandHandlers } from '../commands/command-registry';
import { useCommandDispatch } from '../commands/use-command-dispatch';
import { registerUndoRedo } from '../editor/undo-redo';
import { KeyboardShortcutsDialog } from '../commands/KeyboardShortcutsDialog';
import { ReviewPanel } from '../review/ReviewPanel';
import { HandoffCommands } from '../review/HandoffCommands';
import { useReviewUi } from '../review/review-ui-store';
import { useReviewCommands } from '../review/use-review-commands';
import { StylePanel, toggleStylePanel } from '../style/StylePanel';
import { loadHouseStyle, useStyleStore } from '../style/style-store';

export function App() {
  const loaded = useArticleStore((state) => state.document);
  const alert = useArticleStore((state) => state.alert);
  const editorRef = useRef<LexicalEditor | null>(null);
  const [openDialogShown, setOpenDialogShown] = useState(false);
  const [settingsShown, setSettingsShown] = useState(false);
  const [shortcutsShown, setShortcutsShown] = useState(false);
  useAutosave(editorRef);
  useReviewCommands(editorRef);
  const reviewPanelShown = useReviewUi((state) => state.panelShown);
  const stylePanelShown = useStyleStore((state) => state.panelShown);
  const headline = useArticleStore((state) => state.metadata.headline.trim());

  useEffect(() => {
    document.title = `${headline || 'Untitled'} — Copydesk`;
  }, [headline]);
  useNativeShell(editorRef);
  useCommandDispatch();

  useEffect(() => {
    const firstRun = loadCurrentUser();
    // Asked once the draft is on screen, so the first-run prompt sits over the app, not over “Opening…”.
    void startSession()
      .then(showSettingsNotice)
      .then(async () => (await firstRun) && askWhoIsWorking());
    void loadStoredCheckSettings();
    void loadHouseStyle();
  }, []);

  useEffect(
    () =>
      registerCommandHandlers({
        new: { run: () => void newArticle(editorRef.current) },
        open: { run: () => setOpenDialogShown(true) },
        save: { run: () => void saveArticle(editorRef.current) },
        settings: { run: () => setSettingsShown(true) },
        'keyboard-shortcuts': { run: () => setShortcutsShown(true) },
        'view.stylePanel': { run: () => toggleStylePanel(editorRef.current) },
      }),
    [],
  );

  useEffect(() => registerUndoRedo(), []);

  if (loaded.revision === 0) return <p className="app-loading">Opening…</p>;

  return (
    <div className="app">
      <AppBar reviewPanelShown={reviewPanelShown} exportMenu={<ExportCommands editorRef={editorRef} />} />
      <HistoryCommands editorRef={editorRef} />
      {alert && (
        <div role="alert" className="app-alert">
          <p>{alert}</p>
          <button type="button" className="button button-small" onClick={() => useArticleStore.getState().showAlert(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className={reviewPanelShown || stylePanelShown ? 'workspace workspace-with-side-panel' : 'workspace'}>
        <main className="article-column" aria-label="Article">
          <BodyEditor key={loaded.revision} initialBody={loaded.body} editorRef={editorRef}>
            <ArticleHead />
          </BodyEditor>
        </main>
        {reviewPanelShown ? <ReviewPanel editorRef={editorRef} /> : stylePanelShown && <StylePanel editorRef={editorRef} />}
        <MetadataPanel />
      </div>
      <ExportFlow />
      <StatusBar />
      <RecoveryDialog />
      <ConflictDialog editorRef={editorRef} />
      <CompareDialog />
      <HandoffCommands editorRef={editorRef} />
      {settingsShown && (
        <SettingsDialog
          onClose={() => setSettingsShown(false)}
          // The open draft goes with the library: saved into the new folder.
          onDraftsFolderChanged={() => void savePending(editorRef.current, true)}
        />
      )}
      <WhoIsWorkingPrompt />
      {shortcutsShown && <KeyboardShortcutsDialog onClose={() => setShortcutsShown(false)} />}
      {openDialogShown && (
        <LibraryDialog
          savePending={(always) => savePending(editorRef.current, always)}
          onClose={() => setOpenDialogShown(false)}
          onOpenDraft={(draft, notice, compare) => {
            setOpenDialogShown(false);
            void openDraft(editorRef.current, draft.id, draft.headline, notice ?? null, compare);
          }}
          onOpenFile={() => {
            setOpenDialogShown(false);
            void openDraftFile(editorRef.current);
          }}
        />
      )}
    </div>
  );
}
