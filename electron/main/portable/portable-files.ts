import path from 'node:path';
import type { Article } from '../../../core/article/article-schema';
import { HostError } from '../../../core/host-api/contract';
import {
  PORTABLE_DRAFT_EXTENSION,
  PORTABLE_DRAFT_LIMITS,
  PortableDraftError,
  packPortableDraft,
  unpackPortableDraft,
  type CarriedVersion,
  type UnpackedDraft,
} from '../../../core/portable/portable-draft';
import { referencedAssets } from '../../../core/portable/referenced-assets';
import type { DraftStore } from '../drafts/draft-store';
import { readDraftAsset, refusedAssetError, resolveDraftAsset } from '../drafts/draft-asset';
import { findIncomingCompare, placeIncomingDraft, type IncomingCompare } from '../drafts/incoming-draft';
import type { IncomingCompares } from '../review/incoming-compares';
import type { VersionStore } from '../versions/version-store';
import { identifyImage } from '../images/import-image';
import { writeFileAtomic } from '../storage/atomic-write';
import type { HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';

export interface PortableFilesDeps {
  fs: HostFileSystem;
  drafts: Pick<DraftStore, 'load' | 'save' | 'exists' | 'assetsFolder' | 'draftFolder'>;
  /** Recorded in the file's manifest, e.g. “Copydesk 0.1.0”. */
  createdBy: string;
  newId: () => string;
  versions: Pick<VersionStore, 'load' | 'keepCarried'>;
  /** Where a compare offered on opening waits for Keep (electron/main/review/). */
  incoming: IncomingCompares;
}

/** A packed file is about as large as what it holds; anything much bigger is refused before reading it. */
const MAX_PORTABLE_FILE_BYTES = PORTABLE_DRAFT_LIMITS.maxTotalBytes + 16 * 1024 * 1024;

/** The file name offered in the save dialog. */
export function suggestedCopyName(article: Article): string {
  return `${article.slug || 'untitled-draft'}${PORTABLE_DRAFT_EXTENSION}`;
}

/** Adds `.copydesk` when the name typed in the save dialog has no such ending. */
export function withPortableExtension(file: string): string {
  return file.toLowerCase().endsWith(PORTABLE_DRAFT_EXTENSION) ? file : `${file}${PORTABLE_DRAFT_EXTENSION}`;
}

/**
 * The versions the draft's hand-offs name, to carry in its file so the receiver has the base to
 * compare against. One no longer in the history (a copy made before versions were pinned) is left out:
 * the receiver who sent it holds it.
 */
async function handoffVersions(deps: PortableFilesDeps, article: Article): Promise<CarriedVersion[]> {
  const ids = [...new Set(article.review.handoffs.map((handoff) => handoff.versionId))];
  const found = await Promise.all(
    ids.map((id) =>
      deps.versions.load(article.id, id).catch((error: unknown) => {
        if (error instanceof HostError && error.code === 'not-found') return null;
        throw error;
      }),
    ),
  );
  return found.filter((version) => version !== null);
}

/** "Save a copy as…": the saved draft, its images and its hand-off versions, packed into one file at `destination`. */
export async function savePortableCopy(deps: PortableFilesDeps, draftId: string, destination: string): Promise<{ file: string; bytes: number }> {
  return writePortableCopy(deps, await deps.drafts.load(draftId), destination);
}

/** `article` (a library draft's text, maybe not saved yet: a hand-off's) packed with the draft's images and hand-off versions into one file at `destination`. */
export async function writePortableCopy(deps: PortableFilesDeps, article: Article, destination: string): Promise<{ file: string; bytes: number }> {
  const assets = new Map<string, Uint8Array>();
  for (const asset of referencedAssets(article)) {
    const bytes = await readDraftAsset(deps.fs, deps.drafts.draftFolder(article.id), asset).catch((error: unknown) => {
      throw refusedAssetError(error, 'No copy was saved; choose the picture again and retry.');
    });
    assets.set(asset, bytes);
  }
  const packed = packPortableDraft(article, assets, deps.createdBy, await handoffVersions(deps, article));
  const file = withPortableExtension(destination);
  await writeFileAtomic(deps.fs, file, packed);
  return { file, bytes: packed.length };
}

export interface BroughtInDraft {
  /** The draft to open: the one brought in, or mine as it is when `compare` is offered. */
  article: Article;
  /** Files of the .copydesk that were left out, and why, in words. */
  notes: string[];
  /** Another copy of my draft that shares a hand-off with it: to compare, waiting in `deps.incoming` for Keep. */
  compare?: IncomingCompare;
}

/** The files of an unpacked draft that may be brought in: images the article shows, whose bytes are a raster format we display. */
function imagesToBringIn(unpacked: UnpackedDraft, source: string): { images: Map<string, Uint8Array>; notes: string[] } {
  const shown = new Set(referencedAssets(unpacked.article));
  const images = new Map<string, Uint8Array>();
  const notes: string[] = [];
  for (const [asset, bytes] of unpacked.assets) {
    if (!shown.has(asset)) notes.push(`“${asset}” in ${source} was left out: the article does not show it.`);
    else if (!identifyImage(bytes)) notes.push(`“${asset}” in ${source} was left out: it is not a JPEG, PNG, GIF, WebP or AVIF image.`);
    else images.set(asset, bytes);
  }
  return { images, notes };
}

/**
 * Brings a `.copydesk` file into the library as a draft of its own; the file itself is only read, and
 * no existing draft's folder is written (see placeIncomingDraft): the same draft already in the library
 * is opened as it is, another copy of it that shares a hand-off is offered as a compare (nothing
 * written until Keep). Images and carried versions are written before the article, so an import cut
 * short leaves no half draft in the list, and the next copy to arrive finds its base.
 */
export async function importPortableDraftFile(deps: PortableFilesDeps, sourceFile: string): Promise<BroughtInDraft> {
  const source = `“${path.basename(sourceFile)}”`;
  let bytes: Uint8Array;
  try {
    const { size } = await deps.fs.stat(sourceFile);
    if (size > MAX_PORTABLE_FILE_BYTES) {
      throw new HostError('bad-file', `${source} is ${Math.round(size / 1024 / 1024)} MB, too large to be a Copydesk draft file.`);
    }
    bytes = await deps.fs.readFile(sourceFile);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError('bad-file', `Could not read ${source}: ${fsReasonInWords(error)}`);
  }

  let unpacked;
  try {
    unpacked = unpackPortableDraft(bytes, source);
  } catch (error) {
    if (error instanceof PortableDraftError) throw new HostError('bad-file', error.message);
    throw error;
  }

  const { images, notes } = imagesToBringIn(unpacked, source);
  const sameImages = async (draftId: string) => {
    for (const [asset, data] of images) {
      const stored = await readDraftAsset(deps.fs, deps.drafts.draftFolder(draftId), asset).catch(() => null);
      if (!stored || Buffer.compare(stored, data) !== 0) return false;
    }
    return true;
  };
  const place = await placeIncomingDraft(deps, unpacked.article, `${source} › article.json`, sameImages);
  if (place.kind === 'in-library') return { article: place.article, notes };
  const { article } = place;
  if (article.id !== unpacked.article.id) {
    const compare = await findIncomingCompare(deps, unpacked.article, unpacked.versions);
    if (compare) {
      deps.incoming.hold({ ...compare, carried: unpacked.versions, images });
      return { article: compare.mine, notes, compare };
    }
  }
  await writeImages(deps, article.id, images);
  for (const version of unpacked.versions) await deps.versions.keepCarried(article.id, version);
  await deps.drafts.save(article);
  return { article, notes };
}

/** Writes brought-in images into a draft's assets; names are content hashes, so one already there holds the same bytes. */
export async function writeImages(deps: Pick<PortableFilesDeps, 'fs' | 'drafts'>, draftId: string, images: ReadonlyMap<string, Uint8Array>): Promise<void> {
  for (const [asset, data] of images) {
    const file = await resolveDraftAsset(deps.fs, deps.drafts.draftFolder(draftId), asset, 'write');
    await writeFileAtomic(deps.fs, file, data);
  }
}
