import { Unzip, UnzipInflate, strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { AssetPathSchema, type Article } from '../article/article-schema';
import { DraftBytesError, decodeDraftBytes } from '../article/draft-bytes';
import { ArticleLoadError, loadArticleData, loadArticleText, serializeArticle } from '../article/load-article';
import { describeZodError, formatProblems } from '../article/validation-messages';
import { REVIEW_LIMITS } from '../review/review-schema';
import { excerpt } from '../text/excerpt';
import { VersionFileSchema, VersionIdSchema, serializeVersionFile, type VersionMeta } from '../versions/version-file';
import { crc32 } from './crc32';
import { referencedAssets } from './referenced-assets';

/**
 * A draft as one file to email or carry on a USB stick: a zip holding `manifest.json`,
 * `article.json`, the images under `assets/`, exactly as they sit in the draft folder, and (format 2)
 * the versions its hand-offs name under `versions/`, so the receiver has the base to compare against.
 */
export const PORTABLE_DRAFT_EXTENSION = '.copydesk';
export const PORTABLE_DRAFT_MIME_TYPE = 'application/vnd.copydesk.draft+zip';
export const PORTABLE_DRAFT_FORMAT = 'copydesk-draft';
/** 2: the manifest lists the carried versions. Format 1 files (no versions) still open. */
export const PORTABLE_DRAFT_FORMAT_VERSION = 2;
/**
 * As many as a draft may hold hand-offs (each names one version), so any valid draft packs with every
 * hand-off base and its file opens again; each carried version is also held to the draft size rule.
 */
export const MAX_CARRIED_VERSIONS = REVIEW_LIMITS.handoffs;

export interface PortableDraftLimits {
  maxTotalBytes: number;
  maxEntryBytes: number;
  maxEntries: number;
}

/** Far above any real draft, far below what would exhaust memory: a zip bomb is refused while it inflates. */
export const PORTABLE_DRAFT_LIMITS: PortableDraftLimits = {
  maxTotalBytes: 500 * 1024 * 1024,
  maxEntryBytes: 100 * 1024 * 1024,
  maxEntries: 10_000,
};

const ManifestSchema = z.object({
  format: z.literal(PORTABLE_DRAFT_FORMAT),
  formatVersion: z.number().int().positive(),
  createdBy: z.string(),
  /** The versions under `versions/<id>.json`; absent in format 1. */
  versions: z.array(VersionIdSchema).max(MAX_CARRIED_VERSIONS).default([]),
});
export type PortableDraftManifest = z.infer<typeof ManifestSchema>;

export type PortableDraftErrorKind =
  | 'not-a-zip'
  | 'damaged'
  | 'not-a-draft'
  | 'newer-version'
  | 'unsafe-name'
  | 'too-large'
  | 'bad-article'
  | 'missing-asset'
  | 'bad-version';

export class PortableDraftError extends Error {
  constructor(
    readonly source: string,
    readonly kind: PortableDraftErrorKind,
    detail: string,
  ) {
    super(`${source} ${detail}`);
    this.name = 'PortableDraftError';
  }
}

export interface UnpackedDraft {
  manifest: PortableDraftManifest;
  article: Article;
  /** Keyed by the path the article uses, like `assets/3b5d….jpg`. */
  assets: Map<string, Uint8Array>;
  /** The hand-off versions the file carries, as the manifest lists them. */
  versions: CarriedVersion[];
}

/** A snapshot from the sender's history, kept by the receiver under the same id. */
export interface CarriedVersion {
  meta: VersionMeta;
  article: Article;
}

const MANIFEST = 'manifest.json';
const ARTICLE = 'article.json';
const versionEntry = (id: string) => `versions/${id}.json`;

/**
 * `assets` is keyed by the path the article uses; every image the article shows must be there.
 * `versions`: snapshots to carry along (the hand-off points), written as the version store writes them.
 */
export function packPortableDraft(article: Article, assets: ReadonlyMap<string, Uint8Array>, createdBy: string, versions: readonly CarriedVersion[] = []): Uint8Array {
  const missing = referencedAssets(article).filter((file) => !assets.has(file));
  if (missing.length > 0) throw new Error(`Cannot pack draft ${article.id}: ${missing.join(', ')} not supplied.`);
  if (versions.length > MAX_CARRIED_VERSIONS) throw new Error(`Cannot pack draft ${article.id}: ${versions.length} versions to carry, more than ${MAX_CARRIED_VERSIONS}.`);
  const manifest: PortableDraftManifest = {
    format: PORTABLE_DRAFT_FORMAT,
    formatVersion: PORTABLE_DRAFT_FORMAT_VERSION,
    createdBy,
    versions: versions.map((version) => version.meta.id),
  };
  const files: Zippable = {
    [MANIFEST]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    [ARTICLE]: strToU8(serializeArticle(article)),
  };
  for (const version of versions) files[versionEntry(version.meta.id)] = strToU8(serializeVersionFile(version.meta, version.article));
  for (const [file, bytes] of assets) {
    if (!AssetPathSchema.safeParse(file).success) throw new Error(`Cannot pack draft ${article.id}: “${excerpt(file)}” is not an asset path.`);
    files[file] = [bytes, { level: 0 }]; // images are compressed already
  }
  return zipSync(files, { level: 6 });
}

function isUnsafeName(name: string): boolean {
  return name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').some((part) => part === '..') || name.includes('\0');
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A whole zip ends with its end-of-central-directory record, within the last 64 KiB + 22 bytes: its offset, or -1. */
function endOfArchive(bytes: Uint8Array): number {
  const earliest = Math.max(0, bytes.length - 65_557);
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1) {
    if (bytes[offset] === 0x50 && bytes[offset + 1] === 0x4b && bytes[offset + 2] === 0x05 && bytes[offset + 3] === 0x06) return offset;
  }
  return -1;
}

/**
 * Each entry's CRC-32 as the central directory records it, by name (decoded as fflate decodes it), or
 * null when the directory is not where the end record says. fflate inflates without checking CRCs.
 */
function recordedChecksums(bytes: Uint8Array, end: number): Map<string, number> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const checksums = new Map<string, number>();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const name = bytes.subarray(offset + 46, offset + 46 + nameLength);
    const utf8 = (view.getUint16(offset + 8, true) & 0x800) !== 0;
    checksums.set(utf8 ? new TextDecoder().decode(name) : String.fromCharCode(...name), view.getUint32(offset + 16, true));
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return checksums;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Reads the entries of the archive, counting bytes as they inflate so a zip bomb is stopped early. */
function readEntries(bytes: Uint8Array, source: string, limits: PortableDraftLimits): Map<string, Uint8Array> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) throw new PortableDraftError(source, 'not-a-zip', 'is not a Copydesk draft file: it is not a zip archive.');
  const end = endOfArchive(bytes);
  if (end < 0) throw new PortableDraftError(source, 'damaged', 'is incomplete: the file ends early (was the copy cut short?).');
  const checksums = recordedChecksums(bytes, end);
  if (!checksums) throw new PortableDraftError(source, 'damaged', 'is damaged: its list of contents cannot be read.');

  const entries = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  let total = 0;
  let failure: PortableDraftError | null = null;
  const fail = (kind: PortableDraftErrorKind, detail: string) => {
    failure ??= new PortableDraftError(source, kind, detail);
  };

  const unzip = new Unzip((file) => {
    if (failure) return;
    const name = file.name;
    if (isUnsafeName(name)) return fail('unsafe-name', `contains an unsafe file name “${excerpt(name)}” (it points outside the draft).`);
    if (seen.has(name)) return fail('damaged', `is damaged: it holds “${excerpt(name)}” twice.`);
    seen.add(name);
    if (seen.size > limits.maxEntries) return fail('too-large', `holds more than ${limits.maxEntries} files.`);
    if (name.endsWith('/')) return;
    if (file.originalSize !== undefined && file.originalSize > limits.maxEntryBytes) {
      return fail('too-large', `is too large: “${excerpt(name)}” would unpack to ${megabytes(file.originalSize)} (the limit is ${megabytes(limits.maxEntryBytes)} a file).`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail('damaged', `is damaged (${error.message}).`);
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes) {
        file.terminate();
        return fail('too-large', `is too large: “${excerpt(name)}” unpacks to more than ${megabytes(limits.maxEntryBytes)} (the limit a file).`);
      }
      if (total > limits.maxTotalBytes) {
        file.terminate();
        return fail('too-large', `is too large: it unpacks to more than ${megabytes(limits.maxTotalBytes)}.`);
      }
      chunks.push(chunk);
      if (!final) return;
      const data = concat(chunks, size);
      if (checksums.get(name) !== crc32(data)) return fail('damaged', `is damaged: “${excerpt(name)}” inside it does not match the checksum it was saved with (the file was changed or corrupted on the way).`);
      entries.set(name, data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  // Fed in slices so that no single step can inflate more than about 64 MB past a limit before it is noticed.
  const SLICE = 64 * 1024;
  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += SLICE) {
      unzip.push(bytes.subarray(offset, offset + SLICE), offset + SLICE >= bytes.length);
    }
  } catch (error) {
    fail('damaged', `is damaged (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (failure) throw failure;
  return entries;
}

function decodeUtf8(bytes: Uint8Array, source: string, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PortableDraftError(source, 'bad-article', `holds a “${excerpt(name)}” that is not valid UTF-8 text.`);
  }
}

function readManifest(entries: Map<string, Uint8Array>, source: string): PortableDraftManifest {
  const bytes = entries.get(MANIFEST);
  if (!bytes) throw new PortableDraftError(source, 'not-a-draft', `is a zip archive but not a Copydesk draft (it has no ${MANIFEST}).`);
  let data: unknown;
  try {
    data = JSON.parse(decodeUtf8(bytes, source, MANIFEST));
  } catch (error) {
    if (error instanceof PortableDraftError) throw error;
    throw new PortableDraftError(source, 'not-a-draft', `is not a Copydesk draft (its ${MANIFEST} is not valid JSON).`);
  }
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) throw new PortableDraftError(source, 'not-a-draft', `is a zip archive but not a Copydesk draft (its ${MANIFEST} does not describe one).`);
  if (parsed.data.formatVersion > PORTABLE_DRAFT_FORMAT_VERSION) {
    throw new PortableDraftError(
      source,
      'newer-version',
      `was made by a newer Copydesk (draft file format ${parsed.data.formatVersion}; this app reads up to ${PORTABLE_DRAFT_FORMAT_VERSION}). Update Copydesk to open it.`,
    );
  }
  return parsed.data;
}

/** Opens a `.copydesk` file. `source` names the file in every error. Nothing here touches the disk. */
export function unpackPortableDraft(bytes: Uint8Array, source: string, limits: PortableDraftLimits = PORTABLE_DRAFT_LIMITS): UnpackedDraft {
  const entries = readEntries(bytes, source, limits);
  const manifest = readManifest(entries, source);

  const articleBytes = entries.get(ARTICLE);
  if (!articleBytes) throw new PortableDraftError(source, 'not-a-draft', `is missing ${ARTICLE}, the article itself.`);
  const article = asPortableDraftError(source, 'bad-article', 'an article', () => loadArticleText(decodeDraftBytes(articleBytes, `${source} › ${ARTICLE}`), `${source} › ${ARTICLE}`).article);

  const assets = new Map<string, Uint8Array>();
  for (const [name, data] of entries) if (AssetPathSchema.safeParse(name).success) assets.set(name, data);
  const missing = referencedAssets(article).filter((file) => !assets.has(file));
  if (missing.length > 0) {
    throw new PortableDraftError(source, 'missing-asset', `is incomplete: the article shows ${missing.map((file) => `“${excerpt(file)}”`).join(', ')}, which the file does not hold.`);
  }
  return { manifest, article, assets, versions: manifest.versions.map((id) => readCarriedVersion(entries, id, source)) };
}

/** Runs `read`; a draft-file problem becomes a PortableDraftError saying what (`what`) in `source` could not be opened. */
function asPortableDraftError<Value>(source: string, kind: 'bad-article' | 'bad-version', what: string, read: () => Value): Value {
  try {
    return read();
  } catch (error) {
    const detail = `holds ${what} that cannot be opened:\n${error instanceof Error ? error.message : String(error)}`;
    if (error instanceof DraftBytesError) throw new PortableDraftError(source, error.problem === 'too-large' ? 'too-large' : kind, detail);
    if (error instanceof ArticleLoadError || error instanceof SyntaxError) throw new PortableDraftError(source, kind, detail);
    throw error;
  }
}

/** One carried version: held to the draft size rule, its envelope validated, its article migrated like any draft. */
function readCarriedVersion(entries: Map<string, Uint8Array>, id: string, source: string): CarriedVersion {
  const name = versionEntry(id);
  const where = `${source} › ${name}`;
  const bytes = entries.get(name);
  if (!bytes) throw new PortableDraftError(source, 'bad-version', `is incomplete: its manifest lists the version “${name}”, which the file does not hold.`);
  const data: unknown = asPortableDraftError(source, 'bad-version', `a version “${name}”`, () => JSON.parse(decodeDraftBytes(bytes, where)));
  const envelope = VersionFileSchema.safeParse(data);
  if (!envelope.success) throw new PortableDraftError(source, 'bad-version', `holds a version “${name}” that is not a Copydesk version:\n${formatProblems(describeZodError(envelope.error))}`);
  if (envelope.data.meta.id !== id) throw new PortableDraftError(source, 'bad-version', `holds a version “${name}” that says it is version ${excerpt(envelope.data.meta.id)}.`);
  const versionArticle = asPortableDraftError(source, 'bad-version', `a version “${name}”`, () => loadArticleData(envelope.data.article, where).article);
  return { meta: envelope.data.meta, article: versionArticle };
}
