import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ArticleSchema, type Article } from '../../../core/article/article-schema';
import { checkDraftSize, utf8ByteLength } from '../../../core/article/draft-bytes';
import { ArticleLoadError, loadArticleData } from '../../../core/article/load-article';
import { describeZodError, formatProblems } from '../../../core/article/validation-messages';
import { HostError } from '../../../core/host-api/contract';
import { bodyPlainText, countWords } from '../../../core/text/text-stats';
import { selectRetained } from '../../../core/versions/retention';
import {
  VersionFileSchema,
  VersionIdSchema,
  VersionMetaSchema,
  VERSION_FILE_META_START,
  createdAtFromVersionId,
  serializeVersionFile,
  versionIdFor,
  type VersionListEntry,
  type VersionMeta,
  type VersionReason,
} from '../../../core/versions/version-file';
import { readDraftText, withDraftBytesAsHostError } from '../drafts/read-draft-file';
import { writeFileAtomic } from '../storage/atomic-write';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';

export interface VersionStore {
  snapshot(draftId: string, article: Article, reason: VersionReason, label?: string | null): Promise<VersionMeta>;
  /** Newest first, metadata only. */
  list(draftId: string): Promise<VersionListEntry[]>;
  load(draftId: string, versionId: string): Promise<{ meta: VersionMeta; article: Article }>;
  /**
   * Keeps a version that came with a .copydesk under its own id, so both copies of the draft name the
   * same hand-off version; one already there is left as it is. False when it was already there.
   */
  keepCarried(draftId: string, version: { meta: VersionMeta; article: Article }): Promise<boolean>;
  /**
   * Applies the retention policy; returns the ids of the snapshots removed. Unreadable snapshots and
   * the versions `pinned` names (hand-off points) are left alone.
   */
  prune(draftId: string): Promise<string[]>;
  /**
   * Snapshots `current` (reason 'before-restore', so the restore can be undone) and returns the article
   * to save as the draft: the version's content under the draft's own id, dated now.
   */
  prepareRestore(draftId: string, versionId: string, current: Article): Promise<{ article: Article; undoVersion: VersionMeta }>;
}

export interface VersionStoreDeps {
  fs: HostFileSystem;
  clock: () => Date;
  /** The folder of one draft (`<draftsFolder>/<id>`); snapshots go in its `versions/` subfolder. */
  draftFolder: (draftId: string) => string;
  randomSuffix?: () => string;
  /** Versions retention must never drop (those the draft's hand-offs name); when it throws, nothing is pruned. */
  pinned?: (draftId: string) => Promise<ReadonlySet<string>>;
}

const META_LINE_MAX_BYTES = 16 * 1024;
/** writeFileAtomic's temp name for a snapshot file: `.<version id>.json.<uuid>.tmp`. */
const SNAPSHOT_TEMP_FILE = /^\.\d{8}T\d{9}Z-[a-z0-9]+\.json\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;
const STALE_TEMP_FILE_MS = 10 * 60 * 1000;

/**
 * Snapshots of a draft at `<draftFolder>/versions/<timestamp>-<random>.json`, each holding its
 * metadata and the whole article. Images are not copied: the article refers to the draft's
 * content-addressed `assets/` files, which every version shares.
 */
