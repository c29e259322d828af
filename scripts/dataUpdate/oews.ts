/**
 * Reads an official BLS OEWS spreadsheet: `state_M<year>_dl.xlsx` (oesm<yy>st.zip),
 * `national_M<year>_dl.xlsx` (oesm<yy>nat.zip), `MSA_M<year>_dl.xlsx` and `BOS_M<year>_dl.xlsx`
 * (both in oesm<yy>ma.zip), or `all_data_M_<year>.xlsx` (oesm<yy>all.zip). One data sheet,
 * header row
 *
 *   AREA, AREA_TITLE, AREA_TYPE, PRIM_STATE, NAICS, NAICS_TITLE, I_GROUP, OWN_CODE, OCC_CODE,
 *   OCC_TITLE, O_GROUP, TOT_EMP, EMP_PRSE, JOBS_1000, LOC_QUOTIENT, PCT_TOTAL, PCT_RPT, H_MEAN,
 *   A_MEAN, MEAN_PRSE, H_PCT10, H_PCT25, H_MEDIAN, H_PCT75, H_PCT90, A_PCT10, A_PCT25, A_MEDIAN,
 *   A_PCT75, A_PCT90, ANNUAL, HOURLY
 *
 * (AREA_TYPE 1 = U.S., 2 = state, 3 = U.S. territory, 4 = metropolitan statistical area or
 * NECTA, 6 = nonmetropolitan area; PRIM_STATE is the area's primary state, the first of a
 * multi-state title such as "Portland-Vancouver-Hillsboro, OR-WA"), then a "Field Descriptions"
 * sheet whose notes explain the markers: `*` wage estimate not available, `**` employment
 * estimate not available, `#` wage at or above the top-coded value, `~` fewer than 0.5% of
 * establishments report the occupation. Columns are found by name (any case), so older files
 * with lower-case headers read the same. Values are kept as published; a marker becomes a blank
 * value with its reason.
 */
import { basename } from 'node:path';
import { WAGE_STATS, type Soc, type WageStat } from '../../src/core/referenceTypes';
import { OEWS_TABLES, OFFICIAL_FILES } from '../../src/core/publishers';
import { AREA_FIGURES, type AreaFigure } from '../areaFiles';
import { FIPS_BY_ABBR, isStateOrDc } from './areas';
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

/** The OEWS column each figure of the area tables (scripts/areaFiles.ts) comes from. */
const AREA_FIGURE_COLUMNS: Readonly<Record<AreaFigure, string>> = {
  employment: 'TOT_EMP',
  annual_mean: 'A_MEAN',
  annual_median: 'A_MEDIAN',
  annual_p10: 'A_PCT10',
  annual_p25: 'A_PCT25',
  annual_p75: 'A_PCT75',
  annual_p90: 'A_PCT90',
  location_quotient: 'LOC_QUOTIENT',
};

export type AreaKind = 'national' | 'state' | 'territory';
/** OEWS AREA_TYPE 4 and 6, named as the area tables name them. */
export type AreaType = 'msa' | 'nonmetro';

/** Published figures of one row, as text, with the reason and marker for each blank. */
interface Figures<S extends string> {
  readonly values: Partial<Record<S, string>>;
  readonly missing: Partial<Record<S, string>>;
  readonly markers: Partial<Record<S, string>>;
}

export interface OfficialWageRow extends Figures<WageStat> {
  readonly soc: Soc;
  /** USPS code, `US` for the nation. */
  readonly area: string;
  readonly areaName: string;
  readonly fips: string;
  readonly kind: AreaKind;
  readonly occupation: string;
}

/** A metropolitan or nonmetropolitan area as the file names it. */
export interface DefinedArea {
  /** 5 digits for an MSA or NECTA, 7 for a nonmetropolitan area (leading zero kept: 0200006). */
  readonly code: string;
  readonly name: string;
  readonly type: AreaType;
  /** PRIM_STATE: the primary state of a multi-state area. */
  readonly state: string;
  /** In Puerto Rico, Guam or the Virgin Islands. */
  readonly territory: boolean;
}

export interface OfficialAreaRow extends Figures<AreaFigure> {
  readonly soc: Soc;
  readonly area: DefinedArea;
  readonly occupation: string;
}

