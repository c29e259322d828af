/**
 * The part of `npm run listing` that needs no browser: the listing's text with its links
 * resolved, the detailed description as plain text, and README.md saying which console field
 * each file of the kit goes into. The images are added by artwork.ts and screenshots.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIT_LISTING_FILE } from './listingCheck';
import {
  ARTWORK,
  LINK_FIELDS,
  LISTING_SOURCE_DIR,
  SCREENSHOT,
  readListingSource,
  resolveListing,
  type LinkKind,
  type Listing,
} from './listingSource';

export const DESCRIPTION_FILE = 'detailed-description.txt';
export const KIT_README = 'README.md';

function kitReadme(listing: Listing): string {
  const rows = [
    ['`listing.json` → `name`', "Store Listing → App details → Application name (and the OAuth consent screen's app name)"],
    ['`listing.json` → `shortDescription`', 'Store Listing → App details → Short description'],
    [`\`${DESCRIPTION_FILE}\``, 'Store Listing → App details → Detailed description'],
    ['`listing.json` → `category`, `pricing`, `language`', 'Store Listing → App details → Category, Pricing, Language'],
    ...ARTWORK.map((image) => [`\`${image.file}\``, `Store Listing → ${image.field}`]),
    ...listing.screenshots.map((shot) => [
      `\`${shot.file}\``,
      `Store Listing → Screenshots (${SCREENSHOT.width} × ${SCREENSHOT.height}): ${shot.caption}`,
    ]),
    ...(Object.keys(LINK_FIELDS) as LinkKind[]).map((kind) => [
      `\`listing.json\` → \`links.${kind}\``,
      `Store Listing → ${LINK_FIELDS[kind]}`,
    ]),
    ['`listing.json` → `scopes`', 'App Configuration → OAuth scopes, and Google Auth Platform → Data access (the same list)'],
  ];
  return [
    `# ${listing.name}: Marketplace listing kit`,
    '',
    'Written by `npm run listing` from listing/ and the product itself; the steps that use it are in',
    'docs/PUBLISHING.md. Each file and the console field it goes into:',
    '',
    '| File | Where it goes |',
    '|---|---|',
    ...rows.map(([file, where]) => `| ${file} | ${where} |`),
    '',
    '## Links',
    '',
    ...(Object.keys(LINK_FIELDS) as LinkKind[]).map((kind) => `- ${LINK_FIELDS[kind]}: ${listing.links[kind]}`),
    '',
    `Pages of ${listing.pagesSite}, rendered from the repository's docs/ folder (\`repository\` in listing/listing.json).`,
    '',
    '## Scopes (appsscript.json) and why each is needed',
    '',
    ...listing.scopes.map((s) => `- \`${s.scope}\`: ${s.why}`),
    '',
  ].join('\n');
}

/** Writes the kit's text into outDir and returns the listing written. */
export function writeListingText(outDir: string, sourceDir = LISTING_SOURCE_DIR): Listing {
  const listing = resolveListing(readListingSource(sourceDir), sourceDir);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, KIT_LISTING_FILE), JSON.stringify(listing, null, 2) + '\n');
  writeFileSync(join(outDir, DESCRIPTION_FILE), listing.detailedDescription + '\n');
  writeFileSync(join(outDir, KIT_README), kitReadme(listing));
  return listing;
}
