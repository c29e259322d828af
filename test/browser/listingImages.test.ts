/**
 * The listing kit's images, made as `npm run listing` makes them into a temporary folder: the
 * icons and card banner rendered from listing/icon.svg and the screenshots driven through the
 * preview as served. The whole kit must then pass the listing check, sizes included; and the
 * capture's own measure is shown failing on a sheet whose text runs under the open sidebar.
 * The screenshots are copied to test-results/ to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, screenshotPath } from '../support/browser';
import { startPreviewServer } from '../../scripts/preview/server';
import { renderArtwork } from '../../scripts/listing/artwork';
import { listingProblems, type Manifest } from '../../scripts/listing/listingCheck';
import { writeListingText } from '../../scripts/listing/listingText';
import { captureScreenshots, subjectProblems } from '../../scripts/listing/screenshots';
import type { Listing } from '../../scripts/listing/listingSource';

let browser: Browser;
let kit: string;
let listing: Listing;

beforeAll(async () => {
  kit = mkdtempSync(join(tmpdir(), 'listing-images-'));
  listing = writeListingText(kit);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (kit) rmSync(kit, { recursive: true, force: true });
});

describe('npm run listing, images', () => {
  it('renders the icons and banner and takes every screenshot; the kit then passes the listing check', async () => {
    await renderArtwork(browser, kit, listing.name);
    const shots = await captureScreenshots(browser, () => startPreviewServer({ dist: 'dist', port: 0 }), listing.screenshots, kit);
    expect(shots).toEqual(listing.screenshots.map((s) => s.file));
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as Manifest;
    expect(listingProblems(kit, manifest)).toEqual([]);
    for (const file of [...shots, 'icon-128.png', 'icon-32.png', 'card-banner.png'])
      copyFileSync(join(kit, file), screenshotPath(`listing-${file}`));
  });

  it('refuses to capture a sheet whose text runs under the open sidebar', async () => {
    const preview = await startPreviewServer({ dist: 'dist', port: 0 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(preview.url);
      await page.locator('td[data-cell="3,3"]', { hasText: '$' }).waitFor();
      await page.getByRole('button', { name: 'Extensions' }).click();
      await page.getByRole('menuitem', { name: 'Build comparison…' }).click();
      const sidebar = page.frameLocator('#sidebar-frame');
      await sidebar.locator('body[data-page="comparison"][data-ready="true"]').waitFor();
      await sidebar.getByRole('button', { name: 'Build', exact: true }).click();
      await page.locator('#charts figure').waitFor();
      const problems = await subjectProblems(page, [{ name: 'the chart', locator: page.locator('#charts figure') }]);
      expect(
        problems.some((p) => /runs under the sidebar/.test(p)),
        problems.join('\n'),
      ).toBe(true);
    } finally {
      await page.close();
      await preview.close();
    }
  });
});
