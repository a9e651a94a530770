/** What the retention policy needs to know about a version. */
export interface RetainableVersion {
  id: string;
  createdAt: string;
  label: string | null;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Every version younger than this is kept. */
export const KEEP_ALL_FOR_MS = DAY;
/** Between KEEP_ALL_FOR_MS and this age, the newest version of each clock hour is kept; older, the newest of each UTC day. */
export const KEEP_HOURLY_FOR_MS = 7 * DAY;

/**
 * Which versions to keep at `now`: all of the last 24 hours, the newest of each hour for a week,
 * the newest of each day after that. Labelled versions, `pinned` ones (hand-off points, which both
 * copies of a draft must share) and the newest version are always kept, and so is anything whose
 * time cannot be read (never delete what we cannot judge). Buckets are clock
 * hours and days, not ages, so applying the policy to its own result changes nothing.
 */
export function selectRetained<Version extends RetainableVersion>(
  versions: readonly Version[],
  now: Date,
  pinned: ReadonlySet<string> = new Set(),
): { keep: Version[]; prune: Version[] } {
  const nowMs = now.getTime();
  const times = new Map(versions.map((version) => [version, Date.parse(version.createdAt)]));
  const newest = versions.reduce<Version | undefined>(
    (best, version) => (best === undefined || isNewer(version, best, times) ? version : best),
    undefined,
  );

  const newestInBucket = new Map<string, Version>();
  for (const version of versions) {
    const key = bucketKey(times.get(version)!, nowMs);
    if (key === null) continue;
    const current = newestInBucket.get(key);
    if (current === undefined || isNewer(version, current, times)) newestInBucket.set(key, version);
  }

  const keep: Version[] = [];
  const prune: Version[] = [];
  for (const version of versions) {
    const key = bucketKey(times.get(version)!, nowMs);
    const kept = version === newest || version.label !== null || pinned.has(version.id) || key === null || newestInBucket.get(key) === version;
    (kept ? keep : prune).push(version);
  }
  return { keep, prune };
}

/** Null means "keep unconditionally": recent, in the future (clock skew) or unreadable. */
function bucketKey(time: number, nowMs: number): string | null {
  if (Number.isNaN(time)) return null;
  const age = nowMs - time;
  if (age <= KEEP_ALL_FOR_MS) return null;
  if (age <= KEEP_HOURLY_FOR_MS) return `h${Math.floor(time / HOUR)}`;
  return `d${Math.floor(time / DAY)}`;
}

function isNewer(a: RetainableVersion, b: RetainableVersion, times: Map<RetainableVersion, number>): boolean {
  const ta = orOldest(times.get(a)!);
  const tb = orOldest(times.get(b)!);
  if (ta !== tb) return ta > tb;
  return a.id > b.id;
}

function orOldest(time: number): number {
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
