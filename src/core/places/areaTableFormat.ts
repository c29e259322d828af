/**
 * The form the area tables take in dist/AreaTables.html: short keys and the values of each record
 * in column order. The generator encodes, src/core/places/areaTables.ts decodes a record when it is first
 * read; a test round-trips the data.
 */
import type { Area, AreaKind, AreaTables, PublishedStat, Soc, WageRecord } from '../referenceTypes';
import { oewsArea } from '../publishers';

/** The project file the tables ship in, as HtmlService names it (dist/AreaTables.html). */
export const AREA_TABLES_FILE = 'AreaTables';

export interface CompactAreaTables {
  /** Statistic names: the order of the values in each wage row. */
  readonly stats: readonly PublishedStat[];
  readonly socs: readonly Soc[];
  /** [code, "m" | "n", states "OR-WA", [name, year, year, …], …]. */
  readonly areas: readonly (readonly [string, string, string, ...(readonly (string | number)[])[]])[];
  /** [soc index, area code, year, value per stat or null]. */
  readonly wages: readonly (readonly (string | number | null)[])[];
  /** [wage row index, stat, why the value is blank]. */
  readonly missing: readonly (readonly [number, PublishedStat, string])[];
  /** As the records are: a few hundred, read only for a year argument. */
  readonly earlierStateWages: readonly WageRecord[];
}

const KIND_LETTER: Readonly<Record<string, string>> = { metropolitan: 'm', nonmetropolitan: 'n' };
const LETTER_KIND: Readonly<Record<string, AreaKind>> = { m: 'metropolitan', n: 'nonmetropolitan' };

/** The generator's side of the format (scripts/generateData.ts); decodeAreaTables reverses it. */
export function encodeAreaTables(tables: AreaTables): CompactAreaTables {
  const stats = [...new Set(tables.wages.flatMap((w) => Object.keys(w.values) as PublishedStat[]))];
  const socs = [...new Set(tables.wages.map((w) => w.soc))];
  const missing: [number, PublishedStat, string][] = [];
  const wages = tables.wages.map((w, i) => {
    for (const [stat, reason] of Object.entries(w.missing) as [PublishedStat, string][]) missing.push([i, stat, reason]);
    return [socs.indexOf(w.soc), w.area, w.year, ...stats.map((s) => w.values[s] ?? null)];
  });
  const areas = tables.areas.map((a) => {
    const byName = new Map<string, number[]>();
    for (const { year, name } of a.names ?? []) byName.set(name, [...(byName.get(name) ?? []), year]);
    return [a.code, KIND_LETTER[a.kind]!, a.states.join('-'), ...[...byName].map(([name, years]) => [name, ...years])] as const;
  });
  return { stats, socs, areas, wages, missing, earlierStateWages: tables.earlierStateWages };
}

/** The areas, all of them: a few hundred, decoded at once. */
export function decodeAreas(compact: CompactAreaTables): Area[] {
  return compact.areas.map(([code, kind, states, ...names]) => {
    const byYear = names
      .flatMap(([name, ...years]) => years.map((year) => ({ year: year as number, name: name as string })))
      .sort((a, b) => a.year - b.year);
    return { code, name: byYear[byYear.length - 1]!.name, kind: LETTER_KIND[kind]!, states: states.split('-'), names: byYear };
  });
}

/**
 * One wage row as a record; `missing` holds the reasons of its blank values. Its publication is
 * its own area's BLS page of its year: the data check refuses an area row citing anything else.
 */
export function decodeWageRow(
  compact: CompactAreaTables,
  row: CompactAreaTables['wages'][number],
  missing: Partial<Record<PublishedStat, string>> = {},
): WageRecord {
  const [soc, code, year] = row as [number, string, number];
  const values: Partial<Record<PublishedStat, number>> = {};
  compact.stats.forEach((stat, k) => {
    const value = row[3 + k];
    if (typeof value === 'number') values[stat] = value;
  });
  return {
    soc: compact.socs[soc]!,
    area: code,
    year,
    release: `OEWS May ${year} (area)`,
    values,
    missing,
    publication: oewsArea(year, code),
  };
}

/** Every row at once: for the generator's round trip and tests (the add-on decodes a row when it is read). */
export function decodeAreaTables(compact: CompactAreaTables): AreaTables {
  const missing = new Map<number, Partial<Record<PublishedStat, string>>>();
  for (const [index, stat, reason] of compact.missing) missing.set(index, { ...missing.get(index), [stat]: reason });
  return {
    areas: decodeAreas(compact),
    wages: compact.wages.map((row, i) => decodeWageRow(compact, row, missing.get(i))),
    earlierStateWages: compact.earlierStateWages,
  };
}
