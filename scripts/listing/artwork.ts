/**
 * The listing's icons and card banner, rendered from the one source image listing/icon.svg by
 * chromium, each page exactly the size of its image so the screenshot is the image. The icons
 * keep a transparent background around the rounded square; the banner sets the icon beside the
 * add-on's name. Rendering fails if the banner's name does not fit its box.
 */
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTWORK, LISTING_SOURCE_DIR, type ImageSpec } from './listingSource';

export const ICON_SOURCE = join(LISTING_SOURCE_DIR, 'icon.svg');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function iconPage(svg: string, size: number): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;background:transparent">
<img src="${src}" width="${size}" height="${size}" style="display:block" alt=""></body></html>`;
}

function bannerPage(svg: string, name: string, spec: ImageSpec): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0">
<div id="banner" style="box-sizing:border-box;width:${spec.width}px;height:${spec.height}px;background:#e9f6f3;
  display:flex;align-items:center;gap:12px;padding:0 14px;font-family:'Liberation Sans','DejaVu Sans',sans-serif">
  <img src="${src}" width="76" height="76" alt="" style="flex:none">
  <div id="name" style="font-size:22px;line-height:1.15;font-weight:700;color:#0b4f4b">${escapeHtml(name)}</div>
</div></body></html>`;
}

async function render(browser: Browser, html: string, spec: ImageSpec, outDir: string, transparent: boolean): Promise<void> {
  const page = await browser.newPage({ viewport: { width: spec.width, height: spec.height }, deviceScaleFactor: 1 });
  try {
    await page.setContent(html);
    // (Page code as text: these scripts are type-checked without the browser's globals.)
    await page.evaluate("document.querySelector('img').decode()");
    const overflow = await page.evaluate(
      "(n => !!n && (n.scrollWidth > n.clientWidth || n.getBoundingClientRect().bottom > innerHeight))(document.getElementById('name'))",
    );
    if (overflow) throw new Error(`${spec.file}: the name does not fit the ${spec.width} × ${spec.height} banner.`);
    await page.screenshot({ path: join(outDir, spec.file), omitBackground: transparent });
  } finally {
    await page.close();
  }
}

/** Writes icon-128.png, icon-32.png and card-banner.png into outDir. */
export async function renderArtwork(browser: Browser, outDir: string, name: string, source = ICON_SOURCE): Promise<string[]> {
  const svg = readFileSync(source, 'utf8');
  for (const spec of ARTWORK) {
    if (spec.width === spec.height) await render(browser, iconPage(svg, spec.width), spec, outDir, true);
    else await render(browser, bannerPage(svg, name, spec), spec, outDir, false);
  }
  return ARTWORK.map((spec) => spec.file);
}
