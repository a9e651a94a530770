import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article/article-schema';
import { runPreExportCheck } from '../checks/pre-export-check';
import { importNinjsData } from '../import/ninjs-import';
import { createNinjsValidator } from '../ninjs/ninjs-validator';
import { attribute, htmlElements, textContent } from '../testing/html-inspect';
import { htmlProblems } from '../testing/html-validate';
import { dpaWireArticle, kenyaPoliticsArticle } from '../testing/sample-articles';
import { articleToHtmlDocument } from './html-document';
import { articleToMarkdown } from './markdown';
import { serializeArticle } from '../article/load-article';
import { articleToNinjs } from './ninjs';
import { articleToPlainText } from './plain-text';

const STANDARDS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/standards/ninjs');
const haveStandards = existsSync(join(STANDARDS, 'ninjs-schema_2.2.json'));
const validator = haveStandards ? createNinjsValidator((name) => JSON.parse(readFileSync(join(STANDARDS, name), 'utf8'))) : null;
const wire = dpaWireArticle;

describe('exports of a wire story carry what the wire carried', () => {
  it('ninjs: the wire’s first-created time, urgency, copyright, usage terms, agency, wire uri, coded concepts and the remote picture', () => {
    const item = articleToNinjs(wire);
    expect(item).toMatchObject({
      firstcreated: '2026-12-02T06:12:00+01:00',
      versioncreated: wire.updatedAt,
      urgency: 3,
      copyrightholder: 'dpa',
      copyrightnotice: '© dpa Deutsche Presse-Agentur GmbH',
      usageterms: 'Nur für redaktionelle Zwecke.',
      by: 'Christian Hollmann, dpa',
      infosources: [{ name: 'dpa' }],
      altids: [{ role: 'wire-uri', value: 'urn:newsml:dpa.example:20261202:wasserstoff-zug-harz' }],
      subjects: [{ name: 'Eisenbahn' }, { name: 'Verkehr', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000658', literal: 'medtop:20000658' }],
      places: [{ name: 'Wernigerode', uri: 'https://www.geonames.org/2809889' }],
      organisations: [{ name: 'Harzer Schmalspurbahnen', literal: 'HSB' }],
      people: [{ name: 'Jördis Häußler' }],
      copydesk: { agencyCredit: 'dpa', provenance: wire.provenance },
    });
    expect(item.associations?.[0]).toMatchObject({
      name: 'featuremedia',
      uri: 'urn:newsml:dpa.example:20261202:bild-wasserstoffzug',
      by: 'Matthias Bein/dpa',
      renditions: [{ name: 'original', href: 'https://img.dpa.example/wasserstoffzug.jpg', contenttype: 'image/jpeg', width: 5472, height: 3648 }],
    });
    expect(item.copydesk).not.toHaveProperty('leadImage');
  });

  it.skipIf(!haveStandards)('ninjs: the export is valid ninjs 2.2 and valid in the Copydesk profile', () => {
    const item = articleToNinjs(wire);
    expect(validator?.ninjs22(item)).toEqual([]);
    expect(validator?.profile(item)).toEqual([]);
  });

  it('ninjs: exported and imported again, the wire story is the same story', () => {
    const { article } = importNinjsData(articleToNinjs(wire), 'again.json', { id: wire.id, now: new Date(wire.createdAt) });
    expect(article).toMatchObject({ provenance: wire.provenance, agencyCredit: 'dpa', bylines: wire.bylines, leadImage: wire.leadImage, tags: wire.tags, subjects: wire.subjects });
  });

  it('JSON-LD: created when the agency wrote it, the agency as source organisation, copyright, the wire item it is based on, about and where', () => {
    const html = articleToHtmlDocument(wire);
    const jsonLd = JSON.parse(textContent(htmlElements(html).find((element) => element.tagName === 'script')!)) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      dateCreated: '2026-12-02T06:12:00+01:00',
      sourceOrganization: { '@type': 'Organization', name: 'dpa' },
      copyrightHolder: { '@type': 'Organization', name: 'dpa' },
      copyrightNotice: '© dpa Deutsche Presse-Agentur GmbH',
      isBasedOn: 'urn:newsml:dpa.example:20261202:wasserstoff-zug-harz',
      about: [
        { '@type': 'Thing', name: 'Verkehr', sameAs: 'http://cv.iptc.org/newscodes/mediatopic/20000658', identifier: 'medtop:20000658' },
        { '@type': 'Organization', name: 'Harzer Schmalspurbahnen', identifier: 'HSB' },
        { '@type': 'Person', name: 'Jördis Häußler' },
      ],
      contentLocation: [{ '@type': 'Place', name: 'Wernigerode', sameAs: 'https://www.geonames.org/2809889', identifier: 'https://www.geonames.org/2809889' }],
      image: { '@type': 'ImageObject', url: 'https://img.dpa.example/wasserstoffzug.jpg', identifier: 'urn:newsml:dpa.example:20261202:bild-wasserstoffzug', creditText: 'Matthias Bein/dpa' },
    });
  });

  it('HTML: Dublin Core meta for source, creation, publisher and rights; the agency after the byline; the copyright notice at the end; still valid', async () => {
    const html = articleToHtmlDocument(wire);
    const meta = Object.fromEntries(
      htmlElements(html)
        .filter((element) => element.tagName === 'meta' && attribute(element, 'name')?.startsWith('dcterms.'))
        .map((element) => [attribute(element, 'name'), attribute(element, 'content')]),
    );
    expect(meta).toEqual({
      'dcterms.source': 'urn:newsml:dpa.example:20261202:wasserstoff-zug-harz',
      'dcterms.created': '2026-12-02T06:12:00+01:00',
      'dcterms.publisher': 'dpa',
      'dcterms.rightsHolder': 'dpa',
      'dcterms.rights': '© dpa Deutsche Presse-Agentur GmbH Nur für redaktionelle Zwecke.',
    });
    const bylines = htmlElements(html).find((element) => attribute(element, 'class') === 'bylines');
    expect(textContent(bylines!)).toBe('Christian Hollmann, Reporter (dpa)');
    expect(html).toContain('<footer>\n<p class="copyright"><small>© dpa Deutsche Presse-Agentur GmbH</small></p>\n</footer>');
    // No picture file: no figure pointing at the agency's server (only the JSON-LD names its address).
    expect(htmlElements(html).filter((element) => element.tagName === 'img' || element.tagName === 'figure')).toEqual([]);
    expect(await htmlProblems(html)).toEqual([]);
  });

  it('Markdown and plain text: the agency after the byline and the copyright notice last', () => {
    const markdown = articleToMarkdown(wire);
    expect(markdown).toContain('Christian Hollmann, Reporter (dpa)');
    expect(markdown.trimEnd().split('\n').at(-1)).toBe('*© dpa Deutsche Presse-Agentur GmbH*');
    const text = articleToPlainText(wire);
    expect(text).toContain('Christian Hollmann, Reporter (dpa)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('© dpa Deutsche Presse-Agentur GmbH');
  });

  it('native JSON keeps every wire field as stored', () => {
    const saved = JSON.parse(serializeArticle(wire)) as Article;
    expect(saved).toMatchObject({ provenance: wire.provenance, agencyCredit: 'dpa', subjects: wire.subjects, leadImage: wire.leadImage });
  });

  it('an article that did not come from a wire exports no wire fields', () => {
    const item = articleToNinjs(kenyaPoliticsArticle);
    for (const key of ['urgency', 'copyrightholder', 'copyrightnotice', 'usageterms', 'infosources', 'altids', 'places']) expect(item).not.toHaveProperty(key);
    expect(item.firstcreated).toBe(kenyaPoliticsArticle.createdAt);
    expect(articleToHtmlDocument(kenyaPoliticsArticle)).not.toContain('dcterms.');
  });
});

describe('the pre-export check and a wire story', () => {
  it('holds the export while the lead picture is still at the agency', () => {
    expect(runPreExportCheck(wire).filter((item) => item.id === 'lead-image-remote')).toEqual([
      {
        id: 'lead-image-remote',
        severity: 'blocker',
        field: 'leadImage',
        message: 'The lead picture is still at the agency (“https://img.dpa.example/wasserstoffzug.jpg”); the export would go without it. Attach the picture file, or remove the lead image.',
      },
    ]);
  });

  it('is satisfied once a file is attached, caption and credit kept', () => {
    const attached: Article = { ...wire, leadImage: { file: 'assets/zug.jpg', mediaType: 'image/jpeg', altText: 'Ein Zug.', caption: 'Der Wasserstoffzug.', credit: 'Matthias Bein/dpa' } };
    expect(runPreExportCheck(attached).map((item) => item.id)).not.toContain('lead-image-remote');
  });

  it('accepts the agency credit alone as the byline of an agency story', () => {
    expect(runPreExportCheck({ ...wire, bylines: [] }).map((item) => item.id)).not.toContain('byline-missing');
    expect(runPreExportCheck({ ...wire, bylines: [], agencyCredit: '' }).map((item) => item.id)).toContain('byline-missing');
  });
});
