import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_STATUSES, ArticleSchema, CURRENT_SCHEMA_VERSION, SUBJECT_KINDS, type Article, type Provenance, type RemoteLeadImage, type SerializedBodyNode, type Subject } from '../article/article-schema';
import { serializeArticle } from '../article/load-article';
import { slugFromHeadline } from '../article/slug';
import { articleToNinjs, serializeNinjs } from '../export/ninjs';
import { createNinjsValidator } from '../ninjs/ninjs-validator';
import { bodyToHtml } from '../export/body-html';
import { emptyReview, HANDOFF_DIRECTIONS, REVIEW_LOG_ACTIONS, type Review } from '../review/review-schema';
import { body, embed, factBox, heading, horizontalRule, image, linebreak, link, list, paragraph, pullQuote, quote, table, text, type ListItemSpec, type TextFormatName } from '../testing/body-builders';
import { checkUrl } from '../text/url-allowlist';
import { htmlToBody } from './html-to-body';
import { importArticleFile } from './import-file';

/**
 * Round trips over generated articles.
 *
 * Native JSON carries everything. ninjs (as Copydesk writes it) carries: headline, standfirst, body,
 * bylines with roles, section, dateline, language, tags, status, publishedAt, slug, the body's own
 * blocks (pictures with their files, pull quotes, fact boxes, embeds, tables), the lead image's
 * file, media type, size, caption, credit and alt text, and related links whose address is on the
 * allowlist. It does not carry: the draft id, createdAt/updatedAt (an import is a new draft, made
 * now), the editor's note and the review (never exported), links off the allowlist (never exported), an empty slug
 * (re-derived from the headline), slugEditedByHand (derived from slug and headline), and Lexical's
 * layout-only `direction`.
 */

const options = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', now: new Date('2026-11-25T12:00:00Z') };

const FORMATS: TextFormatName[] = ['bold', 'italic', 'underline', 'strikethrough', 'code', 'subscript', 'superscript', 'highlight'];
const LETTERS = [...'aZéøÅßçñ', 'ж', 'Ω', 'ع', 'ب', 'あ', '東', 'ก', '한', 'א', '👩🏽‍💻'];
const MARKS = [...'.,;:!?()[]/-–—…“”‘’„«»<>&"\'#%*+=', '\u00a0', '\u200d'];
const URLS = ['https://example.org/', 'https://www.nation.example/politics/2026/05/24/story?id=7&x=1#part', 'http://localhost/a', 'mailto:desk@example.org', 'https://xn--bcher-kva.example/%C3%A9t%C3%A9'];

const word = fc
  .tuple(fc.constantFrom(...LETTERS), fc.array(fc.constantFrom(...LETTERS, ...MARKS), { maxLength: 6 }))
  .map(([first, rest]) => [first, ...rest].join(''));
const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const formats = fc.subarray(FORMATS);
const url = fc.oneof(
  fc.constantFrom(...URLS),
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((candidate) => checkUrl(candidate)).filter((checked) => checked.ok).map((checked) => (checked.ok ? checked.url : '')),
);

const textPiece = fc.record({ kind: fc.constant('text' as const), value: phrase, formats });
const linkPiece = fc.record({
  kind: fc.constant('link' as const),
  url,
  title: fc.option(phrase, { nil: null }),
  children: fc.array(fc.record({ value: phrase, formats }), { minLength: 1, maxLength: 2 }),
});

/** Merges neighbouring text of equal format, as any editor state holds it. */
function mergeRuns<Run extends { value: string; formats: TextFormatName[] }>(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const previous = merged.at(-1);
    const same = previous && previous.formats.length === run.formats.length && previous.formats.every((format) => run.formats.includes(format));
    if (previous && same) merged[merged.length - 1] = { ...previous, value: `${previous.value}${run.value}` };
    else merged.push(run);
  }
  return merged;
}

