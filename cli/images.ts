import { copyFileSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { AssetPathSchema, attachedLeadImage, type Article, type SerializedBodyNode } from '../core/article/article-schema';
import { bodyImage, isImage } from '../core/blocks/image';
import type { ImageSource } from '../core/export/image-source';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

interface ImageFile {
  file: string;
  mediaType: string;
}

function bodyImages(nodes: readonly SerializedBodyNode[]): ImageFile[] {
  return nodes.flatMap((node) => {
    if (isImage(node)) {
      const { file } = bodyImage(node);
      return [{ file, mediaType: MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }];
    }
    return bodyImages(node.children ?? []);
  });
}

/** The draft's image files an export refers to, keeping only paths inside assets/ (never ../). */
export function referencedImages(article: Article): ImageFile[] {
  const leadImage = attachedLeadImage(article.leadImage);
  const all = [...(leadImage ? [{ file: leadImage.file, mediaType: leadImage.mediaType }] : []), ...bodyImages(article.body.root.children)];
  const unique = new Map(all.filter((image) => AssetPathSchema.safeParse(image.file).success).map((image) => [image.file, image]));
  return [...unique.values()];
}

export interface PreparedImages {
  source: ImageSource;
  /** Referenced files that are not in the draft; the export links to them where they should be. */
  missing: string[];
  /** Referenced files that are there but may not be used (a link out of the draft, not a regular file), and why. */
  refused: { file: string; why: string }[];
}

/**
 * Where an image's bytes may be read: only a regular file whose real path (links followed) is inside
 * the draft folder, as the app's resolveDraftAsset rules (electron/main/drafts/draft-asset.ts).
 */
function locateImage(assetsRoot: string, file: string): { path: string } | { missing: true } | { why: string } {
  let real: string;
  try {
    real = realpathSync(path.join(assetsRoot, ...file.split('/')));
  } catch {
    return { missing: true };
  }
  const relative = path.relative(realpathSync(assetsRoot), real);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { why: 'it is a link to a file outside the draft folder' };
  if (!statSync(real).isFile()) return { why: 'it is not a regular file' };
  return { path: real };
}

function locateImages(images: readonly ImageFile[], assetsRoot: string): Omit<PreparedImages, 'source'> & { found: Map<string, string> } {
  const found = new Map<string, string>();
  const missing: string[] = [];
  const refused: { file: string; why: string }[] = [];
  for (const image of images) {
    const place = locateImage(assetsRoot, image.file);
    if ('path' in place) found.set(image.file, place.path);
    else if ('why' in place) refused.push({ file: image.file, why: place.why });
    else missing.push(image.file);
  }
  return { found, missing, refused };
}

/** Images as data: URIs when every file is there; otherwise links to `assets/…` beside the export. */
export function embeddedImages(article: Article, assetsRoot: string): PreparedImages {
  const images = referencedImages(article);
  const { found, missing, refused } = locateImages(images, assetsRoot);
  if (missing.length > 0 || refused.length > 0) return { source: { mode: 'link', baseHref: '' }, missing, refused };
  const types = new Map(images.map((image) => [image.file, image.mediaType]));
  return {
    source: {
      mode: 'embed',
      read: (file) => ({ bytes: readFileSync(found.get(file) ?? ''), mediaType: types.get(file) ?? MEDIA_TYPES[path.extname(file).toLowerCase()] ?? '' }),
    },
    missing: [],
    refused: [],
  };
}

/** Copies the images into `target.dir` (keeping their assets/ paths) and links to them there. */
export function copiedImages(article: Article, assetsRoot: string, target: { dir: string; baseHref: string }): PreparedImages {
  const { found, missing, refused } = locateImages(referencedImages(article), assetsRoot);
  for (const [file, real] of found) {
    const destination = path.join(target.dir, ...file.split('/'));
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(real, destination);
  }
  return { source: { mode: 'link', baseHref: target.baseHref }, missing, refused };
}
