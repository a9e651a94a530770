import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { LexicalEditor } from 'lexical';
import { checkUrl } from '../../../core/text/url-allowlist';
import { applyLink, removeLink, type LinkTarget } from './link-editing';
import { host } from '../host';
import { keepTabWithin } from '../recovery/dialog-focus';

interface LinkPopoverProps {
  editor: LexicalEditor;
  target: LinkTarget;
  onClose(): void;
}

const POPOVER_WIDTH = 380;

/** A small dialog beside the selection for adding, changing, opening or removing a link. */
export function LinkPopover({ editor, target, onClose }: LinkPopoverProps) {
  const [url, setUrl] = useState(target.existingUrl);
  const [problem, setProblem] = useState<string | null>(null);
  const [openProblem, setOpenProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const problemId = useId();

  const popoverRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  // A click elsewhere dismisses the popover, leaving focus where the click put it.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!popoverRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  const close = () => {
    onClose();
    editor.focus();
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const check = checkUrl(url);
    if (!check.ok) {
      setProblem(check.reason);
      inputRef.current?.focus();
      return;
    }
    applyLink(editor, target, check.url);
    close();
  };

  const open = async () => {
    const check = checkUrl(url);
    if (!check.ok) return setProblem(check.reason);
    const { opened } = await host.openExternal({ url: check.url });
    setOpenProblem(opened ? null : 'The link could not be opened on this computer.');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
    keepTabWithin(event.currentTarget, event);
  };

  const left = Math.max(12, Math.min(target.anchorRect.left, window.innerWidth - POPOVER_WIDTH - 12));
  const top = Math.min(target.anchorRect.bottom + 8, window.innerHeight - 180);

  return (
    <div ref={popoverRef} role="dialog" aria-labelledby={titleId} className="link-popover" style={{ left, top, width: POPOVER_WIDTH }} onKeyDown={onKeyDown}>
      <form onSubmit={apply} noValidate>
        <h2 id={titleId} className="link-popover-title">
          Link
        </h2>
        <label className="field-label" htmlFor={`${titleId}-url`}>
          Link address
        </label>
        <input
          ref={inputRef}
          id={`${titleId}-url`}
          type="url"
          dir="ltr"
          className="field-input"
          value={url}
          placeholder="https://"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          onChange={(event) => {
            setUrl(event.target.value);
            if (problem && checkUrl(event.target.value).ok) setProblem(null);
          }}
        />
        {problem && (
          <p id={problemId} className="field-problem">
            {problem}
          </p>
        )}
        {openProblem && (
          <p role="alert" className="field-problem">
            {openProblem}
          </p>
        )}
        <div className="link-popover-actions">
          <button type="submit" className="button button-primary">
            Apply
          </button>
          {target.existingUrl && (
            <>
              <button type="button" className="button" onClick={() => void open()}>
                Open
              </button>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  removeLink(editor, target);
                  close();
                }}
              >
                Remove link
              </button>
            </>
          )}
          <button type="button" className="button button-quiet" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
