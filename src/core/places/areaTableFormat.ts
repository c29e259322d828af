/**
 * The form the area tables take in dist/AreaTables.html, a text file of lines:
 *
 *  1. a JSON header: statistic names, occupations, the areas with their names by year and the
 *     reasons of blank values;
 *  2. the earlier years' state records, as JSON, parsed only when a year argument asks;
 *  3. BEA's price parities of the metropolitan areas and of the states' nonmetropolitan portions,
 *     as JSON `{"m": [[code, parity, name], …], "n": [[state, parity, name], …]}`, parsed only
 *     when an area's cost of living is asked;
 *  4. one line per key an area is found by (src/core/places/areaNameKeys.ts): `key<tab>position
 *     position…`, the positions of the areas it names in the header's list;
 *  5. one line per area wage record: `occupation,area code,year,value,value,…` (a blank value is
 *     empty), found by its first three fields and decoded when it is first read.
 *
 * A call reads one name and a handful of the thousands of wage records, so only the header is
 * parsed up front; a line is found by searching for its start. The generator encodes; src/core/places/areaTables.ts reads; a test round-trips the data.
 * The file is plain text, as HtmlService's getContent() gives it back.
 */
import type { Area, AreaKind, AreaPriceParity, AreaTables, PublishedStat, Soc, WageRecord } from '../referenceTypes';
import { oewsArea } from '../publishers';
import { areaNameIndex } from './areaNameKeys';

/** The project file the tables ship in, as HtmlService names it (dist/AreaTables.html). */
export const AREA_TABLES_FILE = 'AreaTables';

export interface AreaTablesHeader {
  /** Statistic names: the order of the values in each wage line. */
  readonly stats: readonly PublishedStat[];
  /** Occupations with area records; a wage line names one by its position here. */
  readonly socs: readonly Soc[];
  /** [code, "m" | "n", states "OR-WA", [name, year, year, …], …]. */
  readonly areas: readonly (readonly [string, string, string, ...(readonly (string | number)[])[]])[];
  /** How many name lines follow the price parities' line. */
  readonly nameLines: number;
  /** [wage line key "occupation,code,year", stat, why the value is blank]. */
  readonly missing: readonly (readonly [string, PublishedStat, string])[];
}

/**
 * The line break, not written '\n' (nor String.fromCharCode(10), which esbuild folds): esbuild
 * prints a string holding a newline as a template literal with the newline in it, and Code.js
 * must stay one line for the execution log's positions to map back (scripts/stackTrace.ts).
 */
const NL = JSON.parse('"\\n"') as string;

const KIND_LETTER: Readonly<Record<string, string>> = { metropolitan: 'm', nonmetropolitan: 'n' };
const LETTER_KIND: Readonly<Record<string, AreaKind>> = { m: 'metropolitan', n: 'nonmetropolitan' };

/** The first fields of a wage line, which find it. */
function lineKey(socIndex: number, code: string, year: number): string {
  return `${socIndex},${code},${year}`;
}

/** The generator's side of the format (scripts/generateData.ts); decodeAreaTables reverses it. */
export function encodeAreaTables(tables: AreaTables): string {
  const stats = [...new Set(tables.wages.flatMap((w) => Object.keys(w.values) as PublishedStat[]))];
  const socs = [...new Set(tables.wages.map((w) => w.soc))];
  const missing: [string, PublishedStat, string][] = [];
  const lines = tables.wages.map((w) => {
    if (!/^\d+$/.test(w.area)) throw new Error(`area code "${w.area}" is not digits: the area tables cannot carry it`);
    const key = lineKey(socs.indexOf(w.soc), w.area, w.year);
    for (const [stat, reason] of Object.entries(w.missing) as [PublishedStat, string][]) missing.push([key, stat, reason]);
    return [key, ...stats.map((s) => (w.values[s] === undefined ? '' : String(w.values[s])))].join(',');
  });
  const areas = tables.areas.map((a) => {
    const byName = new Map<string, number[]>();
    for (const { year, name } of a.names ?? []) byName.set(name, [...(byName.get(name) ?? []), year]);
    return [a.code, KIND_LETTER[a.kind]!, a.states.join('-'), ...[...byName].map(([name, years]) => [name, ...years])] as const;
  });
  const names = areaNameIndex(tables.areas).map(([key, ...positions]) => {
    if (/[\t\n]/.test(key)) throw new Error(`area name key "${key}" has a tab or newline: the area tables cannot carry it`);
    return key + '\t' + positions.join(' ');
  });
  const header: AreaTablesHeader = { stats, socs, areas, nameLines: names.length, missing };
  const parities: EncodedParities = { m: [], n: [] };
  for (const p of tables.priceParities) parities[p.kind === 'metropolitan' ? 'm' : 'n'].push([p.area, p.rpp, p.name]);
  return [JSON.stringify(header), JSON.stringify(tables.earlierStateWages), JSON.stringify(parities), ...names, ...lines].join(NL) + NL;
}

/** The price parities' line: metropolitan areas (`m`) by CBSA code, nonmetropolitan portions (`n`) by state. */
interface EncodedParities {
  readonly m: [string, number, string][];
  readonly n: [string, number, string][];
}

