import { useArticleStore } from '../store/article-store';
import { TextField } from './TextField';
import { useShownValue } from '../review/shown-field';

/** The URL slug: follows the headline until edited by hand, and can be put back to following it. */
export function SlugField() {
  const slug = useShownValue('slug', useArticleStore((state) => state.metadata.slug));
  const byHand = useArticleStore((state) => state.metadata.slugEditedByHand);
  const { setSlugByHand, resetSlugToHeadline } = useArticleStore.getState();

  return (
    <div className="slug-field">
      <TextField
        label="Slug"
        reviewField="slug"
        value={slug}
        dir="ltr"
        inputClassName="mono"
        hint={byHand ? 'Edited by hand.' : 'Follows the headline.'}
        onChange={(value) => setSlugByHand(value, { final: false })}
        onBlur={() => byHand && setSlugByHand(slug, { final: true })}
      />
      {byHand && (
        <button
          type="button"
          className="button button-small button-quiet slug-reset"
          onClick={(event) => {
            const input = event.currentTarget.parentElement?.querySelector('input');
            resetSlugToHeadline();
            input?.focus();
          }}
        >
          Reset to headline
        </button>
      )}
    </div>
  );
}
