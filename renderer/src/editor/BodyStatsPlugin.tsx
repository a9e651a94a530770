import { useEffect } from 'react';
import { $getRoot } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { textStats } from '../../../core/text/text-stats';
import { useBodyStats } from '../store/body-stats-store';

/** Typing pause after which the counts are refreshed. */
const PAUSE_MS = 300;

/**
 * Keeps the status bar's word count current without touching the keystroke path: an edit only
 * (re)arms a timer; the text is read and segmented once typing pauses and the browser is idle.
 */
export function BodyStatsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let timer: number | undefined;
    let idle: number | undefined;
    const count = () => {
      idle = undefined;
      performance.mark('copydesk:body-stats');
      const text = editor.getEditorState().read(() => $getRoot().getTextContent());
      useBodyStats.getState().set(textStats(text));
    };
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (idle === undefined) idle = window.requestIdleCallback(count, { timeout: 1000 });
      }, PAUSE_MS);
    };
    count();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      unregister();
      window.clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [editor]);

  return null;
}
