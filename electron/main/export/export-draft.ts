import path from 'node:path';
import type { Article } from '../../../core/article/article-schema';
import { articleToHtmlDocument } from '../../../core/export/html-document';
import type { ImageBytes } from '../../../core/export/image-source';
import { articleToMarkdown } from '../../../core/export/markdown';
import { articleToNativeJson } from '../../../core/export/native-json';
import { serializeNinjs } from '../../../core/export/ninjs';
import { articleToPlainText } from '../../../core/export/plain-text';
import { HostError, type ExportFormat, type ExportImageHandling } from '../../../core/host-api/contract';
import { referencedAssets } from '../../../core/portable/referenced-assets';
import { readDraftAsset, refusedAssetError } from '../drafts/draft-asset';
import type { DraftStore } from '../drafts/draft-store';
import { identifyImage } from '../images/import-image';
import { writeFileAtomic } from '../storage/atomic-write';
import type { HostFileSystem } from '../storage/file-system';

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  html: '.html',
  json: '.json',
  ninjs: '.ninjs.json',
  markdown: '.md',
  text: '.txt',
};

export interface ExportDialogs {
  /** Where to write the export, or null when cancelled. */
  chooseExportDestination(suggestedName: string, format: ExportFormat): Promise<string | null>;
}

export interface ExportDeps {
  fs: HostFileSystem;
  drafts: Pick<DraftStore, 'load' | 'draftFolder'>;
  dialogs: ExportDialogs;
  /** Told after the file is written, with the article exported (the host keeps it as a version). */
  afterExport?: (article: Article) => Promise<void>;
}

export interface ExportOptions {
  /** HTML only: images inside the file as data: URIs ('embed', the default) or copied into `assets/` beside it. */
  images?: ExportImageHandling;
}

/** Adds the format's extension when the name typed in the save dialog has none of it. */
export function withExportExtension(file: string, format: ExportFormat): string {
  const extension = EXPORT_EXTENSIONS[format];
  return file.toLowerCase().endsWith(extension) || (format === 'ninjs' && file.toLowerCase().endsWith('.json')) ? file : `${file}${extension}`;
}

async function readAssets(deps: ExportDeps, article: Article): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>();
  for (const asset of referencedAssets(article)) {
    const bytes = await readDraftAsset(deps.fs, deps.drafts.draftFolder(article.id), asset).catch((error: unknown) => {
      throw refusedAssetError(error, 'Nothing was exported; choose the picture again and retry.');
    });
    assets.set(asset, bytes);
  }
  return assets;
}

/** Copies the draft's images into `assets/` beside the export; existing files there are left alone (the names are content hashes). */
async function copyAssetsBeside(deps: ExportDeps, file: string, assets: ReadonlyMap<string, Uint8Array>): Promise<void> {
  for (const [asset, bytes] of assets) {
    const target = path.join(path.dirname(file), asset);
    await deps.fs.mkdir(path.dirname(target), { recursive: true });
    if (!(await deps.fs.stat(target).then(() => true, () => false))) await writeFileAtomic(deps.fs, target, bytes);
  }
}

/**
 * File ▸ Export: the draft as last saved, in one format, where the user chooses. HTML carries its
 * images inside (data: URIs) unless `options.images` is 'assets'; Markdown, and HTML with 'assets',
 * link to `assets/…`, which are copied beside the file.
 */
export async function exportDraft(deps: ExportDeps, draftId: string, format: ExportFormat, options: ExportOptions = {}): Promise<{ file: string } | null> {
  const article = await deps.drafts.load(draftId);
  const destination = await deps.dialogs.chooseExportDestination(`${article.slug || 'untitled-draft'}${EXPORT_EXTENSIONS[format]}`, format);
  if (destination === null) return null;
  const file = withExportExtension(destination, format);
  const assets = format === 'html' || format === 'markdown' ? await readAssets(deps, article) : new Map<string, Uint8Array>();

  let content: string;
  switch (format) {
    case 'html':
      if (options.images === 'assets') {
        content = articleToHtmlDocument(article);
        await copyAssetsBeside(deps, file, assets);
        break;
      }
      content = articleToHtmlDocument(article, {
        images: {
          mode: 'embed',
          read(asset): ImageBytes {
            const bytes = assets.get(asset);
            const facts = bytes ? identifyImage(bytes) : null;
            if (!bytes || !facts) throw new HostError('bad-file', `The draft’s image “${asset}” could not be read as an image.`);
            return { bytes, mediaType: facts.mediaType };
          },
        },
      });
      break;
    case 'markdown':
      content = articleToMarkdown(article);
      await copyAssetsBeside(deps, file, assets);
      break;
    case 'json':
      content = articleToNativeJson(article);
      break;
    case 'ninjs':
      content = serializeNinjs(article);
      break;
    case 'text':
      content = articleToPlainText(article);
      break;
  }
  await writeFileAtomic(deps.fs, file, content);
  await deps.afterExport?.(article);
  return { file };
}
