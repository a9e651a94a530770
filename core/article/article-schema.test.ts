import { describe, expect, it } from 'vitest';
import { body, image, list, paragraph } from '../testing/body-builders';
import { kenyaPoliticsArticle, minimalArticle } from '../testing/sample-articles';
import { ArticleSchema, FIELD_LIMITS, MAX_BODY_DEPTH, type SerializedBodyNode } from './article-schema';
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

  it('reads a version 2 draft saved before style ignores existed as ignoring nothing', () => {
    const { styleIgnores: _none, ...saved } = kenyaPoliticsArticle;
    expect(ArticleSchema.parse(saved).styleIgnores).toEqual([]);
    expect(problemsFor(withValue(['styleIgnores'], ['']))).toEqual([{ path: '$.styleIgnores[0]', message: 'must not be empty' }]);
  });

  const badValues: Array<[string, ReadonlyArray<string | number>, unknown, RegExp]> = [
    ['schemaVersion', ['schemaVersion'], 1, /one of 2/],
    ['id', ['id'], 'draft-1', /identifier/],
    ['createdAt', ['createdAt'], '24 May 2026', /date and time/],
    ['updatedAt without zone', ['updatedAt'], '2026-05-24T13:10:00', /date and time/],
    ['publishedAt', ['publishedAt'], 1716545760, /should be text, but is a number/],
    ['status', ['status'], 'published', /one of "draft", "in-review", "needs-changes", "approved"/],
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

  const photo = { altText: 'Traders at Gikomba', caption: 'Gikomba market.', credit: 'A. Oduya' };

  it.each([
    ['an inline image outside the assets folder', paragraph('Before', image({ ...photo, file: '../../secret.jpg' })), '$.body.root.children[0].children[1].file'],
    ['an inline image with an absolute path', paragraph(image({ ...photo, file: '/etc/passwd' })), '$.body.root.children[0].children[0].file'],
    ['an image inside a block of a type added later', { type: 'figure', version: 1, children: [{ type: 'inline-image', version: 1, src: '../outside.png' }] }, '$.body.root.children[0].children[0].src'],
    ['a file on a node of any type', { type: 'gallery', version: 1, file: 'C:/Users/me/photo.jpg' }, '$.body.root.children[0].file'],
  ])('rejects %s, naming the node', (_name, block, where) => {
    expect(problemsFor({ ...minimalArticle, body: body([block]) })).toEqual([{ path: where, message: expect.stringMatching(/assets folder/) }]);
  });

  it('accepts body nodes whose files are in the assets folder', () => {
    const blocks = [paragraph(image({ ...photo, file: 'assets/3b5d5c37.jpg' })), { type: 'figure', version: 1, children: [{ type: 'inline-image', version: 1, src: 'assets/a.png' }] }];
    expect(problemsFor({ ...minimalArticle, body: body(blocks) })).toEqual([]);
  });

  it('refuses an asset path that is not text', () => {
    expect(problemsFor({ ...minimalArticle, body: body([{ type: 'image', version: 1, file: 42 }]) })).toEqual([{ path: '$.body.root.children[0].file', message: 'should be text, but is a number' }]);
  });

  const limitedFields: Array<[string, ReadonlyArray<string | number>, number]> = [
    ['section', ['section'], FIELD_LIMITS.section],
    ['headline', ['headline'], FIELD_LIMITS.headline],
    ['standfirst', ['standfirst'], FIELD_LIMITS.standfirst],
    ['dateline', ['dateline'], FIELD_LIMITS.dateline],
    ['byline name', ['bylines', 0, 'name'], FIELD_LIMITS.bylineName],
    ['byline role', ['bylines', 0, 'role'], FIELD_LIMITS.bylineRole],
    ['alt text', ['leadImage', 'altText'], FIELD_LIMITS.altText],
    ['caption', ['leadImage', 'caption'], FIELD_LIMITS.caption],
    ['credit', ['leadImage', 'credit'], FIELD_LIMITS.credit],
    ['related link title', ['relatedLinks', 0, 'title'], FIELD_LIMITS.relatedLinkTitle],
    ['related link url', ['relatedLinks', 0, 'url'], FIELD_LIMITS.url],
    ['tag', ['tags', 0], FIELD_LIMITS.tag],
    ['editor’s note', ['editorsNote'], FIELD_LIMITS.editorsNote],
  ];

  it.each(limitedFields)('takes a %s up to its limit and refuses a longer one', (_name, path, limit) => {
    expect(problemsFor(withValue(path, 'x'.repeat(limit)))).toEqual([]);
    const where = path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${key}`), '$');
    expect(problemsFor(withValue(path, 'x'.repeat(limit + 1)))).toEqual([{ path: where, message: `is ${(limit + 1).toLocaleString('en-US')} characters long; the limit is ${limit.toLocaleString('en-US')}` }]);
  });

  it('refuses a 50 MB headline quickly, without quoting it', () => {
    expect(problemsFor({ ...minimalArticle, headline: 'x'.repeat(50_000_000) })).toEqual([{ path: '$.headline', message: 'is 50,000,000 characters long; the limit is 500' }]);
  });

  it('gives slug, language, media type and asset paths limits too', () => {
    expect(problemsFor(withValue(['slug'], 'a'.repeat(FIELD_LIMITS.slug + 1)))).toEqual([{ path: '$.slug', message: expect.stringMatching(/limit is/) }]);
    expect(problemsFor(withValue(['language'], `en-${'abcdefgh-'.repeat(4)}xy`))).toEqual([{ path: '$.language', message: expect.stringMatching(/limit is 35/) }]);
    expect(problemsFor(withValue(['leadImage', 'mediaType'], `image/${'x'.repeat(FIELD_LIMITS.mediaType)}`))).toEqual([{ path: '$.leadImage.mediaType', message: expect.stringMatching(/limit is/) }]);
    expect(problemsFor(withValue(['leadImage', 'file'], `assets/${'x'.repeat(FIELD_LIMITS.assetPath)}`))).toEqual([{ path: '$.leadImage.file', message: expect.stringMatching(/limit is/) }]);
  });

  it.each([
    ['bylines', ['bylines'], { name: 'A', role: 'Reporter' }, FIELD_LIMITS.bylines],
    ['related links', ['relatedLinks'], { title: 'More', url: 'https://www.nation.africa/' }, FIELD_LIMITS.relatedLinks],
    ['tags', ['tags'], 'politics', FIELD_LIMITS.tags],
  ] as const)('takes up to the limit of %s and refuses more', (_name, path, entry, limit) => {
    expect(problemsFor(withValue(path, Array(limit).fill(entry)))).toEqual([]);
    expect(problemsFor(withValue(path, Array(limit + 1).fill(entry)))).toEqual([{ path: `$.${path[0]}`, message: `has ${limit + 1} entries; the limit is ${limit}` }]);
  });

  /** A body whose first block holds a chain of `depth` nested nodes (the block itself is level 1). */
  function nestedBody(depth: number) {
    let node: SerializedBodyNode = { type: 'text', version: 1, text: 'deep' };
    for (let level = depth; level > 1; level -= 1) node = { type: 'quote', version: 1, children: [node] };
    // Not through body(), whose builder recurses.
    return { root: { type: 'root', version: 1, children: [paragraph('first'), node] } };
  }

  it(`takes a body nested ${MAX_BODY_DEPTH} levels deep, and real nested lists`, () => {
    expect(problemsFor({ ...minimalArticle, body: nestedBody(MAX_BODY_DEPTH) })).toEqual([]);
    let nested: Parameters<typeof list>[1] = ['deepest'];
    for (let level = 0; level < 9; level += 1) nested = [{ content: [`level ${level}`], nested: { listType: 'bullet', items: nested } }];
    expect(problemsFor({ ...minimalArticle, body: body([list('bullet', nested)]) })).toEqual([]);
  });

  it('refuses a body nested deeper than the limit with a message naming the block, however deep it goes', () => {
    for (const depth of [MAX_BODY_DEPTH + 1, 100_000]) {
      expect(problemsFor({ ...minimalArticle, body: nestedBody(depth) })).toEqual([{ path: '$.body.root.children[1]', message: `nests more than ${MAX_BODY_DEPTH} levels deep, which Copydesk does not open` }]);
    }
  });
});
