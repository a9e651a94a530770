import { useLayoutEffect, type RefObject } from 'react';
import { controlName, controlNamed } from '../recovery/dialog-focus';

/** The field that had focus when the last draft left the screen, by its accessible name. */
let focusedField: string | null = null;

/**
 * Another draft coming on screen (opened, reloaded after a change on disk, a version restored, New)
 * rebuilds the editor. Focus that was in it goes to the same field of the new one instead of being lost.
 * `ref` is any element of the editor; the article column around it is the scope.
 */
export function useFocusAcrossDrafts(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const scope = ref.current?.closest('main') ?? ref.current;
    if (!scope) return;
    // React runs this cleanup before it takes the old editor off the page, and the new editor's effect right after.
    const field = focusedField;
    focusedField = null;
    if (field !== null && (document.activeElement === null || document.activeElement === document.body)) controlNamed(scope, field)?.focus();
    return () => {
      const active = document.activeElement;
      focusedField = active instanceof HTMLElement && scope.contains(active) ? controlName(active) : null;
    };
  }, [ref]);
}