/** Inline content in the form an editor would hold: words separated by single spaces, breaks only between pieces. */
const inline = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: textPiece }, { weight: 1, arbitrary: linkPiece }), fc.constantFrom('none', 'space', 'break')), { minLength: 1, maxLength: 4 })
  .map((entries) => {
    const nodes: SerializedBodyNode[] = [];
    let pendingText: { value: string; formats: TextFormatName[] }[] = [];
    const flushText = () => {
      for (const run of mergeRuns(pendingText)) nodes.push(text(run.value, ...run.formats));
      pendingText = [];
    };
    entries.forEach(([piece, joiner], index) => {
      const last = index === entries.length - 1;
      const space = joiner === 'space' && !last ? ' ' : '';
      if (piece.kind === 'text') {
        pendingText.push({ value: `${piece.value}${space}`, formats: piece.formats });
      } else {
        flushText();
        const children = mergeRuns(piece.children.map((child, childIndex) => ({ ...child, value: childIndex === piece.children.length - 1 ? `${child.value}${space}` : child.value })));
        nodes.push(link(piece.url, children.map((child) => text(child.value, ...child.formats)), piece.title === null ? {} : { title: piece.title }));
      }
      if (joiner === 'break' && !last) {
        flushText();
        nodes.push(linebreak());
      }
    });
    flushText();
    return nodes;
  });

const listItem: fc.Arbitrary<ListItemSpec> = fc
  .tuple(inline, fc.option(fc.tuple(fc.constantFrom('bullet' as const, 'number' as const), fc.array(inline, { minLength: 1, maxLength: 3 })), { nil: null }))
  .map(([content, nested]) => (nested ? { content, nested: { listType: nested[0], items: nested[1].map((items) => ({ content: items })) } } : { content }));

const paragraphBlock = inline.map((children) => paragraph(...children));
const listBlock = fc.tuple(fc.constantFrom('bullet' as const, 'number' as const), fc.array(listItem, { minLength: 1, maxLength: 4 })).map(([type, items]) => list(type, items));

/** Words as a pull quote holds them: its writer trims each line and the attribution, so none starts or ends with a space of any kind. */
const quoteLine = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 6 }).map((letters) => letters.join(''));
const EMBED_URLS = ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1', 'https://vimeo.com/76979871', 'https://x.com/IEBCKenya/status/1', 'https://www.instagram.com/p/C7abcdEFgh/', 'https://public.flourish.studio/story/12/', 'https://www.iebc.or.ke/results/'];

/**
 * The body's own blocks, in the shapes the editor saves them. A table that is only a header row has no
 * header column (nothing below for it to head, and HTML has no way to say it).
 */
const ownBlock: fc.Arbitrary<SerializedBodyNode> = fc.oneof(
  fc
    .record({ file: fc.stringMatching(/^assets\/[A-Za-z0-9][A-Za-z0-9._-]{0,15}$/), altText: fc.oneof(fc.constant(''), phrase), caption: fc.oneof(fc.constant(''), phrase), credit: fc.oneof(fc.constant(''), phrase) })
    .map((fields) => image(fields)),
  fc.tuple(fc.array(quoteLine, { minLength: 1, maxLength: 3 }), fc.oneof(fc.constant(''), quoteLine)).map(([lines, attribution]) => pullQuote(lines.join('\n'), attribution)),
  fc.tuple(inline, fc.array(fc.oneof(paragraphBlock, listBlock), { minLength: 1, maxLength: 3 })).map(([title, blocks]) => factBox(title, blocks)),
  fc.constantFrom(...EMBED_URLS).map((address) => embed(address)),
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.boolean())
    .chain(([rows, columns, headerRow, headerColumn]) =>
      fc.array(fc.array(inline, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }).map((cells) => table(cells.map((row) => row.map((content) => [paragraph(...content)])), { headerRow, headerColumn: headerColumn && (rows > 1 || !headerRow) })),
    ),
);

const block: fc.Arbitrary<SerializedBodyNode> = fc.oneof(
  { weight: 5, arbitrary: paragraphBlock },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('h2' as const, 'h3' as const), inline).map(([tag, children]) => heading(tag, ...children)) },
  { weight: 1, arbitrary: inline.map((children) => quote(...children)) },
  { weight: 1, arbitrary: listBlock },
  { weight: 1, arbitrary: fc.constant(horizontalRule()) },
  { weight: 2, arbitrary: ownBlock },
);

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), phrase);
const timestamp = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString());
const tag = anyText.filter((value) => value !== '' && value.trim() === value);

