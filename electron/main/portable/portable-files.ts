import path from 'node:path';
import type { Article } from '../../../core/article/article-schema';
import { HostError } from '../../../core/host-api/contract';
import {
  PORTABLE_DRAFT_EXTENSION,
  PORTABLE_DRAFT_LIMITS,
  PortableDraftError,
  packPortableDraft,
  unpackPortableDraft,
  type UnpackedDraft,
} from '../../../core/portable/portable-draft';
import { referencedAssets } from '../../../core/portable/referenced-assets';
import type { DraftStore } from '../drafts/draft-store';
import { readDraftAsset, refusedAssetError, resolveDraftAsset } from '../drafts/draft-asset';
import { placeIncomingDraft } from '../drafts/incoming-draft';
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

/** "Save a copy as…": the saved draft and its images, packed into one file at `destination`. */
export async function savePortableCopy(deps: PortableFilesDeps, draftId: string, destination: string): Promise<{ file: string; bytes: number }> {
  const article = await deps.drafts.load(draftId);
  const assets = new Map<string, Uint8Array>();
  for (const asset of referencedAssets(article)) {
    const bytes = await readDraftAsset(deps.fs, deps.drafts.draftFolder(draftId), asset).catch((error: unknown) => {
      throw refusedAssetError(error, 'No copy was saved; choose the picture again and retry.');
    });
    assets.set(asset, bytes);
  }
  const packed = packPortableDraft(article, assets, deps.createdBy);
  const file = withPortableExtension(destination);
  await writeFileAtomic(deps.fs, file, packed);
  return { file, bytes: packed.length };
}

export interface BroughtInDraft {
  article: Article;
  /** Files of the .copydesk that were left out, and why, in words. */
  notes: string[];
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
 * is opened as it is. Images are written before the article, so an import cut short leaves no half draft in the list.
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
  for (const [asset, data] of images) {
    const file = await resolveDraftAsset(deps.fs, deps.drafts.draftFolder(article.id), asset, 'write');
    await writeFileAtomic(deps.fs, file, data);
  }
  await deps.drafts.save(article);
  return { article, notes };
}
