import { useId, useRef } from 'react';
import { countCharacters } from '../../../core/text/text-stats';
import { useArticleStore } from '../store/article-store';
import { ArticlePreview } from './ArticlePreview';
import { EMPTY_HEADLINE_MESSAGE, HEADLINE_BUDGET } from './headline-rules';

/** Section, headline, standfirst, byline and lead image, set as the reader will see them above the body. */
export function ArticleHead() {
  const section = useArticleStore((state) => state.metadata.section);
  const headline = useArticleStore((state) => state.metadata.headline);
  const standfirst = useArticleStore((state) => state.metadata.standfirst);
  const headlineMissing = useArticleStore((state) => state.headlineMissingAfterSave);
  const { setText, setHeadline } = useArticleStore.getState();
  const standfirstRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const length = countCharacters(headline);
  const overBudget = length > HEADLINE_BUDGET;

  return (
    <header className="article-head">
      <div className="head-field">
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
      </div>

      <div className="head-field">
        <div className="head-label-row">
          <label className="head-label" htmlFor={`${id}-headline`}>
            Headline
          </label>
          <span id={`${id}-headline-count`} className={overBudget ? 'headline-count headline-count-over' : 'headline-count'}>
            {length} / {HEADLINE_BUDGET}
            <span className="visually-hidden"> characters{overBudget ? ', over the web budget' : ''}</span>
          </span>
        </div>
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
        {/* Announced once when the headline crosses the budget, not on every keystroke. */}
        <span className="visually-hidden" aria-live="polite">
          {overBudget ? `Headline is longer than ${HEADLINE_BUDGET} characters.` : ''}
        </span>
        {headlineMissing && (
          <p id={`${id}-headline-problem`} className="field-problem">
            {EMPTY_HEADLINE_MESSAGE}
          </p>
        )}
      </div>

      <div className="head-field">
        <label className="head-label" htmlFor={`${id}-standfirst`}>
          Standfirst
        </label>
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
      </div>
      <ArticlePreview />
    </header>
  );
}
