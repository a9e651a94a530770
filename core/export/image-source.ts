import { base64Encode } from './base64';

export interface ImageBytes {
  bytes: Uint8Array;
  mediaType: string;
}

/**
 * How exported HTML refers to the draft's image files. core/ never reads files: the caller
 * (main process or CLI) either hands over the bytes to embed as data: URIs, or copies the
 * draft's assets/ folder next to the export and says where it lives.
 */
export type ImageSource =
  | { mode: 'embed'; read(file: string): ImageBytes }
  | { mode: 'link'; baseHref: string };

/** Links to `assets/…` relative to the exported file, for when the assets folder is copied beside it. */
export const IMAGES_BESIDE_EXPORT: ImageSource = { mode: 'link', baseHref: '' };

const IMAGE_MEDIA_TYPE = /^image\/[a-z0-9.+-]+$/;

/** The src of an image file (a draft path like `assets/photo.jpg`), not yet escaped for HTML. */
export function imageSrc(file: string, images: ImageSource): string {
  if (images.mode === 'link') {
    const base = images.baseHref === '' || images.baseHref.endsWith('/') ? images.baseHref : `${images.baseHref}/`;
    return `${base}${file.split('/').map(encodeURIComponent).join('/')}`;
  }
  const { bytes, mediaType } = images.read(file);
  if (!IMAGE_MEDIA_TYPE.test(mediaType)) throw new Error(`Cannot embed “${file}”: “${mediaType}” is not an image media type.`);
  return `data:${mediaType};base64,${base64Encode(bytes)}`;
}
