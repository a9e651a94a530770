import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor, type TextFormatType } from 'lexical';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { BLOCK_TYPES, setBlockType, type BlockType } from './block-types';
import { useSelectionFormat } from './use-selection-format';
import { useRovingFocus } from './use-roving-focus';
import { Icon, type IconName } from './icons';
import { MOD_KEY, shortcutLabel } from '../app/shortcuts';
import { MenuButton } from '../app/MenuButton';
import { BODY_BLOCK_KINDS, INSERT_LABELS, insertBodyBlock } from './insert-blocks';
import { tableActions } from './table-actions';

interface FormattingToolbarProps {
  editor: LexicalEditor;
  onLink(): void;
}

const TEXT_FORMATS: ReadonlyArray<{ format: TextFormatType & IconName; label: string; key?: string }> = [
  { format: 'bold', label: 'Bold', key: 'B' },
  { format: 'italic', label: 'Italic', key: 'I' },
  { format: 'underline', label: 'Underline', key: 'U' },
  { format: 'strikethrough', label: 'Strikethrough' },
];

export function FormattingToolbar({ editor, onLink }: FormattingToolbarProps) {
  const state = useSelectionFormat(editor);
  const roving = useRovingFocus<HTMLDivElement>();

  const toolButton = (icon: IconName, label: string, onClick: () => void, options: { pressed?: boolean; keys?: string; disabled?: boolean } = {}) => (
    <button
      key={label}
      type="button"
      className="tool-button"
      aria-label={label}
      aria-pressed={options.pressed}
      aria-keyshortcuts={options.keys}
      title={options.keys ? `${label} (${shortcutLabel(options.keys)})` : label}
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
      {TEXT_FORMATS.map(({ format, label, key }) =>
        toolButton(format, label, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format), {
          pressed: state[format],
          keys: key ? `${MOD_KEY}+${key}` : undefined,
        }),
      )}
      <span className="toolbar-divider" aria-hidden="true" />
      {toolButton('link', 'Link', onLink, { pressed: state.inLink, keys: `${MOD_KEY}+K` })}
      {toolButton('rule', 'Horizontal rule', () => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined))}
      <MenuButton
        name="Insert"
        align="start"
        buttonClassName="tool-button tool-button-text"
        buttonProps={{ onMouseDown: (event) => event.preventDefault() }}
        items={BODY_BLOCK_KINDS.map((kind) => ({ label: INSERT_LABELS[kind], onSelect: () => insertBodyBlock(editor, kind) }))}
      >
        Insert <span aria-hidden="true" className="menu-button-caret">▾</span>
      </MenuButton>
      {state.inTable && (
        <MenuButton name="Table" align="start" buttonClassName="tool-button tool-button-text" buttonProps={{ onMouseDown: (event) => event.preventDefault() }} items={tableActions(editor)}>
          Table <span aria-hidden="true" className="menu-button-caret">▾</span>
        </MenuButton>
      )}
      <span className="toolbar-divider" aria-hidden="true" />
      {toolButton('undo', 'Undo', () => editor.dispatchCommand(UNDO_COMMAND, undefined), { keys: `${MOD_KEY}+Z`, disabled: !state.canUndo })}
      {toolButton('redo', 'Redo', () => editor.dispatchCommand(REDO_COMMAND, undefined), { keys: `${MOD_KEY}+Shift+Z`, disabled: !state.canRedo })}
    </div>
  );
}
