/**
 * The Marketplace listing's text, as kept in listing/listing.json (and the detailed description
 * in listing/description.md), and Google's limits for each field.
 *
 * Limits and required fields: "Create a store listing", Google Workspace Marketplace
 * documentation, https://developers.google.com/workspace/marketplace/create-listing — the
 * application name "50 characters or less", the short description "200 character limit", the
 * detailed description "less than 16,000 characters"; icons of 128 × 128 and 32 × 32 pixels, a
 * card banner of 220 × 140, one to five screenshots of 1280 × 800; links to terms of service, a
 * privacy policy and support. Scopes: "Configure your app in the Google Workspace Marketplace
 * SDK" (https://developers.google.com/workspace/marketplace/enable-configure-sdk) asks for the
 * complete list, matching the OAuth consent screen and the Apps Script manifest.
 *
 * Where the links point. The privacy policy, terms and support pages are docs/PRIVACY.md,
 * docs/TERMS.md and docs/SUPPORT.md, published as the repository's GitHub Pages site from the
 * docs/ folder: docs/NAME.md is rendered at https://OWNER.github.io/REPO/NAME.html. The one
 * place that names OWNER/REPO is "repository" in listing/listing.json.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ROOT } from '../build';

export const LISTING_SOURCE_DIR = join(ROOT, 'listing');

export const TEXT_LIMITS = {
  /** "Limit the name to 50 characters or less". */
  name: 50,
  /** "(200 character limit)". */
  shortDescription: 200,
  /** "Limit this to less than 16,000 characters". */
  detailedDescription: 15_999,
} as const;

export interface ImageSpec {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** The Store Listing field the file is uploaded to. */
  readonly field: string;
}

/** The graphic assets every listing needs, by the file name the kit gives them. */
export const ARTWORK: readonly ImageSpec[] = [
  { file: 'icon-128.png', width: 128, height: 128, field: 'Graphic assets → Application icon (128 × 128)' },
  { file: 'icon-32.png', width: 32, height: 32, field: 'Graphic assets → Application icon (32 × 32)' },
  { file: 'card-banner.png', width: 220, height: 140, field: 'Graphic assets → Application card banner (220 × 140)' },
];

export const SCREENSHOT = { width: 1280, height: 800, min: 1, max: 5 } as const;

export type LinkKind = 'privacy' | 'terms' | 'support';
export const LINK_FIELDS: Readonly<Record<LinkKind, string>> = {
  privacy: 'Support links → Privacy policy',
  terms: 'Support links → Terms of service',
  support: 'Support links → Support',
};

export interface ScopeExplanation {
  readonly scope: string;
  readonly why: string;
}

export interface ScreenshotEntry {
  readonly file: string;
  readonly caption: string;
}

/** listing/listing.json as written by hand. */
export interface ListingSource {
  readonly name: string;
  readonly shortDescription: string;
  /** A file beside listing.json holding the detailed description. */
  readonly detailedDescription: string;
  readonly category: string;
  readonly pricing: string;
  readonly language: string;
  /** OWNER/REPO of the GitHub repository whose Pages site publishes docs/. */
  readonly repository: string;
  /** Each link as the repository file it is rendered from. */
  readonly links: Readonly<Record<LinkKind, string>>;
  readonly scopes: readonly ScopeExplanation[];
  readonly screenshots: readonly ScreenshotEntry[];
}

/** The listing as the kit writes it: the description's text and the links' addresses. */
export interface Listing extends Omit<ListingSource, 'detailedDescription' | 'links'> {
  readonly detailedDescription: string;
  readonly pagesSite: string;
  readonly links: Readonly<Record<LinkKind, string>>;
}

export class ListingSourceError extends Error {}

export function readListingSource(dir = LISTING_SOURCE_DIR): ListingSource {
  const file = join(dir, 'listing.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ListingSource;
  } catch (error) {
    throw new ListingSourceError(`${file}: ${(error as Error).message}`);
  }
}

/** The GitHub Pages address of a repository's site: https://OWNER.github.io/REPO/. */
export function pagesSite(repository: string): string {
  const match = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(repository);
  if (!match) throw new ListingSourceError(`"repository" must be OWNER/REPO, got "${repository}".`);
  return `https://${match[1]!.toLowerCase()}.github.io/${match[2]}/`;
}

/** Where Pages renders a Markdown file of the published docs/ folder: docs/NAME.md → SITE/NAME.html. */
export function pageAddress(site: string, repositoryFile: string): string {
  if (dirname(repositoryFile) !== 'docs' || !repositoryFile.endsWith('.md'))
    throw new ListingSourceError(`a link must name a Markdown file in docs/ (the published folder), got "${repositoryFile}".`);
  return `${site}${basename(repositoryFile, '.md')}.html`;
}

/** The repository file a page address is rendered from, or undefined when it is not one of the site's pages. */
export function pageSource(site: string, address: string): string | undefined {
  if (!address.startsWith(site)) return undefined;
  const page = /^([A-Za-z0-9_-]+)\.html$/.exec(address.slice(site.length));
  return page ? `docs/${page[1]}.md` : undefined;
}

/** The listing with its description read and its links resolved to addresses. */
export function resolveListing(source: ListingSource, dir = LISTING_SOURCE_DIR): Listing {
  const site = pagesSite(source.repository);
  const links = Object.fromEntries(
    (Object.keys(LINK_FIELDS) as LinkKind[]).map((kind) => [kind, source.links?.[kind] ? pageAddress(site, source.links[kind]) : '']),
  ) as Record<LinkKind, string>;
  return {
    ...source,
    detailedDescription: readFileSync(join(dir, source.detailedDescription), 'utf8').trim(),
    pagesSite: site,
    links,
  };
}
