import './suggestions.css';
import './author-colours.css';
import { useEffect } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { SuggestionDecision } from '../../../core/review/body-suggestions';
import { registerCommandHandlers } from '../commands/command-registry';
import { $adjacentSuggestionId, $readBodySuggestionNodes, $suggestionIdAtCaret, goToBodySuggestion, useBodySuggestions } from './body-suggestions-live';
import { ParagraphMarkNode } from './ParagraphMarkNode';
import { SuggestionNode } from './SuggestionNode';
import { decidePendingSuggestions } from './suggestion-decisions';

/** Typing pause after which the list is read again when text inside a suggestion changed. */
const PAUSE_MS = 200;
/** Quiet time after which it is read again when only the words around a suggestion (its context) changed. */
const IDLE_MS = 600;

/**
 * Keeps the Review panel's list of body suggestions in step with the body. The body is walked again
 * only after a suggestion was made, split, decided or had its text changed, once typing pauses, or
 * after typing in a paragraph with a suggestion stops (for the words the panel quotes around it):
 * other typing costs one look at the update's dirty elements.
 */
export function SuggestionsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let timer: number | undefined;
    let keys = new Set<NodeKey>();
    let blocks = new Set<NodeKey>();
    const refresh = () => {
      timer = undefined;
      const read = editor.getEditorState().read($readBodySuggestionNodes);
      ({ keys, blocks } = read);
      useBodySuggestions.getState().set(read.suggestions);
    };
    const schedule = () => {
      if (timer === undefined) timer = window.setTimeout(refresh, PAUSE_MS);
    };
    const scheduleWhenIdle = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, IDLE_MS);
    };
    // Another article's suggestions are gone as soon as this body is built.
    refresh();
    const stopMutations = editor.registerMutationListener(SuggestionNode, schedule, { skipInitialization: true });
    const stopMarkMutations = editor.registerMutationListener(ParagraphMarkNode, schedule, { skipInitialization: true });
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements }) => {
      let nearSuggestion = false;
      for (const key of dirtyElements.keys()) {
        if (keys.has(key)) {
          schedule();
          return;
        }
        nearSuggestion ||= blocks.has(key);
      }
      if (nearSuggestion) scheduleWhenIdle();
    });
    return () => {
      stopMutations();
      stopMarkMutations();
      stopUpdates();
      window.clearTimeout(timer);
    };
  }, [editor]);

  // Review ▸ Accept / Reject Change act on the suggestion at the caret; Next / Previous Change go through the body's.
  useEffect(() => {
    const atCaret = () => editor.getEditorState().read($suggestionIdAtCaret);
    const decide = (decision: SuggestionDecision) => {
      const id = atCaret();
      // Through the one decision path, so the review log says who accepted what and Undo takes it back.
      if (id) void decidePendingSuggestions(decision, { id });
    };
    const go = (direction: 'next' | 'previous') => {
      const id = editor.getEditorState().read(() => $adjacentSuggestionId(direction));
      if (id) goToBodySuggestion(editor, id);
    };
    const anySuggestions = () => useBodySuggestions.getState().suggestions.length > 0;
    return registerCommandHandlers({
      'review.accept': { run: () => decide('accept'), isEnabled: () => atCaret() !== null },
      'review.reject': { run: () => decide('reject'), isEnabled: () => atCaret() !== null },
      'review.nextChange': { run: () => go('next'), isEnabled: anySuggestions },
      'review.previousChange': { run: () => go('previous'), isEnabled: anySuggestions },
    });
  }, [editor]);

  return null;
}
