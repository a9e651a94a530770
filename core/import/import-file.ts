import type { Article } from '../article/article-schema';
import type { CutField } from '../article/fit-field-limits';
import { ArticleLoadError, loadArticleData } from '../article/load-article';
import { importHtmlDocument } from './html-document';
import { importNinjsData, type ImportOptions, type WirePicture } from './ninjs-import';
import type { NinjsMajorVersion } from './ninjs-fields';

/** What a file turned out to be, with the draft made from it. */
export type ImportedFile =
  | { kind: 'native'; article: Article; migratedFrom: number | null }
  | { kind: 'ninjs'; article: Article; pictures: WirePicture[]; ninjsVersion: NinjsMajorVersion }
  | { kind: 'html'; article: Article; cut: CutField[] };

export class UnknownFileError extends Error {
  constructor(
    readonly source: string,
    detail: string,
  ) {
    super(`${source}: ${detail}`);
    this.name = 'UnknownFileError';
  }
}

function looksLikeNativeDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'schemaVersion' in data;
}

/** Whether `text` is read as an HTML page (what importArticleFile decides by its first character). */
export function looksLikeHtml(text: string): boolean {
  return importedText(text).startsWith('<');
}

function importedText(text: string): string {
  return text.replace(/^\uFEFF/, '').trimStart();
}

/**
 * Reads a native draft (any supported schemaVersion, upgraded through the migrations), a ninjs item
 * of any version, or an HTML page, telling them apart by content rather than by file name.
 * A native draft keeps its id; the others become new drafts with `options.id`.
 */
export function importArticleFile(text: string, source: string, options: ImportOptions): ImportedFile {
  const content = importedText(text);
  if (looksLikeHtml(content)) return { kind: 'html', ...importHtmlDocument(content, options) };
  if (!content.startsWith('{') && !content.startsWith('[')) {
    throw new UnknownFileError(source, 'is neither a Copydesk draft, a ninjs item nor an HTML page.');
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new ArticleLoadError(source, 'not-json', [], `is not valid JSON (${error instanceof SyntaxError ? error.message : String(error)}).`);
  }
  if (looksLikeNativeDraft(data)) {
    const { article, migratedFrom } = loadArticleData(data, source);
    return { kind: 'native', article, migratedFrom };
  }
  return { kind: 'ninjs', ...importNinjsData(data, source, options) };
}
