import { create } from 'zustand';
import type { HouseStyleState } from '../../../core/host-api/contract';
import type { StyleReport } from '../../../core/style/check-style';
import type { HouseStyle } from '../../../core/style/style-file';
import type { StyleIssue } from '../../../core/style/style-issue';
import { host } from '../host';
import { useArticleStore } from '../store/article-store';
import { useReviewUi } from '../review/review-ui-store';

interface StyleState {
  /** The house style in force; null until the host has answered. */
  houseStyle: HouseStyle | null;
  /** Whether it is the newsroom's own (false: the shipped default). */
  custom: boolean;
  /** Open issues of the last check, in reading order. */
  issues: readonly StyleIssue[];
  /** The body's block keys as the last check counted them: an issue's blockIndex indexes this. */
  blockKeys: readonly string[];
  panelShown: boolean;
  /** The issue picked in the panel, drawn more strongly in the text. */
  activeIssueId: string | null;

  setHouseStyle(state: HouseStyleState): void;
  setReport(report: StyleReport, blockKeys: readonly string[]): void;
  setPanelShown(shown: boolean): void;
  setActiveIssue(id: string | null): void;
}

/** The house style and what the checks found on screen: screen state, never saved with the article. */
export const useStyleStore = create<StyleState>()((set) => ({
  houseStyle: null,
  custom: false,
  issues: [],
  blockKeys: [],
  panelShown: false,
  activeIssueId: null,

  setHouseStyle: ({ style, custom }) => set({ houseStyle: style, custom }),
  setReport: (report, blockKeys) => set({ issues: report.issues, blockKeys }),
  setPanelShown: (panelShown) => set({ panelShown }),
  setActiveIssue: (activeIssueId) => set({ activeIssueId }),
}));

/** Reads the house style from the host at start; a notice (its file was unusable) is shown once. */
export async function loadHouseStyle(): Promise<void> {
  try {
    const state = await host.getHouseStyle({});
    useStyleStore.getState().setHouseStyle(state);
    if (state.notice) useArticleStore.getState().showAlert(state.notice);
  } catch (error) {
    useArticleStore.getState().showAlert(`The house style could not be read, so the style checks are off. ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Keeps a changed house style with the host and puts it in force. */
export async function saveHouseStyle(style: HouseStyle | null): Promise<void> {
  useStyleStore.getState().setHouseStyle(await host.saveHouseStyle({ style }));
}

// The Style and Review panels share the side column: opening one closes the other.
useStyleStore.subscribe((state, previous) => {
  if (state.panelShown && !previous.panelShown) useReviewUi.getState().setPanelShown(false);
});
useReviewUi.subscribe((state, previous) => {
  if (state.panelShown && !previous.panelShown) useStyleStore.getState().setPanelShown(false);
});

// Another article's issues are gone when it leaves the screen.
useArticleStore.subscribe((state, previous) => {
  if (state.document.revision !== previous.document.revision) useStyleStore.setState({ issues: [], blockKeys: [], activeIssueId: null });
});