const conceptUri = fc.constantFrom('', 'http://cv.iptc.org/newscodes/mediatopic/20000658', 'medtop:20000763', 'https://www.geonames.org/2809889');
const code = fc.oneof(fc.constant(''), tag);
/** A subject of kind `subject` has a code (an uncoded one is a tag); the others may have none. */
const subject: fc.Arbitrary<Subject> = fc
  .record({ kind: fc.constantFrom(...SUBJECT_KINDS), name: tag, uri: conceptUri, code })
  .map((entry) => (entry.kind === 'subject' && entry.uri === '' && entry.code === '' ? { ...entry, code: entry.name } : entry));
const provenance: fc.Arbitrary<Provenance> = fc.record({
  agency: anyText,
  uri: fc.oneof(fc.constant('urn:newsml:dpa.example:20261202:x'), url),
  version: fc.constantFrom('', '1', '3'),
  firstCreated: fc.option(timestamp, { nil: null }),
  versionCreated: fc.option(timestamp, { nil: null }),
  urgency: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  copyrightHolder: anyText,
  copyrightNotice: anyText,
  usageTerms: anyText,
  format: fc.constantFrom('ninjs 2.1', 'ninjs 1.x'),
});
const remoteLeadImage: fc.Arbitrary<RemoteLeadImage> = fc.record(
  {
    remote: fc.record({ href: fc.oneof(fc.constant(''), url), uri: fc.constantFrom('urn:newsml:dpa.example:bild-1', 'http://ntb.example/bilder/123') }),
    mediaType: fc.constantFrom('image/jpeg', 'image/png'),
    width: fc.integer({ min: 1, max: 10000 }),
    height: fc.integer({ min: 1, max: 10000 }),
    altText: anyText,
    caption: anyText,
    credit: anyText,
  },
  { requiredKeys: ['remote', 'altText', 'caption', 'credit'] },
);

const person = fc.record({ name: anyText.filter((name) => name !== ''), initials: fc.stringMatching(/^[A-Z]{1,3}$/) });
const comment = fc.record({ id: fc.uuid({ version: 4 }), by: person, at: timestamp, editedAt: fc.option(timestamp, { nil: null }), text: anyText.filter((words) => words !== '') });
const review: fc.Arbitrary<Review> = fc.record({
  threads: fc.array(
    fc.record({
      id: fc.uuid({ version: 4 }),
      anchor: fc.oneof(fc.constant({ kind: 'body' as const }), fc.nat({ max: 40 }).map((start) => ({ kind: 'field' as const, field: 'headline' as const, start, end: start + 3 }))),
      quote: anyText,
      status: fc.constantFrom('open' as const, 'resolved' as const),
      resolved: fc.option(fc.record({ by: person, at: timestamp }), { nil: null }),
      comments: fc.array(comment, { minLength: 1, maxLength: 3 }),
    }),
    { maxLength: 3 },
  ),
  fieldSuggestions: fc.array(fc.record({ id: fc.uuid({ version: 4 }), field: fc.constant('standfirst' as const), before: anyText, after: anyText, by: person, at: timestamp }), { maxLength: 2 }),
  log: fc.array(fc.record({ id: fc.uuid({ version: 4 }), at: timestamp, by: person, action: fc.constantFrom(...REVIEW_LOG_ACTIONS), summary: anyText }), { maxLength: 3 }),
  handoffs: fc.array(
    fc.record({ id: fc.uuid({ version: 4 }), versionId: fc.constant('20261125T165432123Z-a1b2c3'), at: timestamp, by: person, direction: fc.constantFrom(...HANDOFF_DIRECTIONS) }),
    { maxLength: 2 },
  ),
});

