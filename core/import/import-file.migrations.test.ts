import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

/**
 * Pretends the native format is at version 3, with a test migration from version 2 that moved the
 * kicker into `section`, to prove that importing an older draft runs every step of the registry.
 */
vi.mock('../article/article-schema', async (importOriginal) => {
  const original = await importOriginal<typeof import('../article/article-schema')>();
  return { ...original, CURRENT_SCHEMA_VERSION: 3, ArticleSchema: original.ArticleSchema.extend({ schemaVersion: z.literal(3) }) };
});
vi.mock('../article/migrations', async (importOriginal) => {
  const original = await importOriginal<typeof import('../article/migrations')>();
  const registry: typeof original.MIGRATIONS = {
    ...original.MIGRATIONS,
    2: ({ kicker, ...rest }) => ({ ...rest, section: typeof kicker === 'string' ? kicker.trim() : '' }),
  };
  return { ...original, MIGRATIONS: registry, migrateToCurrent: (stored: Record<string, unknown>) => original.migrateToCurrent(stored, registry, 3) };
});

const { importArticleFile } = await import('./import-file');
const options = { id: '9b2f1c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', now: new Date('2026-11-25T12:00:00Z') };
const versionOne = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures/draft-v1.json'), 'utf8')) as Record<string, unknown>;
const noReview = { threads: [], fieldSuggestions: [], log: [], handoffs: [] };
const current = { ...versionOne, schemaVersion: 3, agencyCredit: '', subjects: [], provenance: null, styleIgnores: [], review: noReview };

describe('importing a draft written in an older format version', () => {
  it('upgrades it through the migration registry and says which version it came from', () => {
    const { section: _section, ...rest } = versionOne;
    const older = JSON.stringify({ ...rest, schemaVersion: 2, agencyCredit: '', subjects: [], provenance: null, styleIgnores: [], review: noReview, kicker: '  Innenriks ' });
    const imported = importArticleFile(older, 'old/article.json', options);
    expect(imported).toMatchObject({ kind: 'native', migratedFrom: 2 });
    expect(imported.article).toEqual({ ...current, section: 'Innenriks' });
  });

  it('runs every step from version 1 up', () => {
    const { section: _section, ...rest } = versionOne;
    const imported = importArticleFile(JSON.stringify({ ...rest, kicker: 'Innenriks' }), 'oldest/article.json', options);
    expect(imported).toMatchObject({ kind: 'native', migratedFrom: 1 });
    expect(imported.article).toEqual({ ...current, section: 'Innenriks' });
  });

  it('reads a file of the (pretend) current version without migrating it', () => {
    const imported = importArticleFile(JSON.stringify(current), 'new/article.json', options);
    expect(imported).toMatchObject({ kind: 'native', migratedFrom: null });
  });

  it('names the file when a version has no way up', () => {
    expect(() => importArticleFile(JSON.stringify({ ...current, schemaVersion: 0 }), 'ancient/article.json', options)).toThrow(/^ancient\/article\.json: has no usable schemaVersion/);
  });
});
