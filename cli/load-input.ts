import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { DraftBytesError, checkDraftSize, decodeDraftBytes } from '../core/article/draft-bytes';
import { importArticleFile, type ImportedFile } from '../core/import/import-file';
import type { Input } from './inputs';

/** Reads and imports one input as the app does (size limit, strict UTF-8); every error message starts with the file's path. */
export function loadInput(input: Pick<Input, 'file'>): ImportedFile {
  let bytes: Uint8Array;
  try {
    // The app's size rule, checked before reading: a 200 MB file is refused, not read whole.
    checkDraftSize(statSync(input.file).size, input.file, 'it was not opened.');
    bytes = readFileSync(input.file);
  } catch (error) {
    if (error instanceof DraftBytesError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${input.file}: cannot be read (${code ?? String(error)}).`, { cause: error });
  }
  const text = decodeDraftBytes(bytes, input.file);
  return importArticleFile(text, input.file, { id: randomUUID(), now: new Date() });
}
