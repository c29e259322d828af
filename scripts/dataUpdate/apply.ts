/**
 * Writes what the official files say into the data directory.
 *
 * Wages: one file per OEWS release and level, `oews_state_may<year>_official.csv` and
 * `oews_national_may<year>_official.csv`, in the loader's column vocabulary with a
 * `<stat>_missing` reason for every blank. The loader takes the latest year per occupation and
 * area and merges rows of the same year, which must agree. So that an official file is not
 * "disagreed with" by the intermediary copies it replaces, every usable row of the same year,
 * occupation and area in the other `oews_*.csv` files (of the area tables `oews_metro_*.csv`, their
 * national rows) and in `national_summary*.csv` is moved to
 * `superseded/<same file name>` (with `superseded_by` and `superseded_on`); a file left with no
 * rows is removed from data/. Rows of other years stay where they are. Territories (Puerto Rico,
 * Guam, Virgin Islands) are written to `territories/` next to it: BEA publishes no price parity
 * for them, so the add-on's areas stay the 50 states and DC.
 *
 * Price parities: the latest years of the BEA file replace every `bea_rpp_*.csv` (the old ones
 * are moved to superseded/). Projections: the rows of `projections_ooh.csv` for the same
 * occupation and period are replaced in place. Metropolitan and nonmetropolitan areas:
 * scripts/dataUpdate/applyAreas.ts.
 *
 * Every row cites as the hand-assembled files do (data/CITATIONS.md): `source` names the
 * publication, `source_url` is the publisher's page for it (./src/core/publishers.ts), and
 * `retrieved_from` is the official file the figures were read from.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WAGE_STATS, type Soc, type WageStat } from '../../src/core/referenceTypes';
import { employmentProjections, oewsNational, oewsState, regionalPriceParities } from '../../src/core/publishers';
import { isAreaDefinitionFile, isAreaWageFile } from '../areaFiles';
import { SOCS, type AreaKind, type OewsFile, type OfficialWageRow } from './oews';
import { PROJECTIONS_URL, type ProjectionsFile } from './projections';
import { releaseDate, RPP_URL, type RppFile } from './rpp';
import { appendRows, DATA_EOL, readTable, writeTable, type CsvTable } from './table';

export const SUPERSEDED_DIR = 'superseded';
export const TERRITORIES_DIR = 'territories';

/** Statuses the loader does not use (scripts/referenceData.ts); such rows never conflict. */
const UNUSABLE_STATUS = new Set(['conflicting', 'uncertain-year', 'historical']);

/** "May 2025" or "2025" → 2025, as the loader reads years. */
export function yearOf(value: string | undefined): number {
  const match = /^(?:May\s+)?(\d{4})$/.exec((value ?? '').trim());
  return match ? Number(match[1]) : Number.NaN;
}

export const WAGE_COLUMNS: readonly string[] = [
  'state_abbr',
  'state_name',
  'state_fips',
  'soc_code',
  'occupation',
  'year',
  'release',
  ...WAGE_STATS,
  ...WAGE_STATS.map((s) => `${s}_missing`),
  'source',
  'source_url',
  'retrieved_from',
  'status',
  'notes',
];

export interface UpdateLog {
  readonly written: string[];
  readonly removed: string[];
  readonly superseded: string[];
  readonly lines: string[];
}

export function ensureDir(dataDir: string, name: string, readme: string): string {
  const dir = join(dataDir, name);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const readmePath = join(dir, 'README.md');
  if (!existsSync(readmePath)) writeFileSync(readmePath, readme);
  return dir;
}

export const SUPERSEDED_README = `# Superseded rows

Rows that \`npm run data:update\` moved out of the reference files because an official file
replaced them: same occupation, area and year (wages), or the whole file (price parities).
Each row keeps its original columns and sources; \`superseded_by\` names the official file and
\`superseded_on\` the date. Nothing in this folder is read by the add-on. See
docs/REFRESHING_DATA.md.
`;

export const TERRITORIES_README = `# Territories

OEWS rows for Puerto Rico, Guam and the U.S. Virgin Islands (and their metropolitan and
nonmetropolitan areas), as published in the official state, MSA and BOS files. They are kept
here, outside the files the add-on reads, because BEA publishes no regional price parity for the
territories and the add-on covers the 50 states, DC and their areas. See docs/REFRESHING_DATA.md.
`;

function releaseLabel(year: number, kind: AreaKind): string {
  return `OEWS May ${year} (${kind === 'national' ? 'national' : 'state'})`;
}

