import './suggestions.css';
import './author-colours.css';
import { useEffect } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $readBodySuggestionNodes, useBodySuggestions } from './body-suggestions-live';
import { SuggestionNode } from './SuggestionNode';

/** Typing pause after which the list is read again when text inside a suggestion changed. */
const PAUSE_MS = 200;

/**
 * Keeps the Review panel's list of body suggestions in step with the body. The body is walked again
 * only after a suggestion was made, split, decided or had its text changed, once typing pauses:
 * typing outside suggestions costs one look at the update's dirty elements.
 */
export function SuggestionsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let timer: number | undefined;
    let keys = new Set<NodeKey>();
    const refresh = () => {
      timer = undefined;
      const read = editor.getEditorState().read($readBodySuggestionNodes);
      keys = read.keys;
      useBodySuggestions.getState().set(read.suggestions);
    };
    const schedule = () => {
      if (timer === undefined) timer = window.setTimeout(refresh, PAUSE_MS);
    };
    // Another article's suggestions are gone as soon as this body is built.
    refresh();
    const stopMutations = editor.registerMutationListener(SuggestionNode, schedule, { skipInitialization: true });
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements }) => {
      for (const key of dirtyElements.keys()) {
        if (keys.has(key)) {
          schedule();
          return;
        }
      }
    });
    return () => {
      stopMutations();
      stopUpdates();
      window.clearTimeout(timer);
    };
  }, [editor]);

  return null;
}
