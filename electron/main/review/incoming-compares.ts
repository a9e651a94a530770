import type { CarriedVersion } from '../../../core/portable/portable-draft';
import type { IncomingCompare } from '../drafts/incoming-draft';

/** A compare offered to the renderer, with what keeping it needs that the renderer never sends back. */
export interface PendingCompare extends IncomingCompare {
  /** The hand-off versions the file carried, to keep in my history so both copies share them. */
  carried: readonly CarriedVersion[];
  /** The images the incoming copy shows, by asset path: the kept result may show them. */
  images: ReadonlyMap<string, Uint8Array>;
}

export interface IncomingCompares {
  hold(pending: PendingCompare): void;
  /** The compare waiting for a draft, removed from the waiting list; null when none is. */
  take(draftId: string): PendingCompare | null;
}

/**
 * Compares waiting for the user to keep a result, one per draft (opening the file again replaces it),
 * in memory only: until Keep, nothing of the incoming copy is on disk. The oldest are forgotten past
 * `limit`, so a session of opened-and-abandoned files holds no more than that many copies' images.
 */
export function createIncomingCompares(limit = 4): IncomingCompares {
  const waiting = new Map<string, PendingCompare>();
  return {
    hold(pending) {
      waiting.delete(pending.mine.id);
      waiting.set(pending.mine.id, pending);
      for (const draftId of waiting.keys()) if (waiting.size > limit) waiting.delete(draftId);
    },
    take(draftId) {
      const pending = waiting.get(draftId) ?? null;
      waiting.delete(draftId);
      return pending;
    },
  };
}
