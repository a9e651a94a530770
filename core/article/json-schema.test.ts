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

  it.each([
    ['a missing field', { ...kenyaPoliticsArticle, headline: undefined }],
    ['an unknown field', { ...kenyaPoliticsArticle, $schema: 'x' }],
    ['a bad date', { ...kenyaPoliticsArticle, createdAt: '2026-05-24' }],
    ['a body node without a type', { ...kenyaPoliticsArticle, body: { root: { type: 'root', version: 1, children: [{ version: 1 }] } } }],
    ['a lead image outside the assets folder', { ...kenyaPoliticsArticle, leadImage: { ...kenyaPoliticsArticle.leadImage, file: '../secret.jpg' } }],
  ])('rejects %s, as the zod schema does', (_name, data) => {
    expect(validate(JSON.parse(JSON.stringify(data)))).toBe(false);
  });
});
