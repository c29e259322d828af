/**
 * The BLS metropolitan and nonmetropolitan area tables (every area BLS defined in the data's
 * years and every area wage record, as published) and the earlier years of the state tables.
 *
 * Together they are several times the size of what a state call reads. Apps Script compiles the
 * whole of Code.js on every execution, at a cost that grows with its length, so they are not in
 * Code.js: the build ships them as a project file (dist/AreaTables.html), which the host reads
 * the first time an area or an earlier year is asked for (see `readAreaTablesWith`).
 */
import type { Area, AreaPriceParity, Soc, WageRecord } from '../referenceTypes';
import {
  decodeAreas,
  findNamed,
  findWageRecord,
  readAreaParities,
  readEarlierStateWages,
  readHeader,
  readNames,
  type AreaTablesHeader,
} from './areaTableFormat';

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
  /** The file's text: the wage lines stay in it until one is read. */
  readonly text: string;
  readonly header: AreaTablesHeader;
  readonly areas: readonly Area[];
  /** Areas by code, the most recently defined first. */
  readonly byCode: Map<string, Area[]>;
  /** Records read so far, by occupation, area code and year (null: the tables have none). */
  readonly records: Map<string, WageRecord | null>;
  readonly socs: ReadonlySet<Soc>;
  earlierStateWages?: readonly WageRecord[];
  /** BEA's area parities by kind and code (CBSA code, or state for a nonmetropolitan portion), once read. */
  parities?: ReadonlyMap<string, AreaPriceParity>;
}

let decoded: Decoded | undefined;

/** Only the header is parsed: the wage lines are found and decoded one at a time (areaTableFormat.ts). */
function decodedTables(): Decoded {
  if (decoded) return decoded;
  if (!readText) throw new Error('the area tables are not available: no reader was given (readAreaTablesWith)');
  const text = readText();
  const header = readHeader(text);
  const areas = decodeAreas(header);
  const byCode = new Map<string, Area[]>();
  for (const area of areas) {
    const list = byCode.get(area.code);
    if (list) list.push(area);
    else byCode.set(area.code, [area]);
  }
  for (const list of byCode.values()) list.sort((a, b) => lastYear(b) - lastYear(a));
  decoded = { text, header, areas, byCode, records: new Map(), socs: new Set(header.socs) };
  return decoded;
}

/** The areas a place key names (see areaNames.ts), from the key's line in the tables. */
export function areasWithKey(key: string): Area[] {
  const d = decodedTables();
  return findNamed(d.text, key).map((i) => d.areas[i]!);
}

/** Every key an area is found by, in the order the tables give them, with the areas it names. */
export function everyAreaKey(): { key: string; areas: Area[] }[] {
  const d = decodedTables();
  return readNames(d.text, d.header).map(([key, positions]) => ({ key, areas: positions.map((i) => d.areas[i]!) }));
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
  const key = `${soc}|${area.code}|${year}`;
  let record = d.records.get(key);
  if (record === undefined) {
    record = findWageRecord(d.text, d.header, soc, area.code, year) ?? null;
    d.records.set(key, record);
  }
  return record ?? undefined;
}

/** Years (ascending) in which the data has a record of the occupation for this area. */
export function areaRecordYears(soc: Soc, area: Area): number[] {
  return (area.names ?? []).map((n) => n.year).filter((year) => areaWageRecord(soc, area, year) !== undefined);
}

/** A state's or the nation's records of the years before the one a state call answers with. */
export function earlierStateWages(): readonly WageRecord[] {
  const d = decodedTables();
  d.earlierStateWages ??= readEarlierStateWages(d.text);
  return d.earlierStateWages;
}

/** Whether any area has figures for the occupation (BLS area files are not in the data for every one). */
export function hasAreaFigures(soc: Soc): boolean {
  return decodedTables().socs.has(soc);
}

/**
 * BEA's parity of a metropolitan area (by its CBSA code, which is BLS's MSA code) or of a state's
 * nonmetropolitan portion (by the state's code), if BEA publishes one.
 */
export function areaPriceParity(kind: AreaPriceParity['kind'], code: string): AreaPriceParity | undefined {
  const d = decodedTables();
  d.parities ??= new Map(readAreaParities(d.text).map((p) => [`${p.kind}|${p.area}`, p]));
  return d.parities.get(`${kind}|${code}`);
}
