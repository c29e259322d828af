/**
 * `npm run data:update` against fixture copies of the official files (test/data/officialFixtures.ts),
 * run on a temporary copy of data/, then read back with the loader the build uses.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataUpdate } from '../../scripts/dataUpdate';
import { readTable } from '../../scripts/dataUpdate/table';
import { DataUpdateError, markerReason, topCodeFromNotes } from '../../scripts/dataUpdate/oews';
import { PROJECTIONS_URL } from '../../scripts/dataUpdate/projections';
import { loadReferenceData, ReferenceDataError } from '../../scripts/referenceData';
import type { ReferenceData, Soc } from '../../src/core/referenceTypes';
import {
  area,
  fixtureParity,
  oewsRow,
  stateRows,
  writeNationalFile,
  writeProjectionsFile,
  writeRppFile,
  writeStateFile,
} from './officialFixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA = join(ROOT, 'data');
const DATE = '2026-11-26';

let scratch: string;
let downloads: string;
const files: Record<'state' | 'national' | 'projections' | 'rpp', string> = { state: '', national: '', projections: '', rpp: '' };

/** A copy of data/ (without the generated module) to update. */
function copyOfData(): string {
  const dir = mkdtempSync(join(scratch, 'data-'));
  cpSync(DATA, dir, { recursive: true, filter: (src) => !src.startsWith(join(DATA, 'generated')) });
  return dir;
}

