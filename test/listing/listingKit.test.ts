/**
 * The listing kit without a browser: `npm run listing`'s text step written to a temporary
 * folder and checked against Google's limits, and the checker itself shown failing on a wrong
 * image size, a text over its limit, a missing link and a scope the listing does not explain.
 * The images themselves are rendered and checked in test/browser/listingImages.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listingImageProblems, listingTextProblems, readKitListing, type Manifest } from '../../scripts/listing/listingCheck';
import {
  ARTWORK,
  SCREENSHOT,
  TEXT_LIMITS,
  pageAddress,
  pagesSite,
  readListingSource,
  type Listing,
} from '../../scripts/listing/listingSource';
import { DESCRIPTION_FILE, KIT_README, writeListingText } from '../../scripts/listing/listingText';
import { SHOTS } from '../../scripts/listing/screenshots';

const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as Manifest;
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'listing-kit-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A PNG's signature and IHDR chunk: all a size check reads. */
function png(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

const kit = folder();
const written = writeListingText(kit);

describe('the listing text npm run listing writes', () => {
  it('is within every limit, links the published pages and explains exactly the manifest scopes', () => {
    expect(listingTextProblems(readKitListing(kit), manifest)).toEqual([]);
    expect(written.links).toEqual({
      privacy: `${written.pagesSite}PRIVACY.html`,
      terms: `${written.pagesSite}TERMS.html`,
      support: `${written.pagesSite}SUPPORT.html`,
    });
  });

  it('writes the detailed description as text and a README naming every file and its console field', () => {
    expect(readFileSync(join(kit, DESCRIPTION_FILE), 'utf8').trim()).toBe(written.detailedDescription);
    const readme = readFileSync(join(kit, KIT_README), 'utf8');
    for (const file of [...ARTWORK.map((a) => a.file), ...written.screenshots.map((s) => s.file), DESCRIPTION_FILE])
      expect(readme).toContain(file);
    for (const scope of manifest.oauthScopes ?? []) expect(readme).toContain(scope);
  });

  it('names the add-on as its menu and sidebar do', () => {
    expect(readFileSync('src/addon/dialogs.ts', 'utf8')).toContain(`setTitle('${written.name}')`);
  });

  it('lists the screenshots the capture script takes, no more and no fewer', () => {
    expect(readListingSource().screenshots.map((s) => s.file)).toEqual(Object.keys(SHOTS));
    expect(Object.keys(SHOTS).length).toBeGreaterThanOrEqual(4);
  });

  it('resolves docs/NAME.md to its GitHub Pages address, from the one repository setting', () => {
    expect(pagesSite('Coding-Billing-Pay/coding-billing-pay')).toBe('https://coding-billing-pay.github.io/coding-billing-pay/');
    expect(pageAddress('https://o.github.io/r/', 'docs/PRIVACY.md')).toBe('https://o.github.io/r/PRIVACY.html');
    expect(() => pageAddress('https://o.github.io/r/', 'PRIVACY.md')).toThrow(/docs\//);
    expect(() => pagesSite('not a repository')).toThrow(/OWNER\/REPO/);
  });
});

describe('the listing check fails', () => {
  const listing = readKitListing(kit);
  const problems = (change: Partial<Listing>, asked: Manifest = manifest) => listingTextProblems({ ...listing, ...change }, asked);

  it('on a text over its limit, or a name with "Google" in it', () => {
    expect(problems({ name: 'x'.repeat(TEXT_LIMITS.name + 1) })).toEqual([`name is ${TEXT_LIMITS.name + 1} characters; the limit is 50.`]);
    expect(problems({ shortDescription: 'x'.repeat(201) })).toEqual(['shortDescription is 201 characters; the limit is 200.']);
    expect(problems({ detailedDescription: 'x'.repeat(16_000) })).toEqual(['detailedDescription is 16000 characters; the limit is 15999.']);
    expect(problems({ name: 'Pay for Google Sheets' })).toEqual([
      'name contains "Google", which the Marketplace does not allow in an app name.',
    ]);
  });

  it('on a missing link, one that is not https, or one whose page does not exist', () => {
    expect(problems({ links: { ...listing.links, privacy: '' } })).toEqual([
      'the privacy link is missing (Support links → Privacy policy).',
    ]);
    const gone = `${listing.pagesSite}NO_SUCH_PAGE.html`;
    expect(problems({ links: { ...listing.links, terms: gone } })).toEqual([
      `the terms link ${gone} is rendered from docs/NO_SUCH_PAGE.md, which does not exist.`,
    ]);
    expect(problems({ links: { ...listing.links, support: 'http://example.com/help' } })).toEqual([
      'the support link http://example.com/help is not an https address.',
      `the support link http://example.com/help is not a page of ${listing.pagesSite}.`,
    ]);
  });

  it('on a scope the manifest asks for that the listing does not explain, and on one it no longer asks for', () => {
    const drive = 'https://www.googleapis.com/auth/drive';
    expect(problems({}, { oauthScopes: [...(manifest.oauthScopes ?? []), drive] })).toEqual([
      `appsscript.json asks for ${drive}, which the listing does not explain.`,
    ]);
    const [first, ...rest] = listing.scopes;
    expect(problems({ scopes: rest })).toEqual([`appsscript.json asks for ${first!.scope}, which the listing does not explain.`]);
    expect(problems({}, { oauthScopes: rest.map((s) => s.scope) })).toEqual([
      `the listing explains ${first!.scope}, which appsscript.json does not ask for.`,
    ]);
  });

  it('on an image of the wrong size, one missing, one that is not a PNG, and too many screenshots', () => {
    const dir = folder();
    for (const image of ARTWORK) writeFileSync(join(dir, image.file), png(image.width, image.height));
    for (const shot of listing.screenshots) writeFileSync(join(dir, shot.file), png(SCREENSHOT.width, SCREENSHOT.height));
    expect(listingImageProblems(listing, dir)).toEqual([]);

    writeFileSync(join(dir, 'icon-32.png'), png(32, 31));
    writeFileSync(join(dir, listing.screenshots[0]!.file), png(1280, 720));
    rmSync(join(dir, 'card-banner.png'));
    writeFileSync(join(dir, listing.screenshots[1]!.file), 'not an image');
    expect(listingImageProblems(listing, dir)).toEqual([
      'icon-32.png is 32 × 31; Graphic assets → Application icon (32 × 32) needs 32 × 32.',
      'card-banner.png is missing (Graphic assets → Application card banner (220 × 140)).',
      `${listing.screenshots[0]!.file} is 1280 × 720; Screenshots (1280 × 800) needs 1280 × 800.`,
      `${listing.screenshots[1]!.file} is not a PNG.`,
    ]);
    const six = Array.from({ length: 6 }, (_, i) => ({ file: `shot-${i}.png`, caption: '' }));
    expect(listingImageProblems({ ...listing, screenshots: six }, dir)[0]).toBe(
      'the listing has 6 screenshots; the Marketplace takes 1 to 5.',
    );
  });
});
