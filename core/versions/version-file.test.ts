import { describe, expect, it } from 'vitest';
import { VersionIdSchema, createdAtFromVersionId, versionIdFor } from './version-file';

describe('version ids', () => {
  it('encode the creation time without characters Windows refuses in file names', () => {
    const id = versionIdFor(new Date('2026-11-25T16:54:32.123Z'), 'a1b2c3');
    expect(id).toBe('20261125T165432123Z-a1b2c3');
    expect(VersionIdSchema.safeParse(id).success).toBe(true);
    expect(createdAtFromVersionId(id)).toBe('2026-11-25T16:54:32.123Z');
  });

  it('refuse anything that could escape the versions folder', () => {
    for (const bad of ['../article', '20261125T165432123Z-a1b2c3/../x', '20261125T165432123Z-A1B2C3', '']) {
      expect(VersionIdSchema.safeParse(bad).success).toBe(false);
    }
    expect(createdAtFromVersionId('nonsense')).toBeNull();
  });
});