function wage(data: ReferenceData, soc: Soc, code: string) {
  const record = data.wages.find((w) => w.soc === soc && w.area === code);
  if (!record) throw new Error(`no ${code} ${soc}`);
  return record;
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'data-update-'));
  downloads = mkdtempSync(join(scratch, 'downloads-'));
  files.state = await writeStateFile(downloads);
  files.national = await writeNationalFile(downloads);
  files.projections = await writeProjectionsFile(downloads);
  files.rpp = writeRppFile(downloads);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('data:update with the official May 2025 files', () => {
  let dir: string;
  let data: ReferenceData;
  let result: Awaited<ReturnType<typeof runDataUpdate>>;

  beforeAll(async () => {
    dir = copyOfData();
    result = await runDataUpdate({ files: Object.values(files), dataDir: dir, date: DATE });
    data = loadReferenceData(dir);
  });

  it('passes the data check: same-year intermediary rows no longer disagree', () => {
    expect(result.problems).toEqual([]);
    expect(result.written).toEqual(
      expect.arrayContaining(['oews_state_may2025_official.csv', 'oews_national_may2025_official.csv', 'projections_ooh.csv']),
    );
  });

  it('gives a state that only had a May 2025 median its own published percentiles', () => {
    const ak = wage(data, '29-2072', 'AK');
    expect(ak.year).toBe(2025);
    expect(ak.release).toBe('OEWS May 2025 (state)');
    expect(ak.publication).toEqual({ title: 'BLS OEWS May 2025, state estimates', url: 'https://www.bls.gov/oes/2025/may/oes_ak.htm' });
    expect(ak.values).toMatchObject({
      employment: 1070,
      annual_mean: 62650,
      annual_p10: 42640,
      annual_p25: 50130,
      annual_median: 61090,
      annual_p75: 73220,
      annual_p90: 84860,
      hourly_median: 29.37,
      hourly_p90: 40.8,
    });
    expect(wage(data, '43-3021', 'AK').values.employment).toBe(1150);
    expect(wage(data, '29-9021', 'AK').year).toBe(2025);
  });

  it('turns BLS markers into blank values with a reason', () => {
    const vt = wage(data, '29-2072', 'VT');
    expect(vt.values.employment).toBeUndefined();
    expect(vt.missing.employment).toBe('BLS marker ** : employment estimate not released');
    expect(vt.values.annual_median).toBe(49920);

    const dc = wage(data, '29-9021', 'DC');
    expect(dc.year).toBe(2025);
    expect(dc.values.annual_p90).toBeUndefined();
    expect(dc.missing.annual_p90).toBe('BLS marker # : at or above the top-coded wage $239,200');
    expect(dc.missing.hourly_p90).toBe('BLS marker # : at or above the top-coded wage $115.00/hour');

    // No May 2025 median for WY 29-9021 (`*`): the estimate falls back to the latest year that has one.
    expect(wage(data, '29-9021', 'WY').year).toBe(2024);
    const official = readTable(join(dir, 'oews_state_may2025_official.csv')).rows.find((r) => r.state_abbr === 'WY');
    expect(official).toMatchObject({ annual_median: '', annual_median_missing: 'BLS marker * : wage estimate not available', employment: '60' });
  });

  it('cites the publisher page of each row and records the official file it was read from', () => {
    const rows = readTable(join(dir, 'oews_state_may2025_official.csv')).rows;
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.source).toBe('BLS OEWS May 2025, state estimates');
      expect(row.source_url).toBe(`https://www.bls.gov/oes/2025/may/oes_${row.state_abbr!.toLowerCase()}.htm`);
      expect(row.retrieved_from).toBe('https://www.bls.gov/oes/special-requests/oesm25st.zip, member state_M2025_dl.xlsx');
      expect(row.release).toBe('OEWS May 2025 (state)');
      expect(row.notes).toContain(DATE);
    }
    const us = readTable(join(dir, 'oews_national_may2025_official.csv')).rows;
    expect(us.map((r) => r.soc_code).sort()).toEqual(['29-2072', '29-9021', '43-3021']);
    expect(us.find((r) => r.soc_code === '43-3021')).toMatchObject({
      state_abbr: 'US',
      source: 'BLS Occupational Employment and Wage Statistics (OEWS), May 2025, national estimates',
      source_url: 'https://www.bls.gov/oes/2025/may/oes433021.htm',
      retrieved_from: 'https://www.bls.gov/oes/special-requests/oesm25nat.zip, member national_M2025_dl.xlsx',
    });
    expect(wage(data, '29-2072', 'US')).toMatchObject({
      release: 'OEWS May 2025 (national)',
      publication: { url: 'https://www.bls.gov/oes/2025/may/oes292072.htm' },
    });
    expect(data.settings.allSettings.source).toBe('https://www.bls.gov/oes/2025/may/oes292072.htm');
    const territories = readTable(join(dir, 'territories', 'oews_territories_may2025_official.csv')).rows;
    expect(territories[0]).toMatchObject({ source_url: 'https://www.bls.gov/oes/2025/may/oes_pr.htm' });
  });

  it('moves the replaced same-year rows to superseded/ and leaves other years and states alone', () => {
    const moved = readTable(join(dir, 'superseded', 'oews_29-2072_state_may2025.csv')).rows;
    expect(moved.map((r) => r.state_abbr).sort()).toEqual(['AK', 'US', 'VT']);
    expect(moved[0]).toMatchObject({ superseded_by: expect.stringMatching(/_official\.csv$/), superseded_on: DATE });
    const national = readTable(join(dir, 'superseded', 'national_summary_29-2072_and_related.csv')).rows;
    expect(national.every((r) => r.reference_period === 'May 2025')).toBe(true);
    // A state the official file does not cover keeps its intermediary May 2025 row.
    expect(wage(data, '29-2072', 'AL')).toMatchObject({ year: 2025, release: 'OEWS May 2025 (state)' });
    const al = readTable(join(dir, 'oews_29-2072_state_may2025.csv')).rows.find((r) => r.state_abbr === 'AL');
    expect(al?.retrieved_from).toMatch(/^https:\/\/github\.com\//);
    // May 2024 rows are untouched.
    const may2024 = readTable(join(dir, 'oews_29-2072_29-9021_state_may2024.csv')).rows;
    expect(may2024).toHaveLength(readTable(join(DATA, 'oews_29-2072_29-9021_state_may2024.csv')).rows.length);
  });

  it('keeps the territories out of the add-on areas', () => {
    expect(data.areas.map((a) => a.code)).not.toContain('PR');
    const territories = readTable(join(dir, 'territories', 'oews_territories_may2025_official.csv')).rows;
    expect(territories).toMatchObject([{ state_abbr: 'PR', state_fips: '72', soc_code: '29-2072', annual_median: '24750' }]);
  });

  it('replaces the price parities with the BEA file', () => {
    expect(readdirSync(dir).filter((f) => f.startsWith('bea_rpp'))).toEqual(['bea_rpp_states_2023_2024.csv']);
    const previous = readTable(join(DATA, 'bea_rpp_states_2023_2024.csv')).rows.length;
    expect(readTable(join(dir, 'superseded', 'bea_rpp_states_2023_2024.csv')).rows).toHaveLength(previous);
    const ca = data.priceParities.find((p) => p.area === 'CA')!;
    expect(ca).toMatchObject({ year: 2024, rpp: Number(fixtureParity('06', 2024)) });
    expect(ca.publication).toEqual({
      title: 'BEA Regional Price Parities by state, 2024 (released 19 February 2026)',
      url: 'https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
    });
    expect(ca.release).toContain('February 19, 2026');
    const written = readTable(join(dir, 'bea_rpp_states_2023_2024.csv')).rows.find((r) => r.state_abbr === 'CA');
    expect(written?.retrieved_from).toMatch(/^https:\/\/apps\.bea\.gov\/regional\/zip\/SARPP\.zip, member SARPP_STATE_2008_2024\.csv/);
    expect(data.priceParities.filter((p) => p.area !== 'US')).toHaveLength(51);
  });

  it('updates the projections of the three occupations', () => {
    const coder = data.projections.find((p) => p.soc === '29-2072')!;
    expect(coder).toMatchObject({
      period: '2025-2035',
      growth: 0.078,
      growthRounded: 0.08,
      openings: 14000,
      median: 51140,
      publication: {
        title: 'BLS Employment Projections 2025–2035, occupational data',
        url: 'https://www.bls.gov/emp/tables/emp-by-detailed-occupation.htm',
      },
    });
    expect(data.projections.find((p) => p.soc === '43-3021')).toMatchObject({ period: '2025-2035', growth: expect.closeTo(-0.037), openings: 40200 });
    const rows = readTable(join(dir, 'projections_ooh.csv')).rows;
    expect(rows.find((r) => r.soc_code === '29-9021' && r.projection_period === '2025-2035')).toMatchObject({
      retrieved_from: `${PROJECTIONS_URL}, Table 1.2 (occupation.xlsx)`,
      base_year_employment: '39600',
      typical_entry_education: "Associate's degree",
      pay_reference: 'May 2025',
    });
    // Rows of other periods, and the one marked conflicting, stay.
    expect(rows.filter((r) => r.soc_code === '29-2072' && r.projection_period === '2024-2034')).toHaveLength(2);
    expect(rows.filter((r) => r.soc_code === '29-2072' && r.projection_period === '2025-2035')).toHaveLength(1);
  });

  it('can be run again with the same files', async () => {
    const before = readFileSync(join(dir, 'oews_state_may2025_official.csv'), 'utf8');
    const movedBefore = readTable(join(dir, 'superseded', 'oews_29-2072_state_may2025.csv')).rows.length;
    const again = await runDataUpdate({ files: Object.values(files), dataDir: dir, date: DATE });
    expect(again.problems).toEqual([]);
    expect(again.superseded).toEqual([]);
    expect(readFileSync(join(dir, 'oews_state_may2025_official.csv'), 'utf8')).toBe(before);
    expect(readTable(join(dir, 'superseded', 'oews_29-2072_state_may2025.csv')).rows).toHaveLength(movedBefore);
  });
});

