/**
 * What Google asks of a listing, checked on a built kit (dist/listing/ or any folder the kit
 * was written to): the text within its limits, every required link present and pointing at a
 * page the repository publishes, every scope the manifest asks for explained (and none that it
 * does not), every image a PNG of its exact size. Each problem is a sentence; none means ready.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../build';
import { pngSize } from './pngSize';
import { ARTWORK, LINK_FIELDS, SCREENSHOT, TEXT_LIMITS, pageSource, type ImageSpec, type LinkKind, type Listing } from './listingSource';

export const KIT_LISTING_FILE = 'listing.json';

export interface Manifest {
  readonly oauthScopes?: readonly string[];
}

export function readKitListing(kitDir: string): Listing {
  return JSON.parse(readFileSync(join(kitDir, KIT_LISTING_FILE), 'utf8')) as Listing;
}

/** The listing's text, links and scopes against Google's limits and the manifest. */
export function listingTextProblems(listing: Listing, manifest: Manifest, root = ROOT): string[] {
  const problems: string[] = [];
  const text = (field: keyof typeof TEXT_LIMITS | 'category', value: unknown, limit?: number) => {
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${field} is missing.`);
    else if (limit !== undefined && value.length > limit) problems.push(`${field} is ${value.length} characters; the limit is ${limit}.`);
  };
  text('name', listing.name, TEXT_LIMITS.name);
  text('shortDescription', listing.shortDescription, TEXT_LIMITS.shortDescription);
  text('detailedDescription', listing.detailedDescription, TEXT_LIMITS.detailedDescription);
  text('category', listing.category);
  // Google's listing rules: "Don't use the word "Google" or other Google product names" in the name.
  if (/google/i.test(listing.name ?? '')) problems.push('name contains "Google", which the Marketplace does not allow in an app name.');

  for (const kind of Object.keys(LINK_FIELDS) as LinkKind[]) {
    const address = listing.links?.[kind];
    if (!address) {
      problems.push(`the ${kind} link is missing (${LINK_FIELDS[kind]}).`);
      continue;
    }
    if (!address.startsWith('https://')) problems.push(`the ${kind} link ${address} is not an https address.`);
    const source = pageSource(listing.pagesSite, address);
    if (!source) problems.push(`the ${kind} link ${address} is not a page of ${listing.pagesSite}.`);
    else if (!existsSync(join(root, source)))
      problems.push(`the ${kind} link ${address} is rendered from ${source}, which does not exist.`);
  }

  const asked = new Set(manifest.oauthScopes ?? []);
  const explained = new Map((listing.scopes ?? []).map((s) => [s.scope, s.why]));
  for (const scope of asked)
    if (!explained.get(scope)?.trim()) problems.push(`appsscript.json asks for ${scope}, which the listing does not explain.`);
  for (const scope of explained.keys())
    if (!asked.has(scope)) problems.push(`the listing explains ${scope}, which appsscript.json does not ask for.`);
  return problems;
}

function imageProblem(kitDir: string, spec: ImageSpec): string | undefined {
  const file = join(kitDir, spec.file);
  if (!existsSync(file)) return `${spec.file} is missing (${spec.field}).`;
  const size = pngSize(readFileSync(file));
  if (!size) return `${spec.file} is not a PNG.`;
  if (size.width !== spec.width || size.height !== spec.height)
    return `${spec.file} is ${size.width} × ${size.height}; ${spec.field} needs ${spec.width} × ${spec.height}.`;
  return undefined;
}

/** Icons, banner and the listing's screenshots: present, PNG, exact size; one to five screenshots. */
export function listingImageProblems(listing: Listing, kitDir: string): string[] {
  const shots = listing.screenshots ?? [];
  const problems: string[] = [];
  if (shots.length < SCREENSHOT.min || shots.length > SCREENSHOT.max)
    problems.push(`the listing has ${shots.length} screenshots; the Marketplace takes ${SCREENSHOT.min} to ${SCREENSHOT.max}.`);
  const specs: ImageSpec[] = [
    ...ARTWORK,
    ...shots.map((shot) => ({ file: shot.file, width: SCREENSHOT.width, height: SCREENSHOT.height, field: 'Screenshots (1280 × 800)' })),
  ];
  for (const spec of specs) {
    const problem = imageProblem(kitDir, spec);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Everything about a built kit: its text and its images. */
export function listingProblems(kitDir: string, manifest: Manifest, root = ROOT): string[] {
  const listing = readKitListing(kitDir);
  return [...listingTextProblems(listing, manifest, root), ...listingImageProblems(listing, kitDir)];
}
