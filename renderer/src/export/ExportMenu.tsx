import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../../core/host-api/contract';
import { FORMAT_LABELS } from './export-flow';

interface ExportMenuProps {
  onExport(format: ExportFormat): void;
  onCopyForCms(): void;
}

/** “Export…”: a menu button with one item per format and “Copy HTML for CMS”. */
export function ExportMenu({ onExport, onCopyForCms }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const id = useId();

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
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'));
    const current = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
      return;
    }
    const target = { ArrowDown: (current + 1) % items.length, ArrowUp: (current - 1 + items.length) % items.length, Home: 0, End: items.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    items[target]?.focus();
  };

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
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
        Export… <span aria-hidden="true" className="export-menu-caret">▾</span>
      </button>
      {open && (
        <div ref={menuRef} id={`${id}-menu`} role="menu" aria-label="Export" className="export-menu-list" onKeyDown={onMenuKeyDown}>
          {EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" role="menuitem" tabIndex={-1} className="export-menu-item" onClick={() => choose(() => onExport(format))}>
              {FORMAT_LABELS[format]}…
            </button>
          ))}
          <div role="separator" className="export-menu-separator" />
          <button type="button" role="menuitem" tabIndex={-1} className="export-menu-item" onClick={() => choose(onCopyForCms)}>
            Copy HTML for CMS
          </button>
        </div>
      )}
    </div>
  );
}
