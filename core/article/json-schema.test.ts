import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { arabicArticle, generateLongArticle, kenyaPoliticsArticle, minimalArticle, multilingualWireArticles } from '../testing/sample-articles';
import { articleJsonSchema } from './json-schema';

const committed = JSON.parse(readFileSync(join(import.meta.dirname, 'article.schema.json'), 'utf8')) as Record<string, unknown>;

describe('the committed JSON Schema', () => {
  it('matches the zod schema (run `npm run schema:write` after changing core/article/article-schema.ts)', () => {
    expect(committed, 'core/article/article.schema.json is out of date: run `npm run schema:write` and commit the result').toEqual(articleJsonSchema());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(committed);

  const samples = { kenyaPoliticsArticle, arabicArticle, minimalArticle, ...multilingualWireArticles, long: generateLongArticle(1_000) };
  it.each(Object.entries(samples))('accepts the sample article %s', (_name, article) => {
    expect(validate(article), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('says each field’s limit in its description', () => {
    const properties = committed.properties as Record<string, { description?: string; maxLength?: number }>;
    expect(properties.headline).toMatchObject({ maxLength: 500, description: 'At most 500 characters.' });
    expect(properties.editorsNote).toMatchObject({ maxLength: 50_000, description: 'Internal note for editors. Never exported. At most 50,000 characters.' });
    expect(properties.body!.description).toMatch(/at most 64 levels/);
  });

  it.each([
    ['a missing field', { ...kenyaPoliticsArticle, headline: undefined }],
    ['an unknown field', { ...kenyaPoliticsArticle, $schema: 'x' }],
    ['a bad date', { ...kenyaPoliticsArticle, createdAt: '2026-05-24' }],
    ['a body node without a type', { ...kenyaPoliticsArticle, body: { root: { type: 'root', version: 1, children: [{ version: 1 }] } } }],
    ['a lead image outside the assets folder', { ...kenyaPoliticsArticle, leadImage: { ...kenyaPoliticsArticle.leadImage, file: '../secret.jpg' } }],
    ['a body image outside the assets folder', { ...kenyaPoliticsArticle, body: { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'image', version: 1, file: '../secret.jpg' }] }] } } }],
    ['a body node of any type with a file outside the assets folder', { ...kenyaPoliticsArticle, body: { root: { type: 'root', version: 1, children: [{ type: 'figure', version: 1, src: '/etc/passwd' }] } } }],
    ['a headline over its limit', { ...kenyaPoliticsArticle, headline: 'x'.repeat(501) }],
    ['too many tags', { ...kenyaPoliticsArticle, tags: Array(101).fill('politics') }],
  ])('rejects %s, as the zod schema does', (_name, data) => {
    expect(validate(JSON.parse(JSON.stringify(data)))).toBe(false);
  });
});
