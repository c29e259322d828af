/**
 * The BLS metropolitan and nonmetropolitan area tables (every area BLS defined in the data's
 * years and every area wage record, as published) and the earlier years of the state tables.
 *
 * Together they are several times the size of what a state call reads. Apps Script compiles the
 * whole of Code.js on every execution, at a cost that grows with its length, so they are not in
 * Code.js: the build ships them as a project file (dist/AreaTables.html), which the host reads
 * the first time an area or an earlier year is asked for (see `readAreaTablesWith`).
 */
import type { Area, PublishedStat, Soc, WageRecord } from '../referenceTypes';
import { decodeAreas, decodeWageRow, type CompactAreaTables } from './areaTableFormat';

export { AREA_TABLES_FILE } from './areaTableFormat';

let readText: (() => string) | undefined;

/**
 * How the tables' text is read: in Apps Script from the project file through HtmlService
 * (src/index.ts); in tests and the local preview from dist/. Called once; the text is read at
 * most once, when first needed.
 */
export function readAreaTablesWith(read: () => string): void {
  readText = read;
  decoded = undefined;
}

interface Decoded {
  readonly compact: CompactAreaTables;
  readonly areas: readonly Area[];
  /** Areas by code, the most recently defined first. */
  readonly byCode: Map<string, Area[]>;
  /** Wage row index by occupation, area code and year. */
  readonly rows: Map<string, number>;
  /** Rows decoded so far: a call reads a handful of the thousands. */
  readonly records: (WageRecord | undefined)[];
  readonly socs: ReadonlySet<Soc>;
}

let decoded: Decoded | undefined;

function decodedTables(): Decoded {
  if (decoded) return decoded;
  if (!readText) throw new Error('the area tables are not available: no reader was given (readAreaTablesWith)');
  const compact = JSON.parse(readText()) as CompactAreaTables;
  const areas = decodeAreas(compact);
  const byCode = new Map<string, Area[]>();
  for (const area of areas) byCode.set(area.code, [...(byCode.get(area.code) ?? []), area]);
  for (const list of byCode.values()) list.sort((a, b) => lastYear(b) - lastYear(a));
  const rows = new Map<string, number>();
  compact.wages.forEach((row, i) => rows.set(`${compact.socs[row[0] as number]}|${row[1]}|${row[2]}`, i));
  const socs = new Set(compact.wages.map((row) => compact.socs[row[0] as number]!));
  decoded = { compact, areas, byCode, rows, records: [], socs };
  return decoded;
}

function recordAt(d: Decoded, index: number): WageRecord {
  let record = d.records[index];
  if (!record) {
    const missing: Partial<Record<PublishedStat, string>> = {};
    for (const [i, stat, reason] of d.compact.missing) if (i === index) missing[stat] = reason;
    record = decodeWageRow(d.compact, d.compact.wages[index]!, missing);
    d.records[index] = record;
  }
  return record;
}

/** The latest May year in which BLS defined the area. */
export function lastYear(area: Area): number {
  const names = area.names ?? [];
  return names[names.length - 1]?.year ?? 0;
}

/** Every MSA and nonmetropolitan area in the data's years. */
export function localAreas(): readonly Area[] {
  return decodedTables().areas;
}

/** The areas a BLS code has named, the most recent first (nonmetropolitan codes were reused in 2024). */
export function areasWithCode(code: string): readonly Area[] {
  return decodedTables().byCode.get(code) ?? [];
}

/** The area's name in one May year, if BLS defined it that year. */
export function nameIn(area: Area, year: number): string | undefined {
  return area.names?.find((n) => n.year === year)?.name;
}

/** The record of one occupation in one area and year, if the data has it. */
export function areaWageRecord(soc: Soc, area: Area, year: number): WageRecord | undefined {
  if (nameIn(area, year) === undefined) return undefined;
  const d = decodedTables();
  const index = d.rows.get(`${soc}|${area.code}|${year}`);
  return index === undefined ? undefined : recordAt(d, index);
}

/** Years (ascending) in which the data has a record of the occupation for this area. */
export function areaRecordYears(soc: Soc, area: Area): number[] {
  return (area.names ?? []).map((n) => n.year).filter((year) => areaWageRecord(soc, area, year) !== undefined);
}

/** A state's or the nation's records of the years before the one a state call answers with. */
export function earlierStateWages(): readonly WageRecord[] {
  return decodedTables().compact.earlierStateWages;
}

/** Whether any area has figures for the occupation (BLS area files are not in the data for every one). */
export function hasAreaFigures(soc: Soc): boolean {
  return decodedTables().socs.has(soc);
}
