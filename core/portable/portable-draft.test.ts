import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article/article-schema';
import { createArticle } from '../article/new-article';
import { body, heading, image, paragraph } from '../testing/body-builders';
import { REVIEW_LIMITS } from '../review/review-schema';
import {
  MAX_CARRIED_VERSIONS,
  PORTABLE_DRAFT_FORMAT,
  PortableDraftError,
  packPortableDraft,
  unpackPortableDraft,
  type PortableDraftLimits,
} from './portable-draft';
import { referencedAssets } from './referenced-assets';
import type { VersionMeta } from '../versions/version-file';

const SOURCE = 'Flood story.copydesk';
const LEAD = 'assets/3b5d5c3712955042212316173ccf37be.jpg';
const INLINE = 'assets/9e107d9d372bb6826bd81d3542a419d6.png';

function multilingualArticle(): Article {
  const base = createArticle({ id: '0b7e4c1a-3f2d-4e5b-8a6c-9d0e1f2a3b4c', now: new Date('2026-05-24T10:16:00+03:00'), language: 'am' });
  return {
    ...base,
    headline: 'በአዲስ አበባ ዝናብ — 洪水 — فيضانات 🌧️',
    standfirst: 'Ελληνικά, русский, हिन्दी and Ünïcödé in one standfirst',
    bylines: [{ name: 'Ꮎ Ꮳ Cherokee Nåme', role: 'ሪፖርተር' }],
    leadImage: { file: LEAD, mediaType: 'image/jpeg', width: 1200, height: 800, altText: 'የጎርፍ ውሃ', caption: '洪水', credit: 'AFP' },
    body: body([
      heading('h2', 'ዜና'),
      paragraph('Residents returned on Sunday. السكان عادوا يوم الأحد.'),
      image({ file: INLINE, altText: 'Map', caption: 'Where the river broke its banks', credit: 'OSM' }),
    ]),
  };
}

/** Every byte value, in a pattern no compressor would mistake for text. */
function imageBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = i < 256 ? i : state >>> 24;
  }
  return bytes;
}

function assetsFor(): Map<string, Uint8Array> {
  return new Map([
    [LEAD, imageBytes(300_000, 1)],
    [INLINE, imageBytes(20_000, 2)],
  ]);
}

function versionMeta(id: string): VersionMeta {
  return { id, createdAt: `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}T09:00:00.000Z`, label: 'Sent for review', reason: 'handoff', wordCount: 7, status: 'in-review', headline: 'As sent' };
}

const manifestBytes = (manifest: unknown) => strToU8(JSON.stringify(manifest));
const goodManifest = { format: PORTABLE_DRAFT_FORMAT, formatVersion: 1, createdBy: 'Copydesk 0.1.0' };

function unpackError(bytes: Uint8Array, limits?: PortableDraftLimits): PortableDraftError {
  try {
    unpackPortableDraft(bytes, SOURCE, limits);
  } catch (error) {
    if (error instanceof PortableDraftError) return error;
    throw error;
  }
  throw new Error('expected unpackPortableDraft to refuse the file');
}

