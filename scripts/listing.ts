/**
 * `npm run listing`: the Marketplace listing kit in dist/listing/, made from the product
 * itself — the listing's text from listing/ with its links resolved, the icons and card banner
 * rendered from listing/icon.svg, and screenshots of the preview as `npm start` serves it —
 * then checked against Google's requirements (scripts/listing/listingCheck.ts). Needs Debian's
 * chromium, like the browser tests. docs/PUBLISHING.md says where each file goes.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError, buildAll, DIST, ROOT } from './build';
import { ReferenceDataError } from './referenceData';
import { startPreviewServer } from './preview/server';
import { renderArtwork } from './listing/artwork';
import { listingProblems, type Manifest } from './listing/listingCheck';
import { ListingSourceError } from './listing/listingSource';
import { writeListingText } from './listing/listingText';
import { captureScreenshots } from './listing/screenshots';
import { launchBrowser } from '../test/support/browser';

export const LISTING_DIST = join(DIST, 'listing');

async function main(): Promise<void> {
  try {
    await buildAll();
    rmSync(LISTING_DIST, { recursive: true, force: true });
    const listing = writeListingText(LISTING_DIST);
    const browser = await launchBrowser();
    try {
      await renderArtwork(browser, LISTING_DIST, listing.name);
      await captureScreenshots(browser, () => startPreviewServer({ dist: DIST, port: 0 }), listing.screenshots, LISTING_DIST);
    } finally {
      await browser.close();
    }
  } catch (error) {
    if (error instanceof BuildError || error instanceof ReferenceDataError || error instanceof ListingSourceError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as Manifest;
  const problems = listingProblems(LISTING_DIST, manifest);
  for (const file of readdirSync(LISTING_DIST).sort())
    console.log(`listing: dist/listing/${file}  ${(statSync(join(LISTING_DIST, file)).size / 1024).toFixed(1)} KiB`);
  if (problems.length) {
    for (const problem of problems) console.error(`listing: ${problem}`);
    process.exit(1);
  }
  console.log('listing: every file is there, of the size and length Google asks for; docs/PUBLISHING.md says where each goes.');
}

if (process.argv[1] && /listing\.ts$/.test(process.argv[1])) await main();
