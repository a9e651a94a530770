import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

/**
 * Pretends the native format is at version 2, with a test migration from version 1 that moved the
 * kicker into `section`, to prove that importing an older draft runs the migration registry.
 */
vi.mock('../article/article-schema', async (importOriginal) => {
  const original = await importOriginal<typeof import('../article/article-schema')>();
  return { ...original, CURRENT_SCHEMA_VERSION: 2, ArticleSchema: original.ArticleSchema.extend({ schemaVersion: z.literal(2) }) };
});
vi.mock('../article/migrations', async (importOriginal) => {
  const original = await importOriginal<typeof import('../article/migrations')>();
  const registry: typeof original.MIGRATIONS = {
    1: ({ kicker, ...rest }) => ({ ...rest, section: typeof kicker === 'string' ? kicker.trim() : '' }),
  };
  return { ...original, MIGRATIONS: registry, migrateToCurrent: (stored: Record<string, unknown>) => original.migrateToCurrent(stored, registry, 2) };
});

const { importArticleFile } = await import('./import-file');
const options = { id: '9b2f1c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', now: new Date('2026-11-25T12:00:00Z') };
const current = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures/draft-v1.json'), 'utf8')) as Record<string, unknown>;

describe('importing a draft written in an older format version', () => {
  it('upgrades it through the migration registry and says which version it came from', () => {
    const { section: _section, ...rest } = current;
    const older = JSON.stringify({ ...rest, schemaVersion: 1, kicker: '  Innenriks ' });
    const imported = importArticleFile(older, 'old/article.json', options);
    expect(imported).toMatchObject({ kind: 'native', migratedFrom: 1 });
    expect(imported.article).toEqual({ ...current, schemaVersion: 2, section: 'Innenriks' });
  });

  it('reads a file of the (pretend) current version without migrating it', () => {
    const imported = importArticleFile(JSON.stringify({ ...current, schemaVersion: 2 }), 'new/article.json', options);
    expect(imported).toMatchObject({ kind: 'native', migratedFrom: null });
  });

  it('names the file when a version has no way up', () => {
    expect(() => importArticleFile(JSON.stringify({ ...current, schemaVersion: 0 }), 'ancient/article.json', options)).toThrow(/^ancient\/article\.json: has no usable schemaVersion/);
  });
});
