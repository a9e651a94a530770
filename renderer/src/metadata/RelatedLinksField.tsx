import { useId } from 'react';
import { useArticleStore } from '../store/article-store';
import { RowActions } from './RowActions';
import { fieldFocusHandlers, FieldSuggestions } from '../review/FieldSuggestions';
import { useShownValue } from '../review/shown-field';
import { relatedLinkProblem } from './related-link-check';

export function RelatedLinksField() {
  const links = useShownValue('relatedLinks', useArticleStore((state) => state.metadata.relatedLinks));
  const checked = useArticleStore((state) => state.relatedLinkChecked);
  const { addRelatedLink, updateRelatedLink, checkRelatedLink, removeRelatedLink, moveRelatedLink } = useArticleStore.getState();
  const id = useId();

  const add = () => {
    addRelatedLink();
    requestAnimationFrame(() => document.getElementById(`${id}-title-${links.length}`)?.focus());
  };

  return (
    <fieldset className="panel-group" {...fieldFocusHandlers('relatedLinks')}>
      <legend className="panel-legend">Related links</legend>
      <ol className="row-list">
        {links.map((link, index) => {
          const problem = checked[index] ? relatedLinkProblem(link) : null;
          const problemId = `${id}-problem-${index}`;
          return (
            <li key={index} className="row link-row">
              <div className="row-fields">
                <input
                  id={`${id}-title-${index}`}
                  className="field-input"
                  dir="auto"
                  aria-label={`Title, related link ${index + 1}`}
                  placeholder="Title"
                  value={link.title}
                  onChange={(event) => updateRelatedLink(index, { ...link, title: event.target.value })}
                />
                <input
                  className="field-input mono"
                  type="url"
                  dir="ltr"
                  aria-label={`URL, related link ${index + 1}`}
                  placeholder="https://"
                  value={link.url}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? problemId : undefined}
                  onChange={(event) => updateRelatedLink(index, { ...link, url: event.target.value })}
                  onBlur={() => checkRelatedLink(index)}
                />
                {problem && (
                  <p id={problemId} className="field-problem">
                    {problem}
                  </p>
                )}
              </div>
              <RowActions
                subject={`related link ${link.title.trim() || index + 1}`}
                index={index}
                count={links.length}
                onMove={moveRelatedLink}
                onRemove={removeRelatedLink}
              />
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-small" onClick={add}>
        Add related link
      </button>
      <FieldSuggestions field="relatedLinks" />
    </fieldset>
  );
}
