import type { Article } from '../../../core/article/article-schema';
import { articleToHtmlDocument } from '../../../core/export/html-document';
import type { ImageBytes } from '../../../core/export/image-source';
import { referencedAssets } from '../../../core/portable/referenced-assets';
import { draftAssetUrl } from '../metadata/draft-assets';

/**
 * The HTML export of `article` with its images embedded, as “images inside the file” exports it.
 * Image bytes come from the app's own origin (the draft's assets); the preview frame then needs no network.
 */
export async function previewHtml(article: Article): Promise<string> {
  const images = new Map<string, ImageBytes>();
  await Promise.all(
    referencedAssets(article).map(async (file) => {
      const response = await fetch(draftAssetUrl(article.id, file));
      if (!response.ok) throw new Error(`The image “${file}” is missing from the draft (${response.status}).`);
      const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      images.set(file, { bytes: new Uint8Array(await response.arrayBuffer()), mediaType });
    }),
  );
  return articleToHtmlDocument(article, {
    images: {
      mode: 'embed',
      read(file) {
        const image = images.get(file);
        if (!image) throw new Error(`The image “${file}” could not be read.`);
        return image;
      },
    },
  });
}
