import type { Article } from './article-schema';
import { serializeArticle } from './load-article';

/**
 * The one size rule for a draft's file, applied to the exact bytes that are read or would be written
 * (load, save, import, a .copydesk's article, versions): a draft the app accepts is one it can reopen.
 * Far above any real article (a 10,000-word story is about 1 MB of JSON).
 */
const MEGABYTE = 1024 * 1024;
export const MAX_DRAFT_BYTES = 50 * MEGABYTE;

/** How big a file of some kind may be, and what that kind is called in messages. */
export interface SizeLimit {
  bytes: number;
  of: string;
}
export const DRAFT_LIMIT: SizeLimit = { bytes: MAX_DRAFT_BYTES, of: 'a draft' };
/**
 * A recovery copy keeps the text a save refused for being too large, so it may be larger than a draft;
 * the limit only stops a runaway file from being read whole.
 */
export const RECOVERY_LIMIT: SizeLimit = { bytes: 4 * MAX_DRAFT_BYTES, of: 'a recovery copy' };

export type DraftBytesProblem = 'too-large' | 'not-utf8';

/** A draft's bytes that break the rule; `message` names the source and says what is wrong. */
export class DraftBytesError extends Error {
  constructor(
    readonly source: string,
    readonly problem: DraftBytesProblem,
    detail: string,
  ) {
    super(`${source}: ${detail}`);
    this.name = 'DraftBytesError';
  }
}

/** The UTF-8 size of `text` without encoding it (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Throws when `bytes` is over the limit; `outcome` says what was not done (“it was not opened.”). */
export function checkDraftSize(bytes: number, source: string, outcome: string, limit: SizeLimit = DRAFT_LIMIT): void {
  if (bytes <= limit.bytes) return;
  throw new DraftBytesError(source, 'too-large', `is ${(bytes / MEGABYTE).toFixed(1)} MB, more than the ${limit.bytes / MEGABYTE} MB ${limit.of} may be; ${outcome}`);
}

/** The draft file's text exactly as saving writes it, refused before anything is written when it is over the limit. */
export function serializeWithinLimit(article: Article, source: string, outcome: string): string {
  const text = serializeArticle(article);
  checkDraftSize(utf8ByteLength(text), source, outcome);
  return text;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A draft file's bytes as text: refused when over the limit or not valid UTF-8 (naming the first bad byte). */
export function decodeDraftBytes(bytes: Uint8Array, source: string, limit: SizeLimit = DRAFT_LIMIT): string {
  checkDraftSize(bytes.length, source, 'it was not opened.', limit);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DraftBytesError(source, 'not-utf8', `is not valid UTF-8 text (byte ${firstInvalidUtf8Byte(bytes)}).`);
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
