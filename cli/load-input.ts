import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { importArticleFile, type ImportedFile } from '../core/import/import-file';
import type { Input } from './inputs';

/** Reads and imports one input; every error message starts with the file's path. */
export function loadInput(input: Pick<Input, 'file'>): ImportedFile {
  let text: string;
  try {
    text = readFileSync(input.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${input.file}: cannot be read (${code ?? String(error)}).`, { cause: error });
  }
  return importArticleFile(text, input.file, { id: randomUUID(), now: new Date() });
}
