/**
 * Reads BEA's state price parity file `SARPP_STATE_2008_<year>.csv` from
 * https://apps.bea.gov/regional/zip/SARPP.zip. Layout: header
 *
 *   GeoFIPS, GeoName, Region, TableName, LineCode, IndustryClassification, Description, Unit, 2008, ..., <year>
 *
 * one row per area and line, GeoFIPS written as ` "01000"`, then footer lines such as
 * "Last updated: February 19, 2026-- new statistics for 2024; revised statistics for 2008-2023.".
 * The all-items parity is the row whose Description is "RPPs: All items". Its LineCode is not
 * stable across releases (5 in the file ending 2023, 1 in the file ending 2024), so the row is
 * found by its description. Values are kept as written (three decimals).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { OFFICIAL_FILES } from '../../src/core/publishers';
import { STATE_BY_FIPS } from './areas';
import { DataUpdateError } from './oews';

export const RPP_URL = OFFICIAL_FILES.priceParities;
/** How many of the latest years are written (the latest is the one the add-on uses). */
export const RPP_YEARS_KEPT = 2;

export interface OfficialParity {
  readonly area: string;
  readonly name: string;
  readonly fips: string;
  readonly year: number;
  readonly rpp: string;
  readonly lineCode: string;
}

export interface RppFile {
  readonly fileName: string;
  /** "February 19, 2026 (new statistics for 2024; revised statistics for 2008-2023)". */
  readonly release: string;
  readonly years: readonly number[];
  readonly rows: readonly OfficialParity[];
  /** Areas whose value is a BEA marker such as (NA), by year. */
  readonly notAvailable: readonly string[];
}

export function isRppFileName(fileName: string): boolean {
  return /^SARPP.*\.csv$/i.test(fileName);
}

export function readRppFile(path: string): RppFile {
  const fileName = basename(path);
  // BEA's files are Latin-1, not UTF-8.
  const records = parse(readFileSync(path, 'latin1'), {
    bom: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const header = (records[0] ?? []).map((c) => c.trim());
  const at = (name: string) => header.findIndex((c) => c.toLowerCase() === name.toLowerCase());
  const fipsAt = at('GeoFIPS');
  const descriptionAt = at('Description');
  const lineAt = at('LineCode');
  if (fipsAt < 0 || descriptionAt < 0)
    throw new DataUpdateError(`${fileName}: not a BEA regional CSV (no GeoFIPS and Description columns)`);
  const yearColumns = header.map((c, i) => ({ year: Number(c), i })).filter((c) => /^\d{4}$/.test(header[c.i]!));
  if (yearColumns.length === 0) throw new DataUpdateError(`${fileName}: no year columns`);

  const allItems = records.slice(1).filter((r) => /^RPPs:\s*All items$/i.test((r[descriptionAt] ?? '').trim()));
  if (allItems.length === 0) throw new DataUpdateError(`${fileName}: no "RPPs: All items" rows`);
  const years = yearColumns
    .filter((c) => allItems.some((r) => /^\d+(\.\d+)?$/.test((r[c.i] ?? '').trim())))
    .map((c) => c.year)
    .sort((a, b) => b - a)
    .slice(0, RPP_YEARS_KEPT)
    .sort((a, b) => a - b);

  const rows: OfficialParity[] = [];
  const notAvailable: string[] = [];
  for (const record of allItems) {
    const fips = (record[fipsAt] ?? '').replace(/\D/g, '').padStart(5, '0').slice(0, 2);
    const state = fips === '00' ? { abbr: 'US', name: 'United States' } : STATE_BY_FIPS[fips];
    if (!state) continue; // BEA regions (91000..98000) and anything that is not a state
    for (const year of years) {
      const value = (record[yearColumns.find((c) => c.year === year)!.i] ?? '').trim();
      if (/^\d+(\.\d+)?$/.test(value)) {
        rows.push({ area: state.abbr, name: state.name, fips, year, rpp: value, lineCode: (record[lineAt] ?? '').trim() });
      } else notAvailable.push(`${state.abbr} ${year} (${value || 'blank'})`);
    }
  }
  const updated = records
    .map((r) => r.join(','))
    .map((line) => /^Last updated:\s*(.+?)\s*-{1,2}\s*(.+?)\.?$/i.exec(line.trim()))
    .find((m) => m);
  const release = updated ? `${updated[1]} (${updated[2]})` : `${fileName} (release date not stated in the file)`;
  const states = new Set(rows.filter((r) => r.area !== 'US').map((r) => r.area));
  if (states.size < 51) {
    const absent = Object.values(STATE_BY_FIPS)
      .map((s) => s.abbr)
      .filter((a) => !states.has(a));
    throw new DataUpdateError(`${fileName}: all-items parities missing for ${absent.join(', ')}`);
  }
  return { fileName, release, years, rows, notAvailable };
}

/** "February 19, 2026 (new statistics …)" → "19 February 2026", as the citation dates a release. */
export function releaseDate(release: string): string {
  const match = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})/.exec(release.trim());
  return match ? `${match[2]} ${match[1]} ${match[3]}` : release;
}
