import path from 'node:path';
import type { Article } from '../../../core/article/article-schema';
import { HostError } from '../../../core/host-api/contract';
import {
  PORTABLE_DRAFT_EXTENSION,
  PORTABLE_DRAFT_LIMITS,
  PortableDraftError,
  packPortableDraft,
  unpackPortableDraft,
} from '../../../core/portable/portable-draft';
import { referencedAssets } from '../../../core/portable/referenced-assets';
import type { DraftStore } from '../drafts/draft-store';
import { withFreeId } from '../drafts/incoming-draft';
import { writeFileAtomic } from '../storage/atomic-write';
import { fileExists, isMissingFileError, type HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';

export interface PortableFilesDeps {
  fs: HostFileSystem;
  drafts: Pick<DraftStore, 'load' | 'save' | 'exists' | 'assetsFolder'>;
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

function assetFile(drafts: PortableFilesDeps['drafts'], draftId: string, asset: string): string {
  return path.join(drafts.assetsFolder(draftId), asset.slice('assets/'.length));
}

/** "Save a copy as…": the saved draft and its images, packed into one file at `destination`. */
export async function savePortableCopy(deps: PortableFilesDeps, draftId: string, destination: string): Promise<{ file: string; bytes: number }> {
  const article = await deps.drafts.load(draftId);
  const assets = new Map<string, Uint8Array>();
  for (const asset of referencedAssets(article)) {
    try {
      assets.set(asset, await deps.fs.readFile(assetFile(deps.drafts, draftId, asset)));
    } catch (error) {
      if (!isMissingFileError(error)) throw error;
      throw new HostError('bad-file', `The draft’s image “${asset}” is missing from ${deps.drafts.assetsFolder(draftId)}, so no copy was saved. Choose the picture again and retry.`);
    }
  }
  const packed = packPortableDraft(article, assets, deps.createdBy);
  const file = withPortableExtension(destination);
  await writeFileAtomic(deps.fs, file, packed);
  return { file, bytes: packed.length };
}

/**
 * Brings a `.copydesk` file into the library as a draft of its own; the file itself is only read.
 * A different draft with the same id already in the library is never overwritten: the import gets a new id.
 * Images are written before the article, so an import cut short leaves no half draft in the list.
 */
export async function importPortableDraftFile(deps: PortableFilesDeps, sourceFile: string): Promise<Article> {
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

  const article = await withFreeId(deps, unpacked.article);
  await deps.fs.mkdir(deps.drafts.assetsFolder(article.id), { recursive: true });
  for (const [asset, data] of unpacked.assets) {
    const file = assetFile(deps.drafts, article.id, asset);
    // Re-importing a draft already in the library: its own images stay as they are.
    if (await fileExists(deps.fs, file)) continue;
    await writeFileAtomic(deps.fs, file, data);
  }
  await deps.drafts.save(article);
  return article;
}
