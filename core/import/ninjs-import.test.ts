import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../article/article-schema';
import { createNinjsValidator } from '../ninjs/ninjs-validator';
import { body, heading, link, list, paragraph, quote, text } from '../testing/body-builders';
import { importNinjsData, importNinjsText, NinjsImportError } from './ninjs-import';

const options = { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', now: new Date('2026-11-25T12:00:00Z') };

/** Wire stories written for these tests; people, places and quotes are invented. */
const germanWire22 = {
  uri: 'urn:newsml:dpa.example:20261125:kiel-hafen',
  type: 'text',
  standard: { name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' },
  versioncreated: '2026-11-25T09:15:00+01:00',
  pubstatus: 'usable',
  language: 'de',
  slugline: 'Kiel-Hafen-Ausbau',
  headlines: [
    { role: 'main', value: 'Kieler Hafen bekommt neues Terminal für Fähren' },
    { role: 'sub', value: 'Baubeginn im Frühjahr' },
  ],
  by: 'Von Jörg Weiß, Anne Schäfer und Timo Özdemir',
  located: 'KIEL',
  descriptions: [{ role: 'summary', value: 'Das Land gibt 48 Millionen Euro – die Reedereien sind „vorsichtig optimistisch“.' }],
  bodies: [
    { role: 'main', contenttype: 'text/plain', value: 'Nur Text.' },
    {
      role: 'main',
      contenttype: 'text/html',
      value:
        '<h1>Kieler Hafen bekommt neues Terminal für Fähren</h1><p>Der Landtag hat am Dienstag&nbsp;25.000&nbsp;m² Fläche freigegeben. „Das ist <em>der</em> Durchbruch“, sagte Hafenchefin Käthe Müller-Öztürk.</p><h3>Kritik der Anwohner</h3><ul><li>Lärm</li><li>Verkehr</li></ul><p>Mehr dazu <a href="https://www.kiel.example/hafen">beim Land</a>.</p><script>track()</script>',
    },
  ],
  subjects: [{ name: 'Verkehr', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000658' }, { name: 'Schifffahrt' }, { literal: 'Kiel' }, { name: 'Verkehr' }],
  ednote: 'Sperrfrist bis 10 Uhr beachten.',
  associations: [
    {
      name: 'featureimage',
      uri: 'urn:newsml:dpa.example:20261125:bild-1',
      type: 'picture',
      by: 'Frank Molter/dpa',
      descriptions: [
        { role: 'caption', value: 'Eine Fähre der Color Line am Norwegenkai.' },
        { role: 'creditline', value: 'Foto: Frank Molter/dpa' },
      ],
      renditions: [
        { name: 'thumb', href: 'https://img.dpa.example/thumb.jpg', contenttype: 'image/jpeg', width: 200, height: 133 },
        { name: 'hires', href: 'https://img.dpa.example/hires.jpg', contenttype: 'image/jpeg', width: 4000, height: 2667 },
      ],
    },
    { name: 'related', uri: 'https://www.kiel.example/faehren', type: 'text', headlines: [{ role: 'main', value: 'Alle Fährverbindungen' }] },
    { name: 'bad', uri: 'javascript:alert(1)', type: 'text', headlines: [{ role: 'main', value: 'Böse' }] },
  ],
};

/** ninjs 1.x: single strings, body_html, objects keyed by name. */
const norwegianWire1 = {
  uri: 'http://ntb.example/nyheter/2026/11/25/storm',
  type: 'text',
  $standard: { name: 'ninjs', version: '1.4', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_1.4.json' },
  language: 'nb',
  headline: 'Stormen «Ingunn» stengte E39 ved Ålesund',
  byline: 'Søren Ødegård og Åse Bjørnstad',
  located: 'ÅLESUND',
  description_text: 'Vindkast på over 40 meter i sekundet førte til at veien ble stengt i fem timer.',
  body_html: '<p>Statens vegvesen stengte E39 over Vegsundbrua natt til tirsdag.</p><blockquote>Vi tar ingen sjanser, sier byggeleder Øystein Ås.</blockquote>',
  body_text: 'Statens vegvesen stengte E39 over Vegsundbrua natt til tirsdag.',
  subject: [{ name: 'Vær', code: 'vaer' }, { code: 'samferdsel' }],
  associations: {
    bilde1: {
      uri: 'http://ntb.example/bilder/123',
      type: 'picture',
      byline: 'Foto: Kari Li / NTB',
      description_text: 'Bølgene slår inn over moloen i Ålesund.',
      renditions: { stor: { href: 'https://bilder.ntb.example/123-stor.jpg', mimetype: 'image/jpeg', width: 3000, height: 2000 } },
    },
  },
};

/** ninjs 3.x: camelCase names. */
const swedishWire3 = {
  uri: 'http://tt.example/text/20261125-val',
  type: 'text',
  versionCreated: '2026-11-25T08:00:00+01:00',
  pubStatus: 'withheld',
  edNote: 'Embargo till kl 12.',
  language: 'sv',
  headlines: [{ role: 'main', value: 'Väljarna i Örebro får ny vallokal på Järntorget' }],
  by: 'Åsa Öberg och Erik Lind',
  located: 'ÖREBRO',
  descriptions: [{ role: 'summary', contentType: 'text/html', value: '<p>Kommunen <b>flyttar</b> röstningen – igen.</p>' }],
  bodies: [{ role: 'main', contentType: 'text/html', charCount: 70, value: '<p>Det nya vallokalet öppnar den 1 december.</p><ol start="2"><li>andra</li><li>tredje</li></ol>' }],
  subjects: [{ name: 'Val' }],
  associations: [{ name: 'bild', rel: 'illustration', uri: 'http://tt.example/bild/9', type: 'picture', renditions: [{ name: 'r1', href: 'https://bild.tt.example/9.jpg', contentType: 'image/jpeg', width: 1024, height: 683 }] }],
};

const englishPlainWire = {
  uri: 'http://wire.example/2026/harbour',
  type: 'text',
  language: 'en-GB',
  headlines: [{ value: 'Harbour authority approves night-time ferry berths' }],
  by: 'By Mary O’Brien, Tom Hughes, and Priya Natarajan',
  bodies: [{ contenttype: 'text/plain', value: 'Harbour authority approves night-time ferry berths\n\nThe authority voted 7–2 on Tuesday.\n“It’s a compromise,” said the chair.\n' }],
};

const japaneseWire = {
  uri: 'http://kyodo.example/2026/1125/tram',
  type: 'text',
  language: 'ja',
  headlines: [{ role: 'main', value: '富山市、路面電車を延伸へ　２０２９年開業目指す' }],
  by: '山田太郎、佐藤花子',
  located: '富山',
  bodies: [{ contenttype: 'text/html', value: '<p>富山市は２５日、路面電車を<strong>南富山駅</strong>まで延伸する計画を発表した。</p><p>市長は「市民の足を守る」と述べた。</p>' }],
  subjects: [{ name: '交通' }],
};

const arabicWire = {
  uri: 'http://wire.example/ar/2026/amman-bus',
  type: 'text',
  language: 'ar',
  headlines: [{ role: 'main', value: 'عمّان تطلق أول خط للحافلات الكهربائية' }],
  by: 'ليلى الحدّاد، عمر خوري',
  located: 'عمّان',
  bodies: [{ contenttype: 'text/html', value: '<p dir="rtl">أطلقت أمانة عمّان، يوم الأحد، أول خط للحافلات الكهربائية.</p>' }],
};

describe('importing wire stories', () => {
  it('German ninjs 2.2: headline, bylines, standfirst, body, tags, dateline, language, slug, links and pictures', () => {
    const { article, pictures, ninjsVersion } = importNinjsData(germanWire22, 'dpa-kiel.json', options);
    expect(ninjsVersion).toBe(2);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article).toMatchObject({
      id: options.id,
      createdAt: '2026-11-25T12:00:00.000Z',
      status: 'draft',
      language: 'de',
      headline: 'Kieler Hafen bekommt neues Terminal für Fähren',
      standfirst: 'Das Land gibt 48 Millionen Euro – die Reedereien sind „vorsichtig optimistisch“.',
      slug: 'kiel-hafen-ausbau',
      slugEditedByHand: true,
      dateline: 'KIEL',
      bylines: [
        { name: 'Jörg Weiß', role: 'Reporter' },
        { name: 'Anne Schäfer', role: 'Reporter' },
        { name: 'Timo Özdemir', role: 'Reporter' },
      ],
      tags: ['Schifffahrt'],
      subjects: [
        { kind: 'subject', name: 'Verkehr', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000658', code: '' },
        { kind: 'subject', name: 'Kiel', uri: '', code: 'Kiel' },
      ],
      relatedLinks: [{ title: 'Alle Fährverbindungen', url: 'https://www.kiel.example/faehren' }],
      // The picture is the lead image by reference: the widest rendition's address, caption and credit kept, no file.
      leadImage: {
        remote: { href: 'https://img.dpa.example/hires.jpg', uri: 'urn:newsml:dpa.example:20261125:bild-1' },
        mediaType: 'image/jpeg',
        width: 4000,
        height: 2667,
        altText: '',
        caption: 'Eine Fähre der Color Line am Norwegenkai.',
        credit: 'Foto: Frank Molter/dpa',
      },
      provenance: {
        agency: '',
        uri: 'urn:newsml:dpa.example:20261125:kiel-hafen',
        version: '',
        firstCreated: null,
        versionCreated: '2026-11-25T09:15:00+01:00',
        urgency: null,
        copyrightHolder: '',
        copyrightNotice: '',
        usageTerms: '',
        format: 'ninjs 2.2',
      },
    });
    // The HTML body wins over the plain one; the repeated headline and the script are gone.
    expect(article.body).toEqual(
      body([
        paragraph('Der Landtag hat am Dienstag\u00a025.000\u00a0m² Fläche freigegeben. „Das ist ', text('der', 'italic'), ' Durchbruch“, sagte Hafenchefin Käthe Müller-Öztürk.'),
        heading('h3', 'Kritik der Anwohner'),
        list('bullet', ['Lärm', 'Verkehr']),
        paragraph('Mehr dazu ', link('https://www.kiel.example/hafen', 'beim Land'), '.'),
      ]),
    );
    expect(pictures).toEqual([]);
    expect(article.editorsNote).toBe('Sperrfrist bis 10 Uhr beachten.');
  });

  it('Norwegian ninjs 1.x: headline and byline strings, body_html, subject codes, keyed associations', () => {
    const { article, pictures, ninjsVersion } = importNinjsData(norwegianWire1, 'ntb-storm.json', options);
    expect(ninjsVersion).toBe(1);
    expect(article).toMatchObject({
      language: 'nb',
      headline: 'Stormen «Ingunn» stengte E39 ved Ålesund',
      standfirst: 'Vindkast på over 40 meter i sekundet førte til at veien ble stengt i fem timer.',
      bylines: [
        { name: 'Søren Ødegård', role: 'Reporter' },
        { name: 'Åse Bjørnstad', role: 'Reporter' },
      ],
      dateline: 'ÅLESUND',
      tags: [],
      subjects: [
        { kind: 'subject', name: 'Vær', uri: '', code: 'vaer' },
        { kind: 'subject', name: 'samferdsel', uri: '', code: 'samferdsel' },
      ],
      slug: 'stormen-ingunn-stengte-e39-ved-alesund',
      slugEditedByHand: false,
    });
    expect(article.body).toEqual(body([paragraph('Statens vegvesen stengte E39 over Vegsundbrua natt til tirsdag.'), quote('Vi tar ingen sjanser, sier byggeleder Øystein Ås.')]));
    expect(pictures).toEqual([]);
    expect(article.leadImage).toEqual({
      remote: { href: 'https://bilder.ntb.example/123-stor.jpg', uri: 'http://ntb.example/bilder/123' },
      mediaType: 'image/jpeg',
      width: 3000,
      height: 2000,
      altText: '',
      caption: 'Bølgene slår inn over moloen i Ålesund.',
      credit: 'Foto: Kari Li / NTB',
    });
    expect(article.provenance).toMatchObject({ uri: 'http://ntb.example/nyheter/2026/11/25/storm', format: 'ninjs 1.4' });
  });

  it('Swedish ninjs 3.x: camelCase fields, HTML standfirst, list start, withheld status noted', () => {
    const { article, pictures, ninjsVersion } = importNinjsData(swedishWire3, 'tt-val.json', options);
    expect(ninjsVersion).toBe(3);
    expect(article.headline).toBe('Väljarna i Örebro får ny vallokal på Järntorget');
    expect(article.standfirst).toBe('Kommunen flyttar röstningen – igen.');
    expect(article.bylines.map((byline) => byline.name)).toEqual(['Åsa Öberg', 'Erik Lind']);
    expect(article.body.root.children[1]).toMatchObject({ type: 'list', listType: 'number', start: 2 });
    expect(article.editorsNote).toContain('Embargo till kl 12.');
    expect(article.editorsNote).toContain('status is “withheld”');
    expect(article.leadImage).toMatchObject({ remote: { href: 'https://bild.tt.example/9.jpg', uri: 'http://tt.example/bild/9' } });
    expect(pictures).toEqual([]);
    expect(article.provenance).toMatchObject({ versionCreated: '2026-11-25T08:00:00+01:00', format: 'ninjs 3.x' });
  });

  it('English plain-text body: paragraphs from lines, the repeated headline dropped, “By” and the Oxford comma handled', () => {
    const { article } = importNinjsData(englishPlainWire, 'wire.json', options);
    expect(article.language).toBe('en-GB');
    expect(article.bylines.map((byline) => byline.name)).toEqual(['Mary O’Brien', 'Tom Hughes', 'Priya Natarajan']);
    expect(article.body).toEqual(body([paragraph('The authority voted 7–2 on Tuesday.'), paragraph('“It’s a compromise,” said the chair.')]));
  });

  it('Japanese: ideographic comma splits the byline, text is kept exactly', () => {
    const { article } = importNinjsData(japaneseWire, 'kyodo.json', options);
    expect(article.headline).toBe('富山市、路面電車を延伸へ　２０２９年開業目指す');
    expect(article.bylines.map((byline) => byline.name)).toEqual(['山田太郎', '佐藤花子']);
    expect(article.dateline).toBe('富山');
    expect(article.tags).toEqual(['交通']);
    expect(article.body.root.children[0]).toEqual(paragraph('富山市は２５日、路面電車を', text('南富山駅', 'bold'), 'まで延伸する計画を発表した。'));
    // Only the full-width year has an ASCII form, so it alone makes the slug.
    expect(article.slug).toBe('2029');
  });

  it('Arabic: the Arabic comma splits the byline, right-to-left text is kept', () => {
    const { article } = importNinjsData(arabicWire, 'ar.json', options);
    expect(article.bylines.map((byline) => byline.name)).toEqual(['ليلى الحدّاد', 'عمر خوري']);
    expect(article.body).toEqual(body([paragraph('أطلقت أمانة عمّان، يوم الأحد، أول خط للحافلات الكهربائية.')]));
  });

  it('falls back to the default language when the item has none or an unusable one', () => {
    expect(importNinjsData({ uri: 'http://x.example/1', headlines: [{ value: 'Hi' }] }, 'x.json', { ...options, defaultLanguage: 'sv' }).article.language).toBe('sv');
    expect(importNinjsData({ uri: 'http://x.example/1', language: 'English', headlines: [{ value: 'Hi' }] }, 'x.json', options).article.language).toBe('en');
  });
});

describe('bad input', () => {
  it('names the file when the text is not JSON', () => {
    expect(() => importNinjsText('{"uri": ', 'broken.json', options)).toThrow(NinjsImportError);
    expect(() => importNinjsText('{"uri": ', 'broken.json', options)).toThrow(/^broken\.json: is not valid JSON/);
  });

  it('names the file when the JSON is not a news item', () => {
    expect(() => importNinjsData([1, 2], 'list.json', options)).toThrow('list.json: is not a ninjs news item (expected a JSON object).');
    expect(() => importNinjsData({ name: 'package' }, 'package.json', options)).toThrow('package.json: is not a ninjs news item: it has no uri, headline or body.');
  });

  it('tolerates wrong types inside an item instead of failing', () => {
    const odd = { uri: 'http://x.example/2', headlines: 'not a list', by: 42, bodies: [{ value: 7 }, null, { contenttype: 'text/html', value: '<p>ok</p>' }], subjects: [{ name: '' }, 'x'], associations: 'none', copydesk: { status: 'nonsense' } };
    const { article } = importNinjsData(odd, 'odd.json', options);
    expect(article.headline).toBe('');
    expect(article.bylines).toEqual([]);
    expect(article.body).toEqual(body([paragraph('ok')]));
    expect(article.tags).toEqual([]);
    expect(article.status).toBe('draft');
  });
});

const STANDARDS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/standards/ninjs');
const haveStandards = existsSync(join(STANDARDS, 'ninjs-schema_3.1.json'));
if (!haveStandards) console.warn(`Skipping the checks of the test wire stories against the IPTC schemas: they are not at ${STANDARDS}.`);

describe.skipIf(!haveStandards)('the test wire stories are valid ninjs, and so are the IPTC examples', () => {
  const read = (name: string) => JSON.parse(readFileSync(join(STANDARDS, name), 'utf8'));
  const validator = haveStandards ? createNinjsValidator(read) : null;

  it('2.x stories validate against ninjs 2.2 and the 3.x story against 3.1', () => {
    for (const story of [germanWire22, englishPlainWire, japaneseWire, arabicWire]) expect(validator?.ninjs22(story)).toEqual([]);
    expect(validator?.ninjs31(swedishWire3)).toEqual([]);
  });

  it.each(['example-simple-text_2.1.json', 'example-ap-image_2.1.json', 'extension-example_2.1.json'])('imports the IPTC example %s', (name) => {
    const { article } = importNinjsData(read(name), name, options);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.headline).not.toBe('');
  });

  it('the TT example: Swedish HTML body without its repeated headline, caption and credit of its picture', () => {
    const { article } = importNinjsData(read('extension-example_2.1.json'), 'tt.json', options);
    expect(article.headline).toBe('Militärövning i jätteformat hålls 2023');
    expect(article.body.root.children[0]?.type).not.toBe('heading');
    expect(article.leadImage).toMatchObject({ credit: 'Karl Melander/TT', remote: { href: 'https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg' } });
  });
});

describe('what the wire carried', () => {
  const dpa = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures/wire-dpa.ninjs.json'), 'utf8')) as Record<string, unknown>;

  it('keeps the wire’s provenance: agency, version, times, urgency, copyright, its uri; the draft’s own dates are the import’s', () => {
    const { article } = importNinjsData(dpa, 'dpa.json', options);
    expect(article.provenance).toEqual({
      agency: 'dpa',
      uri: 'urn:newsml:dpa.example:20261202:wasserstoff-zug-harz',
      version: '3',
      firstCreated: '2026-12-02T06:12:00+01:00',
      versionCreated: '2026-12-02T08:47:00+01:00',
      urgency: 3,
      copyrightHolder: 'dpa',
      copyrightNotice: '© dpa Deutsche Presse-Agentur GmbH',
      usageTerms: 'Nur für redaktionelle Zwecke.',
      format: 'ninjs 2.1',
    });
    expect(article).toMatchObject({ createdAt: '2026-11-25T12:00:00.000Z', updatedAt: '2026-11-25T12:00:00.000Z', publishedAt: null, dateline: 'Wernigerode' });
  });

  it('“Von Christian Hollmann, dpa” is one reporter and the agency credit dpa', () => {
    const { article } = importNinjsData(dpa, 'dpa.json', options);
    expect(article.bylines).toEqual([{ name: 'Christian Hollmann', role: 'Reporter' }]);
    expect(article.agencyCredit).toBe('dpa');
  });

  it('the agency markup leaves the body: the vignette becomes the section, the source line a note, the repeated headline goes', () => {
    const { article } = importNinjsData(dpa, 'dpa.json', options);
    expect(article.section).toBe('Verkehr');
    expect(article.body).toEqual(
      body([
        paragraph('Wernigerode (dpa) - Auf der Strecke zwischen Wernigerode und Drei Annen Hohne fährt ab Montag ein Wasserstoffzug. „Wir sind stolz“, sagte Geschäftsführerin Jördis Häußler.'),
        paragraph('Der Zug ersetzt zwei Dieseltriebwagen.'),
      ]),
    );
    expect(article.editorsNote).toContain('Source line from the wire (taken out of the body): Quelle: dpa');
  });

  it('maps subjects, places, organisations and people with their codes; plain subjects stay tags', () => {
    const { article } = importNinjsData(dpa, 'dpa.json', options);
    expect(article.tags).toEqual(['Eisenbahn']);
    expect(article.subjects).toEqual([
      { kind: 'subject', name: 'Verkehr', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000658', code: '' },
      { kind: 'place', name: 'Wernigerode', uri: 'https://www.geonames.org/2809889', code: '' },
      { kind: 'place', name: 'Sachsen-Anhalt', uri: '', code: 'DE-ST' },
      { kind: 'organisation', name: 'Harzer Schmalspurbahnen', uri: '', code: 'HSB' },
      { kind: 'person', name: 'Jördis Häußler', uri: '', code: '' },
    ]);
  });

  it('the featuremedia picture is the remote lead image; further pictures are listed for the editor', () => {
    const { article, pictures } = importNinjsData(dpa, 'dpa.json', options);
    expect(article.leadImage).toEqual({
      remote: { href: 'https://img.dpa.example/wasserstoffzug.jpg', uri: 'urn:newsml:dpa.example:20261202:bild-wasserstoffzug' },
      mediaType: 'image/jpeg',
      width: 5472,
      height: 3648,
      altText: '',
      caption: 'Der Wasserstoffzug am Bahnhof Wernigerode.',
      credit: 'Matthias Bein/dpa',
    });
    expect(pictures.map((picture) => picture.href)).toEqual(['https://img.dpa.example/fuehrerstand.jpg']);
    expect(article.editorsNote).toContain('• https://img.dpa.example/fuehrerstand.jpg\n  Caption: Blick in den Führerstand.');
  });

  it('a picture address off the allowlist is not kept; the picture still is, by its uri', () => {
    const [lead] = dpa.associations as Record<string, unknown>[];
    const hostile = { ...dpa, associations: [{ ...lead, renditions: [{ name: 'x', href: 'javascript:alert(1)', contenttype: 'image/jpeg' }] }] };
    expect(importNinjsData(hostile, 'dpa.json', options).article.leadImage).toMatchObject({ remote: { href: '', uri: 'urn:newsml:dpa.example:20261202:bild-wasserstoffzug' } });
  });

  it('ninjs 1.x: singular concept lists with scheme and code, times without a zone read as UTC and noted', () => {
    const item = {
      uri: 'http://ntb.example/nyheter/1',
      headline: 'Ferja går igjen',
      byline: 'Kari Nordmann, NTB',
      versioncreated: '2026-12-01T10:00:00',
      urgency: 5,
      place: [{ name: 'Ålesund', scheme: 'http://sws.geonames.org/', code: '3163392' }],
      person: [{ name: 'Kari Li' }],
      organisation: [{ name: 'Fjord1', code: 'fjord1' }],
    };
    const { article } = importNinjsData(item, 'ntb.json', options);
    expect(article.bylines.map((byline) => byline.name)).toEqual(['Kari Nordmann']);
    expect(article.agencyCredit).toBe('NTB');
    expect(article.provenance).toMatchObject({ agency: 'NTB', versionCreated: '2026-12-01T10:00:00Z', urgency: 5, format: 'ninjs 1.x' });
    expect(article.editorsNote).toContain('no time zone; they were read as UTC');
    expect(article.subjects).toEqual([
      { kind: 'place', name: 'Ålesund', uri: 'http://sws.geonames.org/3163392', code: '3163392' },
      { kind: 'organisation', name: 'Fjord1', uri: '', code: 'fjord1' },
      { kind: 'person', name: 'Kari Li', uri: '', code: '' },
    ]);
  });

  it('ninjs 3.x: camelCase times and copyright, the info source as the agency', () => {
    const item = {
      uri: 'http://tt.example/text/2',
      headlines: [{ value: 'Isen har lagt sig' }],
      firstCreated: '2026-12-01T06:00:00+01:00',
      versionCreated: '2026-12-01T07:30:00+01:00',
      copyrightHolder: 'TT Nyhetsbyrån',
      copyrightNotice: '© TT',
      infoSources: [{ name: 'TT' }],
      by: 'Åsa Öberg/TT',
      urgency: 12,
    };
    const { article } = importNinjsData(item, 'tt.json', options);
    expect(article.provenance).toMatchObject({ agency: 'TT', firstCreated: '2026-12-01T06:00:00+01:00', copyrightHolder: 'TT Nyhetsbyrån', copyrightNotice: '© TT', urgency: null, format: 'ninjs 3.x' });
    expect(article.agencyCredit).toBe('TT');
  });

  it.skipIf(!haveStandards)('an AP-like item: the picture’s credit from its by, the agency from the copyright holder', () => {
    const ap = JSON.parse(readFileSync(join(STANDARDS, 'example-ap-image_2.1.json'), 'utf8')) as Record<string, unknown>;
    const item = {
      uri: 'http://apnews.example/text/1',
      headlines: [{ role: 'main', value: 'Storm batters coast' }],
      by: 'By JANE DOE, Associated Press',
      copyrightholder: 'The Associated Press',
      associations: [{ ...ap, name: 'featuremedia' }],
    };
    const { article } = importNinjsData(item, 'ap.json', options);
    expect(article.bylines).toEqual([{ name: 'JANE DOE', role: 'Reporter' }]);
    expect(article.agencyCredit).toBe('Associated Press');
    expect(article.provenance?.agency).toBe('The Associated Press');
    expect(article.leadImage).toMatchObject({ remote: { uri: ap.uri } });
    expect(article.leadImage?.caption).not.toBe('');
  });
});

describe('a wire longer than a draft may be', () => {
  it('is imported cut to the draft limits, with the editor’s note saying what was cut, not refused with a raw schema error', () => {
    const item = {
      uri: 'urn:newsml:example:2026:long',
      type: 'text',
      version: '1',
      language: 'en',
      headline: `Storm ${'warning '.repeat(200)}`,
      copyrightnotice: '©'.repeat(10_000),
      body_text: 'The storm reached the coast at dawn.',
    };
    const { article } = importNinjsData(item, 'long-wire.json', options);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(article.headline).toHaveLength(500);
    expect(article.provenance?.copyrightNotice).toHaveLength(2_000);
    expect(article.editorsNote).toContain('Some fields were longer than a draft allows and were cut: Headline (at most 500 characters), The copyright notice (at most 2,000 characters).');
  });
});
