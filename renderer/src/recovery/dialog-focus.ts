/**
 * The focus rules every dialog and popover shares: while open, Tab and Shift+Tab cycle through its
 * controls only; when it closes, focus goes back where it was, caret included.
 */

/** Where focus is now, and a function that puts it back there (if that element is still on the page), caret included. */
export function rememberFocus(): () => void {
  const active = document.activeElement;
  const element = active instanceof HTMLElement && active !== document.body ? active : null;
  if (!element) return () => undefined;
  const restoreCaret = rememberCaret(element);
  const name = controlName(element);
  return () => {
    if (element.isConnected) {
      element.focus({ preventScroll: true });
      restoreCaret();
    } else if (name !== null) {
      // The dialog replaced what was on screen (a draft reloaded): the same field of the new one.
      controlNamed(document.body, name)?.focus({ preventScroll: true });
    }
  };
}

const CONTROLS = 'input, textarea, select, button, [contenteditable="true"]';

/** A control's accessible name from its aria-label or its label, which survives the control being rebuilt. */
export function controlName(element: HTMLElement): string | null {
  const labels = 'labels' in element ? (element.labels as NodeListOf<HTMLLabelElement> | null) : null;
  return element.getAttribute('aria-label') ?? labels?.[0]?.textContent?.trim() ?? null;
}

export function controlNamed(scope: HTMLElement, name: string): HTMLElement | null {
  return Array.from(scope.querySelectorAll<HTMLElement>(CONTROLS)).find((element) => controlName(element) === name) ?? null;
}

/**
 * The caret is put back explicitly even in a field, which keeps its own: Chromium may have left the
 * document's selection inside the dialog, and a field focused while it is there takes no typing.
 */
function rememberCaret(element: HTMLElement): () => void {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    const { selectionStart: start, selectionEnd: end, selectionDirection: direction } = element;
    if (start === null || end === null) return () => undefined;
    return () => element.setSelectionRange(start, end, direction ?? undefined);
  }
  const selection = document.getSelection();
  if (!element.isContentEditable || !selection || selection.rangeCount === 0) return () => undefined;
  const caret = selection.getRangeAt(0).cloneRange();
  return () => {
    if (!element.contains(caret.startContainer) || !element.contains(caret.endContainer)) return;
    selection.removeAllRanges();
    selection.addRange(caret);
  };
}

type TabKeyEvent = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented' | 'preventDefault'>;

/**
 * Call on keydown inside `container`: Tab and Shift+Tab move to its next or previous stop, round from
 * the last to the first. A modal <dialog> alone lets Tab leave for the browser itself (a stop where
 * nothing on the page has focus), and passes over a frame with no links in it, such as the preview.
 */
export function keepTabWithin(container: HTMLElement, event: TabKeyEvent): void {
  if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  const stops = tabStops(container);
  const active = document.activeElement ?? container;
  const current = stops.findIndex((stop) => sameStop(active, stop));
  const next =
    current !== -1
      ? stops[(current + (event.shiftKey ? stops.length - 1 : 1)) % stops.length]
      : event.shiftKey
        ? (stops.findLast((stop) => active.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_PRECEDING) ?? stops.at(-1))
        : (stops.find((stop) => active.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING) ?? stops[0]);
  next?.focus();
}

const FOCUSABLE = 'a[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** The elements Tab stops at, in order: enabled, shown, not taken out of the order; one per radio group. */
function tabStops(container: HTMLElement): HTMLElement[] {
  const candidates = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.tabIndex >= 0 && !element.matches(':disabled') && !element.closest('[inert]') && element.checkVisibility({ visibilityProperty: true }),
  );
  return candidates.filter((element) => !(isRadio(element) && element.name && radioGroupStop(candidates, element) !== element));
}

/** The radio Tab stops at in a group: the checked one, or the first when none is. */
function radioGroupStop(candidates: readonly HTMLElement[], radio: HTMLInputElement): HTMLElement {
  const group = candidates.filter((other) => isRadio(other) && other.name === radio.name && other.form === radio.form) as HTMLInputElement[];
  return group.find((other) => other.checked) ?? group[0] ?? radio;
}

function sameStop(active: Element, stop: HTMLElement): boolean {
  if (active === stop) return true;
  return isRadio(active) && isRadio(stop) && active.name !== '' && active.name === stop.name && active.form === stop.form;
}

function isRadio(element: Element): element is HTMLInputElement {
  return element instanceof HTMLInputElement && element.type === 'radio';
}
