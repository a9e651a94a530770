import type { Article } from '../../../core/article/article-schema';
import { serializeWithinLimit } from '../../../core/article/draft-bytes';
import { ArticleLoadError, loadArticleText, serializeArticle } from '../../../core/article/load-article';
import { HostError } from '../../../core/host-api/contract';
import type { CarriedVersion } from '../../../core/portable/portable-draft';
import type { Handoff } from '../../../core/review/review-schema';
import { sharedHandoffs } from '../../../core/review/round-trip';
import type { VersionStore } from '../versions/version-store';
import type { DraftStore } from './draft-store';
import { withDraftBytesAsHostError } from './read-draft-file';
import { fileExists, type HostFileSystem } from '../storage/file-system';

/** Parses a native draft's text; a file that is not one becomes a 'bad-file' HostError naming it. */
export function parseDraftText(text: string, file: string): Article {
  try {
    return loadArticleText(text, file).article;
  } catch (error) {
    if (error instanceof ArticleLoadError) throw new HostError('bad-file', error.message);
    throw error;
  }
}

export interface IncomingDraftDeps {
  fs: Pick<HostFileSystem, 'stat'>;
  drafts: Pick<DraftStore, 'load' | 'draftFolder'>;
  newId: () => string;
}

/** Where a draft arriving from outside goes: a folder of its own to write, or the library draft it already is. */
export type IncomingPlace = { kind: 'new'; article: Article } | { kind: 'in-library'; article: Article };

/**
 * Decides where a draft arriving from outside (a file, a .copydesk, the OS) goes; nothing in an
 * existing draft's folder is ever written. It keeps its id when no folder has that id yet; it is the
 * library's own draft when that one's text is the same and `sameFiles` finds its files the same too;
 * anything else gets a new id. Refused first, naming `source`, when its saved text would be over the
 * size a draft may be.
 */
export async function placeIncomingDraft(
  deps: IncomingDraftDeps,
  incoming: Article,
  source: string,
  sameFiles: (draftId: string) => Promise<boolean> = async () => true,
): Promise<IncomingPlace> {
  const text = await withDraftBytesAsHostError(() => serializeWithinLimit(incoming, source, 'it was not imported.'));
  if (!(await fileExists(deps.fs, deps.drafts.draftFolder(incoming.id)))) return { kind: 'new', article: incoming };
  const stored = await deps.drafts.load(incoming.id).catch(() => null);
  if (stored && serializeArticle(stored) === text && (await sameFiles(incoming.id))) return { kind: 'in-library', article: stored };
  let id = deps.newId();
  while (await fileExists(deps.fs, deps.drafts.draftFolder(id))) id = deps.newId();
  return { kind: 'new', article: { ...incoming, id } };
}

/** Another copy of my draft, handed over and back: `theirs` to compare with `mine` against `base`, the text of the last hand-off both hold. */
export interface IncomingCompare {
  mine: Article;
  theirs: Article;
  base: Article;
  handoff: Handoff;
}

/**
 * When placeIncomingDraft gave a copy of a library draft a new id: whether it is rather another copy
 * of that draft, sharing a hand-off whose version is at hand (carried in the file, or in my history).
 * Reads only; nothing of mine is written for a compare.
 */
export async function findIncomingCompare(
  deps: Pick<IncomingDraftDeps, 'drafts'> & { versions: Pick<VersionStore, 'load'> },
  theirs: Article,
  carried: readonly CarriedVersion[] = [],
): Promise<IncomingCompare | null> {
  const mine = await deps.drafts.load(theirs.id).catch(() => null);
  if (!mine) return null;
  for (const handoff of sharedHandoffs(mine, theirs)) {
    const base =
      carried.find((version) => version.meta.id === handoff.versionId)?.article ??
      (await deps.versions.load(mine.id, handoff.versionId).then((version) => version.article, () => null));
    if (base) return { mine, theirs, base, handoff };
  }
  return null;
}
