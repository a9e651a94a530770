import { create } from 'zustand';
import type { RangeSelection } from 'lexical';
import type { ReviewField } from '../../../core/review/review-schema';

/** Where a comment being written will be anchored: the body selection as it was, or a field's range. */
export type CommentTarget =
  | { kind: 'body'; selection: RangeSelection; quote: string }
  | { kind: 'field'; field: ReviewField; start: number; end: number; quote: string };

/** Editing changes the text directly; Suggesting turns every change into a suggestion attributed to the user. */
export type EditMode = 'editing' | 'suggesting';

interface ReviewUiState {
  mode: EditMode;
  panelShown: boolean;
  /** The thread whose text the caret is in, or that was picked in the panel. */
  activeThreadId: string | null;
  /** The thread ids on the body's marks, top to bottom; refreshed only when marks change. */
  bodyThreadIds: readonly string[];
  /** The new comment being written in the panel, if any. */
  composing: CommentTarget | null;

  setMode(mode: EditMode): void;
  setPanelShown(shown: boolean): void;
  setActiveThread(id: string | null): void;
  setBodyThreadIds(ids: readonly string[]): void;
  compose(target: CommentTarget | null): void;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** What the review panel shows and which thread is active: screen state, never saved with the article. */
export const useReviewUi = create<ReviewUiState>()((set, get) => ({
  mode: 'editing',
  panelShown: false,
  activeThreadId: null,
  bodyThreadIds: [],
  composing: null,

  setMode: (mode) => set({ mode }),
  setPanelShown: (panelShown) => set({ panelShown }),
  setActiveThread: (activeThreadId) => {
    if (get().activeThreadId !== activeThreadId) set({ activeThreadId });
  },
  setBodyThreadIds: (ids) => {
    if (!sameIds(get().bodyThreadIds, ids)) set({ bodyThreadIds: ids });
  },
  compose: (composing) => set(composing ? { composing, panelShown: true } : { composing }),
}));
