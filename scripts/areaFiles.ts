/**
 * The metropolitan and nonmetropolitan area tables in `data/`, and their check.
 *
 * Two kinds of CSV, in the vocabulary of the reference files they extend:
 *  - area wages, `oews_metro_*.csv`: one row per occupation, area and OEWS year
 *    (`reference_period` "May 2025"), the area's published annual figures and location quotient;
 *  - area definitions, `oews_areas_*.csv`: every area BLS defines each year, with type and
 *    primary state, so an area without a figure can still be named.
 * Codes and names are per year (nonmetropolitan codes were redrawn in 2024), so a code is always
 * read with its year. `npm run data:update` writes both kinds from the official MSA and BOS files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { oewsArea, oewsAreaDefinitions, oewsNational, type Publication } from '../src/core/publishers';
import { FIPS_BY_ABBR, isStateOrDc } from './dataUpdate/areas';

/** The columns of the area wage tables (those of `oews_metro_29-2072_43-3021_2022_2025.csv`). */
export const AREA_WAGE_COLUMNS: readonly string[] = [
  'soc_code',
  'reference_period',
  'area_code',
  'area_name',
  'area_type',
  'state',
  'employment',
  'annual_mean',
  'annual_median',
  'annual_p25',
  'annual_p75',
  'location_quotient',
  'source',
  'source_url',
  'retrieved_from',
  'names_from',
];

/**
 * Figures an area wage row may carry: the annual figures and the location quotient (the
 * occupation's share of the area's jobs against its share nationally). p10 and p90 only where
 * the official file was read.
 */
export const AREA_FIGURES = [
  'employment',
  'annual_mean',
  'annual_median',
  'annual_p10',
  'annual_p25',
  'annual_p75',
  'annual_p90',
  'location_quotient',
] as const;
export type AreaFigure = (typeof AREA_FIGURES)[number];

/** The columns of the area definitions (those of `oews_areas_2022_2025.csv`). */
export const AREA_DEFINITION_COLUMNS: readonly string[] = [
  'reference_period',
  'area_code',
  'area_name',
  'area_type',
  'state',
  'source',
  'source_url',
  'retrieved_from',
];

export function isAreaWageFile(fileName: string): boolean {
  return /^oews_metro_.*\.csv$/.test(fileName);
}

export function isAreaDefinitionFile(fileName: string): boolean {
  return /^oews_areas_.*\.csv$/.test(fileName);
}

const SOCS = new Set(['29-2072', '43-3021', '29-9021']);
const UNUSABLE_STATUS = new Set(['conflicting', 'uncertain-year', 'historical']);
const PERCENTILES = ['annual_p10', 'annual_p25', 'annual_median', 'annual_p75', 'annual_p90'] as const;

type Row = Record<string, string>;

function readRows(path: string): Row[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Row[];
}

function yearOf(text: string | undefined): number {
  const match = /^(?:May\s+)?(\d{4})$/.exec((text ?? '').trim());
  return match ? Number(match[1]) : Number.NaN;
}

/**
 * What is wrong with an area's code, type and state, or undefined. MSA and NECTA codes have 5
 * digits; nonmetropolitan codes 7, starting with their state's FIPS code (0200006 is Alaska's).
 * A multi-state title ("Portland-Vancouver-Hillsboro, OR-WA") must name its primary state.
 */
function areaProblem(row: Row, territoriesAllowed: boolean): string | undefined {
  const { area_code: code = '', area_type: type = '', state = '', area_name: name = '' } = row;
  if (!name) return 'no area_name';
  if (type === 'msa') {
    if (!/^\d{5}$/.test(code)) return `area_code "${code}" is not a 5-digit MSA code`;
  } else if (type === 'nonmetro') {
    if (!/^\d{7}$/.test(code)) return `area_code "${code}" is not a 7-digit nonmetropolitan code`;
    if (code.slice(0, 2) !== FIPS_BY_ABBR[state]) return `area_code ${code} does not start with the FIPS code of ${state}`;
  } else return `area_type "${type}" is not msa or nonmetro`;
  const valid = territoriesAllowed ? state in FIPS_BY_ABBR : isStateOrDc(state);
  if (!valid) return `state "${state}" is not ${territoriesAllowed ? 'a state, DC or a territory' : 'a state or DC'}`;
  const titled = /, ([A-Z]{2}(?:-[A-Z]{2})*)(?: NECTA(?: Division)?)?$/.exec(name);
  if (type === 'msa' && titled && !titled[1]!.split('-').includes(state)) return `state ${state} is not among the states of "${name}"`;
  return undefined;
}

/** A row cites its publication and BLS's page for it: its own year's, and its own area's. */
function sourceProblem(row: Row, expected: Publication): string | undefined {
  if (!row.source) return 'no source';
  if (row.source_url !== expected.url) return `source_url "${row.source_url ?? ''}" is not ${expected.url}`;
  return undefined;
}