export interface OewsFile {
  readonly fileName: string;
  readonly year: number;
  /** The zip on bls.gov the spreadsheet is published in (provenance, not the citation). */
  readonly url: string;
  /** National, state and territory rows (the state and national files). */
  readonly rows: readonly OfficialWageRow[];
  /** Metropolitan and nonmetropolitan rows of the three occupations (the MSA and BOS files). */
  readonly areaRows: readonly OfficialAreaRow[];
  /** Every metropolitan and nonmetropolitan area the file has a row for, any occupation. */
  readonly areas: readonly DefinedArea[];
}

export function oewsYear(fileName: string): number | undefined {
  const match = /_M(\d{4})_dl\.xlsx$/i.exec(fileName) ?? /_M_(\d{4})\.xlsx$/i.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

export function isOewsFileName(fileName: string): boolean {
  return /^(state|national|MSA|BOS)_M\d{4}_dl\.xlsx$/i.test(fileName) || /^all_data_M_\d{4}\.xlsx$/i.test(fileName);
}

/** The official download of a file: oesm25st.zip holds state_M2025_dl.xlsx, oesm25ma.zip the MSA and BOS files. */
export function oewsUrl(fileName: string, year: number): string {
  const kind = /^state_/i.test(fileName)
    ? 'st'
    : /^national_/i.test(fileName)
      ? 'nat'
      : /^(MSA|BOS)_/i.test(fileName)
        ? 'ma'
        : /^all_data_/i.test(fileName)
          ? 'all'
          : undefined;
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

/** The reason written for a BLS marker in the column of `stat` (a WageStat or AreaFigure name). */
export function markerReason(marker: string, stat: string, topCode: TopCode | undefined): string | undefined {
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

/** A published number as text: hourly wages with their two decimals, the rest as they are. */
function numberText(value: number, stat: string): string {
  if (stat.startsWith('hourly') && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6) return value.toFixed(2);
  return String(value);
}

function cellText(value: CellValue): string {
  return value === null ? '' : String(value).trim();
}

export class DataUpdateError extends Error {}

/**
 * The area code as BLS writes it. A spreadsheet cell stored as a number loses the leading zero
 * of a nonmetropolitan code (0200006 arrives as 200006); the width puts it back. Nonmetropolitan
 * codes start with their state's FIPS code, which is checked against PRIM_STATE.
 */
export function areaCode(raw: string, type: AreaType, state: string): string | undefined {
  const digits = raw.replace(/\.0+$/, '');
  const width = type === 'msa' ? 5 : 7;
  if (!/^\d+$/.test(digits) || digits.length > width) return undefined;
  const code = digits.padStart(width, '0');
  if (type === 'nonmetro' && code.slice(0, 2) !== FIPS_BY_ABBR[state]) return undefined;
  return code;
}

interface RowContext {
  readonly raw: CellValue[];
  /** "state_M2025_dl.xlsx row 2: AK 29-2072", for errors. */
  readonly label: string;
  readonly topCode: TopCode | undefined;
  /** The row's HOURLY / ANNUAL flags: BLS publishes only one kind of wage for it. */
  readonly onlyHourly: boolean;
  readonly onlyAnnual: boolean;
}

/** The figures of one row at `columns`; a cell that is neither a number nor a marker stops the update. */
function readFigures<S extends string>(row: RowContext, columns: Record<S, number>, columnNames: Readonly<Record<S, string>>): Figures<S> {
  const values: Partial<Record<S, string>> = {};
  const missing: Partial<Record<S, string>> = {};
  const markers: Partial<Record<S, string>> = {};
  for (const stat of Object.keys(columns) as S[]) {
    const value = row.raw[columns[stat]] ?? null;
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
    const reason = markerReason(text, stat, row.topCode);
    if (reason) {
      missing[stat] = reason;
      markers[stat] = text;
    } else if (text === '') {
      missing[stat] =
        row.onlyHourly && stat.startsWith('annual')
          ? 'BLS publishes only hourly wages for this occupation'
          : row.onlyAnnual && stat.startsWith('hourly')
            ? 'BLS publishes only annual wages for this occupation'
            : 'blank in the BLS file';
    } else {
      throw new DataUpdateError(`${row.label} ${columnNames[stat]} is "${text}", neither a number nor a BLS marker`);
    }
  }
  return { values, missing, markers };
}

export async function readOewsFile(path: string): Promise<OewsFile> {
  const fileName = basename(path);
  const year = oewsYear(fileName);
  if (year === undefined) {
    throw new DataUpdateError(
      `${fileName}: keep the official file name (state_M<year>_dl.xlsx, national_M<year>_dl.xlsx, MSA_M<year>_dl.xlsx or ` +
        'BOS_M<year>_dl.xlsx) so the year is known',
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
  const wageColumns = Object.fromEntries(WAGE_STATS.map((stat) => [stat, need(OEWS_COLUMNS[stat])])) as Record<WageStat, number>;
  const areaColumns = Object.fromEntries(AREA_FIGURES.map((stat) => [stat, need(AREA_FIGURE_COLUMNS[stat])])) as Record<AreaFigure, number>;

  const rows: OfficialWageRow[] = [];
  const areaRows: OfficialAreaRow[] = [];
  const areas = new Map<string, DefinedArea>();
  const seen = new Map<string, number>();
  for (const [index, raw] of dataSheet.rows.entries()) {
    if (index <= headerRow) continue;
    const line = index + 1;
    const cell = (i: number) => (i >= 0 ? cellText(raw[i] ?? null) : '');
    const areaType = Number(cell(at.type));
    if (![1, 2, 3, 4, 6].includes(areaType)) continue;
    if (at.industry >= 0 && cell(at.industry) && cell(at.industry).toLowerCase() !== 'cross-industry') continue;

    const state = cell(at.state).toUpperCase();
    let area: DefinedArea | undefined;
    if (areaType === 4 || areaType === 6) {
      // Every area of the file is defined, whatever occupations it has figures for.
      const type: AreaType = areaType === 4 ? 'msa' : 'nonmetro';
      if (!(state in FIPS_BY_ABBR))
        throw new DataUpdateError(`${fileName} row ${line}: PRIM_STATE "${cell(at.state)}" is not a state code`);
      const code = areaCode(cell(at.area), type, state);
      if (!code) {
        throw new DataUpdateError(
          `${fileName} row ${line}: AREA "${cell(at.area)}" is not ${type === 'msa' ? 'a 5-digit MSA code' : `a 7-digit nonmetropolitan area code of ${state}`}`,
        );
      }
      area = areas.get(code);
      if (!area) {
        area = { code, name: cell(at.title), type, state, territory: !isStateOrDc(state) };
        areas.set(code, area);
      }
    }

    const soc = cell(at.occ) as Soc;
    if (!SOCS.includes(soc)) continue;
    if (at.group >= 0 && cell(at.group) && cell(at.group).toLowerCase() !== 'detailed') continue;
    const occupation = cell(at.occTitle);
    const where = area ? area.code : areaType === 1 ? 'US' : state;
    const key = `${soc}|${where}`;
    if (seen.has(key)) throw new DataUpdateError(`${fileName}: ${where} ${soc} appears twice (rows ${seen.get(key)} and ${line})`);
    seen.set(key, line);

    const row: RowContext = {
      raw,
      label: `${fileName} row ${line}: ${where} ${soc}`,
      topCode,
      onlyHourly: cell(at.hourlyOnly).toUpperCase() === 'TRUE',
      onlyAnnual: cell(at.annualOnly).toUpperCase() === 'TRUE',
    };
    if (area) {
      areaRows.push({ soc, area, occupation, ...readFigures(row, areaColumns, AREA_FIGURE_COLUMNS) });
      continue;
    }
    const kind: AreaKind = areaType === 1 ? 'national' : areaType === 2 ? 'state' : 'territory';
    const abbr = kind === 'national' ? 'US' : state;
    if (!/^[A-Z]{2}$/.test(abbr)) throw new DataUpdateError(`${fileName} row ${line}: PRIM_STATE "${cell(at.state)}" is not a state code`);
    const fips =
      kind === 'national'
        ? '00'
        : cell(at.area)
            .replace(/^0+(?=\d{2})/, '')
            .padStart(2, '0')
            .slice(-2);
    rows.push({
      soc,
      area: abbr,
      areaName: cell(at.title),
      fips,
      kind,
      occupation,
      ...readFigures(row, wageColumns, OEWS_COLUMNS),
    });
  }
  if (rows.length === 0 && areaRows.length === 0) throw new DataUpdateError(`${fileName}: none of ${SOCS.join(', ')} found`);
  return { fileName, year, url: oewsUrl(fileName, year), rows, areaRows, areas: [...areas.values()] };
}
