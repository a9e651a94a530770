import { useEffect } from 'react';
import { $getRoot } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { countCharacters, countWords, statsFromCounts } from '../../../core/text/text-stats';
import { useBodyStats } from '../store/body-stats-store';
import { $textAsRejected } from '../review/body-suggestions-live';

/** Typing pause after which the counts are refreshed. */
const PAUSE_MS = 300;

interface BlockCounts {
  text: string;
  words: number;
  characters: number;
}

/**
 * Keeps the status bar's word count current without touching the keystroke path: an edit only
 * (re)arms a timer; the text is read once typing pauses and the browser is idle. Counts are kept per
 * top-level block, so a pause after typing in one paragraph segments that paragraph alone
 * (a 10,000-word body takes 50–85 ms to segment whole on a 2-core laptop).
 */
export function BodyStatsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let timer: number | undefined;
    let idle: number | undefined;
    let countsByBlock = new Map<string, BlockCounts>();
    const count = () => {
      idle = undefined;
      performance.mark('copydesk:body-stats');
      const next = new Map<string, BlockCounts>();
      let words = 0;
      let characters = 0;
      editor.getEditorState().read(() => {
        for (const block of $getRoot().getChildren()) {
          // Counted as if every pending suggestion were rejected, as the exports are.
          const text = $textAsRejected(block);
          const known = countsByBlock.get(block.getKey());
          const counts = known?.text === text ? known : { text, words: countWords(text), characters: countCharacters(text) };
          next.set(block.getKey(), counts);
          words += counts.words;
          characters += counts.characters;
        }
      });
      countsByBlock = next;
      useBodyStats.getState().set(statsFromCounts(words, characters));
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