const articleArbitrary: fc.Arbitrary<Article> = fc
  .record({
    id: fc.uuid({ version: 4 }),
    createdAt: timestamp,
    updatedAt: timestamp,
    publishedAt: fc.option(timestamp, { nil: null }),
    status: fc.constantFrom(...ARTICLE_STATUSES),
    language: fc.constantFrom('en', 'de', 'nb', 'sv', 'ja', 'ar', 'pt-BR', 'zh-Hant-TW', 'sw'),
    section: anyText,
    headline: anyText,
    standfirst: anyText,
    slug: fc.stringMatching(/^[a-z0-9-]{0,24}$/),
    slugEditedByHand: fc.boolean(),
    bylines: fc.array(fc.record({ name: anyText, role: anyText }), { maxLength: 4 }),
    dateline: anyText,
    leadImage: fc.option(
      fc.record(
        {
          file: fc.stringMatching(/^assets\/[A-Za-z0-9][A-Za-z0-9._-]{0,15}$/),
          mediaType: fc.constantFrom('image/jpeg', 'image/png', 'image/webp', 'image/svg+xml'),
          width: fc.integer({ min: 1, max: 10000 }),
          height: fc.integer({ min: 1, max: 10000 }),
          altText: anyText,
          caption: anyText,
          credit: anyText,
        },
        { requiredKeys: ['file', 'mediaType', 'altText', 'caption', 'credit'] },
      ),
      { nil: null },
    ).chain((local): fc.Arbitrary<Article['leadImage']> => (local ? fc.constant(local) : fc.option(remoteLeadImage, { nil: null }))),
    body: fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => body(blocks)),
    relatedLinks: fc.array(fc.record({ title: anyText, url: fc.oneof(url, fc.constantFrom('javascript:alert(1)', 'www.example', '', 'ftp://files.example/x', 'file:///etc/passwd')) }), { maxLength: 4 }),
    tags: fc.uniqueArray(tag, { maxLength: 5 }),
    editorsNote: anyText,
    agencyCredit: fc.oneof(fc.constant(''), fc.constantFrom('dpa', 'AP/dpa', 'NTB'), tag),
    subjects: fc.uniqueArray(subject, { maxLength: 5, selector: (entry) => JSON.stringify(entry) }),
    provenance: fc.option(provenance, { nil: null }),
    styleIgnores: fc.array(fc.string({ minLength: 1, maxLength: 60 }), { maxLength: 3 }),
    review,
  })
  .map((fields) => ({ schemaVersion: CURRENT_SCHEMA_VERSION, ...fields }));

/** What a ninjs round trip must give back for `article` (see the list at the top). */
function expectedAfterNinjs(article: Article): Article {
  const slug = article.slug === '' ? slugFromHeadline(article.headline) : article.slug;
  return {
    ...article,
    id: options.id,
    createdAt: options.now.toISOString(),
    updatedAt: options.now.toISOString(),
    editorsNote: '',
    // Ignored style issues belong to the draft; ninjs does not carry them.
    styleIgnores: [],
    review: emptyReview(),
    slug,
    slugEditedByHand: slug !== slugFromHeadline(article.headline),
    relatedLinks: article.relatedLinks.filter((link) => checkUrl(link.url).ok),
    // ninjs lists subjects by kind; a tag that names a coded subject is that subject.
    subjects: SUBJECT_KINDS.flatMap((kind) => article.subjects.filter((entry) => entry.kind === kind)),
    tags: article.tags.filter((tag) => !article.subjects.some((entry) => entry.kind === 'subject' && entry.name === tag)),
  };
}

const STANDARDS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/standards/ninjs');
const haveStandards = existsSync(join(STANDARDS, 'ninjs-schema_2.2.json'));
if (!haveStandards) console.warn(`Round trips run without checking exports against the IPTC schemas: they are not at ${STANDARDS}.`);
const validator = haveStandards ? createNinjsValidator((name) => JSON.parse(readFileSync(join(STANDARDS, name), 'utf8'))) : null;

