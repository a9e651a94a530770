import type { Article, ArticleStatus } from '../../../core/article/article-schema';
import { HostError } from '../../../core/host-api/contract';
import type { Person } from '../../../core/review/review-schema';
import { HANDOFF_LABELS, handoffStatus, keptReview, withHandoff, type HandoffDirection } from '../../../core/review/round-trip';
import { readDraftAsset } from '../drafts/draft-asset';
import { suggestedCopyName, writeImages, writePortableCopy, type PortableFilesDeps } from '../portable/portable-files';
import type { VersionStore } from '../versions/version-store';

export interface RoundTripDialogs {
  /** Where to write the hand-off's .copydesk file, or null when cancelled. */
  chooseHandoffDestination(suggestedName: string, direction: HandoffDirection): Promise<string | null>;
}

export interface RoundTripDeps extends PortableFilesDeps {
  versions: Pick<VersionStore, 'load' | 'keepCarried' | 'snapshot'>;
  dialogs: RoundTripDialogs;
  clock: () => Date;
  /** After the host saved a draft by itself, so automatic snapshots do not mistake it for a change by hand. */
  onSaved?: (article: Article) => void;
}

/** “Send for review…”, “Return to reporter…” and keeping the compare of a copy that came back. */
export function createRoundTripHandlers(deps: RoundTripDeps) {
  const stamp = (by: Person) => ({ by, at: deps.clock().toISOString(), newId: deps.newId });

  return {
    /**
     * Asks where first (cancel changes nothing), then keeps the draft as last saved, with the status
     * the direction sets, as the hand-off version; writes the .copydesk, which carries every hand-off
     * version; then records the hand-off and saves. The renderer saves pending text first.
     */
    async handOverDraft(request: { draftId: string; direction: HandoffDirection; by: Person; status?: ArticleStatus; message?: string }): Promise<{ article: Article; file: string } | null> {
      const { draftId, direction, by, message } = request;
      const status = handoffStatus(direction, request.status);
      if (status === null) throw new HostError('invalid-arguments', `A hand-off ${HANDOFF_LABELS[direction].toLowerCase()} cannot set the status ${request.status}.`);
      const saved = await deps.drafts.load(draftId);
      const destination = await deps.dialogs.chooseHandoffDestination(suggestedCopyName(saved), direction);
      if (destination === null) return null;
      const when = stamp(by);
      const label = `${HANDOFF_LABELS[direction]} by ${by.name}`;
      const version = await deps.versions.snapshot(draftId, { ...saved, status }, 'handoff', label);
      const article = withHandoff(saved, direction, version.id, when, { status, ...(message ? { message } : {}) });
      // The file first: a hand-off whose file could not be written (a full or unplugged disk) is not recorded, and the
      // draft on disk stays the one the editor shows.
      const { file } = await writePortableCopy(deps, article, destination);
      await deps.drafts.save(article);
      deps.onSaved?.(article);
      return { article, file };
    },

    /**
     * Keep result of the compare offered on opening another copy: my text and theirs are kept as
     * versions first ('before-merge', 'incoming'), the hand-off versions the file carried are kept
     * under their own ids, then `merged` is saved with the review of both copies (keptReview);
     * `summary` (what was accepted) goes into the 'compare-kept' log entry.
     */
    async keepIncomingCopy({ draftId, merged, by, summary }: { draftId: string; merged: Article; by: Person; summary?: string }): Promise<{ article: Article }> {
      if (merged.id !== draftId) throw new HostError('invalid-arguments', `The kept result is draft ${merged.id}, not ${draftId}.`);
      const pending = deps.incoming.take(draftId);
      if (!pending) throw new HostError('not-found', 'No incoming copy of this draft is waiting to be kept. Open its file again to compare.');
      const mine = await deps.drafts.load(draftId);
      const from = pending.theirs.review.handoffs.at(-1);
      const whose = from ? `${HANDOFF_LABELS[from.direction].toLowerCase()} by ${from.by.name}` : 'that came in';
      await deps.versions.snapshot(draftId, mine, 'before-merge', `Before keeping the copy ${whose}`);
      await deps.versions.snapshot(draftId, pending.theirs, 'incoming', `The copy ${whose}, as it arrived`);
      for (const version of pending.carried) await deps.versions.keepCarried(draftId, version);
      // Only images I do not have: a file's bytes are not trusted to match the name they claim.
      const missing = new Map<string, Uint8Array>();
      for (const [asset, bytes] of pending.images) {
        const have = await readDraftAsset(deps.fs, deps.drafts.draftFolder(draftId), asset).then(() => true, () => false);
        if (!have) missing.set(asset, bytes);
      }
      await writeImages(deps, draftId, missing);
      const when = stamp(by);
      const article: Article = {
        ...merged,
        createdAt: mine.createdAt,
        updatedAt: when.at,
        review: keptReview(pending.base, mine, pending.theirs, merged, `Kept the compare with the copy ${whose}${summary ? `: ${summary}` : '.'}`, when),
      };
      await deps.drafts.save(article);
      deps.onSaved?.(article);
      return { article };
    },
  };
}