/**
 * Checks every area table in `dir`; one line per problem, naming file, year, area and field.
 * Codes are unique per year (a code repeated in another file must name the same area); a wage
 * row's area is the one the definitions of its year give; figures are positive numbers with
 * p10 <= p25 <= median <= p75 <= p90 where published (a median equal to p25 or p75 is valid);
 * every row cites its publication and BLS's page for its year and area (src/core/publishers.ts).
 * Wage rows are for the 50 states and DC (territories are kept aside, see
 * docs/REFRESHING_DATA.md); definitions may name territories.
 */
export function checkAreaFiles(dir: string): string[] {
  const problems: string[] = [];
  const files = readdirSync(dir).sort();
  const defined = new Map<string, { row: Row; file: string }>();
  for (const file of files.filter(isAreaDefinitionFile)) {
    for (const row of readRows(join(dir, file))) {
      const year = yearOf(row.reference_period);
      const label = `${file}: ${row.reference_period} ${row.area_code}`;
      if (!Number.isFinite(year)) problems.push(`${file}: ${row.area_code} has no valid reference_period ("${row.reference_period}")`);
      const problem = areaProblem(row, true) ?? sourceProblem(row, oewsAreaDefinitions(year));
      if (problem) problems.push(`${label}: ${problem}`);
      const key = `${year}|${row.area_code}`;
      const earlier = defined.get(key);
      if (!earlier) defined.set(key, { row, file });
      else if (['area_name', 'area_type', 'state'].some((c) => earlier.row[c] !== row[c])) {
        problems.push(
          `${label} is "${row.area_name}" (${row.area_type}, ${row.state}); ${earlier.file} says "${earlier.row.area_name}" (${earlier.row.area_type}, ${earlier.row.state})`,
        );
      }
    }
  }
  const definedYears = new Set([...defined.keys()].map((k) => k.split('|')[0]));

  const figures = new Map<string, { row: Row; file: string }>();
  for (const file of files.filter(isAreaWageFile)) {
    for (const row of readRows(join(dir, file))) {
      if (!SOCS.has(row.soc_code ?? '') || UNUSABLE_STATUS.has((row.status ?? '').trim())) continue;
      const year = yearOf(row.reference_period);
      const label = `${file}: ${row.soc_code} ${row.reference_period} ${row.area_code}`;
      if (!Number.isFinite(year)) {
        problems.push(`${file}: ${row.soc_code} ${row.area_code} has no valid reference_period ("${row.reference_period}")`);
        continue;
      }
      const national = row.area_type === 'national';
      const problem = national
        ? row.area_code === 'US' && row.state === 'US'
          ? undefined
          : 'a national row has area_code and state US'
        : areaProblem(row, false);
      if (problem) problems.push(`${label}: ${problem}`);
      const sources = sourceProblem(row, national ? oewsNational(year, row.soc_code!) : oewsArea(year, row.area_code ?? ''));
      if (sources) problems.push(`${label}: ${sources}`);
      if (!national && definedYears.has(String(year))) {
        const definition = defined.get(`${year}|${row.area_code}`)?.row;
        if (!definition) problems.push(`${label}: not among the areas defined for ${row.reference_period}`);
        else if (definition.area_name !== row.area_name || definition.state !== row.state) {
          problems.push(
            `${label}: "${row.area_name}" (${row.state}) but the definitions say "${definition.area_name}" (${definition.state})`,
          );
        }
      }

      const values: Partial<Record<AreaFigure, number>> = {};
      for (const stat of AREA_FIGURES) {
        const raw = (row[stat] ?? '').trim();
        if (raw === '') continue;
        const value = Number(raw);
        if (!Number.isFinite(value) || !(value > 0)) problems.push(`${label}: ${stat} must be a positive number ("${raw}")`);
        else values[stat] = value;
      }
      const present = PERCENTILES.filter((s) => values[s] !== undefined);
      for (let i = 1; i < present.length; i++) {
        const lower = values[present[i - 1]!]!;
        const upper = values[present[i]!]!;
        if (upper < lower) problems.push(`${label}: ${present[i]} (${upper}) is below ${present[i - 1]} (${lower})`);
      }

      // The same figure in two files must be the same figure.
      const key = `${row.soc_code}|${year}|${row.area_code}`;
      const earlier = figures.get(key);
      if (!earlier) figures.set(key, { row, file });
      else {
        for (const column of ['area_name', ...AREA_FIGURES]) {
          const [a, b] = [(earlier.row[column] ?? '').trim(), (row[column] ?? '').trim()];
          if (a !== '' && b !== '' && (column === 'area_name' ? a !== b : Number(a) !== Number(b))) {
            problems.push(`${label} ${column}: ${file} says ${b}, ${earlier.file} says ${a}`);
          }
        }
      }
    }
  }
  return problems;
}