/** Lines before the name lines: the header, the earlier years' records, the price parities. */
const LEADING_LINES = 3;

/** The header: the first line. */
export function readHeader(text: string): AreaTablesHeader {
  return JSON.parse(text.slice(0, text.indexOf(NL))) as AreaTablesHeader;
}

/** The earlier years' state records: the second line. */
export function readEarlierStateWages(text: string): WageRecord[] {
  const start = text.indexOf(NL) + 1;
  return JSON.parse(text.slice(start, text.indexOf(NL, start))) as WageRecord[];
}

/** The price parities: the third line. */
export function readAreaParities(text: string): AreaPriceParity[] {
  const start = text.indexOf(NL, text.indexOf(NL) + 1) + 1;
  const encoded = JSON.parse(text.slice(start, text.indexOf(NL, start))) as EncodedParities;
  const parities: AreaPriceParity[] = [];
  for (const [area, rpp, name] of encoded.m) parities.push({ area, kind: 'metropolitan', name, rpp });
  for (const [area, rpp, name] of encoded.n) parities.push({ area, kind: 'nonmetropolitan', name, rpp });
  return parities;
}

/**
 * The positions of the areas a place key names, none if no name line has it. Only name lines
 * have a tab (JSON writes one as \t), and a key has none (placeKey makes every space one space).
 */
export function findNamed(text: string, key: string): number[] {
  if (key === '' || /[\t\n\r]/.test(key)) return [];
  const at = text.indexOf(NL + key + '\t');
  if (at < 0) return [];
  const start = at + key.length + 2;
  const end = text.indexOf(NL, start);
  return positionsOf(text.slice(start, end < 0 ? undefined : end));
}

function positionsOf(field: string): number[] {
  return field.trim().split(' ').map(Number);
}

/** Every name line, in order: [key, positions]. */
export function readNames(text: string, header: AreaTablesHeader): [string, number[]][] {
  const lines = text.split(NL, LEADING_LINES + header.nameLines).slice(LEADING_LINES);
  return lines.map((line) => {
    const tab = line.indexOf('\t');
    return [line.slice(0, tab), positionsOf(line.slice(tab + 1))];
  });
}

/** The areas, all of them: a few hundred, decoded at once. */
export function decodeAreas(header: AreaTablesHeader): Area[] {
  // Indexed loops, not rest patterns: run once per execution, interpreted, where a rest
  // pattern costs several times the plain reads.
  const areas: Area[] = [];
  for (let a = 0; a < header.areas.length; a++) {
    const entry = header.areas[a]!;
    const byYear: { year: number; name: string }[] = [];
    for (let n = 3; n < entry.length; n++) {
      const named = entry[n] as readonly (string | number)[];
      for (let y = 1; y < named.length; y++) byYear.push({ year: named[y] as number, name: named[0] as string });
    }
    byYear.sort((x, y) => x.year - y.year);
    areas.push({
      code: entry[0],
      name: byYear[byYear.length - 1]!.name,
      kind: LETTER_KIND[entry[1]]!,
      states: entry[2].split('-'),
      names: byYear,
    });
  }
  return areas;
}

/**
 * The record of one occupation in one area and year, if the tables have it: its line found by
 * its key, as every line but the first starts after a newline. Its publication is its own
 * area's BLS page of its year: the data check refuses an area row citing anything else.
 */
export function findWageRecord(text: string, header: AreaTablesHeader, soc: Soc, code: string, year: number): WageRecord | undefined {
  const socIndex = header.socs.indexOf(soc);
  if (socIndex < 0) return undefined;
  const key = lineKey(socIndex, code, year);
  const at = text.indexOf(NL + key + ',');
  if (at < 0) return undefined;
  const end = text.indexOf(NL, at + 1);
  return decodeWageLine(header, text.slice(at + 1, end < 0 ? undefined : end));
}

function decodeWageLine(header: AreaTablesHeader, line: string): WageRecord {
  const fields = line.split(',');
  const key = fields.slice(0, 3).join(',');
  const values: Partial<Record<PublishedStat, number>> = {};
  header.stats.forEach((stat, k) => {
    const field = fields[3 + k]!.trim();
    if (field !== '') values[stat] = Number(field);
  });
  const missing: Partial<Record<PublishedStat, string>> = {};
  for (const [at, stat, reason] of header.missing) if (at === key) missing[stat] = reason;
  const code = fields[1]!;
  const year = Number(fields[2]);
  return {
    soc: header.socs[Number(fields[0])]!,
    area: code,
    year,
    release: `OEWS May ${year} (area)`,
    values,
    missing,
    publication: oewsArea(year, code),
  };
}

/** Everything at once: for the generator's round trip and tests (the add-on decodes a record when it is read). */
export function decodeAreaTables(text: string): AreaTables {
  const header = readHeader(text);
  const lines = text.split(NL).slice(LEADING_LINES + header.nameLines);
  return {
    areas: decodeAreas(header),
    wages: lines.filter((line) => line.trim() !== '').map((line) => decodeWageLine(header, line)),
    earlierStateWages: readEarlierStateWages(text),
    priceParities: readAreaParities(text),
  };
}
