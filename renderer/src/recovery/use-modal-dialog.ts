import { useEffect, type RefObject } from 'react';

/**
 * Shows a <dialog> as modal while mounted. Without onEscape, Escape does nothing: the dialog asks a
 * question that must be answered (recovery, changed on disk).
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, onEscape?: () => void): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onEscape?.();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
    };
  }, [ref, onEscape]);
}
