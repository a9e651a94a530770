import { create } from 'zustand';
import { CAN_UNDO_COMMAND, COMMAND_PRIORITY_HIGH, HISTORIC_TAG, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { isBodyEdit } from '../editor/edit-tags';
import { useArticleStore, type ArticleMetadata } from '../store/article-store';

/**
 * Undo and redo for accepting and rejecting suggestions. The fields have no history of their own
 * (their inputs are controlled by the store), so each decision keeps the fields as they were and as
 * it left them; a decision that also changed the body made one step in the body editor's history,
 * which is undone with it. A decision can be undone only while it is the last thing done: once the
 * fields or the body are edited after it, undo is the fields' and the body editor's own again.
 */

interface Decision {
  /** What the log says, for the panel's note (“Accepted …”). */
  summary: string;
  before: ArticleMetadata;
  after: ArticleMetadata;
  /** It made a step in the body editor's history too. */
  body: boolean;
}

interface DecisionHistory {
  done: Decision[];
  undone: Decision[];
  /** The latest decision or undo, said in words, while it is the last thing done. */
  note: { text: string; canUndo: boolean } | null;
}

export const useDecisionHistory = create<DecisionHistory>()(() => ({ done: [], undone: [], note: null }));

let bodyEditor: LexicalEditor | null = null;
/** Set while a decision changes the body, so its own update is not taken for an edit after it. */
let decidingInBody = false;

function forget(): void {
  if (useDecisionHistory.getState().done.length || useDecisionHistory.getState().undone.length) useDecisionHistory.setState({ done: [], undone: [], note: null });
}

/** A decision just made (the store holds `after` now; the body step, if any, is committed). */
export function recordDecision(decision: Decision): void {
  useDecisionHistory.setState(({ done }) => ({ done: [...done, decision], undone: [], note: { text: decision.summary, canUndo: true } }));
}

/** The fields are as the newest decision left them (undo) or found them (redo): nothing was edited since. */
function isLatest(decision: Decision | undefined, fields: 'after' | 'before'): decision is Decision {
  return decision !== undefined && useArticleStore.getState().metadata === decision[fields];
}

function step(direction: 'undo' | 'redo'): Decision | null {
  const { done, undone } = useDecisionHistory.getState();
  const decision = direction === 'undo' ? done.at(-1) : undone.at(-1);
  if (!isLatest(decision, direction === 'undo' ? 'after' : 'before')) {
    forget();
    return null;
  }
  useArticleStore.getState().restoreFields(direction === 'undo' ? decision.before : decision.after);
  useDecisionHistory.setState(
    direction === 'undo'
      ? { done: done.slice(0, -1), undone: [...undone, decision], note: { text: `Undone: ${decision.summary}`, canUndo: false } }
      : { done: [...done, decision], undone: undone.slice(0, -1), note: { text: decision.summary, canUndo: true } },
  );
  return decision;
}

/** Undoes the latest decision, if it is still the last thing done (through the body's history when it changed the body). */
export function undoDecision(): boolean {
  const decision = useDecisionHistory.getState().done.at(-1);
  if (decision?.body && bodyEditor && isLatest(decision, 'after')) return bodyEditor.dispatchCommand(UNDO_COMMAND, undefined);
  return step('undo') !== null;
}

/** Redoes the decision undone last, if nothing was edited since. */
export function redoDecision(): boolean {
  const decision = useDecisionHistory.getState().undone.at(-1);
  if (decision?.body && bodyEditor && isLatest(decision, 'before')) return bodyEditor.dispatchCommand(REDO_COMMAND, undefined);
  return step('redo') !== null;
}

/**
 * Wires undo and redo of decisions to the body editor: its Undo and Redo come here first while a
 * decision is the last thing done, and an edit of the body after a decision ends its undo. Returns
 * the function that unwires it.
 */
export function attachDecisionUndo(editor: LexicalEditor): () => void {
  bodyEditor = editor;
  forget();
  const throughBody = (direction: 'undo' | 'redo') => () => {
    const { done, undone } = useDecisionHistory.getState();
    const decision = direction === 'undo' ? done.at(-1) : undone.at(-1);
    if (!isLatest(decision, direction === 'undo' ? 'after' : 'before')) return false;
    step(direction);
    // A decision that changed the body leaves the history plugin to move the body back or on.
    return !decision.body;
  };
  const stopUndo = editor.registerCommand(UNDO_COMMAND, throughBody('undo'), COMMAND_PRIORITY_HIGH);
  const stopRedo = editor.registerCommand(REDO_COMMAND, throughBody('redo'), COMMAND_PRIORITY_HIGH);
  // An undo or redo in the body is this module's own (it goes first while a decision is the last
  // thing done), so only other edits end a decision's undo.
  const stopEdits = editor.registerUpdateListener((update) => {
    if (!decidingInBody && !update.tags.has(HISTORIC_TAG) && isBodyEdit(update)) forget();
  });
  return () => {
    stopEdits();
    stopRedo();
    stopUndo();
    if (bodyEditor === editor) bodyEditor = null;
  };
}

/** The body editor decisions are made in, while one is on screen. */
export function liveBodyEditor(): LexicalEditor | null {
  return bodyEditor;
}

/**
 * Runs a decision's change to the body (`change`, a discrete update tagged as its own history
 * step) and says whether the body's history kept that step, so undo can take it back. (Lexical
 * keeps none for an editor's very first change.)
 */
export function changeBodyAsDecision(editor: LexicalEditor, change: () => void): boolean {
  let kept = false;
  const stop = editor.registerCommand(CAN_UNDO_COMMAND, (canUndo) => ((kept ||= canUndo), false), COMMAND_PRIORITY_HIGH);
  decidingInBody = true;
  try {
    change();
  } finally {
    decidingInBody = false;
    stop();
  }
  return kept;
}
