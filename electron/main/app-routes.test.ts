import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/security/content-security-policy';
import { respondToAppRequest, resolveAppPath, type AppRouteFolders } from './app-routes';
import { resolveDataFolders } from './data-folders';
import { gifHeader, pngImage } from './images/test-images';
import { makeTempFolder } from './test-support';

const draftId = '3f1c2a9e-6b1d-4c55-9a57-1d2e3f4a5b6c';
const photo = pngImage(3, 2);
let root: string;
let folders: AppRouteFolders;

beforeEach(async () => {
  root = await makeTempFolder('routes');
  folders = { rendererFolder: path.join(root, 'renderer'), draftsFolder: path.join(root, 'drafts') };
  await fsp.mkdir(path.join(folders.rendererFolder, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(folders.rendererFolder, 'index.html'), '<!doctype html><title>Copydesk</title>');
  await fsp.writeFile(path.join(folders.rendererFolder, 'assets', 'index-abc123.js'), 'console.log(1)');
  await fsp.mkdir(path.join(folders.draftsFolder, draftId, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(folders.draftsFolder, draftId, 'assets', 'photo.png'), photo);
  await fsp.writeFile(path.join(folders.draftsFolder, draftId, 'article.json'), '{"secret": true}');
  await fsp.writeFile(path.join(root, 'outside.txt'), 'not for the page');
});
afterEach(() => fsp.rm(root, { recursive: true, force: true }));

const get = (requestPath: string) => respondToAppRequest('GET', requestPath, folders, fsp);
const text = (body: Uint8Array | string) => Buffer.from(body).toString('utf8');

describe('app routes', () => {
  it('serves index.html at the root with the Content-Security-Policy', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(text(response.body)).toContain('<title>Copydesk</title>');
    expect(response.headers).toMatchObject({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  });

  it('serves renderer assets with their content type', async () => {
    const response = await get('/assets/index-abc123.js');
    expect(response).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  });

  it('serves a draft’s stored asset', async () => {
    const response = await get(`/drafts/${draftId}/assets/photo.png`);
    expect(response).toMatchObject({ status: 200, headers: { 'Content-Type': 'image/png', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
    expect(Buffer.compare(Buffer.from(response.body), photo)).toBe(0);
  });

  it('serves a draft’s file only when its bytes are an image, with the media type of the bytes', async () => {
    const assets = path.join(folders.draftsFolder, draftId, 'assets');
    await fsp.writeFile(path.join(assets, 'page.html'), '<script>alert(1)</script>');
    await fsp.writeFile(path.join(assets, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await fsp.writeFile(path.join(assets, 'app.js'), 'alert(1)');
    await fsp.writeFile(path.join(assets, 'named.png'), 'not an image at all');
    for (const name of ['page.html', 'logo.svg', 'app.js', 'named.png']) {
      const response = await get(`/drafts/${draftId}/assets/${name}`);
      expect(response.status).toBe(415);
      expect(response.headers['Content-Type']).toBe('text/plain; charset=utf-8');
    }
    await fsp.writeFile(path.join(assets, 'really-a-gif.html'), gifHeader(2, 2));
    expect((await get(`/drafts/${draftId}/assets/really-a-gif.html`)).headers['Content-Type']).toBe('image/gif');
  });

  it.each([
    '/../outside.txt',
    '/%2e%2e/outside.txt',
    '/assets/..%2f..%2foutside.txt',
    '/assets/..%5c..%5coutside.txt',
    '/%00index.html',
    `/drafts/${draftId}/article.json`,
    `/drafts/${draftId}/assets/..%2f..%2f..%2foutside.txt`,
    '/drafts/not-an-id/assets/photo.png',
    '/%E0%A4%A',
    'index.html',
  ])('refuses %s, which is not a file the app serves', async (requestPath) => {
    expect(resolveAppPath(requestPath, folders)).toBeNull();
    const response = await get(requestPath);
    expect(response.status).toBe(404);
    expect(text(response.body)).not.toContain('not for the page');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a draft asset that is a link to a file outside the draft folder (issue 12)', async () => {
    await fsp.symlink(path.join(root, 'outside.txt'), path.join(folders.draftsFolder, draftId, 'assets', 'x.png'));
    const response = await get(`/drafts/${draftId}/assets/x.png`);
    expect(response.status).toBe(403);
    expect(text(response.body)).not.toContain('not for the page');
    expect(text(response.body)).toContain('“assets/x.png” is a link to a file outside the draft folder');
  });

  it('refuses a draft whose assets folder is a link out of the draft folder', async () => {
    const elsewhere = path.join(root, 'elsewhere');
    await fsp.mkdir(elsewhere);
    await fsp.writeFile(path.join(elsewhere, 'photo.png'), 'not for the page');
    await fsp.rm(path.join(folders.draftsFolder, draftId, 'assets'), { recursive: true });
    await fsp.symlink(elsewhere, path.join(folders.draftsFolder, draftId, 'assets'));
    const response = await get(`/drafts/${draftId}/assets/photo.png`);
    expect(response.status).toBe(403);
    expect(text(response.body)).not.toContain('not for the page');
  });

  it('serves a link that stays inside the draft folder, and refuses an asset that is a folder', async () => {
    await fsp.symlink('photo.png', path.join(folders.draftsFolder, draftId, 'assets', 'same.png'));
    expect(Buffer.compare(Buffer.from((await get(`/drafts/${draftId}/assets/same.png`)).body), photo)).toBe(0);
    await fsp.mkdir(path.join(folders.draftsFolder, draftId, 'assets', 'sub.png'));
    expect((await get(`/drafts/${draftId}/assets/sub.png`)).status).toBe(403);
    expect((await get(`/drafts/${draftId}/assets/gone.png`)).status).toBe(404);
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
  });

  it('refuses anything but reading', async () => {
    expect((await respondToAppRequest('POST', '/', folders, fsp)).status).toBe(405);
  });
});

describe('data folders', () => {
  it('keeps drafts in Documents and state in the app folder by default', () => {
    expect(resolveDataFolders({ dataDirOverride: undefined, documents: '/home/amina/Documents', userData: '/home/amina/.config/Copydesk' })).toEqual({
      draftsFolder: path.join('/home/amina/Documents', 'Copydesk Drafts'),
      stateFolder: '/home/amina/.config/Copydesk',
    });
  });

  it('puts both under COPYDESK_DATA_DIR when set', () => {
    expect(resolveDataFolders({ dataDirOverride: '/tmp/run-1', documents: '/d', userData: '/u' })).toEqual({
      draftsFolder: path.join('/tmp/run-1', 'drafts'),
      stateFolder: path.join('/tmp/run-1', 'state'),
    });
  });
});