function wageRow(row: OfficialWageRow, file: OewsFile, date: string): Record<string, string> {
  // Territories have their own state pages (oes_pr.htm), like the states.
  const publication = row.kind === 'national' ? oewsNational(file.year, row.soc) : oewsState(file.year, row.area);
  const out: Record<string, string> = {
    state_abbr: row.area,
    state_name: row.kind === 'national' ? 'United States' : row.areaName,
    state_fips: row.fips,
    soc_code: row.soc,
    occupation: row.occupation,
    year: String(file.year),
    release: releaseLabel(file.year, row.kind),
    source: publication.title,
    source_url: publication.url,
    retrieved_from: `${file.url}, member ${file.fileName}`,
    status: 'ok',
    notes: `official BLS file ${file.fileName}, read by npm run data:update on ${date}; values as published`,
  };
  for (const stat of WAGE_STATS) {
    out[stat] = row.values[stat] ?? '';
    out[`${stat}_missing`] = row.missing[stat] ?? '';
  }
  return out;
}

function byAreaName(a: Record<string, string>, b: Record<string, string>): number {
  return (a.soc_code! + a.state_name!).localeCompare(b.soc_code! + b.state_name!);
}

/**
 * Moves the rows of `file` for which `replaced` holds to superseded/<file> (with
 * `superseded_by` = `target` and `superseded_on`), removing the file from data/ when no row is
 * left. Returns the number of rows moved.
 */
export function supersedeRows(
  dataDir: string,
  file: string,
  replaced: (row: Record<string, string>) => boolean,
  target: string,
  date: string,
  log: UpdateLog,
): number {
  const path = join(dataDir, file);
  const table = readTable(path);
  const out = table.rows.filter(replaced);
  if (out.length === 0) return 0;
  const dir = ensureDir(dataDir, SUPERSEDED_DIR, SUPERSEDED_README);
  appendRows(
    join(dir, file),
    [...table.columns, 'superseded_by', 'superseded_on'],
    out.map((row) => ({ ...row, superseded_by: target, superseded_on: date })),
  );
  const kept = table.rows.filter((row) => !replaced(row));
  if (kept.length === 0) {
    rmSync(path);
    log.removed.push(file);
  } else writeTable(path, { ...table, rows: kept });
  log.superseded.push(`${file}: ${out.length} row(s) → ${SUPERSEDED_DIR}/${file}`);
  return out.length;
}

/** Rows the update may replace: those the loader uses, of the three occupations. */
export function replaceable(row: Record<string, string>): boolean {
  return !UNUSABLE_STATUS.has((row.status ?? '').trim()) && SOCS.includes(row.soc_code as Soc);
}

/**
 * Moves every usable row of another wage file that `official` replaces (same year, occupation
 * and area) to superseded/; in the area tables that is their national rows. Returns the number
 * of rows moved.
 */
function supersedeWageRows(dataDir: string, target: string, year: number, keys: ReadonlySet<string>, date: string, log: UpdateLog): number {
  let moved = 0;
  const files = readdirSync(dataDir).filter(
    (f) => f.endsWith('.csv') && f !== target && !isAreaDefinitionFile(f) && (f.startsWith('oews_') || f.startsWith('national_summary')),
  );
  for (const file of files.sort()) {
    const national = file.startsWith('national_summary');
    const areaTable = isAreaWageFile(file);
    const replaced = (row: Record<string, string>): boolean => {
      if (!replaceable(row)) return false;
      if (national) {
        return WAGE_STATS.includes(row.metric as WageStat) && yearOf(row.reference_period) === year && keys.has(`${row.soc_code}|US`);
      }
      if (areaTable) return row.area_code === 'US' && yearOf(row.reference_period) === year && keys.has(`${row.soc_code}|US`);
      return yearOf(row.year) === year && keys.has(`${row.soc_code}|${row.state_abbr || 'US'}`);
    };
    moved += supersedeRows(dataDir, file, replaced, target, date, log);
  }
  return moved;
}