describe('portable draft: round trip', () => {
  it('gives back the same article, non-Latin text intact, and byte-identical images', () => {
    const article = multilingualArticle();
    const assets = assetsFor();
    const packed = packPortableDraft(article, assets, 'Copydesk 0.1.0');
    const unpacked = unpackPortableDraft(packed, SOURCE);
    expect(unpacked.article).toEqual(article);
    expect(unpacked.manifest).toEqual({ ...goodManifest, formatVersion: 2, versions: [] });
    expect(unpacked.versions).toEqual([]);
    expect([...unpacked.assets.keys()].sort()).toEqual([LEAD, INLINE].sort());
    for (const [file, bytes] of assets) expect(Buffer.from(unpacked.assets.get(file)!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('round-trips a draft without images', () => {
    const article = { ...multilingualArticle(), leadImage: null, body: body([paragraph('Short.')]) };
    expect(unpackPortableDraft(packPortableDraft(article, new Map(), 'Copydesk 0.1.0'), SOURCE).article).toEqual(article);
  });

  it('carries the hand-off versions, which come back with the same ids and text', () => {
    const article = multilingualArticle();
    const sent = { meta: versionMeta('20261201T090000000Z-a1b2c3'), article: { ...article, headline: 'As sent for review' } };
    const returned = { meta: versionMeta('20261201T150000000Z-d4e5f6'), article: { ...article, headline: 'As returned' } };
    const unpacked = unpackPortableDraft(packPortableDraft(article, assetsFor(), 'Copydesk 0.1.0', [sent, returned]), SOURCE);
    expect(unpacked.manifest.versions).toEqual([sent.meta.id, returned.meta.id]);
    expect(unpacked.versions).toEqual([sent, returned]);
    expect(unpacked.article).toEqual(article);
  });

  it('carries one version for every hand-off a draft may hold, and the file opens again', () => {
    const article = { ...multilingualArticle(), leadImage: null, body: body([paragraph('Short.')]) };
    const versions = Array.from({ length: REVIEW_LIMITS.handoffs }, (_, index) => ({
      meta: versionMeta(`20261201T09${String(Math.floor(index / 60) % 60).padStart(2, '0')}${String(index % 60).padStart(2, '0')}000Z-h${String(index).padStart(5, '0')}`),
      article: { ...article, headline: `Hand-off ${index}` },
    }));
    expect(MAX_CARRIED_VERSIONS).toBe(REVIEW_LIMITS.handoffs);
    const unpacked = unpackPortableDraft(packPortableDraft(article, new Map(), 'Copydesk 0.1.0', versions), SOURCE);
    expect(unpacked.versions).toHaveLength(REVIEW_LIMITS.handoffs);
    expect(unpacked.versions.at(-1)).toEqual(versions.at(-1));
  }, 30_000);

  it('opens a format 1 file (before versions were carried) as carrying none', () => {
    const article = multilingualArticle();
    const unpacked = unpackPortableDraft(zipSync({ 'manifest.json': manifestBytes(goodManifest), 'article.json': strToU8(JSON.stringify(article)), [LEAD]: new Uint8Array(4), [INLINE]: new Uint8Array(4) }), SOURCE);
    expect(unpacked.versions).toEqual([]);
    expect(unpacked.article).toEqual(article);
  });

  it('refuses to pack a draft whose images were not supplied', () => {
    expect(() => packPortableDraft(multilingualArticle(), new Map([[LEAD, new Uint8Array(1)]]), 'x')).toThrow(/assets\/9e107d9d372bb6826bd81d3542a419d6\.png not supplied/);
  });

  it('lists the lead image and inline images as the draft’s assets', () => {
    expect(referencedAssets(multilingualArticle()).sort()).toEqual([LEAD, INLINE].sort());
  });
});

describe('portable draft: files that are not right', () => {
  const article = multilingualArticle();
  const articleBytes = strToU8(JSON.stringify(article));
  const zip = (files: Zippable) => zipSync(files);
  const id = '20261201T090000000Z-a1b2c3';
  const withVersion = (versionFile: Uint8Array | null, listed = [id]) =>
    zip({
      'manifest.json': manifestBytes({ ...goodManifest, formatVersion: 2, versions: listed }),
      'article.json': strToU8(JSON.stringify({ ...article, leadImage: null, body: body([paragraph('Short.')]) })),
      ...(versionFile ? { [`versions/${id}.json`]: versionFile } : {}),
    });

  it('a version the manifest lists but the file does not hold', () => {
    const error = unpackError(withVersion(null));
    expect(error.kind).toBe('bad-version');
    expect(error.message).toBe(`${SOURCE} is incomplete: its manifest lists the version “versions/${id}.json”, which the file does not hold.`);
  });

  it('a version that is not JSON, not a version, another version, or an invalid article, naming it', () => {
    expect(unpackError(withVersion(strToU8('{"meta":'))).message).toMatch(new RegExp(`^${SOURCE} holds a version “versions/${id}.json” that cannot be opened:\n`));
    const notVersion = unpackError(withVersion(strToU8(JSON.stringify({ meta: { id }, article }))));
    expect(notVersion.kind).toBe('bad-version');
    expect(notVersion.message).toContain(`holds a version “versions/${id}.json” that is not a Copydesk version:`);
    expect(unpackError(withVersion(strToU8(JSON.stringify({ meta: versionMeta('20261201T100000000Z-ffffff'), article })))).message).toContain('says it is version 20261201T100000000Z-ffffff');
    const badArticle = unpackError(withVersion(strToU8(JSON.stringify({ meta: versionMeta(id), article: { ...article, status: 'published' } }))));
    expect(badArticle.kind).toBe('bad-version');
    expect(badArticle.message).toContain(`${SOURCE} › versions/${id}.json: is a Copydesk draft with invalid fields:`);
  });

  it('a manifest whose version list is not a list of version ids', () => {
    expect(unpackError(withVersion(null, ['../../article'])).kind).toBe('not-a-draft');
  });

  it('an entry whose bytes do not match its CRC (stored or compressed)', () => {
    const packed = packPortableDraft(article, assetsFor(), 'Copydesk 0.1.0');
    // The lead image is stored uncompressed: flip one of its bytes in place, leaving every header as it was.
    const stored = Buffer.from(packed);
    const at = stored.indexOf(Buffer.from(assetsFor().get(LEAD)!.subarray(1000, 1032)));
    expect(at).toBeGreaterThan(0);
    stored[at + 5]! ^= 0xff;
    const error = unpackError(new Uint8Array(stored));
    expect(error.kind).toBe('damaged');
    expect(error.message).toBe(`${SOURCE} is damaged: “${LEAD}” inside it does not match the checksum it was saved with (the file was changed or corrupted on the way).`);
    // A recorded checksum changed in the central directory: the article itself no longer matches.
    const recorded = Buffer.from(zip({ 'manifest.json': manifestBytes(goodManifest), 'article.json': articleBytes }));
    const directory = recorded.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    recorded[directory + 16]! ^= 0x01;
    expect(unpackError(new Uint8Array(recorded)).kind).toBe('damaged');
    expect(packed.length).toBeGreaterThan(0);
  });

  it('a file that is not a zip', () => {
    const error = unpackError(strToU8(JSON.stringify(article)));
    expect(error.kind).toBe('not-a-zip');
    expect(error.message).toBe(`${SOURCE} is not a Copydesk draft file: it is not a zip archive.`);
  });

  it('a zip that is not a Copydesk draft', () => {
    expect(unpackError(zip({ 'readme.txt': strToU8('hello') })).message).toBe(`${SOURCE} is a zip archive but not a Copydesk draft (it has no manifest.json).`);
    expect(unpackError(zip({ 'manifest.json': manifestBytes({ format: 'epub', formatVersion: 1, createdBy: 'x' }) })).kind).toBe('not-a-draft');
    expect(unpackError(zip({ 'manifest.json': strToU8('{nope') })).message).toMatch(/its manifest\.json is not valid JSON/);
  });

  it('a draft file from a newer Copydesk', () => {
    const error = unpackError(zip({ 'manifest.json': manifestBytes({ ...goodManifest, formatVersion: 3 }), 'article.json': articleBytes }));
    expect(error.kind).toBe('newer-version');
    expect(error.message).toMatch(/made by a newer Copydesk \(draft file format 3; this app reads up to 2\)/);
  });

  it('a draft file without its article', () => {
    expect(unpackError(zip({ 'manifest.json': manifestBytes(goodManifest) })).message).toBe(`${SOURCE} is missing article.json, the article itself.`);
  });

  it('an article with invalid fields, naming the field', () => {
    const bad = strToU8(JSON.stringify({ ...article, status: 'published' }));
    const error = unpackError(zip({ 'manifest.json': manifestBytes(goodManifest), 'article.json': bad }));
    expect(error.kind).toBe('bad-article');
    expect(error.message).toContain(`${SOURCE} › article.json: is a Copydesk draft with invalid fields:`);
    expect(error.message).toContain('$.status should be one of');
  });

  it('an article that is not valid UTF-8', () => {
    const bytes = new Uint8Array([...articleBytes.subarray(0, 40), 0xff, 0xfe, ...articleBytes.subarray(40)]);
    expect(unpackError(zip({ 'manifest.json': manifestBytes(goodManifest), 'article.json': bytes })).message).toBe(
      `${SOURCE} holds an article that cannot be opened:\n${SOURCE} › article.json: is not valid UTF-8 text (byte 40).`,
    );
  });

  it('an image the article shows but the file does not hold', () => {
    const error = unpackError(zip({ 'manifest.json': manifestBytes(goodManifest), 'article.json': articleBytes, [LEAD]: new Uint8Array(10) }));
    expect(error.kind).toBe('missing-asset');
    expect(error.message).toBe(`${SOURCE} is incomplete: the article shows “${INLINE}”, which the file does not hold.`);
  });

  for (const name of ['../escape.txt', 'assets/../../escape.txt', '/etc/cron.d/job', 'C:/Windows/evil.dll', 'assets\\..\\evil.txt']) {
    it(`an entry named “${name}” that points outside the draft`, () => {
      const error = unpackError(zip({ 'manifest.json': manifestBytes(goodManifest), [name]: strToU8('x') }));
      expect(error.kind).toBe('unsafe-name');
      expect(error.message).toContain(`unsafe file name “${name}”`);
    });
  }

  it('an entry with a huge unsafe name, quoted as a short excerpt', () => {
    const name = `../${'x'.repeat(60_000)}`;
    const error = unpackError(zip({ 'manifest.json': manifestBytes(goodManifest), [name]: strToU8('x') }));
    expect(error.kind).toBe('unsafe-name');
    expect(error.message).toBe(`${SOURCE} contains an unsafe file name “../${'x'.repeat(56)}…” (it points outside the draft).`);
  });

  it('a damaged archive', () => {
    const packed = packPortableDraft(article, assetsFor(), 'x');
    expect(unpackError(packed.slice(0, 2000)).message).toBe(`${SOURCE} is incomplete: the file ends early (was the copy cut short?).`);
    const scrambled = packed.slice();
    for (let i = 200; i < 5000; i += 1) scrambled[i] = (scrambled[i]! * 7 + 3) & 0xff;
    expect(unpackError(scrambled)).toBeInstanceOf(PortableDraftError);
  });
});

describe('portable draft: size limits and zip bombs', () => {
  const small: PortableDraftLimits = { maxTotalBytes: 3_000_000, maxEntryBytes: 1_000_000, maxEntries: 20 };
  const withManifest = (files: Zippable) => zipSync({ 'manifest.json': manifestBytes(goodManifest), ...files });

  it('refuses an entry that declares more than the per-file limit, before inflating it', () => {
    const bomb = withManifest({ 'assets/zeros.jpg': new Uint8Array(2_000_000) });
    expect(bomb.length).toBeLessThan(10_000);
    const error = unpackError(bomb, small);
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/“assets\/zeros\.jpg” would unpack to 2 MB \(the limit is 1 MB a file\)/);
  });

  it('refuses an archive whose entries add up past the total limit', () => {
    const files: Zippable = {};
    for (let i = 0; i < 4; i += 1) files[`assets/part${i}.jpg`] = new Uint8Array(900_000);
    expect(unpackError(withManifest(files), small).message).toMatch(/unpacks to more than 3 MB/);
  });

  it('counts the bytes actually inflated, so a header that lies about the size does not help', () => {
    const bomb = withManifest({ 'assets/zeros.jpg': new Uint8Array(5_000_000) });
    lieAboutSize(bomb, 'assets/zeros.jpg', 1000);
    const error = unpackError(bomb, small);
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/unpacks to more than 1 MB/);
  });

  it('refuses archives with too many files', () => {
    const files: Zippable = {};
    for (let i = 0; i < 30; i += 1) files[`assets/p${i}.jpg`] = new Uint8Array(1);
    expect(unpackError(withManifest(files), small).message).toBe(`${SOURCE} holds more than 20 files.`);
  });

  // Deflating a real 101 MB entry takes seconds on a loaded machine: a harness timeout, not a timing assertion.
  it('uses 100 MB a file and 500 MB in all by default', { timeout: 60_000 }, () => {
    const bomb = withManifest({ 'assets/zeros.jpg': [new Uint8Array(101 * 1024 * 1024), { level: 1 }] });
    expect(unpackError(bomb).message).toMatch(/would unpack to 101 MB \(the limit is 100 MB a file\)/);
  });
});

/** Rewrites the uncompressed size of `name` in its local header and central directory record. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameBytes = strToU8(name);
  const nameAt = (offset: number, nameOffset: number) => nameBytes.every((byte, i) => zip[offset + nameOffset + i] === byte);
  for (let offset = 0; offset + 46 < zip.length; offset += 1) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50 && nameAt(offset, 30)) view.setUint32(offset + 22, size, true);
    if (signature === 0x02014b50 && nameAt(offset, 46)) view.setUint32(offset + 24, size, true);
  }
}
