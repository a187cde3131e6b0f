// Renders public/icons/icon.svg into the PNG sizes the manifest lists, using the same Chromium
// the end-to-end suite uses. Run by hand after changing the SVG: `node tests/tools/make-icons.mjs`.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.mjs';

const svg = readFileSync(new URL('../../public/icons/icon.svg', import.meta.url), 'utf8');
const outDir = new URL('../../public/icons/', import.meta.url);

/** Each PNG to render: its size, file name, and whether it needs the maskable safe zone. */
const targets = [
  { size: 192, file: 'icon-192.png', maskable: false },
  { size: 512, file: 'icon-512.png', maskable: false },
  { size: 180, file: 'apple-touch-icon.png', maskable: true },
  { size: 512, file: 'maskable-512.png', maskable: true },
];

const browser = await chromium.launch(chromiumLaunchOptions());
for (const { size, file, maskable } of targets) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // Maskable icons keep their content inside the central 80 % circle, on a full-bleed background.
  const inner = maskable ? Math.round(size * 0.72) : size;
  const body = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#2f5d62;display:grid;place-items:center"><div style="width:${inner}px;height:${inner}px">${svg.replace('rx="112"', 'rx="0"')}</div></div>`
    : `<div style="width:${size}px;height:${size}px">${svg}</div>`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:100%;height:100%;display:block}</style>${body}`,
  );
  await page.screenshot({ path: new URL(file, outDir).pathname, omitBackground: !maskable });
  await page.close();
}
await browser.close();
