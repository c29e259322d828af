/**
 * Reads the BLS Employment Projections occupation table: Table 1.2 of `occupation.xlsx`
 * (https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx), or the same table saved as CSV, or
 * the CSV export of data.bls.gov/projections/occupationProj. Table 1.2 has a title row
 * ("Table 1.2 Employment by detailed occupation, 2024 and projected 2034 (Numbers in thousands)")
 * and then the header
 *
 *   2024 National Employment Matrix title | 2024 National Employment Matrix code | Occupation type |
 *   Employment, 2024 | Employment, 2034 | Employment distribution, percent, 2024 | ..., 2034 |
 *   Employment change, numeric, 2024–34 | Employment change, percent, 2024–34 |
 *   Percent self employed, 2024 | Occupational openings, 2024–34 annual average |
 *   Median annual wage, dollars, 2024[1] | Typical education needed for entry | ...
 *
 * Employment and openings are in thousands in both BLS tables; they are stored in the data files
 * as numbers of jobs (194.8 → 194800), the way the existing rows are.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Soc } from '../../src/core/referenceTypes';
import { OFFICIAL_FILES } from '../../src/core/publishers';
import { DataUpdateError, SOCS } from './oews';
import { findHeader, headerKey, readWorkbook, type CellValue } from './workbook';

export const PROJECTIONS_URL = OFFICIAL_FILES.projections;

export interface OfficialProjection {
  readonly soc: Soc;
  readonly occupation: string;
  /** "2024-2034". */
  readonly period: string;
  readonly baseEmployment?: string;
  readonly growthPct?: string;
  readonly openings?: string;
  readonly medianPay?: string;
  /** "May 2024": the OEWS release the table's median comes from. */
  readonly payReference?: string;
  readonly education?: string;
}

export interface ProjectionsFile {
  readonly fileName: string;
  /** "Table 1.2" or "data.bls.gov export". */
  readonly table: string;
  readonly period: string;
  readonly rows: readonly OfficialProjection[];
}

interface Columns {
  code: number;
  title: number;
  type: number;
  base: number;
  projected: number;
  baseYear: number;
  projectedYear: number;
  percent: number;
  openings: number;
  median: number;
  medianYear?: number;
  education: number;
}

function locate(keys: string[]): Columns | undefined {
  const find = (test: (key: string) => boolean) => keys.findIndex(test);
  const code = find((k) => k.endsWith('matrixcode') || k === 'occupationcode');
  const employment = keys
    .map((k, i) => ({ i, year: /^employment,?(\d{4})$/.exec(k)?.[1] }))
    .filter((c) => c.year !== undefined)
    .map((c) => ({ i: c.i, year: Number(c.year) }))
    .sort((a, b) => a.year - b.year);
  const percent = find((k) => /^employmentchange,percent|^employmentpercentchange/.test(k));
  const openings = find((k) => k.startsWith('occupationalopenings'));
  if (code < 0 || employment.length < 2 || percent < 0 || openings < 0) return undefined;
  const median = find((k) => k.startsWith('medianannualwage'));
  const medianYear = median >= 0 ? /(\d{4})/.exec(keys[median]!)?.[1] : undefined;
  return {
    code,
    title: find((k) => k.endsWith('matrixtitle') || k === 'occupationtitle'),
    type: find((k) => k === 'occupationtype'),
    base: employment[0]!.i,
    projected: employment[employment.length - 1]!.i,
    baseYear: employment[0]!.year,
    projectedYear: employment[employment.length - 1]!.year,
    percent,
    openings,
    median,
    medianYear: medianYear ? Number(medianYear) : undefined,
    education: find((k) => k === 'typicaleducationneededforentry' || k === 'typicalentry-leveleducation'),
  };
}

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function numeric(value: CellValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const cleaned = text(value).replace(/[,$%]/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : undefined;
}

/** Thousands → jobs; a value that already looks like a count of jobs is refused, not guessed at. */
function fromThousands(value: number | undefined, what: string, soc: string, fileName: string): string | undefined {
  if (value === undefined) return undefined;
  if (value > 50_000) {
    throw new DataUpdateError(`${fileName}: ${soc} ${what} is ${value}; BLS publishes this table in thousands, check the file`);
  }
  return String(Math.round(value * 1000));
}

function readRows(fileName: string, rows: CellValue[][], table: string): ProjectionsFile | undefined {
  const headerRow = findHeader(rows, (keys) => locate(keys) !== undefined);
  if (headerRow < 0) return undefined;
  const at = locate(rows[headerRow]!.map(headerKey))!;
  const period = `${at.baseYear}-${at.projectedYear}`;
  const out: OfficialProjection[] = [];
  for (const row of rows.slice(headerRow + 1)) {
    const soc = text(row[at.code]).replace(/[="]/g, '') as Soc;
    if (!SOCS.includes(soc)) continue;
    if (at.type >= 0 && text(row[at.type]) && text(row[at.type]).toLowerCase() !== 'line item') continue;
    const percent = numeric(row[at.percent]);
    const median = at.median >= 0 ? numeric(row[at.median]) : undefined;
    out.push({
      soc,
      occupation: at.title >= 0 ? text(row[at.title]).split('*')[0]!.trim() : '',
      period,
      baseEmployment: fromThousands(numeric(row[at.base]), 'base-year employment', soc, fileName),
      growthPct: percent === undefined ? undefined : String(percent),
      openings: fromThousands(numeric(row[at.openings]), 'annual openings', soc, fileName),
      medianPay: median === undefined ? undefined : String(median),
      payReference: median !== undefined && at.medianYear ? `May ${at.medianYear}` : undefined,
      education: at.education >= 0 ? text(row[at.education]) || undefined : undefined,
    });
  }
  return { fileName, table, period, rows: out };
}

export async function readProjectionsFile(path: string): Promise<ProjectionsFile> {
  const fileName = basename(path);
  if (/\.csv$/i.test(fileName)) {
    const rows = parse(readFileSync(path, 'utf8'), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    const result = readRows(fileName, rows, 'CSV');
    if (!result) throw new DataUpdateError(`${fileName}: no projections header (matrix code, employment, percent change, openings)`);
    return result;
  }
  const sheets = await readWorkbook(path);
  // occupation.xlsx has many tables; Table 1.2 is the one whose title row names it.
  const titled = (rows: CellValue[][]) =>
    rows
      .slice(0, 3)
      .flat()
      .some((v) => /^Table 1\.2\b/i.test(text(v)));
  const ordered = [...sheets.filter((s) => titled(s.rows)), ...sheets.filter((s) => !titled(s.rows))];
  for (const sheet of ordered) {
    const result = readRows(fileName, sheet.rows, titled(sheet.rows) ? 'Table 1.2' : `sheet ${sheet.position}`);
    if (result) return result;
  }
  throw new DataUpdateError(`${fileName}: no sheet like Table 1.2 (matrix code, employment, percent change, openings)`);
}
