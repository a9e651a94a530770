import path from 'node:path';
import { HostError, MAX_IMAGE_BYTES, type StoredImage } from '../../../core/host-api/contract';
import type { HtmlPicture } from '../../../core/import/html-blocks';
import { dataUri } from '../../../core/paste/pasted-images';
import { imageAsset, storeImageBytes } from '../images/import-image';
import type { HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';

/**
 * The pictures of an imported HTML page. Ours (an HTML export) either carries them in the page as
 * data: URIs or links them beside it (`assets/…` next to the .html); both come into the new draft's
 * assets. Nothing is fetched from the web, and no file outside the page's own folder is read.
 */

export interface PagePicture {
  bytes: Uint8Array;
  /** Where the picture goes in the new draft. */
  stored: StoredImage;
}

export interface PagePictures {
  /** By src, the pictures that came in. */
  found: Map<string, PagePicture>;
  /** The pictures left out, each with why, as notes for the reporter. */
  leftOut: string[];
}

/** The file a relative src names inside `folder`, or null for an address, an absolute path, or a path out of the folder. */
function fileBeside(folder: string, src: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\')) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(src.replace(/[?#].*$/, ''));
  } catch {
    return null;
  }
  const file = path.resolve(folder, relative);
  const inside = path.relative(folder, file);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside) ? file : null;
}

async function readBeside(fs: Pick<HostFileSystem, 'stat' | 'readFile'>, file: string, src: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new HostError('bad-file', `“${src}” is not a file`);
    if (stat.size > MAX_IMAGE_BYTES) throw new HostError('bad-file', `“${src}” is over the 50 MB limit for images`);
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError('bad-file', `“${src}” could not be read (${fsReasonInWords(error)})`);
  }
}

function shortSource(src: string): string {
  return src.startsWith('data:') ? 'a picture carried in the page' : src.length > 120 ? `${src.slice(0, 119)}…` : src;
}

/** Reads the bytes of each picture (once per src) from the page or beside it; `pageFile` is the imported .html. */
export async function readPagePictures(fs: Pick<HostFileSystem, 'stat' | 'readFile'>, pageFile: string, pictures: readonly HtmlPicture[]): Promise<PagePictures> {
  const found = new Map<string, PagePicture>();
  const leftOut: string[] = [];
  const folder = path.dirname(path.resolve(pageFile));
  for (const src of new Set(pictures.map((picture) => picture.src))) {
    const name = shortSource(src);
    try {
      const data = dataUri(src);
      let bytes: Uint8Array;
      if (data) {
        if (!data.bytes) throw new HostError('bad-file', `${name} is not base64 bytes`);
        bytes = data.bytes;
      } else {
        const file = fileBeside(folder, src);
        if (file === null) {
          leftOut.push(`${name} ${/^https?:/i.test(src) ? 'is on the web and was not downloaded' : 'is not in the page’s folder'}; its caption is kept as text.`);
          continue;
        }
        bytes = await readBeside(fs, file, src);
      }
      found.set(src, { bytes, stored: imageAsset(bytes, name) });
    } catch (error) {
      if (!(error instanceof HostError)) throw error;
      leftOut.push(`${error.message.replace(/\.$/, '')}; its caption is kept as text.`);
    }
  }
  return { found, leftOut };
}

/** Writes the pictures the imported body uses into its draft's assets folder. */
export async function storePagePictures(fs: HostFileSystem, pictures: PagePictures, assetsFolder: string): Promise<void> {
  for (const [src, picture] of pictures.found) await storeImageBytes(fs, picture.bytes, shortSource(src), assetsFolder);
}