describe('data:update refuses bad input', () => {
  it('fails the check on a broken file, naming the state and the field', async () => {
    const dir = copyOfData();
    const rows = stateRows();
    rows[0] = oewsRow(area.AK, '29-2072', {
      emp: 1070,
      hourly: [30.12, 20.5, 24.1, 29.37, 35.2, 40.8],
      annual: [62650, 42640, 50130, 61090, 58000, 84860],
    });
    const broken = await writeStateFile(mkdtempSync(join(scratch, 'broken-')), rows);
    const result = await runDataUpdate({ files: [broken], dataDir: dir, date: DATE });
    expect(result.problems).toEqual(['AK 29-2072 2025: annual_p75 (58000) is below annual_median (61090)']);
    expect(() => loadReferenceData(dir)).toThrow(ReferenceDataError);
    expect(() => loadReferenceData(dir)).toThrow(/AK 29-2072 2025: annual_p75/);
  });

  it('exits non-zero from the command line with the problem list', async () => {
    const dir = copyOfData();
    const rows = stateRows();
    rows[4] = oewsRow(area.VT, '29-2072', { emp: 900, hourly: [24.9, 17.4, 20.2, 24.0, 28.9, 33.6], annual: [51790, 36190, 52020, 49920, 60110, 69890] });
    const broken = await writeStateFile(mkdtempSync(join(scratch, 'cli-')), rows);
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/dataUpdate.ts', '--data-dir', dir, '--date', DATE, broken], {
      cwd: ROOT,
    });
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('29-2072 Medical Records Specialists: 2 states/DC, 1 territories, 0 national');
    expect(failure?.stdout).toMatch(/suppressed or top-coded: .*WY \* all wages/);
    expect(failure?.stderr).toContain('VT 29-2072 2025: annual_median (49920) is below annual_p25 (52020)');
  });

  it('stops before writing anything when a cell is neither a number nor a marker', async () => {
    const dir = copyOfData();
    const rows = stateRows();
    rows[0] = { ...rows[0], A_PCT25: 'n/a' };
    const bad = await writeStateFile(mkdtempSync(join(scratch, 'bad-')), rows);
    await expect(runDataUpdate({ files: [bad, files.rpp], dataDir: dir, date: DATE })).rejects.toThrow(DataUpdateError);
    await expect(runDataUpdate({ files: [bad], dataDir: dir, date: DATE })).rejects.toThrow(/AK 29-2072 A_PCT25 is "n\/a"/);
    expect(existsSync(join(dir, 'oews_state_may2025_official.csv'))).toBe(false);
    expect(existsSync(join(dir, 'superseded'))).toBe(false);
  });

  it('needs the official file name to know the year', async () => {
    const renamed = await writeStateFile(mkdtempSync(join(scratch, 'renamed-')), stateRows(), 'wages.xlsx');
    await expect(runDataUpdate({ files: [renamed], dataDir: copyOfData(), date: DATE })).rejects.toThrow(/keep the official file name/);
  });
});

describe('BLS markers', () => {
  it('reads the top-coded wage from the notes of the file', () => {
    const topCode = topCodeFromNotes(['Notes:', '#  = indicates a wage equal to or greater than $100.00 per hour or $208,000 per year ']);
    expect(topCode).toEqual({ hourly: '$100.00', annual: '$208,000' });
    expect(markerReason('#', 'annual_p90', topCode)).toBe('BLS marker # : at or above the top-coded wage $208,000');
    expect(markerReason('#', 'hourly_p90', undefined)).toContain("see the file's Field Descriptions");
    expect(markerReason('~', 'employment', undefined)).toContain('0.5%');
    expect(markerReason('n/a', 'employment', undefined)).toBeUndefined();
  });
});
