/**
 * Writes the metropolitan and nonmetropolitan areas of an official OEWS file (`MSA_M<year>_dl.xlsx`,
 * `BOS_M<year>_dl.xlsx`, or the all-data file) into the data directory, in the vocabulary of the
 * area tables (scripts/areaFiles.ts):
 *  - `oews_metro_may<year>_official.csv`: one row per occupation and area with its published
 *    figures, p10 and p90 included, and a `<figure>_missing` reason for every blank;
 *  - `oews_areas_may<year>_official.csv`: every area the file has a row for (any occupation),
 *    so an area without a figure for ours is still named.
 * Both hold a whole release: the MSA file replaces the rows of type `msa`, the BOS file those of
 * type `nonmetro`, so the two can be given in one run or in two.
 *
 * As for states (apply.ts), rows the official file replaces move to `superseded/`: in the other
 * `oews_metro_*.csv` files, the usable rows of the same year, occupation and area; in the other
 * `oews_areas_*.csv` files, the definitions of the same year and code. Rows of other years stay.
 * Areas in Puerto Rico, Guam and the Virgin Islands keep their definitions, but their figures go
 * to `territories/` with the territories' state rows (BEA publishes no price parity for them).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { oewsArea, oewsAreaDefinitions } from '../../src/core/publishers';
import { AREA_DEFINITION_COLUMNS, AREA_FIGURES, AREA_WAGE_COLUMNS, isAreaDefinitionFile, isAreaWageFile } from '../areaFiles';
import { ensureDir, replaceable, supersedeRows, TERRITORIES_DIR, TERRITORIES_README, yearOf, type UpdateLog } from './apply';
import { SOCS, type AreaType, type DefinedArea, type OewsFile, type OfficialAreaRow } from './oews';
import { DATA_EOL, readTable, writeTable } from './table';

/** The reference columns, then the percentiles only the official files have, then the reasons. */
export const OFFICIAL_AREA_WAGE_COLUMNS: readonly string[] = [
  ...AREA_WAGE_COLUMNS,
  'annual_p10',
  'annual_p90',
  ...AREA_FIGURES.map((figure) => `${figure}_missing`),
];

const TYPE_LABEL: Readonly<Record<AreaType, string>> = { msa: 'metropolitan', nonmetro: 'nonmetropolitan' };

/** A code as the area tables write it, whatever a copy did with its leading zero. */
function canonicalCode(row: Record<string, string>): string {
  const code = (row.area_code ?? '').trim();
  if (!/^\d+$/.test(code)) return code;
  return row.area_type === 'nonmetro' ? code.padStart(7, '0') : row.area_type === 'msa' ? code.padStart(5, '0') : code;
}

function byOccupationAndName(a: Record<string, string>, b: Record<string, string>): number {
  return (
    (a.soc_code ?? '').localeCompare(b.soc_code ?? '') ||
    a.area_name!.localeCompare(b.area_name!) ||
    a.area_code!.localeCompare(b.area_code!)
  );
}

function wageRow(row: OfficialAreaRow, year: number, retrievedFrom: string): Record<string, string> {
  const out: Record<string, string> = {
    soc_code: row.soc,
    reference_period: `May ${year}`,
    area_code: row.area.code,
    area_name: row.area.name,
    area_type: row.area.type,
    state: row.area.state,
    source: oewsArea(year, row.area.code).title,
    source_url: oewsArea(year, row.area.code).url,
    retrieved_from: retrievedFrom,
    // The names are the file's own AREA_TITLE.
    names_from: retrievedFrom,
  };
  for (const figure of AREA_FIGURES) {
    out[figure] = row.values[figure] ?? '';
    out[`${figure}_missing`] = row.missing[figure] ?? '';
  }
  return out;
}

function definitionRow(area: DefinedArea, year: number, retrievedFrom: string): Record<string, string> {
  return {
    reference_period: `May ${year}`,
    area_code: area.code,
    area_name: area.name,
    area_type: area.type,
    state: area.state,
    source: oewsAreaDefinitions(year).title,
    source_url: oewsAreaDefinitions(year).url,
    retrieved_from: retrievedFrom,
  };
}

/** Writes `rows` to `path`, keeping the rows of area types this file does not cover. */
function writeRelease(path: string, columns: readonly string[], covered: ReadonlySet<string>, rows: Record<string, string>[]): void {
  const kept = existsSync(path) ? readTable(path).rows.filter((r) => !covered.has(r.area_type ?? '')) : [];
  writeTable(path, { columns: [...columns], rows: [...kept, ...rows].sort(byOccupationAndName), eol: DATA_EOL });
}

/** The MSA and BOS files of a year write the same files; each is listed once. */
function written(log: UpdateLog, file: string): void {
  if (!log.written.includes(file)) log.written.push(file);
}

