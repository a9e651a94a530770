import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostError } from '../../../core/host-api/contract';
import { MAX_IMAGE_BYTES, identifyImage, importImage, storeImageBytes } from './import-image';
import { avifHeader, gifHeader, jpegHeader, pngImage, webpHeader } from './test-images';

let folder: string;
beforeEach(async () => {
  folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'copydesk-image-'));
});
afterEach(() => fsp.rm(folder, { recursive: true, force: true }));

describe('identifyImage', () => {
  it.each([
    ['PNG', pngImage(3, 2), 'image/png'],
    ['JPEG', jpegHeader(640, 480), 'image/jpeg'],
    ['GIF', gifHeader(16, 9), 'image/gif'],
    ['WebP', webpHeader(1200, 800), 'image/webp'],
    ['AVIF', avifHeader(2048, 1365), 'image/avif'],
  ])('recognises %s by its bytes and reads its size', (_name, bytes, mediaType) => {
    const facts = identifyImage(bytes);
    expect(facts?.mediaType).toBe(mediaType);
    expect(facts?.width).toBeGreaterThan(0);
  });

  it('reads the pixel size from the header', () => {
    expect(identifyImage(jpegHeader(640, 480))).toMatchObject({ width: 640, height: 480 });
    expect(identifyImage(avifHeader(2048, 1365))).toMatchObject({ width: 2048, height: 1365 });
  });

  it('refuses text, PDFs and images browsers cannot show everywhere', () => {
    expect(identifyImage(Buffer.from('just some words'))).toBeNull();
    expect(identifyImage(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBeNull();
    expect(identifyImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))).toBeNull();
    expect(identifyImage(Buffer.from([0x42, 0x4d, 0x3a, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]))).toBeNull();
  });
});

describe('importImage', () => {
  it('copies the picture into the assets folder under a content-hash name', async () => {
    const source = path.join(folder, 'Harbour at dawn.png');
    const bytes = pngImage(4, 3);
    await fsp.writeFile(source, bytes);
    const assets = path.join(folder, 'draft', 'assets');

    const stored = await importImage(fsp, source, assets);

    expect(stored).toEqual({ file: expect.stringMatching(/^assets\/[0-9a-f]{32}\.png$/), mediaType: 'image/png', width: 4, height: 3 });
    expect(await fsp.readFile(path.join(assets, path.basename(stored.file)))).toEqual(bytes);
  });

  it('stores the same picture once and a different one beside it', async () => {
    const assets = path.join(folder, 'assets');
    await fsp.writeFile(path.join(folder, 'a.png'), pngImage(2, 2));
    await fsp.writeFile(path.join(folder, 'a-again.png'), pngImage(2, 2));
    await fsp.writeFile(path.join(folder, 'b.png'), pngImage(2, 2, [0, 0, 255]));
    const first = await importImage(fsp, path.join(folder, 'a.png'), assets);
    const again = await importImage(fsp, path.join(folder, 'a-again.png'), assets);
    const other = await importImage(fsp, path.join(folder, 'b.png'), assets);
    expect(again.file).toBe(first.file);
    expect(other.file).not.toBe(first.file);
    expect(await fsp.readdir(assets)).toHaveLength(2);
  });

  it('refuses a file that is not an image, naming it, and stores nothing', async () => {
    const source = path.join(folder, 'notes.pdf');
    await fsp.writeFile(source, '%PDF-1.7\n');
    const attempt = importImage(fsp, source, path.join(folder, 'assets'));
    await expect(attempt).rejects.toThrow(HostError);
    await expect(attempt).rejects.toThrow('“notes.pdf” is not a JPEG, PNG, GIF, WebP or AVIF image.');
    await expect(fsp.readdir(path.join(folder, 'assets'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses an image over 50 MB, naming it and its size', async () => {
    const source = path.join(folder, 'huge.png');
    const handle = await fsp.open(source, 'w');
    await handle.write(pngImage(1, 1));
    await handle.truncate(MAX_IMAGE_BYTES + 1);
    await handle.close();
    await expect(importImage(fsp, source, path.join(folder, 'assets'))).rejects.toThrow('“huge.png” is 50.1 MB, over the 50 MB limit for images.');
  });

  it('says which file could not be read', async () => {
    await expect(importImage(fsp, path.join(folder, 'gone.jpg'), path.join(folder, 'assets'))).rejects.toThrow(/Could not read “gone\.jpg”/);
  });
});

describe('storeImageBytes', () => {
  it('stores pasted bytes under the same content-hash name a picked file gets', async () => {
    const bytes = pngImage(5, 4);
    const source = path.join(folder, 'picked.png');
    await fsp.writeFile(source, bytes);
    const assets = path.join(folder, 'assets');

    const pasted = await storeImageBytes(fsp, bytes, 'image.png', assets);

    expect(pasted).toEqual({ file: expect.stringMatching(/^assets\/[0-9a-f]{32}\.png$/), mediaType: 'image/png', width: 5, height: 4 });
    expect(await importImage(fsp, source, assets)).toEqual(pasted);
    expect(await fsp.readFile(path.join(assets, path.basename(pasted.file)))).toEqual(Buffer.from(bytes));
  });

  it('checks the format by the bytes, whatever the name says, and stores nothing on refusal', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expect(storeImageBytes(fsp, svg, 'photo.png', path.join(folder, 'assets'))).rejects.toThrow('“photo.png” is not a JPEG, PNG, GIF, WebP or AVIF image.');
    await expect(fsp.readdir(path.join(folder, 'assets'))).rejects.toThrow(/ENOENT/);
  });

  it('never writes through an assets folder that is a link out of the draft folder (issue 12)', async () => {
    const draft = path.join(folder, 'draft');
    const elsewhere = path.join(folder, 'elsewhere');
    await fsp.mkdir(draft);
    await fsp.mkdir(elsewhere);
    await fsp.symlink(elsewhere, path.join(draft, 'assets'));
    await expect(storeImageBytes(fsp, pngImage(3, 3), 'image.png', path.join(draft, 'assets'))).rejects.toThrow(
      /^“image\.png” was not stored: “assets\/[0-9a-f]{32}\.png” is a link to a file outside the draft folder/,
    );
    expect(await fsp.readdir(elsewhere)).toEqual([]);
  });

  it('replaces a link that stands where the picture goes instead of trusting or writing through it', async () => {
    const bytes = pngImage(6, 2);
    const draft = path.join(folder, 'draft');
    const assets = path.join(draft, 'assets');
    const outside = path.join(folder, 'outside.png');
    await fsp.writeFile(outside, 'not a picture');
    const { file } = await storeImageBytes(fsp, bytes, 'image.png', assets);
    await fsp.rm(path.join(draft, file));
    await fsp.symlink(outside, path.join(draft, file));

    expect((await storeImageBytes(fsp, bytes, 'image.png', assets)).file).toBe(file);
    expect((await fsp.lstat(path.join(draft, file))).isSymbolicLink()).toBe(false);
    expect(await fsp.readFile(path.join(draft, file))).toEqual(Buffer.from(bytes));
    expect(await fsp.readFile(outside, 'utf8')).toBe('not a picture');
  });

  it('refuses more than 50 MB of bytes', async () => {
    const bytes = new Uint8Array(MAX_IMAGE_BYTES + 1);
    bytes.set(pngImage(1, 1));
    await expect(storeImageBytes(fsp, bytes, 'Pasted image', path.join(folder, 'assets'))).rejects.toThrow('“Pasted image” is 50.1 MB, over the 50 MB limit for images.');
  });
});
