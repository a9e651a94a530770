import { describe, expect, it } from 'vitest';
import { body, paragraph } from '../testing/body-builders';
import { kenyaPoliticsArticle, minimalArticle } from '../testing/sample-articles';
import { ArticleSchema } from './article-schema';
import { createArticle } from './new-article';
import { describeZodError } from './validation-messages';

/** Sets the value at a path like ['bylines', 0, 'name'] in a deep copy of the Kenya article. */
function withValue(path: ReadonlyArray<string | number>, value: unknown): unknown {
  const copy = structuredClone(kenyaPoliticsArticle) as unknown as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

function problemsFor(data: unknown) {
  const parsed = ArticleSchema.safeParse(data, { reportInput: true });
  return parsed.success ? [] : describeZodError(parsed.error);
}

describe('ArticleSchema', () => {
  it('accepts a new empty draft: a draft may be incomplete', () => {
    const draft = createArticle({ id: '8d3c2b1a-0f9e-4d8c-b7a6-958473625140', now: new Date('2026-05-24T10:00:00Z') });
    expect(problemsFor(draft)).toEqual([]);
    expect(draft.body.root.children).toHaveLength(1);
  });

  it('accepts half-typed values a person may save mid-edit', () => {
    expect(problemsFor({ ...minimalArticle, headline: '', relatedLinks: [{ title: '', url: 'https://www.nai' }], bylines: [{ name: '', role: '' }] })).toEqual([]);
  });

  const badValues: Array<[string, ReadonlyArray<string | number>, unknown, RegExp]> = [
    ['schemaVersion', ['schemaVersion'], 1, /one of 2/],
    ['id', ['id'], 'draft-1', /identifier/],
    ['createdAt', ['createdAt'], '24 May 2026', /date and time/],
    ['updatedAt without zone', ['updatedAt'], '2026-05-24T13:10:00', /date and time/],
    ['publishedAt', ['publishedAt'], 1716545760, /should be text, but is a number/],
    ['status', ['status'], 'published', /one of "draft", "in-review", "approved"/],
    ['language', ['language'], 'English', /language tag/],
    ['section', ['section'], null, /should be text, but is null/],
    ['headline', ['headline'], undefined, /is missing; expected text/],
    ['standfirst', ['standfirst'], ['a'], /should be text, but is a list/],
    ['slug', ['slug'], 'Hello World', /lower-case letters, digits and hyphens/],
    ['slugEditedByHand', ['slugEditedByHand'], 'no', /should be true or false/],
    ['bylines', ['bylines'], 'Wanjiru Kamau', /should be a list/],
    ['byline name', ['bylines', 0, 'name'], 42, /should be text, but is a number/],
    ['byline role', ['bylines', 1, 'role'], undefined, /is missing/],
    ['byline extra field', ['bylines', 0, 'email'], 'w@ledger.co.ke', /unknown field “email”/],
    ['dateline', ['dateline'], 7, /should be text/],
    ['lead image file outside assets', ['leadImage', 'file'], '../../etc/passwd', /assets folder/],
    ['lead image absolute file', ['leadImage', 'file'], '/home/me/photo.jpg', /assets folder/],
    ['lead image media type', ['leadImage', 'mediaType'], 'text/html', /image media type/],
    ['lead image width', ['leadImage', 'width'], -3, /./],
    ['lead image alt text', ['leadImage', 'altText'], undefined, /is missing/],
    ['body', ['body'], '<p>hi</p>', /should be an object/],
    ['body root type', ['body', 'root', 'type'], 'paragraph', /"root"/],
    ['body node type', ['body', 'root', 'children', 0, 'type'], '', /must not be empty/],
    ['body node version', ['body', 'root', 'children', 0, 'version'], '1', /should be a number/],
    ['related link url', ['relatedLinks', 1, 'url'], null, /should be text/],
    ['tags', ['tags', 0], '', /must not be empty/],
    ['editorsNote', ['editorsNote'], undefined, /is missing/],
    ['unknown top-level field', ['$schema'], 'https://copydesk.app/schema/article-v1.json', /unknown field “\$schema”/],
  ];

  it.each(badValues)('rejects a bad %s and names where', (_name, path, value, message) => {
    const problems = problemsFor(withValue(path, value));
    expect(problems.length).toBeGreaterThan(0);
    const expectedPath = value === undefined || path[0] === '$schema' || path.at(-1) === 'email' ? path.slice(0, -1) : path;
    const where = expectedPath.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${key}`), '$');
    const problem = problems.find((candidate) => candidate.path === where || candidate.path.startsWith(`${where}.`) || candidate.path.startsWith(`${where}[`));
    expect(problem, `problems: ${JSON.stringify(problems)}`).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  it('keeps node-specific fields of body nodes as they are', () => {
    const parsed = ArticleSchema.parse({ ...minimalArticle, body: body([{ ...paragraph('x'), custom: { a: 1 } }]) });
    expect(parsed.body.root.children[0]?.custom).toEqual({ a: 1 });
  });
});
