import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useArticleStore } from '../store/article-store';
import { fieldFocusHandlers, FieldSuggestions } from '../review/FieldSuggestions';
import { useShownValue } from '../review/shown-field';

/** Tags as removable chips; typing a tag and pressing Enter or comma adds it, once. */
export function TagsField() {
  const tags = useShownValue('tags', useArticleStore((state) => state.metadata.tags));
  const { addTag, removeTag } = useArticleStore.getState();
  const [draft, setDraft] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  const commit = (typed: string) => {
    const result = addTag(typed);
    if (result === 'duplicate') setNotice(`“${typed.trim()}” is already a tag.`);
    else setNotice(null);
    if (result !== 'empty') setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      removeTag(tags[tags.length - 1] as string);
    }
  };

  return (
    <div className="field panel-group" {...fieldFocusHandlers('tags')}>
      <label className="panel-legend" htmlFor={`${id}-input`}>
        Tags
      </label>
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span dir="auto">{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => {
                  removeTag(tag);
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="field-input"
        dir="auto"
        value={draft}
        placeholder="Add a tag, then Enter"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          // Pasted "a, b, c" becomes three tags.
          const parts = event.target.value.split(',');
          if (parts.length > 1) {
            parts.slice(0, -1).forEach(commit);
            setDraft(parts[parts.length - 1] ?? '');
          } else setDraft(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() && commit(draft)}
      />
      <p id={`${id}-hint`} className="field-hint" aria-live="polite">
        {notice ?? 'People, places and organisations in the story.'}
      </p>
      <FieldSuggestions field="tags" />
    </div>
  );
}
