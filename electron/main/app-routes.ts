import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../core/security/content-security-policy';
import { DraftAssetError, readDraftAsset, type AssetFileSystem } from './drafts/draft-asset';
import { identifyImage } from './images/import-image';
import { isMissingFileError } from './storage/file-system';

/**
 * Maps a request path of the app origin to a file: the renderer build, or a draft's stored asset.
 * Electron's app:// protocol handler and the e2e rig's HTTP server both answer through this, so the
 * page sees the same files and the same Content-Security-Policy in tests as in the app.
 */
export interface AppRouteFolders {
  rendererFolder: string;
  draftsFolder: string;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

const DRAFT_ASSET = /^\/drafts\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/assets\/([A-Za-z0-9][A-Za-z0-9._-]*)$/i;

/** What a request path names: a file of the renderer build, or an asset of one draft (read through resolveDraftAsset). */
export type AppTarget = { kind: 'renderer'; file: string } | { kind: 'draft-asset'; draftFolder: string; asset: string };

/** What a request path names, or null when it names nothing the app serves. */
export function resolveAppPath(requestPath: string, folders: AppRouteFolders): AppTarget | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded === '/') return { kind: 'renderer', file: path.join(folders.rendererFolder, 'index.html') };

  const asset = DRAFT_ASSET.exec(decoded);
  if (asset) return { kind: 'draft-asset', draftFolder: path.join(folders.draftsFolder, asset[1]!), asset: `assets/${asset[2]!}` };
  if (decoded.startsWith('/drafts/')) return null;

  const file = path.resolve(folders.rendererFolder, `.${decoded}`);
  const relative = path.relative(folders.rendererFolder, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return { kind: 'renderer', file };
}

function plain(status: number, text: string): AppResponse {
  return { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: text };
}

/** Answers one GET of the app origin. Never throws: failures become plain-text error responses. */
export async function respondToAppRequest(
  method: string,
  requestPath: string,
  folders: AppRouteFolders,
  fs: AssetFileSystem,
): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed');
  const target = resolveAppPath(requestPath, folders);
  if (!target) return plain(404, 'Not found');
  try {
    if (target.kind === 'draft-asset') return await respondWithDraftImage(method, target, fs);
    const body = await fs.readFile(target.file);
    const contentType = CONTENT_TYPES[path.extname(target.file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType }, body: method === 'HEAD' ? '' : body };
  } catch (error) {
    if (error instanceof DraftAssetError) return plain(error.problem === 'missing' ? 404 : 403, error.message);
    if (isMissingFileError(error) || (error as { code?: unknown }).code === 'EISDIR') return plain(404, 'Not found');
    return plain(500, 'Could not read the file');
  }
}

/**
 * A draft's stored image, read through resolveDraftAsset (a regular file whose real path is inside the
 * draft folder, no links out) and served only when its bytes are a raster format we show, with the media
 * type of the bytes: never HTML, SVG or script from the app's own origin, whatever the file is called.
 */
async function respondWithDraftImage(method: string, target: { draftFolder: string; asset: string }, fs: AssetFileSystem): Promise<AppResponse> {
  const bytes = await readDraftAsset(fs, target.draftFolder, target.asset);
  const image = identifyImage(bytes);
  if (!image) return plain(415, 'Not an image Copydesk shows');
  return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': image.mediaType }, body: method === 'HEAD' ? '' : bytes };
}
