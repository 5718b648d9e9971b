// Renders assets/icon.svg to public/icon/<size>.png (WXT puts them in both manifests) with headless
// Chromium, so each size is rasterised from the vector rather than scaled from one bitmap.
// Run after changing the SVG: `node scripts/make-icons.mjs`, then commit the PNGs.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(resolve(root, 'assets/icon.svg'), 'utf8');
const outDir = resolve(root, 'public/icon');
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const path = resolve(outDir, `${size}.png`);
    await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
