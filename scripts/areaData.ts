/**
 * Reads the BLS OEWS metropolitan and nonmetropolitan area files in `data/` and checks them.
 *
 * A file is an area file by its columns, whatever its name: `area_code` with `soc_code` holds
 * area wages, one row per occupation, area and year; `area_code` without `soc_code` lists the
 * areas BLS defined each year (with or without a figure). The vocabulary (the columns of
 * `oews_metro_29-2072_43-3021_2022_2025.csv`, which `npm run data:update` also writes):
 *
 *   soc_code, reference_period ("May 2025"), area_code, area_name, area_type (msa | nonmetro |
 *   national), state, employment, annual_mean, annual_median, annual_p25, annual_p75,
 *   location_quotient (any other published statistic by its name), <stat>_missing (why a cell
 *   is blank), source (the publication), source_url (the publisher's page), retrieved_from
 *   (the copy read, provenance only), status.
 *
 * Rows of the same occupation, area code and year from several files merge and must agree.
 * National rows are not area figures: they are checked against the national figures instead.
 * Every year is kept (the add-on answers with the latest by default).
 */
import {
  WAGE_STATS,
  type Area,
  type AreaKind,
  type AreaName,
  type AreaTables,
  type WageRecord,
  type PublishedStat,
  type Soc,
} from '../src/core/referenceTypes';
import { oewsArea, oewsNational, type Publication } from '../src/core/publishers';

type Row = Record<string, string>;

const SOCS: readonly Soc[] = ['29-2072', '43-3021', '29-9021'];
const STATS: readonly PublishedStat[] = [...WAGE_STATS, 'location_quotient'];
const UNUSABLE_STATUS = new Set(['conflicting', 'uncertain-year', 'historical']);
const AREA_TYPES: Readonly<Record<string, AreaKind>> = { msa: 'metropolitan', nonmetro: 'nonmetropolitan' };
/** Territories BLS defines areas in (code lists, not statistics); the add-on has no state figures for them. */
export const TERRITORIES: Readonly<Record<string, string>> = { PR: 'Puerto Rico', GU: 'Guam', VI: 'Virgin Islands' };

export type AreaFileKind = 'wages' | 'definitions';

/** What an `oews_*.csv` file holds, from its header; undefined for a state or national wage file. */
export function areaFileKind(columns: readonly string[]): AreaFileKind | undefined {
  if (!columns.includes('area_code')) return undefined;
  return columns.includes('soc_code') ? 'wages' : 'definitions';
}

export interface AreaFile {
  readonly file: string;
  readonly kind: AreaFileKind;
  readonly rows: readonly Row[];
}

/** A national figure from an area file, to compare with the national estimates. */
export interface NationalFigure {
  readonly soc: Soc;
  readonly year: number;
  readonly stat: PublishedStat;
  readonly value: number;
  readonly file: string;
}

interface Definition {
  readonly year: number;
  readonly code: string;
  readonly name: string;
  readonly kind: AreaKind;
  readonly state: string;
  readonly file: string;
}

function yearOf(text: string | undefined): number {
  const match = /^(?:May\s+)?(\d{4})$/.exec((text ?? '').trim());
  return match ? Number(match[1]) : Number.NaN;
}

function usable(row: Row): boolean {
  return !UNUSABLE_STATUS.has((row.status ?? '').trim());
}

/** The states an MSA title names after its last comma ("…, OR-WA" → OR, WA); none for other names. */
export function titleStates(name: string): string[] {
  const match = /,\s*([A-Z]{2}(?:-[A-Z]{2})*)\s*$/.exec(name);
  return match ? match[1]!.split('-') : [];
}

interface MergedRecord {
  soc: Soc;
  code: string;
  year: number;
  values: Partial<Record<PublishedStat, number>>;
  missing: Partial<Record<PublishedStat, string>>;
  publication: Publication;
  file: string;
}

export interface AreaDataResult {
  readonly tables: AreaTables;
  readonly national: readonly NationalFigure[];
}

/**
 * Reads every area file; appends one line per problem to `problems`. `states` are the USPS codes
 * of the states and DC the add-on knows.
 */
