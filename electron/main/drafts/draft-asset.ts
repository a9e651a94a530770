import path from 'node:path';
import { AssetPathSchema } from '../../../core/article/article-schema';
import { HostError } from '../../../core/host-api/contract';
import { isMissingFileError, type HostFileSystem } from '../storage/file-system';

export type AssetFileSystem = Pick<HostFileSystem, 'realpath' | 'stat' | 'readFile' | 'mkdir'>;

export type DraftAssetProblem = 'not-an-asset-path' | 'missing' | 'outside-draft' | 'not-a-file';

/** An asset that may not be read or written; `message` names it and says why, in words. */
export class DraftAssetError extends Error {
  constructor(
    readonly asset: string,
    readonly problem: DraftAssetProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DraftAssetError';
  }
}

const isInside = (folder: string, file: string) => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

async function realPathOf(fs: AssetFileSystem, file: string, asset: string, draftFolder: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch (error) {
    if (isMissingFileError(error)) throw new DraftAssetError(asset, 'missing', `“${asset}” is missing from the draft folder ${draftFolder}.`);
    throw error;
  }
}

/**
 * The one way to a draft's asset file, for every read and write (the app:// route, Save a copy as…,
 * export, storing a picked or brought-in image): `asset` must be an `assets/<name>` path, and the file
 * it names, after following every link (fs.realpath), must be a regular file inside the draft folder.
 * Reading gives the real path to read; writing gives where to write, in the draft's real assets folder.
 */
export async function resolveDraftAsset(fs: AssetFileSystem, draftFolder: string, asset: string, use: 'read' | 'write'): Promise<string> {
  if (!AssetPathSchema.safeParse(asset).success) {
    throw new DraftAssetError(asset, 'not-an-asset-path', `“${asset}” is not a file in the draft’s assets folder.`);
  }
  const name = asset.slice('assets/'.length);
  if (use === 'write') await fs.mkdir(path.join(draftFolder, 'assets'), { recursive: true });
  const realFolder = await realPathOf(fs, draftFolder, asset, draftFolder);
  const realAssets = await realPathOf(fs, path.join(draftFolder, 'assets'), asset, draftFolder);
  const outside = () => new DraftAssetError(asset, 'outside-draft', `“${asset}” is a link to a file outside the draft folder ${draftFolder}.`);
  if (!isInside(realFolder, realAssets)) throw outside();

  if (use === 'write') {
    // writeFileAtomic renames over the name, replacing a link there rather than writing through it.
    return path.join(realAssets, name);
  }
  const realFile = await realPathOf(fs, path.join(draftFolder, 'assets', name), asset, draftFolder);
  if (!isInside(realFolder, realFile)) throw outside();
  if (!(await fs.stat(realFile)).isFile()) throw new DraftAssetError(asset, 'not-a-file', `“${asset}” in ${draftFolder} is not a regular file.`);
  return realFile;
}

/** The bytes of a draft's asset, read through resolveDraftAsset. */
export async function readDraftAsset(fs: AssetFileSystem, draftFolder: string, asset: string): Promise<Uint8Array> {
  return fs.readFile(await resolveDraftAsset(fs, draftFolder, asset, 'read'));
}

/** A refused asset as the HostError the renderer shows: which image, why, and `outcome` (“No copy was saved.”). */
export function refusedAssetError(error: unknown, outcome: string): unknown {
  return error instanceof DraftAssetError ? new HostError('bad-file', `The draft’s image ${error.message} ${outcome}`) : error;
}