// Hundreds of generated articles each: generous limits so a busy CI machine does not time out.
describe('round trips over generated articles', { timeout: 60_000 }, () => {
  it('the generator makes valid articles', () => {
    fc.assert(fc.property(articleArbitrary, (article) => ArticleSchema.safeParse(article).success));
  });

  it('native JSON export → import gives back an equal article', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        const imported = importArticleFile(serializeArticle(article), 'generated/article.json', options);
        expect(imported.kind).toBe('native');
        expect(imported.article).toEqual(article);
      }),
      { numRuns: 200 },
    );
  });

  it('ninjs export → import keeps every field ninjs carries', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        const imported = importArticleFile(serializeNinjs(article), 'generated.ninjs.json', options);
        expect(imported.kind).toBe('ninjs');
        expect(imported.article).toEqual(expectedAfterNinjs(article));
      }),
      { numRuns: 200 },
    );
  });

  it.skipIf(!haveStandards)('every generated export is valid ninjs 2.2 and valid in the Copydesk profile', () => {
    fc.assert(
      fc.property(articleArbitrary, (article) => {
        const item = articleToNinjs(article);
        expect(validator?.ninjs22(item)).toEqual([]);
        expect(validator?.profile(item)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('our own blocks: body → our HTML export → import gives the same body', () => {
  const roundTrip = (...blocks: SerializedBodyNode[]) => htmlToBody(bodyToHtml(body(blocks)), { tables: true, pictureFile: ({ src }) => src });
  const same = (...blocks: SerializedBodyNode[]) => expect(roundTrip(...blocks)).toEqual(body(blocks));

  it('an inline picture keeps its file, alt text, caption, credit and size', () => {
    same(image({ file: 'assets/3f2a.jpg', altText: 'Queue at a polling station', caption: 'Voters in Kisumu, 9 June.', credit: 'Photo: A. Oduya / Nation', width: 1600, height: 900 }));
    same(image({ file: 'assets/a.png', altText: '', caption: 'Caption <only> & more', credit: '' }));
    same(image({ file: 'assets/b.webp', altText: 'Only a credit', caption: '', credit: '© Reuters' }));
    same(paragraph('Before.'), image({ file: 'assets/c.gif', altText: 'x', caption: 'y', credit: 'z' }), paragraph('After.'));
  });

  it('a picture whose file cannot be brought in leaves its caption and credit as text', () => {
    const html = bodyToHtml(body([image({ file: 'assets/a.jpg', altText: 'Alt', caption: 'The caption.', credit: 'Photo: N. N.' })]));
    expect(htmlToBody(html, { pictureFile: () => null })).toEqual(body([paragraph('The caption. Photo: N. N.')]));
    expect(htmlToBody(html)).toEqual(body([paragraph('The caption. Photo: N. N.')]));
  });

  it('a pull quote keeps its lines and attribution', () => {
    same(pullQuote('“We did not come here to rubber-stamp a timetable.”', 'Wanjiku Ng’ang’a, Azimio'));
    same(pullQuote('First line <b>.\nSecond line & more.'));
  });

  it('a fact box keeps its formatted title, paragraphs, subheads and lists', () => {
    same(
      factBox([text('Key ', 'bold'), 'dates'], [
        paragraph('Four ', text('conditions', 'italic'), ':'),
        heading('h3', 'Timetable'),
        list('number', ['Bill drafted', { content: ['Debate'], nested: { listType: 'bullet', items: [{ content: ['second reading'] }] } }]),
      ]),
    );
    same(factBox('Untitled? No: titled', [paragraph('Only a paragraph.')]), paragraph('Then the story goes on.'));
  });

  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1',
    'https://vimeo.com/76979871',
    'https://x.com/IEBCKenya/status/1790000000000000000',
    'https://www.instagram.com/p/C7abcdEFgh/',
    'https://www.tiktok.com/@nation/video/7370000000000000000',
    'https://www.facebook.com/nationafrica/posts/123',
    'https://soundcloud.com/nation/podcast-episode-12',
    'https://datawrapper.dwcdn.net/AbC12/3/',
    'https://public.flourish.studio/visualisation/17000000/',
    'https://www.iebc.or.ke/results/',
  ])('an embed of %s keeps its address (and so its provider)', (url) => {
    same(embed(url));
  });

  it('a table keeps its header row (th scope="col"), header column (th scope="row") and cells', () => {
    same(
      table(
        [
          ['Candidate', 'Party', 'Votes'],
          ['Achieng’ <Oduya>', [paragraph('ODM'), paragraph(text('Azimio', 'italic'))], '41,200'],
          ['Kiprono Rotich', 'UDA', '38,950'],
        ],
        { headerRow: true, headerColumn: true },
      ),
    );
    same(table([['a', 'b'], ['c', 'd']]));
    same(table([['Only', 'a head'], ['and', 'a body']], { headerRow: true }));
  });

  it('every block together, in order', () => {
    same(
      heading('h2', 'Results'),
      image({ file: 'assets/a.jpg', altText: 'A', caption: 'B', credit: 'C' }),
      pullQuote('Q', 'R'),
      factBox('F', [list('bullet', ['one', 'two'])]),
      embed('https://vimeo.com/1'),
      table([['x', 'y']], { headerRow: true }),
      paragraph('End.'),
    );
  });
});