export function readAreaData(files: readonly AreaFile[], states: ReadonlySet<string>, found: string[]): AreaDataResult {
  // A problem seen in several files (a code defined twice) is listed once.
  const problems: string[] = [];
  const definitions = new Map<string, Definition>();
  const national: NationalFigure[] = [];
  const records = new Map<string, MergedRecord>();

  const define = (d: Definition, where: string): void => {
    if (!d.code || !/^\d{5}$|^\d{7}$/.test(d.code)) problems.push(`${where}: area code "${d.code}" is not a 5- or 7-digit BLS code`);
    if (!d.name) problems.push(`${where}: area ${d.code} has no name`);
    if (!states.has(d.state) && !(d.state in TERRITORIES)) problems.push(`${where}: area ${d.code} has no valid state ("${d.state}")`);
    const named = titleStates(d.name);
    if (d.kind === 'metropolitan' && named.length > 0 && !named.includes(d.state))
      problems.push(`${where}: area ${d.code} is filed under ${d.state}, which its title "${d.name}" does not name`);
    const key = `${d.year}|${d.code}`;
    const existing = definitions.get(key);
    if (!existing) definitions.set(key, d);
    else if (existing.name !== d.name || existing.kind !== d.kind || existing.state !== d.state)
      problems.push(
        `area code ${d.code} is used twice in May ${d.year}: "${existing.name}" (${existing.kind}, ${existing.state}, ${existing.file}) and "${d.name}" (${d.kind}, ${d.state}, ${d.file})`,
      );
  };

  for (const { file, kind, rows } of files) {
    for (const [index, row] of rows.entries()) {
      if (!usable(row)) continue;
      const where = `${file} row ${index + 2}`;
      const year = yearOf(row.reference_period);
      if (!Number.isFinite(year)) {
        problems.push(`${where}: no valid reference_period ("${row.reference_period ?? ''}")`);
        continue;
      }
      const type = (row.area_type ?? '').trim();
      if (type === 'national') {
        if (kind !== 'wages' || !SOCS.includes(row.soc_code as Soc)) continue;
        const expected = oewsNational(year, row.soc_code!).url;
        if ((row.source_url ?? '').trim() !== expected)
          problems.push(`${where}: national ${row.soc_code} ${year} cites ${row.source_url ?? ''}, not its own page ${expected}`);
        national.push(...nationalFigures(row, year, file));
        continue;
      }
      const areaKind = AREA_TYPES[type];
      if (!areaKind) {
        problems.push(`${where}: area_type "${type}" is not msa, nonmetro or national`);
        continue;
      }
      const code = (row.area_code ?? '').trim();
      define({ year, code, name: (row.area_name ?? '').trim(), kind: areaKind, state: (row.state ?? '').trim(), file }, where);
      if (kind === 'definitions') continue;
      const soc = row.soc_code as Soc;
      if (!SOCS.includes(soc)) continue;
      const { values, missing } = statValues(row, `${where}: ${code} ${soc} ${year}`, problems);
      const publication = { title: (row.source ?? '').trim(), url: (row.source_url ?? '').trim() };
      // Every area figure is cited as its own area's page of its own year (data/CITATIONS.md).
      const expected = oewsArea(year, code);
      if (publication.url && publication.url !== expected.url)
        problems.push(`${where}: ${code} ${soc} ${year} cites ${publication.url}, not its own page ${expected.url}`);
      if (publication.title && publication.title !== expected.title)
        problems.push(`${where}: ${code} ${soc} ${year} names the publication "${publication.title}", not "${expected.title}"`);
      const key = `${soc}|${code}|${year}`;
      const existing = records.get(key);
      if (!existing) {
        records.set(key, { soc, code, year, values, missing, publication, file });
        continue;
      }
      for (const [stat, value] of Object.entries(values) as [PublishedStat, number][]) {
        const other = existing.values[stat];
        if (other !== undefined && other !== value)
          problems.push(`${code} ${soc} ${year} ${stat}: ${file} says ${value}, ${existing.file} says ${other}`);
        existing.values[stat] = value;
      }
      Object.assign(existing.missing, missing);
      if (publication.title !== existing.publication.title || publication.url !== existing.publication.url)
        problems.push(
          `${code} ${soc} ${year}: ${file} cites "${publication.title}" ${publication.url}, ${existing.file} cites "${existing.publication.title}" ${existing.publication.url}`,
        );
    }
  }

  const wages: WageRecord[] = [];
  for (const r of records.values()) {
    for (const stat of Object.keys(r.values) as PublishedStat[]) delete r.missing[stat];
    wages.push({
      soc: r.soc,
      area: r.code,
      year: r.year,
      release: `OEWS May ${r.year} (area)`,
      values: r.values,
      missing: r.missing,
      publication: r.publication,
    });
  }
  wages.sort((a, b) => a.soc.localeCompare(b.soc) || a.area.localeCompare(b.area) || a.year - b.year);
  const tables: AreaTables = { areas: areaIdentities([...definitions.values()]), wages, earlierStateWages: [] };
  problems.push(...checkAreaTables(tables));
  found.push(...new Set(problems));
  return { tables, national };
}

