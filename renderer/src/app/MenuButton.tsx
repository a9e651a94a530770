import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuEntry {
  label: string;
  onSelect(): void;
  /** Draws a separator above the item. */
  separatorBefore?: boolean;
  /** The item's shortcut (aria-keyshortcuts, and shown at the end of the item). */
  keys?: { aria: string; label: string };
}

interface MenuButtonProps {
  /** The button's content; `name` is the menu's accessible name. */
  children: ReactNode;
  name: string;
  items: readonly MenuEntry[];
  buttonClassName: string;
  /** Which edge of the button the list lines up with. */
  align?: 'start' | 'end';
  buttonProps?: { title?: string; 'aria-label'?: string; onMouseDown?: (event: React.MouseEvent) => void };
}

/**
 * A WAI-ARIA menu button: Enter, Space or ArrowDown opens it with the first item focused; arrows,
 * Home and End move; Escape or Tab closes it and focus goes back to the button.
 */
export function MenuButton({ children, name, items, buttonClassName, align = 'end', buttonProps }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const id = useId();

  // The list lines up with `align` unless that puts it past the window's edge (More on a wrapped app bar's second row).
  const [side, setSide] = useState(align);
  useLayoutEffect(() => {
    const box = open ? menuRef.current?.getBoundingClientRect() : undefined;
    const outside = box !== undefined && (box.left < 0 || box.right > document.documentElement.clientWidth);
    setSide(outside ? (align === 'end' ? 'start' : 'end') : align);
  }, [open, align]);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && !buttonRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const choose = (action: () => void) => {
    setOpen(false);
    buttonRef.current?.focus();
    action();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The menu's keys are its own, not a surrounding toolbar's.
    event.stopPropagation();
    const entries = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'));
    const current = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
      return;
    }
    const target = { ArrowDown: (current + 1) % entries.length, ArrowUp: (current - 1 + entries.length) % entries.length, Home: 0, End: entries.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    entries[target]?.focus();
  };

  return (
    <div className="menu-button">
      <button
        {...buttonProps}
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </button>
      {open && (
        <div ref={menuRef} id={`${id}-menu`} role="menu" aria-label={name} className={`menu-list menu-list-${side}`} onKeyDown={onMenuKeyDown}>
          {items.map((item) => [
            item.separatorBefore ? <div key={`${item.label}-separator`} role="separator" className="menu-separator" /> : null,
            <button key={item.label} type="button" role="menuitem" tabIndex={-1} className="menu-item" aria-keyshortcuts={item.keys?.aria} onClick={() => choose(item.onSelect)}>
              <span>{item.label}</span>
              {/* Announced through aria-keyshortcuts, not as part of the item's name. */}
              {item.keys && (
                <span className="menu-item-hint" aria-hidden="true">
                  {item.keys.label}
                </span>
              )}
            </button>,
          ])}
        </div>
      )}
    </div>
  );
}
