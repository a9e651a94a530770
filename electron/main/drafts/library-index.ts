import path from 'node:path';
import { z } from 'zod';
import type { Article, ArticleStatus } from '../../../core/article/article-schema';
import { LibraryEntrySchema, type DraftSummary, type LibraryEntry } from '../../../core/host-api/contract';
import { bodyPlainText, countWords } from '../../../core/text/text-stats';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';

export type LibrarySort = 'modified' | 'created' | 'headline';

export interface LibraryQuery {
  /** Words to find in the headline, standfirst and body, ignoring case and accents; every word must occur. */
  search?: string;
  sort?: LibrarySort;
  status?: ArticleStatus;
}

export interface LibraryIndexDeps {
  fs: Pick<HostFileSystem, 'readdir' | 'stat'>;
  libraryFolder: () => string;
  /** Reads and validates one draft; throws (a HostError naming the file) when it cannot. */
  readDraft: (id: string) => Promise<Article>;
  /** How many drafts are read at once on a cold listing. */
  concurrency?: number;
  /**
   * Keeps the index between runs (`<stateFolder>/library-index.json`), so only the very first listing
   * ever reads every draft. `load` resolves null when there is nothing usable; `save` failures are the caller's to log.
   */
  persist?: { load(): Promise<unknown>; save(data: string): Promise<void> };
}

const PERSIST_AFTER_CHANGES = 20;

const PersistedIndexSchema = z.object({
  version: z.literal(1),
  files: z.record(z.string(), z.object({ mtimeMs: z.number(), size: z.number(), entry: LibraryEntrySchema, text: z.string() })),
});

interface Indexed {
  mtimeMs: number;
  size: number;
  entry: LibraryEntry;
  /** Folded headline, standfirst and body text, for search. */
  text: string;
}

// Built once: constructing a zod schema per folder name cost 0.3 ms each, 700 ms for 2,000 drafts.
const DraftIdSchema = z.uuid();
const isDraftId = (name: string) => DraftIdSchema.safeParse(name).success;

/** Lower case without accents, so “Résumé” is found by “resume” and “Ngũgĩ” by “ngugi”. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function summarizeDraft(article: Article, plainBody = bodyPlainText(article.body)): DraftSummary {
  return {
    id: article.id,
    headline: article.headline,
    status: article.status,
    bylines: article.bylines.map((byline) => byline.name),
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    wordCount: countWords(plainBody),
  };
}

/**
 * The library listing, kept in memory keyed by each article.json's path, mtime and size: a listing
 * or search after the first only stats the files and re-reads those that changed. Unreadable drafts
 * are listed as such, with the problem, never hidden.
 */
export function createLibraryIndex(deps: LibraryIndexDeps) {
  const cache = new Map<string, Indexed>();
  const concurrency = deps.concurrency ?? 32;
  let restored: Promise<void> | null = null;
  /** Files re-read or gone since the index was last kept. */
  let changed = 0;

  async function restore(): Promise<void> {
    const parsed = PersistedIndexSchema.safeParse(await deps.persist?.load().catch(() => null));
    if (!parsed.success) return;
    for (const [file, indexed] of Object.entries(parsed.data.files)) if (!cache.has(file)) cache.set(file, indexed);
  }

  /**
   * Rewriting the whole index for one autosaved draft would cost more than reading that draft again
   * at the next start, so it is kept only once enough has changed. Awaited, not left running: a write
   * still going after the call returned would race whoever removes or moves the folder next.
   */
  async function persistIfChanged(): Promise<void> {
    if (changed < PERSIST_AFTER_CHANGES || !deps.persist) return;
    changed = 0;
    await deps.persist.save(JSON.stringify({ version: 1, files: Object.fromEntries(cache) })).catch(() => undefined);
  }

  async function indexOne(id: string): Promise<Indexed | null> {
    const file = path.join(deps.libraryFolder(), id, 'article.json');
    let stats;
    try {
      stats = await deps.fs.stat(file);
    } catch (error) {
      if (isMissingFileError(error)) return null; // a folder holding only assets: a draft never saved
      throw error;
    }
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached;
    let indexed: Indexed;
    try {
      const article = await deps.readDraft(id);
      const plainBody = bodyPlainText(article.body);
      indexed = {
        mtimeMs: stats.mtimeMs,
        size: stats.size,
        entry: { kind: 'draft', ...summarizeDraft(article, plainBody) },
        text: foldForSearch(`${article.headline}\n${article.standfirst}\n${plainBody}`),
      };
    } catch (error) {
      if (isMissingFileError(error)) return null;
      const problem = fsReasonInWords(error);
      indexed = { mtimeMs: stats.mtimeMs, size: stats.size, entry: { kind: 'unreadable', id, file, problem, modifiedAt: stats.mtime.toISOString() }, text: '' };
    }
    cache.set(file, indexed);
    changed += 1;
    return indexed;
  }

  async function refresh(): Promise<Indexed[]> {
    restored ??= restore();
    await restored;
    let names: string[];
    try {
      names = await deps.fs.readdir(deps.libraryFolder());
    } catch (error) {
      if (isMissingFileError(error)) return [];
      throw error;
    }
    const ids = names.filter(isDraftId);
    const results: (Indexed | null)[] = new Array(ids.length).fill(null);
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const at = next;
        next += 1;
        results[at] = await indexOne(ids[at]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
    const live = new Set(ids.map((id) => path.join(deps.libraryFolder(), id, 'article.json')));
    for (const file of cache.keys()) {
      if (live.has(file)) continue;
      cache.delete(file);
      changed += 1;
    }
    await persistIfChanged();
    return results.filter((item) => item !== null);
  }

  return {
    async list(query: LibraryQuery = {}): Promise<LibraryEntry[]> {
      const words = foldForSearch(query.search ?? '').split(/\s+/).filter(Boolean);
      const filtering = words.length > 0 || query.status !== undefined;
      const matches = (await refresh()).filter((item) => {
        if (item.entry.kind === 'unreadable') return !filtering;
        if (query.status !== undefined && item.entry.status !== query.status) return false;
        return words.every((word) => item.text.includes(word));
      });
      return matches.map((item) => item.entry).sort(comparator(query.sort ?? 'modified'));
    },
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Dates are compared as instants: drafts carry their own UTC offsets. */
const instant = (iso: string) => Date.parse(iso) || 0;

function comparator(sort: LibrarySort): (a: LibraryEntry, b: LibraryEntry) => number {
  const modified = (entry: LibraryEntry) => instant(entry.kind === 'draft' ? entry.updatedAt : entry.modifiedAt);
  const created = (entry: LibraryEntry) => instant(entry.kind === 'draft' ? entry.createdAt : entry.modifiedAt);
  if (sort === 'headline') {
    return (a, b) => {
      if (a.kind !== b.kind) return a.kind === 'draft' ? -1 : 1;
      if (a.kind === 'unreadable' || b.kind === 'unreadable') return a.id.localeCompare(b.id);
      // Untitled drafts go after titled ones.
      if (!a.headline !== !b.headline) return a.headline ? -1 : 1;
      return collator.compare(a.headline, b.headline) || modified(b) - modified(a);
    };
  }
  if (sort === 'created') return (a, b) => created(b) - created(a);
  return (a, b) => modified(b) - modified(a);
}
