/**
 * Reads the BLS OEWS metropolitan and nonmetropolitan area files in `data/` and checks them:
 * the one check of these files, each problem reported once.
 *
 * A file is an area file by its columns, whatever its name: `area_code` with `soc_code` holds
 * area wages, one row per occupation, area and year; `area_code` without `soc_code` lists the
 * areas BLS defined each year (with or without a figure). The vocabulary (scripts/areaFiles.ts,
 * the columns `npm run data:update` writes):
 *
 *   soc_code, reference_period ("May 2025"), area_code, area_name, area_type (msa | nonmetro |
 *   national), state, employment, annual_mean, annual_median, annual_p25, annual_p75,
 *   location_quotient (any other published statistic by its name), <stat>_missing (why a cell
 *   is blank), source (the publication), source_url (the publisher's page), retrieved_from
 *   (the copy read, provenance only), status.
 *
 * Codes and names are per year (nonmetropolitan codes were redrawn for May 2024), so a code is
 * always read with its year. Rows of the same occupation, area code and year from several files
 * merge and must agree. National rows are not area figures: they are checked against the
 * national figures instead. Every year is kept (the add-on answers with the latest by default).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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
import { oewsArea, oewsAreaDefinitions, oewsNational, type Publication } from '../src/core/publishers';
import { FIPS_BY_ABBR, isStateOrDc } from './dataUpdate/areas';
import { checkCitationColumns, readCsv, usable, yearOf, type Row } from './referenceCsv';

const SOCS: readonly Soc[] = ['29-2072', '43-3021', '29-9021'];
const STATS: readonly PublishedStat[] = [...WAGE_STATS, 'location_quotient'];
const PERCENTILES: readonly PublishedStat[] = ['annual_p10', 'annual_p25', 'annual_median', 'annual_p75', 'annual_p90'];
const AREA_TYPES: Readonly<Record<string, AreaKind>> = { msa: 'metropolitan', nonmetro: 'nonmetropolitan' };

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

/** The states an MSA title names after its last comma ("…, OR-WA" → OR, WA; "…, MA NECTA" → MA); none for other names. */
export function titleStates(name: string): string[] {
  const match = /,\s*([A-Z]{2}(?:-[A-Z]{2})*)(?: NECTA(?: Division)?)?\s*$/.exec(name);
  return match ? match[1]!.split('-') : [];
}

interface MergedRecord {
  soc: Soc;
  code: string;
  name: string;
  year: number;
  values: Partial<Record<PublishedStat, number>>;
  missing: Partial<Record<PublishedStat, string>>;
  publication: Publication;
  /** The rows it was read from: "oews_metro_x.csv row 12". */
  rows: string[];
}

export interface AreaDataResult {
  readonly tables: AreaTables;
  readonly national: readonly NationalFigure[];
}

/** The area files in `dir`: every `oews_*.csv` whose columns make it one. */
export function readAreaFiles(dir: string): AreaFile[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith('oews_') && f.endsWith('.csv'))
    .sort()
    .flatMap((file) => {
      const rows = readCsv(join(dir, file));
      const kind = areaFileKind(Object.keys(rows[0] ?? {}));
      return kind ? [{ file, kind, rows }] : [];
    });
}

/**
 * The area files of `dir` on their own, checked as `npm run data:check` checks them beside the
 * other files: their citation columns, then every rule of `readAreaData`. One line per problem.
 */
export function checkAreaFiles(dir: string): string[] {
  const problems: string[] = [];
  const files = readAreaFiles(dir);
  for (const { file, rows } of files) checkCitationColumns(file, rows, problems);
  readAreaData(files, problems);
  return problems;
}

/**
 * Reads every area file; appends one line per problem to `found`, each naming the file, the
 * area (code and year), and for a figure its occupation, row and column:
 *  - a code names one area per year: the same code in two files has the same name, type and
 *    state; a wage row's area is the one its year's definitions give (its own when no
 *    definitions cover that year);
 *  - an area has a name; an MSA code has 5 digits, a nonmetropolitan code 7 starting with its
 *    state's FIPS code; its state is a state or DC (a territory in definitions only: territory
 *    figures are kept aside in data/territories/); a multi-state MSA title names its state;
 *  - figures are positive numbers with p10 ≤ p25 ≤ median ≤ p75 ≤ p90 where published (a median
 *    equal to a quartile is valid data), and the same figure in two files agrees;
 *  - a row cites BLS's page for its own year and area (national rows their occupation's
 *    national page, definitions the year's definitions page). Whether a row names a publication
 *    and a publisher's page at all is `checkCitationColumns`'s rule, for every file.
 */
