import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';

// A toolbar menu's items belong to the menu's own arrow keys, not the toolbar's.
const ITEMS = 'button:not(:disabled):not([role="menuitem"]), select:not(:disabled)';

/**
 * WAI-ARIA toolbar keyboard pattern: the toolbar is one tab stop, arrow keys, Home and End move
 * between its controls, and Tab returns to the control used last.
 */
export function useRovingFocus<Container extends HTMLElement>() {
  const containerRef = useRef<Container>(null);
  const activeIndex = useRef(0);

  const items = () => Array.from(containerRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? []);

  const markActive = useCallback((active: number) => {
    const all = Array.from(containerRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? []);
    activeIndex.current = Math.min(active, all.length - 1);
    all.forEach((item, index) => item.setAttribute('tabindex', index === activeIndex.current ? '0' : '-1'));
  }, []);

  // Controls come and go (undo becomes possible, say): keep exactly one of them tabbable.
  useLayoutEffect(() => markActive(activeIndex.current));

  const onFocus = useCallback(
    (event: React.FocusEvent<Container>) => {
      const index = items().indexOf(event.target as HTMLElement);
      if (index !== -1) markActive(index);
    },
    [markActive],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<Container>) => {
      if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      const all = items();
      const current = all.indexOf(document.activeElement as HTMLElement);
      if (current === -1) return;
      const step = event.key === 'ArrowRight' ? 1 : -1;
      const target = event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : (current + step + all.length) % all.length;
      event.preventDefault();
      markActive(target);
      all[target]?.focus();
    },
    [markActive],
  );

  return { ref: containerRef, onFocus, onKeyDown };
}
