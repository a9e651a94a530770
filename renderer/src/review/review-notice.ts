import { create } from 'zustand';
import { useArticleStore } from '../store/article-store';

/** The last hand-off or kept compare, in words, for the status bar; `file` is the whole path, for its tooltip. */
export interface ReviewNotice {
  text: string;
  file?: string;
}

export const useReviewNotice = create<{ notice: ReviewNotice | null }>()(() => ({ notice: null }));

export function showReviewNotice(notice: ReviewNotice | null): void {
  useReviewNotice.setState({ notice });
}

/** Cleared when another article comes on screen (one who keeps a compare sets it again after). */
useArticleStore.subscribe((state, previous) => {
  if (state.document.revision !== previous.document.revision) showReviewNotice(null);
});
