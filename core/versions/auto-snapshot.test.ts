import { describe, expect, it } from 'vitest';
import { IDLE_SNAPSHOT_AFTER_MS, shouldSnapshot } from './auto-snapshot';

const at = (minutes: number) => new Date(Date.parse('2026-11-25T09:00:00Z') + minutes * 60_000);
const base = { lastChangeAt: at(0), now: at(1), lastSnapshotAt: null, statusChanged: false, exported: false };

describe('shouldSnapshot', () => {
  it('does nothing while the reporter keeps typing', () => {
    expect(shouldSnapshot(base)).toBeNull();
    expect(shouldSnapshot({ ...base, now: new Date(at(0).getTime() + IDLE_SNAPSHOT_AFTER_MS - 1) })).toBeNull();
  });

  it('snapshots the first change after 10 idle minutes', () => {
    expect(shouldSnapshot({ ...base, now: at(10) })).toBe('idle');
    expect(shouldSnapshot({ ...base, now: at(95) })).toBe('idle');
  });

  it('does not snapshot again when a snapshot already holds the text as it stood before the pause', () => {
    expect(shouldSnapshot({ ...base, now: at(30), lastSnapshotAt: at(5) })).toBeNull();
    expect(shouldSnapshot({ ...base, now: at(30), lastSnapshotAt: at(0) })).toBeNull();
    expect(shouldSnapshot({ ...base, now: at(30), lastSnapshotAt: at(-1) })).toBe('idle');
  });

  it('treats an unknown previous change as a pause unless a snapshot exists', () => {
    expect(shouldSnapshot({ ...base, lastChangeAt: null })).toBe('idle');
    expect(shouldSnapshot({ ...base, lastChangeAt: null, lastSnapshotAt: at(-60) })).toBeNull();
  });

  it('always snapshots on a status change or an export, status first', () => {
    expect(shouldSnapshot({ ...base, statusChanged: true, lastSnapshotAt: at(1) })).toBe('status-change');
    expect(shouldSnapshot({ ...base, exported: true, lastSnapshotAt: at(1) })).toBe('export');
    expect(shouldSnapshot({ ...base, exported: true, statusChanged: true })).toBe('status-change');
  });
});