function statValues(
  row: Row,
  where: string,
  problems: string[],
): { values: Partial<Record<PublishedStat, number>>; missing: Partial<Record<PublishedStat, string>> } {
  const values: Partial<Record<PublishedStat, number>> = {};
  const missing: Partial<Record<PublishedStat, string>> = {};
  for (const stat of STATS) {
    const raw = (row[stat] ?? '').trim();
    if (raw === '') {
      if (row[`${stat}_missing`]) missing[stat] = row[`${stat}_missing`]!;
      continue;
    }
    const value = Number(raw);
    if (Number.isFinite(value)) values[stat] = value;
    else problems.push(`${where}: ${stat} is not a number ("${raw}")`);
  }
  return { values, missing };
}

function nationalFigures(row: Row, year: number, file: string): NationalFigure[] {
  const soc = row.soc_code as Soc;
  if (!SOCS.includes(soc)) return [];
  return STATS.flatMap((stat) => {
    const raw = (row[stat] ?? '').trim();
    return raw !== '' && Number.isFinite(Number(raw)) ? [{ soc, year, stat, value: Number(raw), file }] : [];
  });
}

/**
 * One area per MSA code: OMB keeps a CBSA code for the same metropolitan core when it redraws
 * the counties, and BLS follows it, so its titles by year are one area's names. Nonmetropolitan
 * codes are BLS's own and were reassigned when BLS redrew those areas for May 2024 (2600004 is
 * one area in 2023 and another in 2024), so there a code and its name together are the area.
 */
function areaIdentities(definitions: readonly Definition[]): Area[] {
  const groups = new Map<string, Definition[]>();
  for (const d of definitions) {
    const key = d.kind === 'metropolitan' ? d.code : `${d.code}|${d.name}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const areas: Area[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.year - b.year);
    const latest = group.at(-1)!;
    const states = new Set<string>([latest.state]);
    for (const d of [...group].reverse()) for (const s of [d.state, ...titleStates(d.name)]) states.add(s);
    const names: AreaName[] = group.map((d) => ({ year: d.year, name: d.name }));
    areas.push({ code: latest.code, name: latest.name, kind: latest.kind, states: [...states], names });
  }
  return areas.sort((a, b) => a.code.localeCompare(b.code) || a.names!.at(-1)!.year - b.names!.at(-1)!.year);
}

/** Codes unique per year, names, states, p25 ≤ median ≤ p75, positive values, sources. */
export function checkAreaTables(tables: AreaTables): string[] {
  const problems: string[] = [];
  const defined = new Map<string, Area>();
  for (const area of tables.areas) for (const { year } of area.names ?? []) defined.set(`${area.code}|${year}`, area);
  for (const record of tables.wages) {
    const label = `${record.area} ${record.soc} ${record.year}`;
    if (!defined.has(`${record.area}|${record.year}`)) problems.push(`${label}: area not defined for that year`);
    const { annual_p25: p25, annual_median: median, annual_p75: p75 } = record.values;
    if (p25 !== undefined && median !== undefined && median < p25)
      problems.push(`${label}: annual_median ${median} is below annual_p25 ${p25}`);
    if (median !== undefined && p75 !== undefined && p75 < median)
      problems.push(`${label}: annual_p75 ${p75} is below annual_median ${median}`);
    if (p25 !== undefined && p75 !== undefined && p75 < p25) problems.push(`${label}: annual_p75 ${p75} is below annual_p25 ${p25}`);
    for (const [stat, value] of Object.entries(record.values))
      if (!(value > 0)) problems.push(`${label}: ${stat} must be positive (${value})`);
    if (!record.publication.title || !record.publication.url) problems.push(`${label}: no source`);
  }
  return problems;
}
