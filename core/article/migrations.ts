import { emptyReview } from '../review/review-schema';
import { CURRENT_SCHEMA_VERSION } from './article-schema';
import { quotedValue } from './validation-messages';

/** Turns a stored object of version `from` into version `from + 1`. Each step is pure and never fails silently. */
export type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

/**
 * What a version 1 file means for each field version 2 added: one line per field. A fresh object each
 * time, so no two drafts share a list.
 */
function version2Defaults(): Record<string, unknown> {
  return {
    agencyCredit: '',
    subjects: [],
    provenance: null,
    styleIgnores: [],
    review: emptyReview(),
  };
}

/**
 * Key N upgrades a file of schemaVersion N to N + 1; add a step here (with a fixture test) whenever
 * the schema changes.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (stored) => ({ ...version2Defaults(), ...stored }),
};

export type MigrationOutcome =
  | { ok: true; data: Record<string, unknown>; migratedFrom: number | null }
  | { ok: false; kind: 'newer-version' | 'unknown-version'; message: string };

export function migrateToCurrent(
  stored: Record<string, unknown>,
  registry: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  const version = stored.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, kind: 'unknown-version', message: `has no usable schemaVersion (found ${quotedValue(version)})` };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      kind: 'newer-version',
      message: `was written by a newer Copydesk (format version ${version}; this app reads up to ${currentVersion}). Update Copydesk to open it.`,
    };
  }
  let data = stored;
  for (let step = version; step < currentVersion; step += 1) {
    const migrate = registry[step];
    if (!migrate) {
      return { ok: false, kind: 'unknown-version', message: `uses format version ${step}, which this Copydesk cannot upgrade` };
    }
    data = { ...migrate(data), schemaVersion: step + 1 };
  }
  return { ok: true, data, migratedFrom: version === currentVersion ? null : version };
}
