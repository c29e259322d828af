/**
 * The publishers' own pages that every citation links (data/CITATIONS.md): BLS, BEA, AAPC and
 * AHIMA for figures, SHRM for the pay-band range spread (a method convention, not a figure). Every publisher address the product shows or writes is built here, so a page pattern
 * changes in one place. A copy a figure was read from is provenance (`retrieved_from` in data/),
 * never a citation.
 */

/** A publication as a user is shown it: its name and the publisher's page for it. */
export interface Publication {
  readonly title: string;
  readonly url: string;
}

/** The sites a citation may link, subdomains included (data.bls.gov, apps.bea.gov). */
export const PUBLISHER_SITES: readonly string[] = [
  'bls.gov',
  'bea.gov',
  'aapc.com',
  'ahima.org',
  'shrm.org',
  'nces.ed.gov',
  'collegeboard.org',
];

export function isPublisherUrl(url: string): boolean {
  const match = /^https:\/\/([a-z0-9.-]+)(?:[/?#]|$)/i.exec(url.trim());
  if (!match) return false;
  const host = match[1]!.toLowerCase();
  return PUBLISHER_SITES.some((site) => host === site || host.endsWith(`.${site}`));
}

// OEWS pages by year follow BLS's own archive layout (/oes/2023/may/…); /oes/current/… moves
// every spring, so a figure is cited on the page of its own year.
/** SOC "29-2072" → national page oes292072.htm of that May's release; all occupations (00-0000) → oes_nat.htm. */
export function oewsNational(year: number, soc: string): Publication {
  const page = soc === '00-0000' ? 'oes_nat' : `oes${soc.replace('-', '')}`;
  return {
    title: `BLS Occupational Employment and Wage Statistics (OEWS), May ${year}, national estimates`,
    url: `https://www.bls.gov/oes/${year}/may/${page}.htm`,
  };
}

/** State page: oes_ny.htm (postal code in lower case). */
export function oewsState(year: number, state: string): Publication {
  return { title: `BLS OEWS May ${year}, state estimates`, url: `https://www.bls.gov/oes/${year}/may/oes_${state.toLowerCase()}.htm` };
}

/** Metropolitan or nonmetropolitan area page, by BLS area code. */
export function oewsArea(year: number, areaCode: string): Publication {
  return {
    title: `BLS OEWS May ${year}, metropolitan and nonmetropolitan area estimates`,
    url: `https://www.bls.gov/oes/${year}/may/oes_${areaCode}.htm`,
  };
}

/** The list of areas BLS defines for a May release, with their counties. */
export function oewsAreaDefinitions(year: number): Publication {
  return { title: `BLS OEWS May ${year}, area definitions`, url: `https://www.bls.gov/oes/${year}/may/msa_def.htm` };
}

/** SHRM's guide to building salary ranges: the typical range spreads by kind of job that pay bands use. */
export const SHRM_SALARY_RANGES: Publication = {
  title: 'SHRM, How to Establish Salary Ranges',
  url: 'https://www.shrm.org/resourcesandtools/tools-and-samples/how-to-guides/pages/howtoestablishsalaryranges.aspx',
};

/** Every OEWS release, table and file, by year and area. */
export const OEWS_TABLES: Publication = { title: 'BLS OEWS data tables', url: 'https://www.bls.gov/oes/tables.htm' };

/** Median pay by work setting (the handbook's "Pay" tab for medical records specialists). */
export const OUTLOOK_HANDBOOK: Publication = {
  title: 'BLS Occupational Outlook Handbook, Medical Records Specialists, "Pay"',
  url: 'https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm',
};

/** "2025-2035" → BLS Employment Projections 2025–2035. */
export function employmentProjections(period: string): Publication {
  return {
    title: `BLS Employment Projections ${period.replace('-', '–')}, occupational data`,
    url: 'https://www.bls.gov/emp/tables/emp-by-detailed-occupation.htm',
  };
}

export const CONSUMER_PRICES: Publication = {
  title: 'BLS CPI-U, U.S. city average, all items (CUUR0000SA0)',
  url: 'https://data.bls.gov/timeseries/CUUR0000SA0',
};

const PRICE_PARITIES_PAGE = 'https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area';

/** BEA's state price parities; `released` as BEA dates the release ("19 February 2026"). */
export function regionalPriceParities(year: number, released: string): Publication {
  return { title: `BEA Regional Price Parities by state, ${year} (released ${released})`, url: PRICE_PARITIES_PAGE };
}

/** BEA's price parities by metropolitan statistical area (its MARPP table), on the same page. */
export function metropolitanPriceParities(year: number, released: string): Publication {
  return { title: `BEA Regional Price Parities by metropolitan area, ${year} (released ${released})`, url: PRICE_PARITIES_PAGE };
}

/** BEA's price parities of each state's metropolitan and nonmetropolitan portions (its PARPP table), on the same page. */
export function portionPriceParities(year: number, released: string): Publication {
  return {
    title: `BEA Regional Price Parities by metropolitan and nonmetropolitan portion, ${year} (released ${released})`,
    url: PRICE_PARITIES_PAGE,
  };
}

/** "BEA Regional Price Parities by state, 2024 (released 19 February 2026)" → "19 February 2026"; empty when the title dates no release. */
export function releasedOn(publication: Publication): string {
  return /\(released ([^)]+)\)\s*$/.exec(publication.title)?.[1] ?? '';
}

export const AAPC_SALARY_REPORT_URL = 'https://www.aapc.com/resources/medical-coding-salary-survey';
export const AAPC_CERTIFICATION_URL = 'https://www.aapc.com/certification/';
export const AHIMA_CERTIFICATION_URL = 'https://www.ahima.org/certification-careers/certifications-overview/';

/**
 * The official files `npm run data:update` reads, where BLS and BEA publish them: provenance
 * for the rows it writes, never a citation.
 */
export const OFFICIAL_FILES = {
  /** oesm25st.zip (state), oesm25nat.zip (national), oesm25ma.zip (metropolitan and nonmetropolitan areas), oesm25all.zip (all data). */
  oews: (year: number, kind: 'st' | 'nat' | 'ma' | 'all'): string =>
    `https://www.bls.gov/oes/special-requests/oesm${String(year % 100).padStart(2, '0')}${kind}.zip`,
  projections: 'https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx',
  priceParities: 'https://apps.bea.gov/regional/zip/SARPP.zip',
} as const;

/** How every citation reads: the publication, then the publisher's page. */
export function cite(publication: Publication): string {
  return `${publication.title}: ${publication.url}`;
}
