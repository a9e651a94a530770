import { Fragment, useId, useRef } from 'react';
import { headlineBudgetsInForce, measureHeadline } from '../../../core/checks/headline-budgets';
import { useArticleStore } from '../store/article-store';
import { useStoredCheckSettings } from '../checks/check-settings-store';
import { ArticlePreview } from './ArticlePreview';
import { CommentedField, FieldCommentMarker } from '../review/CommentedField';
import { StyleMarkedField } from '../style/StyleMarkedField';
import { fieldFocusHandlers, FieldSuggestions } from '../review/FieldSuggestions';
import { useShownValue } from '../review/shown-field';
import { byTightest, describeHeadlineCount, EMPTY_HEADLINE_MESSAGE, headlineOverBudgetAlert } from './headline-rules';

/** Section, headline, standfirst, byline and lead image, set as the reader will see them above the body. */
export function ArticleHead() {
  const section = useShownValue('section', useArticleStore((state) => state.metadata.section));
  const headline = useShownValue('headline', useArticleStore((state) => state.metadata.headline));
  const standfirst = useShownValue('standfirst', useArticleStore((state) => state.metadata.standfirst));
  const headlineMissing = useArticleStore((state) => state.headlineMissingAfterSave);
  const budgetSettings = useStoredCheckSettings((state) => state.preExport.headlineBudgets);
  const { setText, setHeadline } = useArticleStore.getState();
  const standfirstRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  // The same budgets and count as the pre-export check, so the counter never disagrees with it.
  const { length, fits } = measureHeadline(headline, headlineBudgetsInForce(budgetSettings));

  return (
    <header className="article-head">
      <div className="head-field" {...fieldFocusHandlers('section')}>
        <label className="head-label" htmlFor={`${id}-section`}>
          Section
        </label>
        <input
          id={`${id}-section`}
          className="kicker-input"
          dir="auto"
          value={section}
          placeholder="Section or kicker"
          onChange={(event) => setText('section', event.target.value)}
        />
        <FieldSuggestions field="section" />
      </div>

      <div className="head-field" {...fieldFocusHandlers('headline')}>
        <div className="head-label-row">
          <span className="head-label-group">
            <label className="head-label" htmlFor={`${id}-headline`}>
              Headline
            </label>
            <FieldCommentMarker field="headline" value={headline} />
          </span>
          <span id={`${id}-headline-count`} className="headline-count">
            <span aria-hidden="true">
              {length}
              {byTightest(fits).map((fit, index) => (
                <Fragment key={fit.medium}>
                  {index === 0 ? ' / ' : ' · '}
                  <span className={fit.over > 0 ? 'headline-budget-over' : undefined}>
                    {fit.budget} {fit.medium}
                    {fit.over > 0 && ` +${fit.over}`}
                  </span>
                </Fragment>
              ))}
            </span>
            <span className="visually-hidden">{describeHeadlineCount(length, fits)}</span>
          </span>
        </div>
        {/* The headline is the page's one h1; the field inside keeps its role (textbox) and its label. */}
        <h1 className="headline-heading">
          <CommentedField field="headline" value={headline} controlClassName="headline-input">
            <StyleMarkedField field="headline" value={headline} controlClassName="headline-input">
              <textarea
                id={`${id}-headline`}
                className="headline-input"
                dir="auto"
                rows={1}
                value={headline}
                placeholder="Headline"
                aria-describedby={`${id}-headline-count${headlineMissing ? ` ${id}-headline-problem` : ''}`}
                aria-invalid={headlineMissing ? true : undefined}
                onChange={(event) => setHeadline(event.target.value.replace(/\n/g, ' '))}
                onKeyDown={(event) => {
                  // A headline is one line: Enter moves on to the standfirst.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    standfirstRef.current?.focus();
                  }
                }}
              />
            </StyleMarkedField>
          </CommentedField>
        </h1>
        {/* Announced once when the headline crosses the budget, not on every keystroke. */}
        <span className="visually-hidden" aria-live="polite">
          {headlineOverBudgetAlert(fits)}
        </span>
        {headlineMissing && (
          <p id={`${id}-headline-problem`} className="field-problem">
            {EMPTY_HEADLINE_MESSAGE}
          </p>
        )}
        <FieldSuggestions field="headline" />
      </div>

      <div className="head-field" {...fieldFocusHandlers('standfirst')}>
        <div className="head-label-row">
          <span className="head-label-group">
            <label className="head-label" htmlFor={`${id}-standfirst`}>
              Standfirst
            </label>
            <FieldCommentMarker field="standfirst" value={standfirst} />
          </span>
        </div>
        <CommentedField field="standfirst" value={standfirst} controlClassName="standfirst-input">
          <StyleMarkedField field="standfirst" value={standfirst} controlClassName="standfirst-input">
            <textarea
              ref={standfirstRef}
              id={`${id}-standfirst`}
              className="standfirst-input"
              dir="auto"
              rows={2}
              value={standfirst}
              placeholder="One or two sentences that sum up the story"
              onChange={(event) => setText('standfirst', event.target.value)}
            />
          </StyleMarkedField>
        </CommentedField>
        <FieldSuggestions field="standfirst" />
      </div>
      <ArticlePreview />
    </header>
  );
}
