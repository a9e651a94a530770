import type { LexicalEditor } from 'lexical';
import { create } from 'zustand';
import type { Article } from '../../../core/article/article-schema';
import { hasBlockers, runPreExportCheck, type PreExportItem } from '../../../core/checks/pre-export-check';
import type { PreExportSettingsInput } from '../../../core/checks/pre-export-settings';
import { articleToCmsFragment } from '../../../core/export/fragment';
import { bodyAsRejected } from '../../../core/review/body-suggestions';
import { pendingSuggestions } from '../../../core/review/pending-review';
import { articleAsPublished, type SuggestionView } from '../../../core/review/published-article';
import { bodyToPlainText } from '../../../core/export/plain-text';
import type { ExportFormat, ExportImageHandling } from '../../../core/host-api/contract';
import { host } from '../host';
import { articleOnScreen, saveArticle } from '../session/session';
import { useArticleStore } from '../store/article-store';
import { previewHtml } from './preview-html';
import { useStyleStore } from '../style/style-store';
import { shortPlace } from '../app/short-place';

export const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  html: 'HTML',
  json: 'JSON (native)',
  ninjs: 'ninjs',
  markdown: 'Markdown',
  text: 'Plain text',
};

/** What the export flow shows: the checklist before an export, or the preview. */
export type ExportPanel =
  | { kind: 'check'; format: ExportFormat; article: Article; settings: PreExportSettingsInput; items: PreExportItem[]; exporting: boolean; problem: string | null }
  | {
      kind: 'preview';
      /** The article as on screen, with its review, so the preview can show it either way. */
      article: Article;
      /** How pending suggestions are shown: rejected, as every export holds them, or accepted. */
      suggestions: SuggestionView;
      /** How many suggestions are pending (the choice matters only when there are some). */
      pending: number;
      headline: string;
      html: string;
    };

interface ExportFlowState {
  panel: ExportPanel | null;
  /** The last outcome in words (exported to …, copied, failed), for a status line. */
  notice: { tone: 'ok' | 'error'; text: string; file?: string } | null;
  close(): void;
}

export const useExportFlow = create<ExportFlowState>()((set) => ({
  panel: null,
  notice: null,
  close: () => set({ panel: null }),
}));

const flow = () => useExportFlow.getState();
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Saves pending edits (exports are written from the draft as saved), then opens the checklist for `format`. */
export async function startExport(editor: LexicalEditor | null, format: ExportFormat): Promise<void> {
  useExportFlow.setState({ notice: null });
  if (!(await saveArticle(editor))) {
    useExportFlow.setState({ notice: { tone: 'error', text: 'Not exported: the article could not be saved first. Save it, then export again.' } });
    return;
  }
  try {
    const article = articleOnScreen(editor);
    const { settings } = await host.getSettings({});
    const items = runPreExportCheck(article, settings.preExport, houseStyleOption());
    useExportFlow.setState({ panel: { kind: 'check', format, article, settings: settings.preExport, items, exporting: false, problem: null } });
  } catch (error) {
    useExportFlow.setState({ notice: { tone: 'error', text: `Could not check the article for export. ${describe(error)}` } });
  }
}

/** New check settings from the panel: re-run the checklist on the same article. */
export function recheck(settings: PreExportSettingsInput): void {
  const { panel } = flow();
  if (panel?.kind !== 'check') return;
  useExportFlow.setState({ panel: { ...panel, settings, items: runPreExportCheck(panel.article, settings, houseStyleOption()) } });
}

/** The house style in force, so the checklist counts its open issues (none before the host has answered). */
function houseStyleOption() {
  const { houseStyle } = useStyleStore.getState();
  return houseStyle ? { houseStyle } : {};
}

/** The export itself, once the editor has seen the checklist (the panel refuses while blockers remain). */
export async function confirmExport(images: ExportImageHandling): Promise<void> {
  const { panel } = flow();
  if (panel?.kind !== 'check' || panel.exporting || hasBlockers(panel.items)) return;
  const update = (change: Partial<Extract<ExportPanel, { kind: 'check' }>>) => useExportFlow.setState({ panel: { ...panel, ...change } });
  update({ exporting: true, problem: null });
  try {
    const result = await host.exportDraft({ draftId: panel.article.id, format: panel.format, ...(panel.format === 'html' ? { images } : {}) });
    if (!result) return update({ exporting: false });
    useExportFlow.setState({ panel: null, notice: { tone: 'ok', text: `Exported ${FORMAT_LABELS[panel.format]} as ${shortPlace(result.file)}`, file: result.file } });
  } catch (error) {
    update({ exporting: false, problem: `Could not export. ${describe(error)}` });
  }
}

async function previewPanel(article: Article, suggestions: SuggestionView): Promise<Extract<ExportPanel, { kind: 'preview' }>> {
  const shown = articleAsPublished(article, { suggestions });
  return { kind: 'preview', article, suggestions, pending: pendingSuggestions(article).length, headline: shown.headline, html: await previewHtml(shown) };
}

const previewFailed = (error: unknown) => useExportFlow.setState({ notice: { tone: 'error', text: `Could not show the preview. ${describe(error)}` } });

export async function openPreview(editor: LexicalEditor | null): Promise<void> {
  useExportFlow.setState({ notice: null });
  try {
    useExportFlow.setState({ panel: await previewPanel(articleOnScreen(editor), 'rejected') });
  } catch (error) {
    previewFailed(error);
  }
}

/** The preview's “with suggestions accepted” switch: the same article shown the other way. */
export async function showPreviewWith(suggestions: SuggestionView): Promise<void> {
  const { panel } = flow();
  if (panel?.kind !== 'preview' || panel.suggestions === suggestions) return;
  try {
    const next = await previewPanel(panel.article, suggestions);
    // Unless the preview was closed or switched again meanwhile.
    if (flow().panel === panel) useExportFlow.setState({ panel: next });
  } catch (error) {
    previewFailed(error);
  }
}

/** “Copy HTML for CMS”: the clean body fragment (no classes or styles) with a plain-text twin. */
export async function copyHtmlForCms(editor: LexicalEditor | null): Promise<void> {
  const article = articleOnScreen(editor);
  try {
    await host.writeClipboard({ html: articleToCmsFragment(article), text: bodyToPlainText(bodyAsRejected(article.body)) });
    useExportFlow.setState({ notice: { tone: 'ok', text: 'Copied the body as HTML for the CMS.' } });
  } catch (error) {
    useExportFlow.setState({ notice: { tone: 'error', text: `Could not copy the HTML. ${describe(error)}` } });
  }
}

/** Clears the notice when another article comes on screen. */
useArticleStore.subscribe((state, previous) => {
  if (state.document.revision !== previous.document.revision) useExportFlow.setState({ notice: null, panel: null });
});
