import { createHash } from 'node:crypto';
import path from 'node:path';
import { imageSize } from 'image-size';
import { HostError, MAX_IMAGE_BYTES, type StoredImage } from '../../../core/host-api/contract';
import { DraftAssetError, resolveDraftAsset } from '../drafts/draft-asset';
import { writeFileAtomic } from '../storage/atomic-write';
import type { HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';

export { MAX_IMAGE_BYTES };

/** image-size's type names of the formats every browser shows, with their media type and file extension. */
const ACCEPTED_TYPES: Readonly<Record<string, { mediaType: string; extension: string }>> = {
  jpg: { mediaType: 'image/jpeg', extension: 'jpg' },
  png: { mediaType: 'image/png', extension: 'png' },
  gif: { mediaType: 'image/gif', extension: 'gif' },
  webp: { mediaType: 'image/webp', extension: 'webp' },
  avif: { mediaType: 'image/avif', extension: 'avif' },
};

interface ImageFacts {
  mediaType: string;
  extension: string;
  width?: number;
  height?: number;
}

/** Identifies the image by its magic bytes (image-size) and reads its displayed pixel size from the header. */
export function identifyImage(bytes: Uint8Array): ImageFacts | null {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return null;
  }
  const accepted = size.type ? ACCEPTED_TYPES[size.type] : undefined;
  if (!accepted) return null;
  // EXIF orientations 5–8 rotate the picture a quarter turn, so it is shown with width and height swapped.
  const turned = (size.orientation ?? 1) >= 5;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;
  return {
    ...accepted,
    ...(width > 0 && height > 0 ? { width, height } : {}),
  };
}

/**
 * Copies a picked image into the draft's assets folder under a name derived from its content, so the
 * same picture picked twice is stored once and a different one never overwrites it.
 */
export async function importImage(fs: HostFileSystem, source: string, assetsFolder: string): Promise<StoredImage> {
  const name = path.basename(source);
  let bytes: Uint8Array;
  try {
    const { size } = await fs.stat(source);
    if (size > MAX_IMAGE_BYTES) throw tooLarge(name, size);
    bytes = await fs.readFile(source);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError('bad-file', `Could not read “${name}”: ${fsReasonInWords(error)}`);
  }
  return storeImageBytes(fs, bytes, name, assetsFolder);
}

/**
 * Where image bytes are kept in a draft, and what they are: a name derived from their content (so the
 * same picture is stored once and a different one never overwrites it), after the checks every
 * image gets: size, then the format by its magic bytes. Refused with a HostError naming `name`.
 */
export function imageAsset(bytes: Uint8Array, name: string): StoredImage {
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw tooLarge(name, bytes.byteLength);
  const image = identifyImage(bytes);
  if (!image) throw new HostError('bad-file', `“${name}” is not a JPEG, PNG, GIF, WebP or AVIF image.`);
  const { extension, ...facts } = image;
  return { file: `assets/${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.${extension}`, ...facts };
}

/**
 * Stores image bytes that reached the host without a file (a pasted or dropped picture, one of an
 * imported page) in the draft's assets folder, at imageAsset's name.
 */
export async function storeImageBytes(fs: HostFileSystem, bytes: Uint8Array, name: string, assetsFolder: string): Promise<StoredImage> {
  const stored = imageAsset(bytes, name);
  // `stored.file` is relative to the draft folder, the assets folder's parent; written through the one asset rule,
  // so an assets folder that links out of the draft is refused and a link in its place is replaced, not kept.
  const draftFolder = path.dirname(assetsFolder);
  const present = await resolveDraftAsset(fs, draftFolder, stored.file, 'read').then(() => true, () => false);
  if (!present) {
    const target = await resolveDraftAsset(fs, draftFolder, stored.file, 'write').catch((error: unknown) => {
      throw error instanceof DraftAssetError ? new HostError('bad-file', `“${name}” was not stored: ${error.message}`) : error;
    });
    await writeFileAtomic(fs, target, bytes);
  }
  return stored;
}

function tooLarge(name: string, size: number): HostError {
  const megabytes = Math.ceil((size / 1024 / 1024) * 10) / 10;
  return new HostError('bad-file', `“${name}” is ${megabytes} MB, over the 50 MB limit for images.`);
}
