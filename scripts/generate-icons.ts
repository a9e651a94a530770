// Renders the SVG sources in build/icons/source to every raster electron-builder needs:
// build/icons/NxN.png (Linux), icon.ico / draft.ico (Windows), icon.icns / draft.icns (macOS), draft.png.
// 16, 24 and 32 px come from drawings on a 16- or 24-pixel grid, so small icons stay crisp.
// Run by hand after editing a source:
// `npx tsx scripts/generate-icons.ts` (needs Debian's Chromium; the outputs are committed).
import { readFile, writeFile } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { Icns, IcnsImage, type OSType } from '@fiahfy/icns';
import pngToIco from 'png-to-ico';

const ICONS = 'build/icons';
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// PNG-carrying ICNS types: 16, 32, 64, 128, 256, 512, 1024 pixels including the @2x variants.
const ICNS_TYPES: [OSType, number][] = [
  ['icp4', 16], ['ic11', 32], ['icp5', 32], ['ic12', 64], ['icp6', 64], ['ic07', 128],
  ['ic13', 256], ['ic08', 256], ['ic14', 512], ['ic09', 512], ['ic10', 1024],
];
/** The pixel-grid drawing each small size renders from; larger sizes use the detailed drawing. */
const GRID_SOURCE: Record<number, string> = { 16: '-16', 24: '-24', 32: '-16' };

async function render(page: Page, icon: 'app' | 'draft', size: number): Promise<Buffer> {
  const source = `${ICONS}/source/${icon}${GRID_SOURCE[size] ?? ''}.svg`;
  const svg = (await readFile(source, 'utf8')).replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
  return page.locator('svg').screenshot({ omitBackground: true });
}

async function renderAll(page: Page, icon: 'app' | 'draft'): Promise<Map<number, Buffer>> {
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])];
  const rendered = new Map<number, Buffer>();
  for (const size of sizes) rendered.set(size, await render(page, icon, size));
  return rendered;
}

function icns(rendered: Map<number, Buffer>): Buffer {
  const file = new Icns();
  for (const [osType, size] of ICNS_TYPES) file.append(IcnsImage.fromPNG(rendered.get(size)!, osType));
  return file.data;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const app = await renderAll(page, 'app');
    const draft = await renderAll(page, 'draft');
    for (const size of LINUX_SIZES) await writeFile(`${ICONS}/${size}x${size}.png`, app.get(size)!);
    await writeFile(`${ICONS}/draft.png`, draft.get(256)!);
    await writeFile(`${ICONS}/icon.ico`, await pngToIco(ICO_SIZES.map((size) => app.get(size)!)));
    await writeFile(`${ICONS}/draft.ico`, await pngToIco(ICO_SIZES.map((size) => draft.get(size)!)));
    await writeFile(`${ICONS}/icon.icns`, icns(app));
    await writeFile(`${ICONS}/draft.icns`, icns(draft));
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${LINUX_SIZES.length} PNGs, icon/draft .ico and .icns, draft.png to ${ICONS}.`);
}

await main();