export function createVersionStore(deps: VersionStoreDeps): VersionStore {
  const { fs } = deps;
  const randomSuffix = deps.randomSuffix ?? (() => randomBytes(5).toString('hex'));
  const versionsFolder = (draftId: string) => path.join(deps.draftFolder(draftId), 'versions');
  const versionFile = (draftId: string, versionId: string) => path.join(versionsFolder(draftId), `${versionId}.json`);

  /** Reads one snapshot file; `stored` is its unvalidated article, `missing` says the file does not exist. */
  async function readVersion(draftId: string, id: string): Promise<{ entry: VersionListEntry; stored?: unknown; missing?: true }> {
    const file = versionFile(draftId, id);
    const unreadable = (problem: string): VersionListEntry => ({ readable: false, id, createdAt: createdAtFromVersionId(id), problem: `${file} ${problem}` });
    let data: unknown;
    try {
      data = JSON.parse(await readDraftText(fs, file));
    } catch (error) {
      if (isMissingFileError(error)) return { entry: unreadable('does not exist.'), missing: true };
      if (error instanceof HostError) return { entry: { readable: false, id, createdAt: createdAtFromVersionId(id), problem: error.message } };
      return { entry: unreadable(error instanceof SyntaxError ? `is not valid JSON (${error.message}).` : `could not be read (${fsReasonInWords(error)}).`) };
    }
    const parsed = VersionFileSchema.safeParse(data);
    if (!parsed.success) return { entry: unreadable(`is not a Copydesk version:\n${formatProblems(describeZodError(parsed.error))}`) };
    if (parsed.data.meta.id !== id) return { entry: unreadable(`says it is version ${parsed.data.meta.id}.`) };
    return { entry: { readable: true, ...parsed.data.meta }, stored: parsed.data.article };
  }

  /**
   * The history panel needs only metadata, which snapshot() writes alone on the first line, so listing
   * reads a few hundred bytes per version instead of whole articles. Anything unexpected falls back
   * to reading the whole file, which also gives the precise problem.
   */
  async function readMetaLine(draftId: string, id: string): Promise<VersionListEntry | null> {
    let head: string;
    try {
      const handle = await fs.open(versionFile(draftId, id), 'r');
      try {
        const buffer = new Uint8Array(META_LINE_MAX_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        head = new TextDecoder().decode(buffer.subarray(0, bytesRead));
      } finally {
        await handle.close();
      }
    } catch {
      return null;
    }
    const end = head.indexOf(',\n"article":');
    if (!head.startsWith(VERSION_FILE_META_START) || end < 0) return null;
    try {
      const meta = VersionMetaSchema.safeParse(JSON.parse(head.slice(VERSION_FILE_META_START.length, end)));
      return meta.success && meta.data.id === id ? { readable: true, ...meta.data } : null;
    } catch {
      return null;
    }
  }

  /** Temp files of snapshots a crash interrupted. Only old ones go, so a snapshot being written right now is safe. */
  async function removeStaleTempFiles(draftId: string): Promise<void> {
    const folder = versionsFolder(draftId);
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((candidate) => SNAPSHOT_TEMP_FILE.test(candidate))) {
      const file = path.join(folder, name);
      const modified = await fs.stat(file).then((stats) => stats.mtimeMs, () => null);
      if (modified !== null && deps.clock().getTime() - modified > STALE_TEMP_FILE_MS) await fs.rm(file, { force: true });
    }
  }

  async function list(draftId: string): Promise<VersionListEntry[]> {
    let names: string[];
    try {
      names = await fs.readdir(versionsFolder(draftId));
    } catch (error) {
      if (isMissingFileError(error)) return [];
      throw error;
    }
    const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
    const entries = await Promise.all(
      ids.filter((id) => VersionIdSchema.safeParse(id).success).map(async (id) => (await readMetaLine(draftId, id)) ?? (await readVersion(draftId, id)).entry),
    );
    return entries.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.id.localeCompare(a.id));
  }

  async function snapshot(draftId: string, article: Article, reason: VersionReason, label: string | null = null): Promise<VersionMeta> {
    const createdAt = deps.clock();
    const meta: VersionMeta = {
      id: versionIdFor(createdAt, randomSuffix()),
      createdAt: createdAt.toISOString(),
      label: label?.trim() || null,
      reason,
      wordCount: countWords(bodyPlainText(article.body)),
      status: article.status,
      headline: article.headline,
    };
    await write(draftId, meta, article);
    return meta;
  }

  async function write(draftId: string, meta: VersionMeta, article: Article): Promise<void> {
    const text = serializeVersionFile(meta, ArticleSchema.parse(article));
    await withDraftBytesAsHostError(() => checkDraftSize(utf8ByteLength(text), versionFile(draftId, meta.id), 'the version was not kept.'), 'too-large');
    await fs.mkdir(versionsFolder(draftId), { recursive: true });
    await writeFileAtomic(fs, versionFile(draftId, meta.id), text);
  }

  async function load(draftId: string, versionId: string): Promise<{ meta: VersionMeta; article: Article }> {
    if (!VersionIdSchema.safeParse(versionId).success) throw new HostError('not-found', `“${versionId}” is not a version id.`);
    const { entry, stored, missing } = await readVersion(draftId, versionId);
    if (missing) throw new HostError('not-found', `Draft ${draftId} has no version ${versionId}.`);
    if (!entry.readable) throw new HostError('bad-file', entry.problem);
    const { readable: _readable, ...meta } = entry;
    try {
      return { meta, article: loadArticleData(stored, versionFile(draftId, versionId)).article };
    } catch (error) {
      if (error instanceof ArticleLoadError) throw new HostError('bad-file', error.message);
      throw error;
    }
  }

  return {
    snapshot,
    list,
    load,

    async keepCarried(draftId, version) {
      if (await fs.stat(versionFile(draftId, version.meta.id)).then(() => true, (error: unknown) => !isMissingFileError(error))) return false;
      await write(draftId, version.meta, version.article);
      return true;
    },

    async prune(draftId) {
      await removeStaleTempFiles(draftId);
      const pinned = (await deps.pinned?.(draftId)) ?? new Set<string>();
      const readable = (await list(draftId)).filter((entry) => entry.readable);
      const { prune } = selectRetained(readable, deps.clock(), pinned);
      for (const entry of prune) await fs.rm(versionFile(draftId, entry.id), { force: true });
      return prune.map((entry) => entry.id);
    },

    async prepareRestore(draftId, versionId, current) {
      const version = await load(draftId, versionId);
      const undoVersion = await snapshot(draftId, current, 'before-restore');
      const article: Article = { ...version.article, id: current.id, createdAt: current.createdAt, updatedAt: deps.clock().toISOString() };
      return { article, undoVersion };
    },
  };
}
