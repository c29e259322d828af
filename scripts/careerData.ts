/**
 * The files behind wage trends, certification payback and career plans: the national OEWS
 * history (with the occupation that preceded 29-2072), the CPI-U annual averages and the
 * certification costs. Each row cites its publication (`source`) and the publisher's page
 * (`source_url`); the copy a figure was read from stays in `retrieved_from` and is not bundled.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  WAGE_STATS,
  type CertificationCost,
  type CertificationCostKind,
  type ConsumerPriceYear,
  type EarlierOccupationRecord,
  type WageStat,
} from '../src/core/referenceTypes';
import { OUTLOOK_HANDBOOK, oewsNational } from '../src/core/publishers';
import { numberOrUndefined, publicationOf, readCsv, usable, yearOf, type Row, type WageRow } from './referenceCsv';

export const CONSUMER_PRICES_FILE = 'cpi_u_annual_average_2009_2025.csv';
export const CERTIFICATION_COSTS_FILE = 'certification_costs.csv';

/** SOC 2018 split 29-2071 into 29-2072 and 29-9021; OEWS used the new codes from May 2021. */
const CURRENT_CODE = '29-2072';
const PREDECESSOR_CODE = '29-2071';

/** The national history file: one row per May reference period, with the occupation title as published. */
export function isNationalHistory(rows: readonly Row[]): boolean {
  const first = rows[0];
  return first !== undefined && 'reference_period' in first && 'soc_title' in first && !('state_abbr' in first);
}

/**
 * 29-2072 rows join the wage records (and must agree with every other file's national figures);
 * 29-2071 rows and the transition year's broader group are kept apart, as a different occupation.
 */
export function readNationalHistory(
  file: string,
  rows: readonly Row[],
  problems: string[],
): { wageRows: WageRow[]; earlierOccupation: EarlierOccupationRecord[] } {
  const wageRows: WageRow[] = [];
  const earlierOccupation: EarlierOccupationRecord[] = [];
  rows.forEach((row, i) => {
    const where = `${file} row ${i + 2}`;
    const year = yearOf(row.reference_period ?? '');
    if (!Number.isFinite(year)) {
      problems.push(`${where}: no valid reference period ("${row.reference_period}")`);
      return;
    }
    const values: Partial<Record<WageStat, number>> = {};
    for (const stat of WAGE_STATS) {
      const value = numberOrUndefined(row[stat]);
      if (value !== undefined) values[stat] = value;
      else if ((row[stat] ?? '').trim() !== '') problems.push(`${where}: ${stat} is not a number ("${row[stat]}")`);
    }
    if (values.annual_median === undefined) problems.push(`${where}: no annual median`);
    // Every row's citation columns are checked with the others (checkCitationColumns); here its page.
    const publication = publicationOf(row);
    const code = (row.soc_code ?? '').trim();
    const page = code === CURRENT_CODE || code === PREDECESSOR_CODE ? oewsNational(year, code).url : OUTLOOK_HANDBOOK.url;
    if (publication.url !== page) problems.push(`${where}: cites ${publication.url}; its page is ${page}`);
    if (code === CURRENT_CODE) {
      wageRows.push({
        soc: CURRENT_CODE,
        area: 'US',
        year,
        release: `OEWS May ${year} (national)`,
        values,
        missing: {},
        publication,
        file,
      });
      return;
    }
    earlierOccupation.push({
      code,
      occupation: (row.soc_title ?? '').trim(),
      year,
      kind: code === PREDECESSOR_CODE ? 'predecessor' : 'transitional',
      successor: CURRENT_CODE,
      values,
      publication,
    });
  });
  earlierOccupation.sort((a, b) => a.year - b.year);
  return { wageRows, earlierOccupation };
}

export function readConsumerPrices(dir: string, problems: string[]): ConsumerPriceYear[] {
  const path = join(dir, CONSUMER_PRICES_FILE);
  if (!existsSync(path)) {
    problems.push(`no ${CONSUMER_PRICES_FILE} in data/`);
    return [];
  }
  const years: ConsumerPriceYear[] = [];
  readCsv(path).forEach((row, i) => {
    const where = `${CONSUMER_PRICES_FILE} row ${i + 2}`;
    const year = yearOf(row.year ?? '');
    const index = numberOrUndefined(row.cpi_u_annual_average);
    const months = numberOrUndefined(row.months_averaged);
    if (!Number.isFinite(year) || index === undefined || !(index > 0) || months === undefined || months < 1 || months > 12) {
      problems.push(`${where}: needs a year, a positive index and the months averaged (1–12)`);
      return;
    }
    const publication = publicationOf(row);
    const note = (row.notes ?? '').trim();
    // A partial-year average is provisional whatever the notes say; the notes say why.
    const provisional = months < 12 ? note.replace(/^provisional:\s*/i, '') || `the average of ${months} months` : undefined;
    years.push({ year, index, months, ...(provisional ? { provisional } : {}), publication });
  });
  years.sort((a, b) => a.year - b.year);
  years.forEach((y, i) => {
    if (i > 0 && y.year === years[i - 1]!.year) problems.push(`${CONSUMER_PRICES_FILE}: ${y.year} appears twice`);
  });
  return years;
}

const COST_KINDS: readonly CertificationCostKind[] = [
  'exam',
  'membership',
  'continuing education',
  'recertification',
  'late fee',
  'reinstatement',
  'exam extension',
  'preparation',
];
/** Rows whose figure is not used as a fact: too weak a source, superseded, or contradicted. */
const UNUSED_COST_STATUS = new Set(['uncertain', 'historical', 'conflicting']);

/** The usable rows: a cited value in USD or CEUs. Rows kept for the record (status uncertain, historical, conflicting) are checked, not bundled. */
export function readCertificationCosts(dir: string, problems: string[]): CertificationCost[] {
  const path = join(dir, CERTIFICATION_COSTS_FILE);
  if (!existsSync(path)) {
    problems.push(`no ${CERTIFICATION_COSTS_FILE} in data/`);
    return [];
  }
  const costs: CertificationCost[] = [];
  readCsv(path).forEach((row, i) => {
    const where = `${CERTIFICATION_COSTS_FILE} row ${i + 2}`;
    const kind = row.cost as CertificationCostKind;
    const value = numberOrUndefined(row.value);
    const unit = row.unit;
    if (!COST_KINDS.includes(kind)) problems.push(`${where}: unknown cost "${row.cost}"`);
    if (value === undefined || !(value >= 0)) problems.push(`${where}: value must be a number ("${row.value}")`);
    if (unit !== 'USD' && unit !== 'CEUs') problems.push(`${where}: unit must be USD or CEUs ("${unit}")`);
    const publication = publicationOf(row);
    if (!usable(row) || UNUSED_COST_STATUS.has((row.status ?? '').trim())) return;
    if (value === undefined || (unit !== 'USD' && unit !== 'CEUs')) return;
    costs.push({
      holder: row.credential!.trim(),
      kind,
      variant: (row.variant ?? '').trim(),
      value,
      unit,
      per: (row.per ?? '').trim(),
      vintage: (row.vintage ?? '').trim(),
      confidence: (row.confidence ?? '').trim(),
      publication,
    });
  });
  return costs;
}
