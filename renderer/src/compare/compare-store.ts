import { create } from 'zustand';
import type { Article } from '../../../core/article/article-schema';

/**
 * What the compare view shows. `incoming`: a returned copy of my draft, three-way against the last
 * shared hand-off (`base`), each incoming change accepted or rejected, then kept. `history`: two
 * versions, read-only, two-way (`base` null; `mine` is the older side, `theirs` the newer).
 */
export interface CompareRequest {
  mode: 'incoming' | 'history';
  mine: Article;
  theirs: Article;
  base: Article | null;
  /** How the two sides are named in the view, e.g. “Your text” / “Returned by Amina”. */
  labels?: { mine: string; theirs: string };
  /**
   * Incoming mode: called on “Keep result” with the merged article and a one-line summary for the
   * review log ('compare-kept'); the view closes when it resolves, and shows the error if it rejects.
   * Nothing of mine changes before.
   */
  onKeep?(result: Article, summary: string): void | Promise<void>;
  /** Called when the view closes without keeping (Cancel, Escape). */
  onCancel?(): void;
}

/** The one compare view on screen, opened from the hand-off import or from History. */
export const useCompareStore = create<{ request: CompareRequest | null; opened: number }>()(() => ({ request: null, opened: 0 }));

/** Shows the compare view; one opened while another is on screen replaces it. */
export function openCompare(request: CompareRequest): void {
  useCompareStore.setState((state) => ({ request, opened: state.opened + 1 }));
}

export function closeCompare(): void {
  useCompareStore.setState({ request: null });
}
