import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectRetained, type RetainableVersion } from './retention';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function version(id: string, ageMs: number, label: string | null = null): RetainableVersion {
  return { id, createdAt: new Date(NOW.getTime() - ageMs).toISOString(), label };
}

function keptIds(versions: readonly RetainableVersion[], now = NOW): string[] {
  return selectRetained(versions, now).keep.map((v) => v.id).sort();
}

const versionsArbitrary = fc
  .array(
    fc.record({
      ageMs: fc.integer({ min: -HOUR, max: 400 * DAY }),
      label: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: null }),
    }),
    { maxLength: 300 },
  )
  .map((entries) => entries.map((entry, index) => version(`v${String(index).padStart(4, '0')}`, entry.ageMs, entry.label)));

describe('selectRetained', () => {
  it('keeps pinned versions (hand-off points) whatever their age', () => {
    const versions = [version('newest', 0), version('handoff', 30 * DAY + HOUR), version('same-day', 30 * DAY)];
    expect(selectRetained(versions, NOW, new Set(['handoff'])).keep.map((v) => v.id).sort()).toEqual(['handoff', 'newest', 'same-day']);
    expect(keptIds(versions)).toEqual(['newest', 'same-day']);
  });

  it('keeps every version of the last 24 hours', () => {
    const versions = [version('a', 1 * MINUTE), version('b', 2 * MINUTE), version('c', 23 * HOUR)];
    expect(keptIds(versions)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the newest version of each clock hour between one and seven days old', () => {
    // NOW is on the hour, so 30 h + 10 min and 30 h + 40 min fall in the same clock hour.
    const versions = [version('newest', 0), version('older-in-hour', 30 * HOUR + 40 * MINUTE), version('newer-in-hour', 30 * HOUR + 10 * MINUTE), version('next-hour', 31 * HOUR + 5 * MINUTE)];
    expect(keptIds(versions)).toEqual(['newer-in-hour', 'newest', 'next-hour']);
  });

  it('keeps the newest version of each UTC day after seven days', () => {
    const day10 = 10 * DAY; // NOW is 12:00 UTC, so ages 10 d and 10 d + 6 h share a UTC day
    const versions = [version('newest', 0), version('morning', day10 + 6 * HOUR), version('noon', day10), version('day-before', day10 + 13 * HOUR)];
    expect(keptIds(versions)).toEqual(['day-before', 'newest', 'noon']);
  });

  it('always keeps the newest version, however old', () => {
    expect(keptIds([version('old', 100 * DAY), version('older', 100 * DAY + HOUR)])).toEqual(['old']);
  });

  it('never prunes a labelled version', () => {
    const versions = [version('newest', 0), version('labelled', 50 * DAY + HOUR, 'Sent to legal'), version('plain', 50 * DAY)];
    expect(keptIds(versions)).toEqual(['labelled', 'newest', 'plain']);
  });

  it('keeps versions whose time cannot be read', () => {
    const broken = { id: 'broken', createdAt: 'not a date', label: null };
    expect(keptIds([version('newest', 0), broken])).toEqual(['broken', 'newest']);
  });

  it('property: labelled versions and the newest version are never pruned', () => {
    fc.assert(
      fc.property(versionsArbitrary, (versions) => {
        const { keep, prune } = selectRetained(versions, NOW);
        expect(prune.filter((v) => v.label !== null)).toEqual([]);
        expect(keep.length + prune.length).toBe(versions.length);
        if (versions.length > 0) {
          const newestTime = Math.max(...versions.map((v) => Date.parse(v.createdAt)));
          expect(keep.some((v) => Date.parse(v.createdAt) === newestTime)).toBe(true);
        }
      }),
    );
  });

  it('property: pruning twice is the same as pruning once', () => {
    fc.assert(
      fc.property(versionsArbitrary, (versions) => {
        const once = selectRetained(versions, NOW).keep;
        const twice = selectRetained(once, NOW).keep;
        expect(twice).toEqual(once);
      }),
    );
  });

  it('property: everything younger than a day is kept', () => {
    fc.assert(
      fc.property(versionsArbitrary, (versions) => {
        const kept = new Set(selectRetained(versions, NOW).keep);
        for (const v of versions) if (NOW.getTime() - Date.parse(v.createdAt) <= DAY) expect(kept.has(v)).toBe(true);
      }),
    );
  });

  it('a year of minute-by-minute snapshots stays bounded, pruned daily or all at once', () => {
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    const bound = 24 * 60 + 1 + 7 * 24 + 1 + 366 + 1; // last day + hourly week + daily year (+1 each for bucket edges)
    const minuteSnapshot = (minute: number): RetainableVersion => {
      const time = start + minute * MINUTE;
      return { id: String(time), createdAt: new Date(time).toISOString(), label: null };
    };
    let pruned: RetainableVersion[] = [];
    const all: RetainableVersion[] = [];
    let largest = 0;
    for (let day = 0; day < 365; day += 1) {
      for (let minute = 0; minute < 24 * 60; minute += 1) {
        const snapshot = minuteSnapshot(day * 24 * 60 + minute);
        pruned.push(snapshot);
        all.push(snapshot);
      }
      pruned = selectRetained(pruned, new Date(start + (day + 1) * DAY - MINUTE)).keep;
      largest = Math.max(largest, pruned.length);
    }
    expect(largest).toBeLessThanOrEqual(bound);
    const end = new Date(start + 365 * DAY - MINUTE);
    const atOnce = selectRetained(all, end).keep;
    expect(atOnce.length).toBeLessThanOrEqual(bound);
    expect(atOnce.length).toBeGreaterThan(24 * 60 + 6 * 24 + 350); // and it is real history, not an emptied list
  }, 30_000);
});
