import type { VersionReason } from './version-file';

/** A change after this long without changes starts a new stretch of work: snapshot what was there before it. */
export const IDLE_SNAPSHOT_AFTER_MS = 10 * 60 * 1000;

export interface SnapshotDecisionInput {
  /** When the draft last changed before the change being decided on; null if not known (first change since opening). */
  lastChangeAt: Date | null;
  now: Date;
  lastSnapshotAt: Date | null;
  statusChanged: boolean;
  exported: boolean;
}

/**
 * Whether to take an automatic snapshot now, and why: on a status change, on an export, and on the
 * first change after 10 idle minutes, unless a snapshot already holds the text as it stood then.
 */
export function shouldSnapshot(input: SnapshotDecisionInput): Extract<VersionReason, 'idle' | 'status-change' | 'export'> | null {
  if (input.statusChanged) return 'status-change';
  if (input.exported) return 'export';
  const idleSince = input.lastChangeAt;
  const alreadySaved = input.lastSnapshotAt !== null && (idleSince === null || input.lastSnapshotAt.getTime() >= idleSince.getTime());
  if (alreadySaved) return null;
  if (idleSince === null) return 'idle';
  return input.now.getTime() - idleSince.getTime() >= IDLE_SNAPSHOT_AFTER_MS ? 'idle' : null;
}
