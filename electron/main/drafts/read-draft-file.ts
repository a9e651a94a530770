import path from 'node:path';
import { attachedLeadImage, type Article, type SerializedBodyNode } from '../../../core/article/article-schema';
import { HostError } from '../../../core/host-api/contract';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';

/** Far above any real article (a 10,000-word story is about 1 MB of JSON); anything bigger is not a draft we should parse. */
const MEGABYTE = 1024 * 1024;
export const MAX_ARTICLE_FILE_BYTES = 50 * MEGABYTE;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a draft file as text, refusing (with a message naming the file) one that is too big to be a
 * draft or is not valid UTF-8. Only reads: a bad file is left exactly as it is.
 */
export async function readDraftText(fs: Pick<HostFileSystem, 'stat' | 'readFile'>, file: string): Promise<string> {
  const { size } = await fs.stat(file);
  if (size > MAX_ARTICLE_FILE_BYTES) {
    throw new HostError('bad-file', `${file}: is ${(size / MEGABYTE).toFixed(1)} MB, more than the ${MAX_ARTICLE_FILE_BYTES / MEGABYTE} MB a draft may be; it was not opened.`);
  }
  const bytes = await fs.readFile(file);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new HostError('bad-file', `${file}: is not valid UTF-8 text (byte ${firstInvalidUtf8Byte(bytes)}).`);
  }
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const min = [0, 0, 0x80, 0x800, 0x10000][length]!;
    let codePoint = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** Images the draft refers to (lead image, inline images) that are not in its folder, as warnings in words. */
export async function missingImageWarnings(fs: Pick<HostFileSystem, 'stat'>, draftFolder: string, article: Article): Promise<string[]> {
  const referenced: { file: string; what: string }[] = [];
  const leadImage = attachedLeadImage(article.leadImage);
  if (leadImage) referenced.push({ file: leadImage.file, what: 'The lead image' });
  collectInlineImages(article.body.root, referenced);
  const warnings: string[] = [];
  for (const { file, what } of referenced) {
    try {
      await fs.stat(path.join(draftFolder, file));
    } catch (error) {
      if (!isMissingFileError(error)) throw error;
      warnings.push(`${what} ${file} is missing from the draft folder ${draftFolder}.`);
    }
  }
  return warnings;
}

function collectInlineImages(node: SerializedBodyNode, into: { file: string; what: string }[]): void {
  const file = (node as { file?: unknown }).file;
  if (node.type === 'image' && typeof file === 'string') into.push({ file, what: 'The image' });
  for (const child of node.children ?? []) collectInlineImages(child, into);
}
