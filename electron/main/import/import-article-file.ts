import path from 'node:path';
import { isRemoteLeadImage, type Article } from '../../../core/article/article-schema';
import { describeCut } from '../../../core/article/fit-field-limits';
import { ArticleLoadError } from '../../../core/article/load-article';
import { HostError } from '../../../core/host-api/contract';
import { pagePictures } from '../../../core/import/html-document';
import { importArticleFile, looksLikeHtml, UnknownFileError, type ImportedFile } from '../../../core/import/import-file';
import { NinjsImportError } from '../../../core/import/ninjs-import';
import type { DraftStore } from '../drafts/draft-store';
import { placeIncomingDraft } from '../drafts/incoming-draft';
import { readDraftText } from '../drafts/read-draft-file';
import type { HostFileSystem } from '../storage/file-system';
import { fsReasonInWords } from '../storage/describe-fs-error';
import { readPagePictures, storePagePictures } from './page-pictures';

export interface ImportFileDeps {
  fs: HostFileSystem;
  drafts: Pick<DraftStore, 'load' | 'save' | 'draftFolder' | 'assetsFolder'>;
  newId: () => string;
  clock: () => Date;
}

export interface ImportedDraft {
  article: Article;
  file: string;
  /** What the import could not carry over, in words. */
  notes: string[];
}

function notesFor(imported: ImportedFile): string[] {
  if (imported.kind === 'native') return imported.migratedFrom === null ? [] : [`It was upgraded from draft format version ${imported.migratedFrom}.`];
  if (imported.kind === 'html') return imported.cut.length ? [describeCut(imported.cut) ?? ''] : [];
  const notes: string[] = [];
  const lead = imported.article.leadImage;
  if (lead && isRemoteLeadImage(lead)) notes.push(`The lead picture is still at the agency (${lead.remote.href || lead.remote.uri}): attach its file before export.`);
  const count = imported.pictures.length;
  if (count > 0) notes.push(`The wire story refers to ${count === 1 ? 'a picture' : `${count} pictures`} stored elsewhere, not imported: ${imported.pictures.map((picture) => picture.href ?? picture.uri).join(', ')}.`);
  return notes;
}

/**
 * Import…: reads a wire story (ninjs), an HTML page or a native draft (refused, naming the file,
 * when too big or not UTF-8), and saves it as a new draft. No existing draft's folder is written:
 * a native draft already in the library is opened as it is, one whose id is taken by another gets a new id.
 */
export async function importDraftFromFile(deps: ImportFileDeps, file: string): Promise<ImportedDraft> {
  const text = await readDraftText(deps.fs, file).catch((error: unknown) => {
    if (error instanceof HostError) throw error;
    throw new HostError('bad-file', `${file}: could not be read (${fsReasonInWords(error)}).`);
  });
  // An HTML page's pictures are read before the page, so its figures can name the files they will have in the draft.
  const pictures = looksLikeHtml(text) ? await readPagePictures(deps.fs, file, pagePictures(text)) : null;
  let imported: ImportedFile;
  try {
    imported = importArticleFile(text, path.basename(file), {
      id: deps.newId(),
      now: deps.clock(),
      ...(pictures ? { pictureFile: ({ src }) => pictures.found.get(src)?.stored.file ?? null } : {}),
    });
  } catch (error) {
    if (error instanceof ArticleLoadError || error instanceof UnknownFileError || error instanceof NinjsImportError) throw new HostError('bad-file', error.message);
    throw error;
  }
  const place = await placeIncomingDraft(deps, imported.article, file);
  if (place.kind === 'new') {
    if (pictures) await storePagePictures(deps.fs, pictures, deps.drafts.assetsFolder(place.article.id));
    await deps.drafts.save(place.article);
  }
  return { article: place.article, file, notes: [...notesFor(imported), ...(pictures?.leftOut ?? [])] };
}