export function readAreaData(files: readonly AreaFile[], found: string[]): AreaDataResult {
  const problems: string[] = [];
  const definitions = new Map<string, Definition>();
  const byKind = (kind: AreaFileKind) => files.filter((f) => f.kind === kind);
  readDefinitions(byKind('definitions'), definitions, problems);
  const { records, national } = readWages(byKind('wages'), definitions, problems);

  const wages: WageRecord[] = [];
  for (const r of records.values()) {
    problems.push(...orderProblems(r.values, `${r.rows.join(' and ')}: ${figureLabel(r.soc, r.year, r.code, r.name)}`));
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
  // An area problem found on every occupation's row of a file is listed once.
  found.push(...new Set(problems));
  return { tables: { areas: areaIdentities([...definitions.values()]), wages, earlierStateWages: [], priceParities: [] }, national };
}

const areaLabel = (file: string, year: number, code: string): string => `${file}: May ${year} area ${code}`;
const figureLabel = (soc: string, year: number, code: string, name: string): string => `${soc} May ${year} area ${code} (${name})`;

/** The area a row names, or its problem when the row has no valid year or type. */
function definitionOf(row: Row, file: string, where: string): Definition | string {
  const year = yearOf(row.reference_period ?? '');
  if (!Number.isFinite(year)) return `${where}: no valid reference_period ("${row.reference_period ?? ''}")`;
  const type = (row.area_type ?? '').trim();
  const kind = AREA_TYPES[type];
  if (!kind) return `${where}: area_type "${type}" is not msa or nonmetro`;
  const [code, name, state] = [row.area_code, row.area_name, row.state].map((v) => (v ?? '').trim()) as [string, string, string];
  return { year, code, name, kind, state, file };
}

function stateProblem(state: string, territories: boolean): string {
  return `state "${state}" is not ${territories ? 'a state, DC or a territory' : 'a state or DC (territory figures are kept in data/territories/)'}`;
}

/** What is wrong with an area's name, code and state; `territories`: a territory is a valid state. */
function areaProblems(d: Definition, territories: boolean): string[] {
  const problems: string[] = [];
  if (!d.name) problems.push('no area_name');
  if (!isStateOrDc(d.state) && !(territories && d.state in FIPS_BY_ABBR)) problems.push(stateProblem(d.state, territories));
  if (d.kind === 'metropolitan' && !/^\d{5}$/.test(d.code)) problems.push(`area_code "${d.code}" is not a 5-digit MSA code`);
  if (d.kind === 'nonmetropolitan') {
    if (!/^\d{7}$/.test(d.code)) problems.push(`area_code "${d.code}" is not a 7-digit nonmetropolitan code`);
    else if (d.state in FIPS_BY_ABBR && d.code.slice(0, 2) !== FIPS_BY_ABBR[d.state])
      problems.push(`area_code ${d.code} does not start with the FIPS code of ${d.state} (${FIPS_BY_ABBR[d.state]})`);
  }
  const named = titleStates(d.name);
  if (d.kind === 'metropolitan' && named.length > 0 && !named.includes(d.state))
    problems.push(`filed under ${d.state}, which its title "${d.name}" does not name`);
  return problems;
}

/** Adds an area; a code already used that year for another area is a problem. */
function define(d: Definition, definitions: Map<string, Definition>, problems: string[]): void {
  const key = `${d.year}|${d.code}`;
  const existing = definitions.get(key);
  if (!existing) definitions.set(key, d);
  else if (existing.name !== d.name || existing.kind !== d.kind || existing.state !== d.state)
    problems.push(
      `area code ${d.code} is used twice in May ${d.year}: "${existing.name}" (${existing.kind}, ${existing.state}, ${existing.file}) and "${d.name}" (${d.kind}, ${d.state}, ${d.file})`,
    );
}

function readDefinitions(files: readonly AreaFile[], definitions: Map<string, Definition>, problems: string[]): void {
  for (const { file, rows } of files) {
    for (const [index, row] of rows.entries()) {
      if (!usable(row)) continue;
      const d = definitionOf(row, file, `${file} row ${index + 2}`);
      if (typeof d === 'string') {
        problems.push(d);
        continue;
      }
      const label = areaLabel(file, d.year, d.code);
      problems.push(...areaProblems(d, true).map((p) => `${label}: ${p}`));
      const expected = oewsAreaDefinitions(d.year).url;
      const url = (row.source_url ?? '').trim();
      if (url && url !== expected) problems.push(`${label}: cites ${url}, not the definitions page ${expected}`);
      define(d, definitions, problems);
    }
  }
}

function readWages(
  files: readonly AreaFile[],
  definitions: Map<string, Definition>,
  problems: string[],
): { records: Map<string, MergedRecord>; national: NationalFigure[] } {
  const definedYears = new Set([...definitions.values()].map((d) => d.year));
  const records = new Map<string, MergedRecord>();
  const national: NationalFigure[] = [];
  for (const { file, rows } of files) {
    for (const [index, row] of rows.entries()) {
      if (!usable(row)) continue;
      const where = `${file} row ${index + 2}`;
      const soc = row.soc_code as Soc;
      const url = (row.source_url ?? '').trim();
      if ((row.area_type ?? '').trim() === 'national') {
        if (!SOCS.includes(soc)) continue;
        const year = yearOf(row.reference_period ?? '');
        if (!Number.isFinite(year)) {
          problems.push(`${where}: no valid reference_period ("${row.reference_period ?? ''}")`);
          continue;
        }
        const label = `${where}: national ${soc} May ${year}`;
        if (row.area_code !== 'US' || row.state !== 'US') problems.push(`${label}: a national row has area_code and state US`);
        const expected = oewsNational(year, soc).url;
        if (url && url !== expected) problems.push(`${label}: cites ${url}, not its own page ${expected}`);
        const { values } = statValues(row, label, problems);
        problems.push(...orderProblems(values, label));
        national.push(...Object.entries(values).map(([stat, value]) => ({ soc, year, stat: stat as PublishedStat, value, file })));
        continue;
      }
      const d = definitionOf(row, file, where);
      if (typeof d === 'string') {
        problems.push(d);
        continue;
      }
      // The area: as its year's definitions give it, or this row's own where no definitions cover the year.
      // A row whose area is not the defined one is that one problem: its figures are not read.
      const label = areaLabel(file, d.year, d.code);
      if (definedYears.has(d.year)) {
        const defined = definitions.get(`${d.year}|${d.code}`);
        if (!defined) {
          problems.push(`${label} (${d.name}): not among the areas defined for May ${d.year}`);
          continue;
        }
        if (defined.name !== d.name || defined.kind !== d.kind || defined.state !== d.state) {
          problems.push(
            `${label}: "${d.name}" (${d.kind}, ${d.state}) but the definitions say "${defined.name}" (${defined.kind}, ${defined.state})`,
          );
          continue;
        }
        if (!isStateOrDc(d.state)) problems.push(`${label}: ${stateProblem(d.state, false)}`);
      } else {
        problems.push(...areaProblems(d, false).map((p) => `${label}: ${p}`));
        define(d, definitions, problems);
      }
      if (!SOCS.includes(soc)) continue;

      const figure = `${where}: ${figureLabel(soc, d.year, d.code, d.name)}`;
      const { values, missing } = statValues(row, figure, problems);
      // Every area figure is cited as its own area's page of its own year (data/CITATIONS.md).
      const expected = oewsArea(d.year, d.code);
      const publication = { title: (row.source ?? '').trim(), url };
      if (url && url !== expected.url) problems.push(`${figure}: cites ${url}, not its own page ${expected.url}`);
      if (publication.title && publication.title !== expected.title)
        problems.push(`${figure}: names the publication "${publication.title}", not "${expected.title}"`);

      const key = `${soc}|${d.code}|${d.year}`;
      const existing = records.get(key);
      if (!existing) {
        records.set(key, { soc, code: d.code, name: d.name, year: d.year, values, missing, publication, rows: [where] });
        continue;
      }
      for (const [stat, value] of Object.entries(values) as [PublishedStat, number][]) {
        const other = existing.values[stat];
        if (other !== undefined && other !== value)
          problems.push(
            `${figureLabel(soc, d.year, d.code, d.name)} ${stat}: ${where} says ${value}, ${existing.rows.join(' and ')} says ${other}`,
          );
        existing.values[stat] = value;
      }
      Object.assign(existing.missing, missing);
      existing.rows.push(where);
    }
  }
  return { records, national };
}

/** A row's published figures, each a positive number; a blank keeps the reason in `<stat>_missing`. */
function statValues(
  row: Row,
  label: string,
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
    if (Number.isFinite(value) && value > 0) values[stat] = value;
    else problems.push(`${label}: ${stat} must be a positive number ("${raw}")`);
  }
  return { values, missing };
}

/** p10 ≤ p25 ≤ median ≤ p75 ≤ p90 over those published; a median equal to a quartile is valid data. */
function orderProblems(values: Partial<Record<PublishedStat, number>>, label: string): string[] {
  const present = PERCENTILES.filter((s) => values[s] !== undefined);
  return present.slice(1).flatMap((stat, i) => {
    const [lower, upper] = [values[present[i]!]!, values[stat]!];
    return upper < lower ? [`${label}: ${stat} (${upper}) is below ${present[i]} (${lower})`] : [];
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
