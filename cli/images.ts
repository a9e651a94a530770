import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
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
}

function missingImages(images: readonly ImageFile[], assetsRoot: string): string[] {
  return images.filter((image) => !existsSync(path.join(assetsRoot, ...image.file.split('/')))).map((image) => image.file);
}

/** Images as data: URIs when every file is there; otherwise links to `assets/…` beside the export. */
export function embeddedImages(article: Article, assetsRoot: string): PreparedImages {
  const images = referencedImages(article);
  const missing = missingImages(images, assetsRoot);
  if (missing.length > 0) return { source: { mode: 'link', baseHref: '' }, missing };
  const types = new Map(images.map((image) => [image.file, image.mediaType]));
  return {
    source: {
      mode: 'embed',
      read: (file) => ({ bytes: readFileSync(path.join(assetsRoot, ...file.split('/'))), mediaType: types.get(file) ?? MEDIA_TYPES[path.extname(file).toLowerCase()] ?? '' }),
    },
    missing: [],
  };
}

/** Copies the images into `target.dir` (keeping their assets/ paths) and links to them there. */
export function copiedImages(article: Article, assetsRoot: string, target: { dir: string; baseHref: string }): PreparedImages {
  const images = referencedImages(article);
  const missing = missingImages(images, assetsRoot);
  for (const image of images) {
    if (missing.includes(image.file)) continue;
    const destination = path.join(target.dir, ...image.file.split('/'));
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(path.join(assetsRoot, ...image.file.split('/')), destination);
  }
  return { source: { mode: 'link', baseHref: target.baseHref }, missing };
}
