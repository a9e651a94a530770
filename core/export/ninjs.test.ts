import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createArticle } from '../article/new-article';
import type { Article } from '../article/article-schema';
import { COPYDESK_NINJS_PROFILE_SCHEMA } from '../ninjs/profile';
import { createNinjsValidator } from '../ninjs/ninjs-validator';
import { KENYA_EDITORS_NOTE, arabicArticle, generateLongArticle, germanArticle, kenyaPoliticsArticle, minimalArticle, multilingualWireArticles } from '../testing/sample-articles';
import { body, embed, factBox, image, paragraph, table } from '../testing/body-builders';
import { articleToNinjs, pubstatusFor, serializeNinjs } from './ninjs';

/** Every body block that gets an association: pictures at the top, in a fact box and in a table cell, and each kind of embed. */
const withBodyMedia: Article = {
  ...kenyaPoliticsArticle,
  relatedLinks: [{ title: 'Safe', url: 'https://example.org/a' }],
  body: body([
    paragraph('Intro.'),
    image({ file: 'assets/queue.jpg', altText: 'Queue at a polling station', caption: 'Voters in Kisumu.', credit: 'Photo: A. Oduya', width: 1600, height: 900 }),
    image({ file: 'assets/chart.png', altText: 'Turnout chart', caption: '', credit: '' }),
    image({ file: '', altText: 'not stored', caption: '', credit: '' }),
    factBox('Key dates', [image({ file: 'assets/in-box.webp', altText: 'Calendar', caption: 'June', credit: 'Graphic: Nation' })]),
    table([[[image({ file: 'assets/in-cell.gif', altText: 'Flag', caption: '', credit: '' })], 'cell']]),
    embed('https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
    embed('https://x.com/IEBCKenya/status/1790000000000000000'),
    embed('https://soundcloud.com/nation/podcast-episode-12'),
    embed('https://datawrapper.dwcdn.net/AbC12/3/'),
    embed('https://www.iebc.or.ke/results/'),
    embed('javascript:alert(1)'),
  ]),
};

const STANDARDS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/standards/ninjs');
const haveStandards = existsSync(join(STANDARDS, 'ninjs-schema_2.2.json'));
if (!haveStandards) console.warn(`Skipping ninjs schema validation: the IPTC schemas are not at ${STANDARDS}.`);
const validator = haveStandards ? createNinjsValidator((name) => JSON.parse(readFileSync(join(STANDARDS, name), 'utf8'))) : null;

const samples: Record<string, Article> = {
  kenya: kenyaPoliticsArticle,
  arabic: arabicArticle,
  minimal: minimalArticle,
  empty: createArticle({ id: 'a8f5f167-f44f-4964-a6c8-000000000001', now: new Date('2026-05-24T10:00:00Z') }),
  long: generateLongArticle(3000, 7),
  ...multilingualWireArticles,
  'body media': withBodyMedia,
};

describe.skipIf(!haveStandards)('ninjs export against the IPTC schemas', () => {
  it.each(Object.entries(samples))('the %s article is valid ninjs 2.2 and valid in the Copydesk profile', (_name, article) => {
    const item = articleToNinjs(article);
    expect(validator?.ninjs22(item)).toEqual([]);
    expect(validator?.profile(item)).toEqual([]);
  });

  it('the profile is what makes the copydesk property legal: plain ninjs 2.2 refuses unknown properties', () => {
    const item = articleToNinjs(kenyaPoliticsArticle);
    // The validator strips `copydesk` for the plain check, so check a renamed copy to prove the root schema is strict.
    const { copydesk, ...plain } = item;
    expect(validator?.ninjs22({ ...plain, copydeskFields: copydesk })).not.toEqual([]);
    expect(validator?.profile({ ...item, somethingElse: true })).not.toEqual([]);
  });

  it('the profile rejects a malformed copydesk object', () => {
    const item = articleToNinjs(kenyaPoliticsArticle);
    expect(validator?.profile({ ...item, copydesk: { ...item.copydesk, status: 'published' } })).not.toEqual([]);
    expect(validator?.profile({ ...item, copydesk: { ...item.copydesk, leadImage: { file: '../etc/passwd' } } })).not.toEqual([]);
  });
});

describe('ninjs export mapping', () => {
  const item = articleToNinjs(kenyaPoliticsArticle);

  it('names the item, its standard and its profile', () => {
    expect(item.uri).toBe(`urn:uuid:${kenyaPoliticsArticle.id}`);
    expect(item.type).toBe('text');
    expect(item.standard).toEqual({ name: 'ninjs', version: '2.2', schema: COPYDESK_NINJS_PROFILE_SCHEMA });
  });

  it('maps headline, standfirst, slug, dateline, language, times and tags to their ninjs fields', () => {
    expect(item.headlines).toEqual([{ role: 'main', value: kenyaPoliticsArticle.headline }]);
    expect(item.descriptions).toEqual([{ role: 'summary', contenttype: 'text/plain', value: kenyaPoliticsArticle.standfirst }]);
    expect(item.slugline).toBe(kenyaPoliticsArticle.slug);
    expect(item.located).toBe('NAIROBI');
    expect(item.language).toBe('en');
    expect(item.firstcreated).toBe(kenyaPoliticsArticle.createdAt);
    expect(item.versioncreated).toBe(kenyaPoliticsArticle.updatedAt);
    expect(item.subjects).toEqual(kenyaPoliticsArticle.tags.map((name) => ({ name })));
  });

  it('joins the bylines into `by` in the article’s language and keeps them structured in the profile', () => {
    expect(item.by).toBe('Wanjiru Kamau and Ngũgĩ wa Kĩarie');
    expect(item.copydesk.bylines).toEqual(kenyaPoliticsArticle.bylines);
    expect(articleToNinjs({ ...germanArticle, bylines: [{ name: 'Jörg Weiß', role: 'Redakteur' }, { name: 'Anne Schäfer', role: 'Fotos' }] }).by).toBe('Jörg Weiß und Anne Schäfer');
  });

  it('exports the body as escaped HTML and as plain text, with counts', () => {
    const [html, plain] = item.bodies ?? [];
    expect(html?.contenttype).toBe('text/html');
    expect(html?.value).toContain('<h2>What the opposition wants</h2>');
    expect(html?.value).toContain('<a href="https://www.iebc.or.ke/news/?statement-on-technology-audit" title="IEBC statement, 23 May">');
    expect(plain?.contenttype).toBe('text/plain');
    expect(plain?.value).toContain('“We did not come here to rubber-stamp a timetable,”');
    expect(html?.wordcount).toBeGreaterThan(400);
    expect(plain?.wordcount).toBe(html?.wordcount);
  });

  it('describes the lead picture as an association with caption, credit and alt text roles', () => {
    const picture = item.associations?.find((association) => association.name === 'featuremedia');
    const image = kenyaPoliticsArticle.leadImage;
    expect(picture).toMatchObject({ type: 'picture', by: image?.credit, uri: `urn:uuid:${kenyaPoliticsArticle.id}#assets/lead.jpg` });
    expect(picture?.descriptions).toEqual([
      { role: 'caption', value: image?.caption },
      { role: 'creditline', value: image?.credit },
      { role: 'alttext', value: image?.altText },
    ]);
    expect(picture?.renditions).toEqual([{ name: 'original', contenttype: 'image/jpeg', width: 1600, height: 1067 }]);
    expect(item.copydesk.leadImage).toEqual({ file: 'assets/lead.jpg' });
  });

  it('lists related links as associations with their titles, leaving out links off the allowlist', () => {
    const article: Article = {
      ...kenyaPoliticsArticle,
      relatedLinks: [
        { title: 'Safe', url: 'https://example.org/a' },
        { title: 'Script', url: 'javascript:alert(1)' },
        { title: 'Half typed', url: 'www.example' },
        { title: 'Mail', url: 'mailto:desk@example.org' },
      ],
    };
    const links = articleToNinjs(article).associations?.filter((association) => association.type === 'text');
    expect(links).toEqual([
      { name: 'related-1', uri: 'https://example.org/a', type: 'text', representationtype: 'partial', headlines: [{ role: 'main', value: 'Safe' }] },
      { name: 'related-2', uri: 'mailto:desk@example.org', type: 'text', representationtype: 'partial', headlines: [{ role: 'main', value: 'Mail' }] },
    ]);
  });

  it('describes each body picture as an association like the lead picture’s, numbered in body order, its media type from its file', () => {
    const pictures = articleToNinjs(withBodyMedia).associations?.filter((association) => association.name.startsWith('picture-'));
    const uri = `urn:uuid:${kenyaPoliticsArticle.id}`;
    expect(pictures).toEqual([
      {
        name: 'picture-1',
        type: 'picture',
        representationtype: 'partial',
        by: 'Photo: A. Oduya',
        descriptions: [
          { role: 'caption', value: 'Voters in Kisumu.' },
          { role: 'creditline', value: 'Photo: A. Oduya' },
          { role: 'alttext', value: 'Queue at a polling station' },
        ],
        uri: `${uri}#assets/queue.jpg`,
        renditions: [{ name: 'original', contenttype: 'image/jpeg', width: 1600, height: 900 }],
      },
      expect.objectContaining({ name: 'picture-2', uri: `${uri}#assets/chart.png`, descriptions: [{ role: 'alttext', value: 'Turnout chart' }], renditions: [{ name: 'original', contenttype: 'image/png' }] }),
      expect.objectContaining({ name: 'picture-3', uri: `${uri}#assets/in-box.webp`, renditions: [{ name: 'original', contenttype: 'image/webp' }] }),
      expect.objectContaining({ name: 'picture-4', uri: `${uri}#assets/in-cell.gif`, renditions: [{ name: 'original', contenttype: 'image/gif' }] }),
    ]);
    expect(pictures?.[1]).not.toHaveProperty('by');
  });

  it('lists each embed as an association of its provider’s ninjs type, with its address and never a script', () => {
    const item = articleToNinjs(withBodyMedia);
    const embeds = item.associations?.filter((association) => association.name.startsWith('embed-'));
    const expected = (n: number, uri: string, type: string, provider?: string) => ({
      name: `embed-${n}`,
      uri,
      type,
      representationtype: 'partial',
      ...(provider ? { infosources: [{ name: provider }] } : {}),
      renditions: [{ name: 'web', href: uri }],
    });
    expect(embeds).toEqual([
      expected(1, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'video', 'YouTube'),
      expected(2, 'https://x.com/IEBCKenya/status/1790000000000000000', 'text', 'X (Twitter)'),
      expected(3, 'https://soundcloud.com/nation/podcast-episode-12', 'audio', 'SoundCloud'),
      expected(4, 'https://datawrapper.dwcdn.net/AbC12/3/', 'graphic', 'Datawrapper'),
      expected(5, 'https://www.iebc.or.ke/results/', 'text'),
    ]);
    expect(JSON.stringify(item)).not.toMatch(/<script|<iframe|javascript:/);
    // The lead picture and related links keep their names.
    expect(item.associations?.map((association) => association.name)).toEqual(['featuremedia', 'picture-1', 'picture-2', 'picture-3', 'picture-4', 'embed-1', 'embed-2', 'embed-3', 'embed-4', 'embed-5', 'related-1']);
  });

  it('never exports the editor’s note', () => {
    expect(serializeNinjs(kenyaPoliticsArticle)).not.toContain(KENYA_EDITORS_NOTE);
    expect(serializeNinjs(kenyaPoliticsArticle)).not.toContain('source protection');
    expect(JSON.stringify(item)).not.toMatch(/ednote|editorsNote/i);
  });

  it('maps the workflow status to pubstatus: only approved copy is usable', () => {
    expect(pubstatusFor('draft')).toBe('withheld');
    expect(pubstatusFor('in-review')).toBe('withheld');
    expect(pubstatusFor('approved')).toBe('usable');
    expect(item.copydesk.status).toBe('approved');
    expect(item.copydesk.publishedAt).toBe('2026-05-24T13:16:00+03:00');
  });

  it('leaves empty fields out instead of sending empty strings', () => {
    const empty = articleToNinjs(samples.empty as Article);
    for (const key of ['headlines', 'descriptions', 'by', 'slugline', 'located', 'subjects', 'associations'] as const) expect(empty).not.toHaveProperty(key);
    expect(empty.copydesk).toEqual({ section: '', bylines: [], status: 'draft' });
  });

  it('keeps non-Latin text exactly as written', () => {
    const arabic = articleToNinjs(arabicArticle);
    expect(arabic.headlines?.[0]?.value).toBe(arabicArticle.headline);
    expect(arabic.language).toBe('ar');
    expect(arabic.bodies?.[0]?.value).toContain('«نريد أن يكون الباص أسهل من سيارة الأجرة»');
  });
});