export function applyOews(dataDir: string, file: OewsFile, date: string, log: UpdateLog): void {
  // The MSA and BOS files have no national, state or territory rows (applyOewsAreas reads them).
  if (file.rows.length === 0) return;
  const groups: { kind: AreaKind; dir: string; name: string }[] = [
    { kind: 'national', dir: dataDir, name: `oews_national_may${file.year}_official.csv` },
    { kind: 'state', dir: dataDir, name: `oews_state_may${file.year}_official.csv` },
    { kind: 'territory', dir: join(dataDir, TERRITORIES_DIR), name: `oews_territories_may${file.year}_official.csv` },
  ];
  for (const group of groups) {
    const rows = file.rows.filter((r) => r.kind === group.kind);
    if (rows.length === 0) continue;
    if (group.kind === 'territory') ensureDir(dataDir, TERRITORIES_DIR, TERRITORIES_README);
    const table: CsvTable = { columns: [...WAGE_COLUMNS], rows: rows.map((r) => wageRow(r, file, date)).sort(byAreaName), eol: DATA_EOL };
    writeTable(join(group.dir, group.name), table);
    log.written.push(group.kind === 'territory' ? `${TERRITORIES_DIR}/${group.name}` : group.name);
    if (group.kind !== 'territory') {
      const keys = new Set(rows.map((r) => `${r.soc}|${r.area}`));
      supersedeWageRows(dataDir, group.name, file.year, keys, date, log);
    }
  }
  summariseOews(file, log);
}

function summariseOews(file: OewsFile, log: UpdateLog): void {
  log.lines.push(`${file.fileName} (OEWS May ${file.year}, ${file.url})`);
  const annual: WageStat[] = ['annual_p10', 'annual_p25', 'annual_median', 'annual_p75', 'annual_p90'];
  for (const soc of SOCS) {
    const rows = file.rows.filter((r) => r.soc === soc);
    if (rows.length === 0) {
      log.lines.push(`  ${soc}: not in the file`);
      continue;
    }
    const count = (kind: AreaKind) => rows.filter((r) => r.kind === kind).length;
    const withMedian = rows.filter((r) => r.values.annual_median !== undefined).length;
    const full = rows.filter((r) => annual.every((s) => r.values[s] !== undefined)).length;
    log.lines.push(
      `  ${soc} ${rows[0]!.occupation}: ${count('state')} states/DC, ${count('territory')} territories, ${count('national')} national; ` +
        `${withMedian} with a median, ${full} with all annual percentiles`,
    );
    const suppressed = rows
      .filter((r) => Object.keys(r.markers).length > 0)
      .map((r) => {
        const byMarker = new Map<string, WageStat[]>();
        for (const [stat, marker] of Object.entries(r.markers) as [WageStat, string][])
          byMarker.set(marker, [...(byMarker.get(marker) ?? []), stat]);
        return `${r.area} ${[...byMarker].map(([marker, stats]) => `${marker} ${stats.length === WAGE_STATS.length - 1 ? 'all wages' : stats.join(',')}`).join('; ')}`;
      });
    if (suppressed.length > 0) log.lines.push(`    suppressed or top-coded: ${suppressed.join(' | ')}`);
  }
}

const RPP_COLUMNS = [
  'state_abbr',
  'state_name',
  'state_fips',
  'year',
  'rpp_all_items',
  'bea_release',
  'source',
  'source_url',
  'retrieved_from',
  'status',
  'notes',
];

export function applyRpp(dataDir: string, file: RppFile, date: string, log: UpdateLog): void {
  const name = `bea_rpp_states_${file.years.join('_')}.csv`;
  const rows = [...file.rows]
    .sort((a, b) => Number(a.area === 'US') - Number(b.area === 'US') || a.area.localeCompare(b.area) || b.year - a.year)
    .map((row) => {
      const publication = regionalPriceParities(row.year, releaseDate(file.release));
      return {
        state_abbr: row.area,
        state_name: row.name,
        state_fips: row.fips,
        year: String(row.year),
        rpp_all_items: row.rpp,
        bea_release: file.release,
        source: publication.title,
        source_url: publication.url,
        retrieved_from: `${RPP_URL}, member ${file.fileName}, LineCode ${row.lineCode} (RPPs: All items)`,
        status: 'ok',
        notes: `official BEA file, read by npm run data:update on ${date}; value as published`,
      };
    });
  // Every older parity file goes to superseded/, also one of the same name; rows an earlier run
  // wrote from the same BEA file are simply rewritten.
  const same = new Set(rows.map((r) => `${r.state_abbr}|${r.year}|${r.rpp_all_items}|${r.retrieved_from}`));
  for (const old of readdirSync(dataDir).filter((f) => f.startsWith('bea_rpp') && f.endsWith('.csv'))) {
    const table = readTable(join(dataDir, old));
    const out = table.rows.filter((r) => !same.has(`${r.state_abbr}|${r.year}|${r.rpp_all_items}|${r.retrieved_from}`));
    if (out.length > 0) {
      const dir = ensureDir(dataDir, SUPERSEDED_DIR, SUPERSEDED_README);
      appendRows(
        join(dir, old),
        [...table.columns, 'superseded_by', 'superseded_on'],
        out.map((row) => ({ ...row, superseded_by: name, superseded_on: date })),
      );
      log.superseded.push(`${old}: ${out.length} row(s) → ${SUPERSEDED_DIR}/${old}`);
    }
    rmSync(join(dataDir, old));
    if (old !== name) log.removed.push(old);
  }
  writeTable(join(dataDir, name), { columns: RPP_COLUMNS, rows, eol: DATA_EOL });
  log.written.push(name);
  const states = new Set(file.rows.filter((r) => r.area !== 'US').map((r) => r.area)).size;
  log.lines.push(`${file.fileName} (BEA release of ${file.release}): ${states} states and DC, years ${file.years.join(' and ')}`);
  if (file.notAvailable.length > 0) log.lines.push(`  not available: ${file.notAvailable.join(', ')}`);
}

