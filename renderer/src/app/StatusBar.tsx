import { useArticleStore } from '../store/article-store';
import { useBodyStats } from '../store/body-stats-store';
import { countRelatedLinkProblems } from '../metadata/related-link-check';
import { describeSaveStatus } from './save-status';
import { StyleIssueCount } from '../style/StyleIssueCount';
import { ReviewNoticeLine } from '../review/ReviewNoticeLine';

const numbers = new Intl.NumberFormat();

export function StatusBar() {
  const stats = useBodyStats((state) => state.stats);
  const saveState = useArticleStore((state) => state.saveState);
  const unsaved = useArticleStore((state) => state.unsaved);
  const headlineMissing = useArticleStore((state) => state.headlineMissingAfterSave);
  const invalidLinks = useArticleStore((state) => countRelatedLinkProblems(state.metadata.relatedLinks));
  const status = describeSaveStatus({ saveState, unsaved, headlineMissing, invalidLinks });

  return (
    <footer className="status-bar">
      <p className="status-counts" title="Counts cover the body only, as newsrooms measure length; headline and standfirst are not included.">
        <span className="status-scope">Body</span>
        <span>{numbers.format(stats.words)} {stats.words === 1 ? 'word' : 'words'}</span>
        <span>{numbers.format(stats.characters)} characters</span>
        <span>{stats.readingMinutes === 0 ? 'Under a minute to read' : `${stats.readingMinutes} min read`}</span>
      </p>
      <StyleIssueCount />
      <ReviewNoticeLine />
      <p role="status" aria-label="Save status" className={`save-status save-status-${status.tone}`}>
        {status.text}
      </p>
    </footer>
  );
}
