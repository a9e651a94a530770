import type { Article } from '../../../core/article/article-schema';
import type { IncomingCompareOffer } from '../../../core/host-api/contract';
import { HANDOFF_LABELS } from '../../../core/review/round-trip';
import { openCompare } from '../compare/compare-store';
import { host } from '../host';
import { useArticleStore } from '../store/article-store';
import { commentAuthor } from './comment-author';
import { showReviewNotice } from './review-notice';

/** How the compare names the copy that came in: by its newest hand-off. */
function incomingLabel(theirs: Article): string {
  const last = theirs.review.handoffs.at(-1);
  return last ? `${HANDOFF_LABELS[last.direction]} by ${last.by.name}` : 'The copy opened';
}

/**
 * A copy of the draft on screen came back (opened, dropped, from the OS) sharing a hand-off with it:
 * the three-way compare of `mine` (the draft as it is on screen, just loaded) with theirs against
 * that hand-off. Keep result has the host keep both copies as versions and save the result, which
 * then goes on screen; Cancel changes nothing.
 */
export function offerIncomingCompare(offer: IncomingCompareOffer, mine: Article): void {
  openCompare({
    mode: 'incoming',
    mine,
    theirs: offer.theirs,
    base: offer.base,
    labels: { mine: 'Your text', theirs: incomingLabel(offer.theirs) },
    async onKeep(merged, summary) {
      const by = await commentAuthor();
      if (!by) throw new Error('Say who you are first: keeping the result is recorded in the review log with your name.');
      const { article } = await host.keepIncomingCopy({ draftId: mine.id, merged, by, summary });
      useArticleStore.getState().load(article);
      showReviewNotice({ text: `Kept the compare: ${summary} Both copies are in History.` });
    },
    onCancel() {
      showReviewNotice({ text: 'Compare closed: nothing of yours changed. Open the file again to compare.' });
    },
  });
}