export const PROJECTIONS_FILE = 'projections_ooh.csv';

/** A table in an older layout gains the citation columns after `source`, so rows written into it keep them. */
function withCitationColumns(table: CsvTable): CsvTable {
  const missing = ['source_url', 'retrieved_from'].filter((c) => !table.columns.includes(c));
  if (missing.length === 0) return table;
  const at = table.columns.indexOf('source') + 1 || table.columns.length;
  return { ...table, columns: [...table.columns.slice(0, at), ...missing, ...table.columns.slice(at)] };
}

export function applyProjections(dataDir: string, file: ProjectionsFile, date: string, log: UpdateLog): void {
  const path = join(dataDir, PROJECTIONS_FILE);
  const table = withCitationColumns(readTable(path));
  const publication = employmentProjections(file.period);
  let replacedCount = 0;
  let added = 0;
  for (const official of file.rows) {
    const sameSlot = (row: Record<string, string>) =>
      row.soc_code === official.soc && row.projection_period === official.period && !UNUSABLE_STATUS.has((row.status ?? '').trim());
    const previous = table.rows.find(sameSlot);
    // The OOH's rounded growth is not in the matrix table. A previous row's rounded figure is kept
    // only when it is the matrix value rounded, i.e. the same publication's figure.
    const rounded = previous?.growth_pct_ooh_rounded ?? '';
    const keepRounded = rounded !== '' && official.growthPct !== undefined && Math.round(Number(official.growthPct)) === Number(rounded);
    const notes = [
      `official BLS Employment Projections ${official.period}, ${file.table} of ${file.fileName}, read by npm run data:update on ${date}`,
      'employment and openings converted from thousands',
      keepRounded
        ? `growth_pct_ooh_rounded kept from the replaced row (${previous!.retrieved_from || previous!.source})`
        : 'OOH rounded growth is not in this table',
    ].join('; ');
    const row: Record<string, string> = {
      soc_code: official.soc,
      // The table writes titles in sentence case; keep the title the data files already use.
      occupation: table.rows.find((r) => r.soc_code === official.soc)?.occupation || official.occupation,
      projection_period: official.period,
      base_year_employment: official.baseEmployment ?? '',
      growth_pct_ooh_rounded: keepRounded ? rounded : '',
      growth_pct_matrix: official.growthPct ?? '',
      annual_openings: official.openings ?? '',
      median_annual_pay: official.medianPay ?? '',
      median_hourly_pay: '',
      pay_reference: official.payReference ?? '',
      typical_entry_education: official.education ?? '',
      source: publication.title,
      source_url: publication.url,
      retrieved_from: `${PROJECTIONS_URL}, ${file.table} (${file.fileName})`,
      status: 'ok',
      notes,
    };
    const first = table.rows.findIndex(sameSlot);
    if (first >= 0) {
      replacedCount += table.rows.filter(sameSlot).length;
      table.rows = table.rows.filter((r, i) => i === first || !sameSlot(r));
      table.rows[first] = row;
    } else {
      // New occupation or period: before that occupation's older periods, or at the end.
      const at = table.rows.findIndex((r) => r.soc_code === official.soc && (r.projection_period ?? '') < official.period);
      table.rows.splice(at >= 0 ? at : table.rows.length, 0, row);
      added++;
    }
  }
  writeTable(path, table);
  log.written.push(PROJECTIONS_FILE);
  const absent = SOCS.filter((soc) => !file.rows.some((r) => r.soc === soc));
  log.lines.push(
    `${file.fileName} (${file.table}, ${file.period}): ${replacedCount} row(s) replaced, ${added} added` +
      (absent.length > 0 ? `; not in the file: ${absent.join(', ')}` : ''),
  );
}
