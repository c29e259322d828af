/**
 * Reads an official BLS OEWS spreadsheet: `state_M<year>_dl.xlsx` (oesm<yy>st.zip) or
 * `national_M<year>_dl.xlsx` (oesm<yy>nat.zip). One data sheet, header row
 *
 *   AREA, AREA_TITLE, AREA_TYPE, PRIM_STATE, NAICS, NAICS_TITLE, I_GROUP, OWN_CODE, OCC_CODE,
 *   OCC_TITLE, O_GROUP, TOT_EMP, EMP_PRSE, JOBS_1000, LOC_QUOTIENT, PCT_TOTAL, PCT_RPT, H_MEAN,
 *   A_MEAN, MEAN_PRSE, H_PCT10, H_PCT25, H_MEDIAN, H_PCT75, H_PCT90, A_PCT10, A_PCT25, A_MEDIAN,
 *   A_PCT75, A_PCT90, ANNUAL, HOURLY
 *
 * (AREA_TYPE 1 = U.S., 2 = state, 3 = U.S. territory), then a "Field Descriptions" sheet whose
 * notes explain the markers: `*` wage estimate not available, `**` employment estimate not
 * available, `#` wage at or above the top-coded value, `~` fewer than 0.5% of establishments
 * report the occupation. Columns are found by name (any case), so older files with lower-case
 * headers read the same. Values are kept as published; a marker becomes a blank value with its
 * reason.
 */
import { basename } from 'node:path';
import { WAGE_STATS, type Soc, type WageStat } from '../../src/core/referenceTypes';
import { OEWS_TABLES, OFFICIAL_FILES } from '../../src/core/publishers';
import { findHeader, headerKey, readWorkbook, type CellValue } from './workbook';

export const SOCS: readonly Soc[] = ['29-2072', '43-3021', '29-9021'];

/** The OEWS column each statistic of the data files comes from. */
export const OEWS_COLUMNS: Readonly<Record<WageStat, string>> = {
  employment: 'TOT_EMP',
  annual_mean: 'A_MEAN',
  annual_median: 'A_MEDIAN',
  annual_p10: 'A_PCT10',
  annual_p25: 'A_PCT25',
  annual_p75: 'A_PCT75',
  annual_p90: 'A_PCT90',
  hourly_mean: 'H_MEAN',
  hourly_median: 'H_MEDIAN',
  hourly_p10: 'H_PCT10',
  hourly_p25: 'H_PCT25',
  hourly_p75: 'H_PCT75',
  hourly_p90: 'H_PCT90',
};

export type AreaKind = 'national' | 'state' | 'territory';

export interface OfficialWageRow {
  readonly soc: Soc;
  /** USPS code, `US` for the nation. */
  readonly area: string;
  readonly areaName: string;
  readonly fips: string;
  readonly kind: AreaKind;
  readonly occupation: string;
  /** Values as published (text). */
  readonly values: Partial<Record<WageStat, string>>;
  /** Why a value is blank: the BLS marker and its meaning. */
  readonly missing: Partial<Record<WageStat, string>>;
  /** The marker itself where there was one, for the summary. */
  readonly markers: Partial<Record<WageStat, string>>;
}

export interface OewsFile {
  readonly fileName: string;
  readonly year: number;
  /** The zip on bls.gov the spreadsheet is published in (provenance, not the citation). */
  readonly url: string;
  readonly rows: readonly OfficialWageRow[];
}

