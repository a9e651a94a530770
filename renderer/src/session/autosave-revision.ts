/**
 * The editor's change counter. Every edit bumps it; saves and recovery copies carry the value they
 * were serialized at, so the autosave knows whether anything is left to save and the host knows
 * when a save has caught up with the recovery copy.
 */
let latest = 0;
let saved = 0;

export const editRevision = {
  bump(): void {
    latest += 1;
  },
  current(): number {
    return latest;
  },
  /** A save of the text as it was at `revision` reached the host. */
  savedUpTo(revision: number): void {
    saved = Math.max(saved, revision);
  },
  /** Everything on screen counts as saved (a draft was just loaded). */
  markAllSaved(): void {
    saved = latest;
  },
  isDirty(): boolean {
    return latest > saved;
  },
};
