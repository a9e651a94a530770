import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { enterModal } from '../commands/command-registry';
import { keepTabWithin, rememberFocus } from './dialog-focus';

/**
 * Shows a <dialog> as modal while mounted. Without onEscape, Escape does nothing: the dialog asks a
 * question that must be answered (recovery, changed on disk). The element marked data-autofocus gets focus.
 * Tab stays inside the dialog, and when it closes, focus goes back to where it was before it opened.
 * While it is open the page's commands do not run (keys, application menu); only those it registers within itself.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, onEscape?: () => void): void {
  const onEscapeRef = useRef(onEscape);
  useEffect(() => {
    onEscapeRef.current = onEscape;
  }, [onEscape]);

  // A layout effect: it opens the dialog before anything else can move focus, and React runs its
  // cleanup before it takes the dialog off the page, so the dialog is still there to close.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnFocus = rememberFocus();
    const leaveModal = enterModal(dialog);
    const show = () => {
      dialog.showModal();
      // React does not render `autofocus`, so the dialog would focus its first button instead of the suggested one.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    };
    show();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onEscapeRef.current?.();
    };
    // Chromium closes a dialog without a cancelable `cancel` when Escape comes twice with no other input
    // between (its close-watcher rule). The dialog stays until the app closes it: shown again, then Escape handled.
    const onClosedByBrowser = () => {
      show();
      onEscapeRef.current?.();
    };
    const onKeyDown = (event: KeyboardEvent) => keepTabWithin(dialog, event);
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onClosedByBrowser);
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClosedByBrowser);
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.close();
      leaveModal();
      returnFocus();
    };
  }, [ref]);
}