export function oewsYear(fileName: string): number | undefined {
  const match = /_M(\d{4})_dl\.xlsx$/i.exec(fileName) ?? /_M_(\d{4})\.xlsx$/i.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

export function isOewsFileName(fileName: string): boolean {
  return /^(state|national)_M\d{4}_dl\.xlsx$/i.test(fileName) || /^all_data_M_\d{4}\.xlsx$/i.test(fileName);
}

/** The official download of a file: oesm25st.zip holds state_M2025_dl.xlsx, and so on. */
export function oewsUrl(fileName: string, year: number): string {
  const kind = /^state_/i.test(fileName) ? 'st' : /^national_/i.test(fileName) ? 'nat' : /^all_data_/i.test(fileName) ? 'all' : undefined;
  return kind ? OFFICIAL_FILES.oews(year, kind) : OEWS_TABLES.url;
}

export interface TopCode {
  hourly: string;
  annual: string;
}

/** The top-coded wage the file's notes state ("# = ... $115.00 per hour or $239,200 per year"). */
export function topCodeFromNotes(texts: readonly string[]): TopCode | undefined {
  for (const text of texts) {
    const match = /#\s*=.*?(\$[\d,.]+)\s*per hour.*?(\$[\d,.]+)\s*per year/i.exec(text);
    if (match) return { hourly: match[1]!, annual: match[2]! };
  }
  return undefined;
}

export function markerReason(marker: string, stat: WageStat, topCode: TopCode | undefined): string | undefined {
  switch (marker) {
    case '*':
      return 'BLS marker * : wage estimate not available';
    case '**':
      return 'BLS marker ** : employment estimate not released';
    case '#': {
      const limit = topCode
        ? stat.startsWith('hourly')
          ? `${topCode.hourly}/hour`
          : topCode.annual
        : "(see the file's Field Descriptions)";
      return `BLS marker # : at or above the top-coded wage ${limit}`;
    }
    case '~':
      return 'BLS marker ~ : fewer than 0.5% of establishments report the occupation';
    default:
      return undefined;
  }
}

/** A published number as text: hourly wages with their two decimals, the rest as integers are. */
function numberText(value: number, stat: WageStat): string {
  if (stat.startsWith('hourly') && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6) return value.toFixed(2);
  return String(value);
}

function cellText(value: CellValue): string {
  return value === null ? '' : String(value).trim();
}

export class DataUpdateError extends Error {}

export async function readOewsFile(path: string): Promise<OewsFile> {
  const fileName = basename(path);
  const year = oewsYear(fileName);
  if (year === undefined) {
    throw new DataUpdateError(
      `${fileName}: keep the official file name (state_M<year>_dl.xlsx or national_M<year>_dl.xlsx) so the year is known`,
    );
  }
  const sheets = await readWorkbook(path);
  const isHeader = (keys: string[]) => keys.includes('occ_code') && keys.includes('a_median');
  const dataSheet = sheets.find((sheet) => findHeader(sheet.rows, isHeader) >= 0);
  if (!dataSheet) throw new DataUpdateError(`${fileName}: no sheet with OCC_CODE and A_MEDIAN columns`);
  const notes = sheets
    .filter((sheet) => sheet !== dataSheet)
    .flatMap((sheet) => sheet.rows.flat())
    .filter((v): v is string => typeof v === 'string');
  const topCode = topCodeFromNotes(notes);

  const headerRow = findHeader(dataSheet.rows, isHeader);
  const header = dataSheet.rows[headerRow]!.map(headerKey);
  const column = (name: string) => header.indexOf(name.toLowerCase());
  const need = (name: string) => {
    const index = column(name);
    if (index < 0) throw new DataUpdateError(`${fileName}: no ${name} column`);
    return index;
  };
  const at = {
    area: need('AREA'),
    title: need('AREA_TITLE'),
    type: need('AREA_TYPE'),
    state: need('PRIM_STATE'),
    occ: need('OCC_CODE'),
    occTitle: need('OCC_TITLE'),
    group: column('O_GROUP'),
    industry: column('I_GROUP'),
    annualOnly: column('ANNUAL'),
    hourlyOnly: column('HOURLY'),
  };
  const statColumns = Object.fromEntries(WAGE_STATS.map((stat) => [stat, need(OEWS_COLUMNS[stat])])) as Record<WageStat, number>;

  const rows: OfficialWageRow[] = [];
  const seen = new Map<string, number>();
  for (const [index, raw] of dataSheet.rows.entries()) {
    if (index <= headerRow) continue;
    const cell = (i: number) => (i >= 0 ? cellText(raw[i] ?? null) : '');
    const soc = cell(at.occ) as Soc;
    if (!SOCS.includes(soc)) continue;
    const areaType = Number(cell(at.type));
    if (![1, 2, 3].includes(areaType)) continue;
    if (at.industry >= 0 && cell(at.industry) && cell(at.industry).toLowerCase() !== 'cross-industry') continue;
    if (at.group >= 0 && cell(at.group) && cell(at.group).toLowerCase() !== 'detailed') continue;
    const kind: AreaKind = areaType === 1 ? 'national' : areaType === 2 ? 'state' : 'territory';
    const area = kind === 'national' ? 'US' : cell(at.state).toUpperCase();
    if (!/^[A-Z]{2}$/.test(area))
      throw new DataUpdateError(`${fileName} row ${index + 1}: PRIM_STATE "${cell(at.state)}" is not a state code`);
    const key = `${soc}|${area}`;
    if (seen.has(key)) throw new DataUpdateError(`${fileName}: ${area} ${soc} appears twice (rows ${seen.get(key)} and ${index + 1})`);
    seen.set(key, index + 1);

    const values: Partial<Record<WageStat, string>> = {};
    const missing: Partial<Record<WageStat, string>> = {};
    const markers: Partial<Record<WageStat, string>> = {};
    for (const stat of WAGE_STATS) {
      const value = raw[statColumns[stat]] ?? null;
      if (typeof value === 'number' && Number.isFinite(value)) {
        values[stat] = numberText(value, stat);
        continue;
      }
      const text = cellText(value);
      const numeric = text.replace(/,/g, '');
      if (text !== '' && /^-?\d+(\.\d+)?$/.test(numeric)) {
        values[stat] = numeric;
        continue;
      }
      const reason = markerReason(text, stat, topCode);
      if (reason) {
        missing[stat] = reason;
        markers[stat] = text;
      } else if (text === '') {
        const onlyHourly = cell(at.hourlyOnly).toUpperCase() === 'TRUE';
        const onlyAnnual = cell(at.annualOnly).toUpperCase() === 'TRUE';
        missing[stat] =
          onlyHourly && stat.startsWith('annual')
            ? 'BLS publishes only hourly wages for this occupation'
            : onlyAnnual && stat.startsWith('hourly')
              ? 'BLS publishes only annual wages for this occupation'
              : 'blank in the BLS file';
      } else {
        throw new DataUpdateError(
          `${fileName} row ${index + 1}: ${area} ${soc} ${OEWS_COLUMNS[stat]} is "${text}", neither a number nor a BLS marker`,
        );
      }
    }
    const fips =
      kind === 'national'
        ? '00'
        : cell(at.area)
            .replace(/^0+(?=\d{2})/, '')
            .padStart(2, '0')
            .slice(-2);
    rows.push({ soc, area, areaName: cell(at.title), fips, kind, occupation: cell(at.occTitle), values, missing, markers });
  }
  if (rows.length === 0) throw new DataUpdateError(`${fileName}: none of ${SOCS.join(', ')} found`);
  return { fileName, year, url: oewsUrl(fileName, year), rows };
}
