import { useId } from 'react';
import { useArticleStore } from '../store/article-store';
import { RowActions } from './RowActions';
import { fieldFocusHandlers, FieldSuggestions } from '../review/FieldSuggestions';
import { useShownValue } from '../review/shown-field';

const BYLINE_ROLES = ['Reporter', 'Correspondent', 'Additional reporting', 'Photographer', 'Editor'];

export function BylinesField() {
  const bylines = useShownValue('bylines', useArticleStore((state) => state.metadata.bylines));
  const { addByline, updateByline, removeByline, moveByline } = useArticleStore.getState();
  const id = useId();
  const rolesId = `${id}-roles`;

  const add = () => {
    addByline();
    requestAnimationFrame(() => document.getElementById(`${id}-name-${bylines.length}`)?.focus());
  };

  return (
    <fieldset className="panel-group" {...fieldFocusHandlers('bylines')}>
      <legend className="panel-legend">Bylines</legend>
      <datalist id={rolesId}>
        {BYLINE_ROLES.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      {bylines.length === 0 && <p className="field-hint">No byline yet. Every story needs at least one.</p>}
      <ol className="row-list">
        {bylines.map((byline, index) => {
          const subject = `byline ${byline.name.trim() || index + 1}`;
          return (
            <li key={index} className="row byline-row">
              <div className="row-fields">
                <input
                  id={`${id}-name-${index}`}
                  className="field-input"
                  dir="auto"
                  aria-label={`Name, byline ${index + 1}`}
                  placeholder="Name"
                  value={byline.name}
                  onChange={(event) => updateByline(index, { ...byline, name: event.target.value })}
                />
                <input
                  className="field-input"
                  dir="auto"
                  list={rolesId}
                  aria-label={`Role, byline ${index + 1}`}
                  placeholder="Role"
                  value={byline.role}
                  onChange={(event) => updateByline(index, { ...byline, role: event.target.value })}
                />
              </div>
              <RowActions subject={subject} index={index} count={bylines.length} onMove={moveByline} onRemove={removeByline} />
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-small" onClick={add}>
        Add byline
      </button>
      <FieldSuggestions field="bylines" />
    </fieldset>
  );
}
