import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleLoadError, serializeArticle } from '../article/load-article';
import { serializeNinjs } from '../export/ninjs';
import { kenyaPoliticsArticle } from '../testing/sample-articles';
import { importArticleFile, UnknownFileError } from './import-file';

const options = { id: '9b2f1c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', now: new Date('2026-11-25T12:00:00Z') };
const fixture = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures/draft-v1.json'), 'utf8');

describe('importArticleFile', () => {
  it('reads a native draft of the current version as it was saved, keeping its id and editor’s note', () => {
    const imported = importArticleFile(serializeArticle(kenyaPoliticsArticle), 'drafts/6f1c/article.json', options);
    expect(imported.kind).toBe('native');
    expect(imported.article).toEqual(kenyaPoliticsArticle);
    expect(imported.kind === 'native' && imported.migratedFrom).toBe(null);
  });

  it('opens a version 1 draft unchanged in meaning: every field as saved, the version 2 fields empty', () => {
    const stored = JSON.parse(fixture) as Record<string, unknown>;
    expect(stored.schemaVersion).toBe(1);
    const imported = importArticleFile(fixture, 'drafts/2e3f/article.json', options);
    expect(imported.kind === 'native' && imported.migratedFrom).toBe(1);
    expect(imported.article).toEqual({ ...stored, schemaVersion: 2, agencyCredit: '', subjects: [], provenance: null, styleIgnores: [], review: { threads: [], fieldSuggestions: [], log: [], handoffs: [] } });
  });

  it('accepts a byte-order mark and leading white space', () => {
    expect(importArticleFile(`\uFEFF\n  ${fixture}`, 'bom.json', options).kind).toBe('native');
  });

  it('reads a ninjs item as a new draft with a fresh id', () => {
    const imported = importArticleFile(serializeNinjs(kenyaPoliticsArticle), 'kenya.ninjs.json', options);
    expect(imported.kind).toBe('ninjs');
    expect(imported.article.id).toBe(options.id);
    expect(imported.article.headline).toBe(kenyaPoliticsArticle.headline);
  });

  it('reads an HTML page', () => {
    const imported = importArticleFile('<!doctype html><title>Hei</title><p>Tekst</p>', 'page.html', options);
    expect(imported.kind).toBe('html');
    expect(imported.article.headline).toBe('Hei');
  });

  it('names the file and the field when a native draft is invalid', () => {
    const broken = JSON.stringify({ ...JSON.parse(fixture), bylines: [{ name: 'Kari' }] });
    expect(() => importArticleFile(broken, 'drafts/x/article.json', options)).toThrow(ArticleLoadError);
    expect(() => importArticleFile(broken, 'drafts/x/article.json', options)).toThrow(/^drafts\/x\/article\.json: is a Copydesk draft with invalid fields:\n\$\.bylines\[0\]\.role is missing/);
  });

  it('says when a draft comes from a newer Copydesk', () => {
    const newer = JSON.stringify({ ...JSON.parse(fixture), schemaVersion: 99 });
    expect(() => importArticleFile(newer, 'future.json', options)).toThrow(/^future\.json: was written by a newer Copydesk \(format version 99/);
  });

  it('names the file when it is not JSON or HTML at all', () => {
    expect(() => importArticleFile('{"headline": "x",', 'cut.json', options)).toThrow(/^cut\.json: is not valid JSON/);
    expect(() => importArticleFile('just some words', 'notes.txt', options)).toThrow(UnknownFileError);
    expect(() => importArticleFile('', 'empty.json', options)).toThrow('empty.json: is neither a Copydesk draft, a ninjs item nor an HTML page.');
  });
});
