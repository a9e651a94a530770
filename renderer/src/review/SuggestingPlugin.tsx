import { useEffect } from 'react';
import {
  $getSelection,
  $isRangeSelection,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  REMOVE_TEXT_COMMAND,
  mergeRegister,
  type LexicalCommand,
  type LexicalEditor,
  type RangeSelection,
} from 'lexical';
import { copyToClipboard } from '@lexical/clipboard';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_CHECK_LIST_COMMAND, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { knownUser } from './comment-author';
import { useReviewUi } from './review-ui-store';
import { $suggestDeletion, $suggestRemoval, $suggestText, type DeletionUnit, type SuggestionAuthor } from './suggesting-edits';
import { $suggestJoin, $suggestParagraphBreak, $suggestPastedText, type ParagraphRefusal } from './suggesting-paragraphs';
import { tellUntracked, UNTRACKED_EDITS, type UntrackedEdit } from './untracked-edits';

/** The user, now: each keystroke's suggestion is stamped when it is made. */
function currentAuthor(): SuggestionAuthor | null {
  const by = knownUser();
  return by && { by, at: new Date().toISOString(), newId: () => crypto.randomUUID() };
}

/** Who the suggestions are by, and where the user hears that an edit could not be suggested. */
export interface SuggestingContext {
  author(): SuggestionAuthor | null;
  refuse(message: string): void;
}

const APP_CONTEXT: SuggestingContext = { author: currentAuthor, refuse: tellUntracked };

/** Takes the command before Lexical does, leaving the body as it is and telling the user why. */
function refusing<Payload>(command: LexicalCommand<Payload>, edit: UntrackedEdit) {
  return (editor: LexicalEditor, refuse: (message: string) => void) =>
    editor.registerCommand(
      command,
      () => {
        refuse(UNTRACKED_EDITS[edit]);
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    );
}

/** Lexical's commands for edits a suggestion can't hold: formats, block types, blocks, links, line breaks. */
const UNTRACKED_COMMANDS = [
  refusing(FORMAT_TEXT_COMMAND, 'format'),
  refusing(FORMAT_ELEMENT_COMMAND, 'format'),
  refusing(INDENT_CONTENT_COMMAND, 'format'),
  refusing(OUTDENT_CONTENT_COMMAND, 'format'),
  refusing(INSERT_ORDERED_LIST_COMMAND, 'block'),
  refusing(INSERT_UNORDERED_LIST_COMMAND, 'block'),
  refusing(INSERT_CHECK_LIST_COMMAND, 'block'),
  refusing(REMOVE_LIST_COMMAND, 'block'),
  refusing(INSERT_HORIZONTAL_RULE_COMMAND, 'block'),
  refusing(INSERT_TABLE_COMMAND, 'block'),
  refusing(TOGGLE_LINK_COMMAND, 'link'),
  refusing(INSERT_LINE_BREAK_COMMAND, 'lineBreak'),
];

/** The browser measures how far a Backspace, Delete or word or line delete reaches from the caret. */
function extendBy(isBackward: boolean, unit: DeletionUnit): (probe: RangeSelection) => void {
  return (probe) => probe.modify('extend', isBackward, unit);
}

function $removeSelection(author: SuggestionAuthor): void {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) $suggestRemoval(selection, author, 'start');
}

/** Text the browser would put in: typed, corrected by the spellchecker, or dropped from another app. */
function insertedText(event: InputEvent): string | null {
  return event.data ?? event.dataTransfer?.getData('text/plain') ?? null;
}

/**
 * Suggesting mode's hold on the body: every way text goes in or out becomes a suggestion by the
 * user, before Lexical's own handlers (which would change the text) see it. The browser never
 * types into the page itself, so no edit slips past as a plain change. Paragraph breaks made and
 * removed become suggestions too; an edit that cannot be suggested is refused, and the user told.
 */
export function registerSuggesting(editor: LexicalEditor, context: SuggestingContext = APP_CONTEXT): () => void {
  /** Runs the edit as the user; the key is taken either way, so nothing changes unattributed. */
  const asUser = (edit: (author: SuggestionAuthor) => ParagraphRefusal | void): true => {
    const author = context.author();
    const refusal = author ? edit(author) : null;
    if (refusal) context.refuse(refusal);
    return true;
  };
  const deletion = (unit: DeletionUnit) => (isBackward: boolean) =>
    asUser((author) => {
      // At a block's edge the key joins blocks; inside one it deletes text.
      const join = $suggestJoin(isBackward, author);
      if (join.handled) return join.refusal;
      $suggestDeletion(isBackward, extendBy(isBackward, unit), author);
      return null;
    });
  const refusals = UNTRACKED_COMMANDS.map((register) => register(editor, context.refuse));

  return mergeRegister(
    ...refusals,
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => asUser($suggestParagraphBreak), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(
      BEFORE_INPUT_COMMAND,
      (event) => {
        if (event.inputType === 'insertText' || event.inputType === 'insertReplacementText') {
          const text = insertedText(event);
          // Line breaks typed as text are Lexical's (paragraph breaks are not suggestions).
          if (text === null || text.includes('\n')) return false;
          event.preventDefault();
          return asUser((author) => {
            const selection = $getSelection();
            const [target] = event.getTargetRanges();
            // A spellchecker's correction names the word it replaces.
            if (event.inputType === 'insertReplacementText' && target && $isRangeSelection(selection)) selection.applyDOMRange(target);
            $suggestText(text, author);
          });
        }
        if (event.inputType === 'insertFromDrop' || event.inputType === 'deleteByDrag') {
          // Moving text by dragging it is not something a suggestion can say.
          event.preventDefault();
          return true;
        }
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (payload) => {
        const text = typeof payload === 'string' ? payload : insertedText(payload);
        return asUser((author) => {
          if (text !== null) $suggestText(text, author);
        });
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(DELETE_CHARACTER_COMMAND, deletion('character'), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(DELETE_WORD_COMMAND, deletion('word'), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(DELETE_LINE_COMMAND, deletion('lineboundary'), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(REMOVE_TEXT_COMMAND, () => asUser($removeSelection), COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        void copyToClipboard(editor, event instanceof ClipboardEvent ? event : null).then(() => editor.update(() => asUser($removeSelection)));
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const data = event instanceof ClipboardEvent ? event.clipboardData : event instanceof InputEvent ? event.dataTransfer : null;
        const text = data?.getData('text/plain') ?? '';
        event.preventDefault();
        // A paste is its own undo step, as it is when editing.
        editor.update(() => asUser((author) => $suggestPastedText(text, author)), { tag: PASTE_TAG });
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}

/** While the mode is Suggesting, the body's edits become suggestions (nothing is registered while editing). */
export function SuggestingPlugin() {
  const [editor] = useLexicalComposerContext();
  const suggesting = useReviewUi((state) => state.mode === 'suggesting');
  useEffect(() => (suggesting ? registerSuggesting(editor) : undefined), [editor, suggesting]);
  return null;
}
