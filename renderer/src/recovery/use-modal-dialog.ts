import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a <dialog> as modal while mounted. Without onEscape, Escape does nothing: the dialog asks a
 * question that must be answered (recovery, changed on disk). The element marked data-autofocus gets focus.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, onEscape?: () => void): void {
  const onEscapeRef = useRef(onEscape);
  useEffect(() => {
    onEscapeRef.current = onEscape;
  }, [onEscape]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    // React does not render `autofocus`, so the dialog would focus its first button instead of the suggested one.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onEscapeRef.current?.();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
    };
  }, [ref]);
}
