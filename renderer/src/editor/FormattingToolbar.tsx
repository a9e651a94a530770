import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor, type TextFormatType } from 'lexical';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { BLOCK_TYPES, setBlockType, type BlockType } from './block-types';
import { useSelectionFormat } from './use-selection-format';
import { useRovingFocus } from './use-roving-focus';
import { Icon, type IconName } from './icons';
import { MenuButton } from '../app/MenuButton';
import { BODY_BLOCK_KINDS, INSERT_COMMANDS, insertBodyBlock } from './insert-blocks';
import { commandKeys, pageLabelOf, withShortcut, type CommandId } from '../commands/command-keys';
import { tableActions } from './table-actions';
import { useDecisionHistory } from '../review/decision-undo';

interface FormattingToolbarProps {
  editor: LexicalEditor;
  onLink(): void;
  /** Starts a comment on the selected text (in the body or a commentable field). */
  onComment(): void;
}

const TEXT_FORMATS: ReadonlyArray<TextFormatType & IconName & CommandId> = ['bold', 'italic', 'underline', 'strikethrough'];

export function FormattingToolbar({ editor, onLink, onComment }: FormattingToolbarProps) {
  const state = useSelectionFormat(editor);
  // An accepted or rejected suggestion is undone through the body's Undo too, even one that changed only the fields.
  const decisionToUndo = useDecisionHistory((history) => history.done.length > 0);
  const decisionToRedo = useDecisionHistory((history) => history.undone.length > 0);
  const roving = useRovingFocus<HTMLDivElement>();

  // Labels and keys from the command table, as the Format and Edit menus show them.
  const toolButton = (icon: IconName, command: CommandId | null, label: string, onClick: () => void, options: { pressed?: boolean; disabled?: boolean } = {}) => (
    <button
      key={label}
      type="button"
      className="tool-button"
      aria-label={label}
      aria-pressed={options.pressed}
      aria-keyshortcuts={command ? commandKeys(command)?.aria : undefined}
      title={command ? withShortcut(label, command) : label}
      disabled={options.disabled}
      // Keep the text selection in the body while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );

  return (
    <div role="toolbar" aria-label="Formatting" aria-controls="article-body" className="formatting-toolbar" {...roving}>
      <select
        className="block-type-select"
        aria-label="Block type"
        value={state.blockType}
        onChange={(event) => setBlockType(editor, state.blockType, event.target.value as BlockType)}
      >
        {BLOCK_TYPES.map((type) => (
          <option key={type.value} value={type.value}>
            {type.label}
          </option>
        ))}
      </select>
      <span className="toolbar-divider" aria-hidden="true" />
      {TEXT_FORMATS.map((format) => toolButton(format, format, pageLabelOf(format), () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format), { pressed: state[format] }))}
      <span className="toolbar-divider" aria-hidden="true" />
      {toolButton('link', 'link', pageLabelOf('link'), onLink, { pressed: state.inLink })}
      {toolButton('comment', 'comment.add', pageLabelOf('comment.add'), onComment)}
      {toolButton('rule', null, 'Horizontal rule', () => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined))}
      <MenuButton
        name="Insert"
        align="start"
        buttonClassName="tool-button tool-button-text"
        buttonProps={{ onMouseDown: (event) => event.preventDefault() }}
        items={BODY_BLOCK_KINDS.map((kind) => ({ label: pageLabelOf(INSERT_COMMANDS[kind]), keys: commandKeys(INSERT_COMMANDS[kind]), onSelect: () => insertBodyBlock(editor, kind) }))}
      >
        Insert <span aria-hidden="true" className="menu-button-caret">▾</span>
      </MenuButton>
      {state.inTable && (
        <MenuButton name="Table" align="start" buttonClassName="tool-button tool-button-text" buttonProps={{ onMouseDown: (event) => event.preventDefault() }} items={tableActions(editor)}>
          Table <span aria-hidden="true" className="menu-button-caret">▾</span>
        </MenuButton>
      )}
      <span className="toolbar-divider" aria-hidden="true" />
      {toolButton('undo', 'undo', 'Undo', () => editor.dispatchCommand(UNDO_COMMAND, undefined), { disabled: !state.canUndo && !decisionToUndo })}
      {toolButton('redo', 'redo', 'Redo', () => editor.dispatchCommand(REDO_COMMAND, undefined), { disabled: !state.canRedo && !decisionToRedo })}
    </div>
  );
}
