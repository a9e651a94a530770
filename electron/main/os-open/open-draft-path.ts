import path from 'node:path';
import { HostError, type StoredImage } from '../../../core/host-api/contract';
import { PORTABLE_DRAFT_EXTENSION } from '../../../core/portable/portable-draft';
import { findIncomingCompare, parseDraftText, placeIncomingDraft } from '../drafts/incoming-draft';
import { readDraftText } from '../drafts/read-draft-file';
import { importImage } from '../images/import-image';
import { importPortableDraftFile, type BroughtInDraft, type PortableFilesDeps } from '../portable/portable-files';
import { fsReasonInWords } from '../storage/describe-fs-error';

export type OpenDraftDeps = PortableFilesDeps;

const ARTICLE_FILE = 'article.json';
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif']);

function describeReadError(file: string, error: unknown): HostError {
  return new HostError('bad-file', `Could not read “${path.basename(file)}”: ${fsReasonInWords(error)}`);
}

/**
 * Brings a native draft file (article.json or any .json export of a draft) into the library. No
 * existing draft's folder is written: the same draft already there is opened as it is, another copy
 * of it sharing a hand-off whose version I hold is offered as a compare, a different one with the
 * same id gets a new id.
 */
export async function importArticleJsonFile(deps: OpenDraftDeps, file: string): Promise<BroughtInDraft> {
  const text = await readDraftText(deps.fs, file).catch((error: unknown) => {
    throw error instanceof HostError ? error : describeReadError(file, error);
  });
  const incoming = parseDraftText(text, file);
  const place = await placeIncomingDraft(deps, incoming, file);
  if (place.kind === 'new' && place.article.id !== incoming.id) {
    const compare = await findIncomingCompare(deps, incoming);
    if (compare) {
      deps.incoming.hold({ ...compare, carried: [], images: new Map() });
      return { article: compare.mine, notes: [], compare };
    }
  }
  if (place.kind === 'new') await deps.drafts.save(place.article);
  return { article: place.article, notes: [] };
}

type DroppedKind = 'portable' | 'article' | 'image';

/** What a path given by the OS is, judged by what is on disk and its name; a HostError naming it when Copydesk cannot open it. */
async function classify(deps: OpenDraftDeps, file: string): Promise<{ kind: DroppedKind; file: string }> {
  const name = `“${path.basename(file) || file}”`;
  if (!path.isAbsolute(file)) throw new HostError('invalid-arguments', `${name} is not a full path.`);
  let stats;
  try {
    stats = await deps.fs.stat(file);
  } catch (error) {
    throw describeReadError(file, error);
  }
  if (stats.isDirectory()) {
    const inside = path.join(file, ARTICLE_FILE);
    const found = await deps.fs.stat(inside).then((inner) => inner.isFile(), () => false);
    if (!found) throw new HostError('bad-file', `${name} is a folder without a Copydesk draft (${ARTICLE_FILE}) in it.`);
    return { kind: 'article', file: inside };
  }
  if (!stats.isFile()) throw new HostError('bad-file', `${name} is not a regular file.`);
  const extension = path.extname(file).toLowerCase();
  if (extension === PORTABLE_DRAFT_EXTENSION) return { kind: 'portable', file };
  if (extension === '.json') return { kind: 'article', file };
  if (IMAGE_EXTENSIONS.has(extension)) return { kind: 'image', file };
  throw new HostError('bad-file', `${name} is not something Copydesk opens: drafts are .copydesk files, article.json files or draft folders; images are JPEG, PNG, GIF, WebP or AVIF.`);
}

const DRAFT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of a draft whose article.json this is, when it is in the library itself (Open Recent lists those). */
function libraryDraftId(deps: OpenDraftDeps, articleFile: string): string | null {
  const folder = path.dirname(articleFile);
  const id = path.basename(folder);
  if (path.basename(articleFile) !== ARTICLE_FILE || !DRAFT_ID.test(id)) return null;
  return path.resolve(path.dirname(deps.drafts.assetsFolder(id))) === path.resolve(folder) ? id : null;
}

/**
 * Opens a draft the OS handed over (command line, file manager, Open Recent, a drop): a .copydesk
 * file, an article.json or a draft folder. A draft already in the library is opened as it is, not imported again.
 */
export async function openDraftAtPath(deps: OpenDraftDeps, file: string): Promise<BroughtInDraft> {
  const found = await classify(deps, file);
  const inLibrary = found.kind === 'article' ? libraryDraftId(deps, found.file) : null;
  if (inLibrary) return { article: await deps.drafts.load(inLibrary), notes: [] };
  if (found.kind === 'image') throw new HostError('bad-file', `“${path.basename(file)}” is an image, not a draft. Drop it on an open article to use it as the lead image.`);
  return found.kind === 'portable' ? importPortableDraftFile(deps, found.file) : importArticleJsonFile(deps, found.file);
}

export type DroppedFileResult = ({ kind: 'draft' } & BroughtInDraft) | { kind: 'image'; image: StoredImage };

/** A file dropped on the window: a draft opens, an image is stored with the open draft (`draftId`) for the renderer to place. */
export async function openDroppedFile(deps: OpenDraftDeps, file: string, draftId: string | null): Promise<DroppedFileResult> {
  const found = await classify(deps, file);
  if (found.kind !== 'image') return { kind: 'draft', ...(await openDraftAtPath(deps, file)) };
  if (draftId === null) throw new HostError('invalid-arguments', `Open an article before dropping the image “${path.basename(file)}” on it.`);
  return { kind: 'image', image: await importImage(deps.fs, found.file, deps.drafts.assetsFolder(draftId)) };
}
