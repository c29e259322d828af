/**
 * `npm run data:update -- [--data-dir <dir>] [--date YYYY-MM-DD] <files...>`
 *
 * Rewrites the reference data from the official files, as downloaded:
 *  - BLS OEWS `state_M<year>_dl.xlsx` (oesm<yy>st.zip), `national_M<year>_dl.xlsx` (oesm<yy>nat.zip),
 *    and the metropolitan and nonmetropolitan area files `MSA_M<year>_dl.xlsx` and
 *    `BOS_M<year>_dl.xlsx` (oesm<yy>ma.zip);
 *  - BLS Employment Projections `occupation.xlsx` (Table 1.2), or that table as CSV;
 *  - BEA `SARPP_STATE_2008_<year>.csv` (SARPP.zip).
 * for SOC 29-2072, 43-3021 and 29-9021, prints what it wrote (counts per occupation, areas with
 * suppressed or top-coded values), then runs the same check as `npm run data:check` and exits
 * non-zero with its problem list if it fails. How files are replaced: scripts/dataUpdate/apply.ts,
 * scripts/dataUpdate/applyAreas.ts and docs/REFRESHING_DATA.md.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyOews, applyProjections, applyRpp, type UpdateLog } from './dataUpdate/apply';
import { applyOewsAreas } from './dataUpdate/applyAreas';
import { DataUpdateError, isOewsFileName, readOewsFile } from './dataUpdate/oews';
import { readProjectionsFile } from './dataUpdate/projections';
import { isRppFileName, readRppFile } from './dataUpdate/rpp';
import { findHeader, readWorkbook } from './dataUpdate/workbook';
import { loadReferenceData, ReferenceDataError } from './referenceData';

const DEFAULT_DATA_DIR = join(fileURLToPath(import.meta.url), '..', '..', 'data');

export interface DataUpdateOptions {
  readonly files: readonly string[];
  readonly dataDir: string;
  /** Recorded in every row's note; defaults to today. */
  readonly date?: string;
}

export interface DataUpdateResult extends UpdateLog {
  /** The check's problems (empty when it passed). */
  readonly problems: readonly string[];
}

type Kind = 'oews' | 'rpp' | 'projections';

async function kindOf(path: string): Promise<Kind> {
  const name = basename(path);
  if (isOewsFileName(name)) return 'oews';
  if (isRppFileName(name)) return 'rpp';
  if (/\.xlsx$/i.test(name)) {
    // A renamed OEWS file still has the OEWS header; anything else is taken for the projections table.
    const sheets = await readWorkbook(path);
    const oews = sheets.some((s) => findHeader(s.rows, (keys) => keys.includes('occ_code') && keys.includes('a_median')) >= 0);
    return oews ? 'oews' : 'projections';
  }
  if (/\.csv$/i.test(name)) return 'projections';
  throw new DataUpdateError(`${name}: not an .xlsx or .csv file`);
}

export async function runDataUpdate(options: DataUpdateOptions): Promise<DataUpdateResult> {
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  if (!existsSync(options.dataDir)) throw new DataUpdateError(`data directory ${options.dataDir} does not exist`);
  const log: UpdateLog = { written: [], removed: [], superseded: [], lines: [] };
  // Read everything first, so a bad file stops the update before anything is written.
  type Parsed =
    | { kind: 'oews'; data: Awaited<ReturnType<typeof readOewsFile>> }
    | { kind: 'rpp'; data: ReturnType<typeof readRppFile> }
    | { kind: 'projections'; data: Awaited<ReturnType<typeof readProjectionsFile>> };
  const parsed: Parsed[] = [];
  for (const file of options.files) {
    if (!existsSync(file)) throw new DataUpdateError(`${file}: no such file`);
    const kind = await kindOf(file);
    if (kind === 'oews') parsed.push({ kind, data: await readOewsFile(file) });
    else if (kind === 'rpp') parsed.push({ kind, data: readRppFile(file) });
    else parsed.push({ kind, data: await readProjectionsFile(file) });
  }
  // Older releases first, so a newer file's rows are the ones left in place.
  const order = (p: Parsed) => (p.kind === 'oews' ? p.data.year : 0);
  for (const item of [...parsed].sort((a, b) => order(a) - order(b))) {
    if (item.kind === 'oews') {
      applyOews(options.dataDir, item.data, date, log);
      applyOewsAreas(options.dataDir, item.data, date, log);
    } else if (item.kind === 'rpp') applyRpp(options.dataDir, item.data, date, log);
    else applyProjections(options.dataDir, item.data, date, log);
  }
  let problems: readonly string[] = [];
  try {
    loadReferenceData(options.dataDir);
  } catch (error) {
    if (!(error instanceof ReferenceDataError)) throw error;
    problems = error.problems;
  }
  return { ...log, problems };
}

export function parseArgs(argv: readonly string[]): DataUpdateOptions | 'help' {
  const files: string[] = [];
  let dataDir = DEFAULT_DATA_DIR;
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--data-dir' || arg === '--date') {
      const value = argv[++i];
      if (!value) throw new DataUpdateError(`${arg} needs a value`);
      if (arg === '--data-dir') dataDir = resolve(value);
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new DataUpdateError('--date must be YYYY-MM-DD');
      else date = value;
    } else if (arg.startsWith('--')) throw new DataUpdateError(`unknown option ${arg}`);
    else files.push(resolve(arg));
  }
  if (files.length === 0) throw new DataUpdateError('no files given (see --help)');
  return { files, dataDir, date };
}

const USAGE = `usage: npm run data:update -- [--data-dir <dir>] [--date YYYY-MM-DD] <files...>

files: state_M<year>_dl.xlsx, national_M<year>_dl.xlsx, MSA_M<year>_dl.xlsx, BOS_M<year>_dl.xlsx
(BLS OEWS), occupation.xlsx (BLS Employment Projections, Table 1.2, or that table as .csv),
SARPP_STATE_2008_<year>.csv (BEA).
See docs/REFRESHING_DATA.md.`;

async function main(): Promise<void> {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (options === 'help') {
      console.log(USAGE);
      return;
    }
    const result = await runDataUpdate(options);
    console.log(result.lines.join('\n'));
    console.log(`\nwritten: ${result.written.join(', ')}`);
    if (result.superseded.length > 0) console.log(`superseded (moved, not deleted):\n  ${result.superseded.join('\n  ')}`);
    if (result.removed.length > 0) console.log(`removed from ${options.dataDir} (all rows superseded): ${result.removed.join(', ')}`);
    if (result.problems.length > 0) {
      console.error(`\ndata check failed (${result.problems.length} problem(s)):\n  - ${result.problems.join('\n  - ')}`);
      process.exit(1);
    }
    console.log('\ndata check: ok. Review with `git diff --stat data/`, then `npm run data:generate` (or the build) to bundle it.');
  } catch (error) {
    if (error instanceof DataUpdateError) {
      console.error(`data update: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) void main();