export function applyOewsAreas(dataDir: string, file: OewsFile, date: string, log: UpdateLog): void {
  if (file.areas.length === 0) return;
  const year = file.year;
  // The official file is provenance, as for the state rows: the zip on bls.gov and its member.
  const retrievedFrom = `${file.url}, member ${file.fileName}`;
  const covered = new Set<string>(file.areas.map((a) => a.type));

  const wageTarget = `oews_metro_may${year}_official.csv`;
  const inStates = file.areaRows.filter((r) => !r.area.territory);
  const inTerritories = file.areaRows.filter((r) => r.area.territory);
  writeRelease(
    join(dataDir, wageTarget),
    OFFICIAL_AREA_WAGE_COLUMNS,
    covered,
    inStates.map((r) => wageRow(r, year, retrievedFrom)),
  );
  written(log, wageTarget);
  if (inTerritories.length > 0) {
    const name = `oews_metro_territories_may${year}_official.csv`;
    const dir = ensureDir(dataDir, TERRITORIES_DIR, TERRITORIES_README);
    writeRelease(
      join(dir, name),
      OFFICIAL_AREA_WAGE_COLUMNS,
      covered,
      inTerritories.map((r) => wageRow(r, year, retrievedFrom)),
    );
    written(log, `${TERRITORIES_DIR}/${name}`);
  }

  const definitionTarget = `oews_areas_may${year}_official.csv`;
  writeRelease(
    join(dataDir, definitionTarget),
    AREA_DEFINITION_COLUMNS,
    covered,
    file.areas.map((a) => definitionRow(a, year, retrievedFrom)),
  );
  written(log, definitionTarget);

  const figureKeys = new Set(file.areaRows.map((r) => `${r.soc}|${r.area.code}`));
  const codes = new Set(file.areas.map((a) => a.code));
  for (const other of readdirSync(dataDir).sort()) {
    if (other !== wageTarget && isAreaWageFile(other)) {
      const replaced = (row: Record<string, string>) =>
        replaceable(row) && yearOf(row.reference_period) === year && figureKeys.has(`${row.soc_code}|${canonicalCode(row)}`);
      supersedeRows(dataDir, other, replaced, wageTarget, date, log);
    } else if (other !== definitionTarget && isAreaDefinitionFile(other)) {
      const replaced = (row: Record<string, string>) => yearOf(row.reference_period) === year && codes.has(canonicalCode(row));
      supersedeRows(dataDir, other, replaced, definitionTarget, date, log);
    }
  }
  summariseAreas(file, log);
}

function summariseAreas(file: OewsFile, log: UpdateLog): void {
  const count = (areas: readonly DefinedArea[]) =>
    (Object.keys(TYPE_LABEL) as AreaType[]).map((type) => `${areas.filter((a) => a.type === type).length} ${TYPE_LABEL[type]}`).join(', ');
  const territories = file.areas.filter((a) => a.territory).length;
  log.lines.push(
    `${file.fileName} (OEWS May ${file.year}, metropolitan and nonmetropolitan areas, ${file.url}): ` +
      `${file.areas.length} areas defined (${count(file.areas)}; ${territories} in territories)`,
  );
  const wages = ['annual_mean', 'annual_median', 'annual_p10', 'annual_p25', 'annual_p75', 'annual_p90'];
  for (const soc of SOCS) {
    const rows = file.areaRows.filter((r) => r.soc === soc);
    if (rows.length === 0) {
      log.lines.push(`  ${soc}: not in the file`);
      continue;
    }
    const inStates = rows.filter((r) => !r.area.territory);
    const withMedian = inStates.filter((r) => r.values.annual_median !== undefined).length;
    const full = inStates.filter((r) => wages.every((s) => r.values[s as keyof typeof r.values] !== undefined)).length;
    log.lines.push(
      `  ${soc} ${rows[0]!.occupation}: ${count(inStates.map((r) => r.area))} areas, ${rows.length - inStates.length} in territories (set aside); ` +
        `${withMedian} with a median, ${full} with all annual percentiles`,
    );
    const suppressed = rows
      .filter((r) => Object.keys(r.markers).length > 0)
      .map((r) => {
        const byMarker = new Map<string, string[]>();
        for (const [figure, marker] of Object.entries(r.markers)) byMarker.set(marker, [...(byMarker.get(marker) ?? []), figure]);
        const list = [...byMarker].map(
          ([marker, figures]) => `${marker} ${wages.every((w) => figures.includes(w)) ? 'all wages' : figures.join(',')}`,
        );
        return `${r.area.code} ${r.area.name} ${list.join('; ')}`;
      });
    if (suppressed.length > 0) log.lines.push(`    suppressed or top-coded: ${suppressed.join(' | ')}`);
  }
}
