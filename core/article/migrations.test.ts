import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from './article-schema';
import { MIGRATIONS, migrateToCurrent, type Migration } from './migrations';

/** A pretend format change: version 2 renamed `kicker` to `section`. */
const renameKicker: Migration = ({ kicker, ...rest }) => ({ ...rest, section: kicker });
const testRegistry = { 1: renameKicker };

describe('migrateToCurrent', () => {
  it('leaves a current file as it is', () => {
    const stored = { schemaVersion: CURRENT_SCHEMA_VERSION, headline: 'x' };
    expect(migrateToCurrent(stored)).toEqual({ ok: true, data: stored, migratedFrom: null });
  });

  it('runs each step from the stored version up and records where it started', () => {
    expect(migrateToCurrent({ schemaVersion: 1, kicker: 'Inside Politics' }, testRegistry, 2)).toEqual({
      ok: true,
      data: { schemaVersion: 2, section: 'Inside Politics' },
      migratedFrom: 1,
    });
  });

  it('does not change the stored object', () => {
    const stored = { schemaVersion: 1, kicker: 'Sport' };
    migrateToCurrent(stored, testRegistry, 2);
    expect(stored).toEqual({ schemaVersion: 1, kicker: 'Sport' });
  });

  it('refuses a file from a newer Copydesk with a message that says what to do', () => {
    const outcome = migrateToCurrent({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(outcome).toMatchObject({ ok: false, kind: 'newer-version' });
    expect(!outcome.ok && outcome.message).toMatch(/newer Copydesk \(format version 3; this app reads up to 2\)\. Update Copydesk/);
  });

  it.each([[undefined], ['1'], [0], [1.5], [null]])('refuses a missing or unusable version (%s)', (schemaVersion) => {
    const outcome = migrateToCurrent({ schemaVersion });
    expect(outcome).toMatchObject({ ok: false, kind: 'unknown-version' });
    expect(!outcome.ok && outcome.message).toContain('schemaVersion');
  });

  it('quotes an unusable version as a short excerpt', () => {
    const outcome = migrateToCurrent({ schemaVersion: '1'.repeat(50_000_000) });
    expect(outcome).toEqual({ ok: false, kind: 'unknown-version', message: `has no usable schemaVersion (found "${'1'.repeat(59)}…")` });
    expect(migrateToCurrent({ schemaVersion: { deep: ['x'] } })).toMatchObject({ message: 'has no usable schemaVersion (found an object)' });
  });

  it('refuses a version with no step to upgrade it', () => {
    expect(migrateToCurrent({ schemaVersion: 1 }, {}, 3)).toMatchObject({ ok: false, kind: 'unknown-version', message: expect.stringContaining('format version 1') });
    expect(migrateToCurrent({ schemaVersion: 1 }, testRegistry, 3)).toMatchObject({ ok: false, message: expect.stringContaining('format version 2') });
  });

  it('has a step for every version below the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) expect(MIGRATIONS[version], `step ${version}`).toBeTypeOf('function');
  });
});

describe('the version 1 → 2 step', () => {
  const upgrade = MIGRATIONS[1] as Migration;

  it('adds the wire fields and the review empty and keeps every stored field', () => {
    const stored = { schemaVersion: 1, headline: 'Ny værstasjon', tags: ['vær'], leadImage: null };
    expect(upgrade(stored)).toEqual({ ...stored, agencyCredit: '', subjects: [], provenance: null, styleIgnores: [], review: { threads: [], fieldSuggestions: [], log: [], handoffs: [] } });
  });

  it('gives each draft its own subjects list and review', () => {
    const first = upgrade({ schemaVersion: 1 });
    const second = upgrade({ schemaVersion: 1 });
    expect(first.subjects).not.toBe(second.subjects);
    expect(first.review).not.toBe(second.review);
    expect((first.review as { threads: unknown }).threads).not.toBe((second.review as { threads: unknown }).threads);
  });
});
