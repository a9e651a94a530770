import './comments.css';
import { useEffect } from 'react';
import type { NodeKey } from 'lexical';
import { MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useArticleStore } from '../store/article-store';
import { $readBodyMarks, $threadIdsAtCaret } from './body-marks';
import { useReviewUi } from './review-ui-store';

/**
 * Keeps the body's comment marks and the panel in step: which threads have marks, in what order
 * (read again only when a mark is made, split, changed or removed, so typing costs nothing); which
 * thread the caret is in; and how each mark looks (open threads highlighted, the active one more).
 */
export function CommentMarksPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let marks: Array<{ key: NodeKey; ids: string[] }> = [];

    const paint = () => {
      const threads = useArticleStore.getState().metadata.review.threads;
      const open = new Set(threads.filter((thread) => thread.status === 'open').map((thread) => thread.id));
      const { activeThreadId } = useReviewUi.getState();
      for (const { key, ids } of marks) {
        const element = editor.getElementByKey(key);
        if (!element) continue;
        element.classList.toggle('comment-mark-open', ids.some((id) => open.has(id)));
        element.classList.toggle('comment-mark-active', activeThreadId !== null && ids.includes(activeThreadId) && open.has(activeThreadId));
      }
    };

    const readMarks = () => {
      const read = editor.getEditorState().read($readBodyMarks);
      marks = read.marks;
      useReviewUi.getState().setBodyThreadIds(read.threadIds);
      paint();
    };

    // Another article's marks are gone as soon as this body is built.
    readMarks();
    const stopMarks = editor.registerMutationListener(MarkNode, readMarks);
    const stopCaret = editor.registerUpdateListener(({ editorState }) => {
      // Only while the reporter is in the body: a thread picked in the panel stays active.
      if (!editor.getRootElement()?.contains(document.activeElement)) return;
      const ids = editorState.read($threadIdsAtCaret);
      const threads = useArticleStore.getState().metadata.review.threads;
      const thread = threads.find((candidate) => ids.includes(candidate.id) && candidate.status === 'open') ?? threads.find((candidate) => ids.includes(candidate.id));
      useReviewUi.getState().setActiveThread(thread?.id ?? null);
    });
    const stopThreads = useArticleStore.subscribe((state, previous) => {
      if (state.metadata.review.threads !== previous.metadata.review.threads) paint();
    });
    const stopActive = useReviewUi.subscribe((state, previous) => {
      if (state.activeThreadId !== previous.activeThreadId) paint();
    });
    return () => {
      stopMarks();
      stopCaret();
      stopThreads();
      stopActive();
    };
  }, [editor]);

  return null;
}
