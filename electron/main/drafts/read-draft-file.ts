import path from 'node:path';
import { attachedLeadImage, type Article, type SerializedBodyNode } from '../../../core/article/article-schema';
import { DRAFT_LIMIT, DraftBytesError, checkDraftSize, decodeDraftBytes, type SizeLimit } from '../../../core/article/draft-bytes';
import { HostError } from '../../../core/host-api/contract';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';

/**
 * Reads a draft file as text, refusing (with a message naming the file) one that is too big to be a
 * draft (core's one size rule, checked before reading) or is not valid UTF-8. Only reads: a bad file is left exactly as it is.
 */
export async function readDraftText(fs: Pick<HostFileSystem, 'open'>, file: string, limit: SizeLimit = DRAFT_LIMIT): Promise<string> {
  return withDraftBytesAsHostError(async () => {
    // One open file for the size check and the read: a cold library listing reads 2,000 of these.
    const handle = await fs.open(file, 'r');
    try {
      checkDraftSize((await handle.stat()).size, file, 'it was not opened.', limit);
      return decodeDraftBytes(await handle.readFile(), file, limit);
    } finally {
      await handle.close();
    }
  });
}

/** Runs `work`, turning a broken size or encoding rule into a HostError the renderer shows: 'bad-file' for a file read, 'too-large' for a write refused. */
export async function withDraftBytesAsHostError<T>(work: () => T | Promise<T>, code: 'bad-file' | 'too-large' = 'bad-file'): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DraftBytesError) throw new HostError(code, error.message);
    throw error;
  }
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
