/**
 * `npm run data:update` with fixture copies of the official OEWS metropolitan (MSA) and
 * nonmetropolitan (BOS) area files (test/data/officialFixtures.ts), run on a temporary copy of
 * data/ to which the intermediary area tables are added as an excerpt of the reference files
 * (test/data/fixtures/oews_metro_sample.csv, oews_areas_sample.csv), then checked as
 * `npm run data:check` checks them.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataUpdate } from '../../scripts/dataUpdate';
import { AREA_WAGE_COLUMNS } from '../../scripts/areaFiles';
import { checkAreaFiles } from '../../scripts/areaData';
import { OFFICIAL_AREA_WAGE_COLUMNS } from '../../scripts/dataUpdate/applyAreas';
import { DataUpdateError } from '../../scripts/dataUpdate/oews';
import { readTable } from '../../scripts/dataUpdate/table';
import { bosRows, metro, msaRows, oewsRow, writeBosFile, writeMsaFile, writeNationalFile } from './officialFixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const DATA = join(ROOT, 'data');
const FIXTURES = join(import.meta.dirname, 'fixtures');
/** The names the intermediary area tables have in data/ (data/SOURCES.md, metropolitan areas). */
const INTERMEDIARY_WAGES = 'oews_metro_29-2072_43-3021_2022_2025.csv';
const INTERMEDIARY_AREAS = 'oews_areas_2022_2025.csv';
const DATE = '2026-11-26';

let scratch: string;
const files = { msa: '', bos: '', national: '' };

/** A copy of data/ (without the generated module) holding the intermediary area tables. */
function copyOfData(): string {
  const dir = mkdtempSync(join(scratch, 'data-'));
  cpSync(DATA, dir, { recursive: true, filter: (src) => !src.startsWith(join(DATA, 'generated')) });
  copyFileSync(join(FIXTURES, 'oews_metro_sample.csv'), join(dir, INTERMEDIARY_WAGES));
  copyFileSync(join(FIXTURES, 'oews_areas_sample.csv'), join(dir, INTERMEDIARY_AREAS));
  return dir;
}

function rowsOf(dir: string, file: string) {
  return readTable(join(dir, file)).rows;
}

function find(rows: Record<string, string>[], soc: string, code: string, period = 'May 2025') {
  const row = rows.find((r) => r.soc_code === soc && r.area_code === code && r.reference_period === period);
  if (!row) throw new Error(`no ${soc} ${code} ${period}`);
  return row;
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'data-update-areas-'));
  const downloads = mkdtempSync(join(scratch, 'downloads-'));
  files.msa = await writeMsaFile(downloads);
  files.bos = await writeBosFile(downloads);
  files.national = await writeNationalFile(downloads);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('data:update with the official May 2025 MSA and BOS files', () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof runDataUpdate>>;
  let wages: Record<string, string>[];
  let areas: Record<string, string>[];

  beforeAll(async () => {
    dir = copyOfData();
    result = await runDataUpdate({ files: [files.msa, files.bos, files.national], dataDir: dir, date: DATE });
    wages = rowsOf(dir, 'oews_metro_may2025_official.csv');
    areas = rowsOf(dir, 'oews_areas_may2025_official.csv');
  });

  it('writes the area tables in the columns of the intermediary ones and passes the data check', () => {
    expect(result.problems).toEqual([]);
    expect(result.written).toEqual(expect.arrayContaining(['oews_metro_may2025_official.csv', 'oews_areas_may2025_official.csv']));
    const columns = readTable(join(dir, 'oews_metro_may2025_official.csv')).columns;
    expect(columns).toEqual(OFFICIAL_AREA_WAGE_COLUMNS);
    expect(columns.slice(0, AREA_WAGE_COLUMNS.length)).toEqual(readTable(join(FIXTURES, 'oews_metro_sample.csv')).columns);
    expect(readTable(join(dir, 'oews_areas_may2025_official.csv')).columns).toEqual(readTable(join(FIXTURES, 'oews_areas_sample.csv')).columns);
    // One row per occupation and area in the 50 states and DC: 8 MSA rows less Aguadilla (PR), 4 BOS rows.
    expect(wages).toHaveLength(11);
  });

  it('keeps the published figures, p10 and p90 included', () => {
    expect(find(wages, '29-2072', '41940')).toMatchObject({
      area_name: 'San Jose-Sunnyvale-Santa Clara, CA',
      area_type: 'msa',
      state: 'CA',
      employment: '920',
      annual_mean: '97430',
      annual_p10: '50210',
      annual_p25: '63760',
      annual_median: '86890',
      annual_p75: '123190',
      annual_p90: '150830',
      location_quotient: '0.65',
      annual_median_missing: '',
    });
  });

  it('cites the publication and the BLS page of the area, with the official file as provenance', () => {
    expect(find(wages, '29-2072', '41940')).toMatchObject({
      source: 'BLS OEWS May 2025, metropolitan and nonmetropolitan area estimates',
      source_url: 'https://www.bls.gov/oes/2025/may/oes_41940.htm',
      retrieved_from: 'https://www.bls.gov/oes/special-requests/oesm25ma.zip, member MSA_M2025_dl.xlsx',
      names_from: 'https://www.bls.gov/oes/special-requests/oesm25ma.zip, member MSA_M2025_dl.xlsx',
    });
    expect(find(wages, '29-2072', '0200006')).toMatchObject({
      source_url: 'https://www.bls.gov/oes/2025/may/oes_0200006.htm',
      retrieved_from: 'https://www.bls.gov/oes/special-requests/oesm25ma.zip, member BOS_M2025_dl.xlsx',
    });
  });

  it('writes a multi-state area once, under its primary state', () => {
    expect(find(wages, '29-2072', '38900')).toMatchObject({ area_name: 'Portland-Vancouver-Hillsboro, OR-WA', state: 'OR', annual_median: '61890' });
    expect(find(wages, '29-2072', '45500')).toMatchObject({ area_name: 'Texarkana, TX-AR', state: 'TX' });
    expect(wages.filter((r) => r.area_code === '38900')).toHaveLength(1);
  });

  it('keeps the leading zero of nonmetropolitan codes, also where the cell held a number', () => {
    expect(find(wages, '29-2072', '0200006')).toMatchObject({ area_name: 'Alaska nonmetropolitan area', area_type: 'nonmetro', state: 'AK' });
    expect(find(wages, '29-2072', '0100003')).toMatchObject({ area_name: 'Southwest Alabama nonmetropolitan area', state: 'AL', annual_median: '39150' });
    expect(find(wages, '43-3021', '4800003')).toMatchObject({ state: 'TX' });
    expect(areas.filter((a) => a.area_type === 'nonmetro').map((a) => a.area_code)).toEqual(['0200006', '4800003', '0100003']);
  });

  it('turns BLS markers into blank figures with the reason', () => {
    expect(find(wages, '29-2072', '45500')).toMatchObject({
      employment: '',
      employment_missing: 'BLS marker ** : employment estimate not released',
      location_quotient: '',
      location_quotient_missing: 'BLS marker ** : employment estimate not released',
      annual_median: '34940',
    });
    const suppressed = find(wages, '43-3021', '45500');
    expect(suppressed).toMatchObject({ employment: '120', annual_median: '', annual_p25: '', annual_mean: '' });
    expect(suppressed.annual_median_missing).toBe('BLS marker * : wage estimate not available');
    expect(find(wages, '29-9021', '41940')).toMatchObject({
      annual_p75: '168200',
      annual_p90: '',
      annual_p90_missing: 'BLS marker # : at or above the top-coded wage $239,200',
    });
    expect(result.lines).toContain(
      '    suppressed or top-coded: 45500 Texarkana, TX-AR ** employment,location_quotient',
    );
    expect(result.lines).toContain('    suppressed or top-coded: 45500 Texarkana, TX-AR * all wages');
  });

  it('defines every area of the files, also one without a figure for the three occupations', () => {
    // By name: Aguadilla, Alaska nonmetropolitan area, Amarillo, Eastern Region of Texas, ...
    expect(areas.map((a) => a.area_code)).toEqual(['10380', '0200006', '11100', '4800003', '38860', '38900', '41940', '0100003', '45500']);
    expect(areas.find((a) => a.area_code === '11100')).toEqual({
      reference_period: 'May 2025',
      area_code: '11100',
      area_name: 'Amarillo, TX',
      area_type: 'msa',
      state: 'TX',
      source: 'BLS OEWS May 2025, area definitions',
      source_url: 'https://www.bls.gov/oes/2025/may/msa_def.htm',
      retrieved_from: 'https://www.bls.gov/oes/special-requests/oesm25ma.zip, member MSA_M2025_dl.xlsx',
    });
    expect(wages.some((r) => r.area_code === '11100')).toBe(false);
    expect(result.lines).toContain(
      'MSA_M2025_dl.xlsx (OEWS May 2025, metropolitan and nonmetropolitan areas, https://www.bls.gov/oes/special-requests/oesm25ma.zip): ' +
        '6 areas defined (6 metropolitan, 0 nonmetropolitan; 1 in territories)',
    );
  });

  it('keeps the figures of areas in Puerto Rico aside, and their definition in place', () => {
    expect(wages.some((r) => r.state === 'PR')).toBe(false);
    expect(areas.find((a) => a.area_code === '10380')).toMatchObject({ area_name: 'Aguadilla, PR', state: 'PR' });
    const aside = rowsOf(dir, join('territories', 'oews_metro_territories_may2025_official.csv'));
    expect(aside).toMatchObject([{ soc_code: '29-2072', area_code: '10380', state: 'PR', annual_median: '24600' }]);
  });

  it('moves the replaced same-year rows of the intermediary tables to superseded/', () => {
    const moved = rowsOf(dir, join('superseded', INTERMEDIARY_WAGES));
    expect(moved.map((r) => `${r.soc_code} ${r.area_code}`).sort()).toEqual([
      '29-2072 0100003',
      '29-2072 0200006',
      '29-2072 38900',
      '29-2072 41940',
      '29-2072 US',
      '43-3021 45500',
    ]);
    expect(moved.every((r) => r.reference_period === 'May 2025' && r.superseded_on === DATE)).toBe(true);
    expect(moved.find((r) => r.area_code === '41940')?.superseded_by).toBe('oews_metro_may2025_official.csv');
    // The national row goes with the national file's rows.
    expect(moved.find((r) => r.area_code === 'US')?.superseded_by).toBe('oews_national_may2025_official.csv');
    // Another year, and an area the official files do not have, stay.
    expect(rowsOf(dir, INTERMEDIARY_WAGES).map((r) => `${r.reference_period} ${r.area_code}`)).toEqual(['May 2024 41940', 'May 2025 11700']);
    const definitions = rowsOf(dir, INTERMEDIARY_AREAS).map((r) => `${r.reference_period} ${r.area_code}`);
    expect(definitions).toEqual(['May 2024 41940', 'May 2025 11700']);
    expect(rowsOf(dir, join('superseded', INTERMEDIARY_AREAS)).map((r) => r.area_code).sort()).toEqual([
      '0100003',
      '0200006',
      '11100',
      '38900',
      '41940',
      '45500',
    ]);
  });

  it('takes the MSA and BOS files in one run or in two', async () => {
    const twice = copyOfData();
    await runDataUpdate({ files: [files.msa, files.national], dataDir: twice, date: DATE });
    const second = await runDataUpdate({ files: [files.bos], dataDir: twice, date: DATE });
    expect(second.problems).toEqual([]);
    for (const file of ['oews_metro_may2025_official.csv', 'oews_areas_may2025_official.csv', INTERMEDIARY_WAGES, INTERMEDIARY_AREAS]) {
      expect(readFileSync(join(twice, file), 'utf8')).toBe(readFileSync(join(dir, file), 'utf8'));
    }
  });

  it('can be run again with the same files', async () => {
    const before = readFileSync(join(dir, 'oews_metro_may2025_official.csv'), 'utf8');
    const again = await runDataUpdate({ files: [files.msa, files.bos, files.national], dataDir: dir, date: DATE });
    expect(again.problems).toEqual([]);
    expect(again.superseded).toEqual([]);
    expect(readFileSync(join(dir, 'oews_metro_may2025_official.csv'), 'utf8')).toBe(before);
  });
});

describe('data:update refuses bad area input', () => {
  it('fails the check on a broken area row, naming the file, area and field', async () => {
    const dir = copyOfData();
    const rows = msaRows();
    rows[1] = oewsRow(metro.sanJose, '29-2072', {
      emp: 920,
      lq: 0.65,
      hourly: [46.84, 24.14, 30.65, 41.77, 27.88, 72.51],
      annual: [97430, 50210, 63760, 86890, 58000, 150830],
    });
    const broken = await writeMsaFile(mkdtempSync(join(scratch, 'broken-')), rows);
    const result = await runDataUpdate({ files: [broken], dataDir: dir, date: DATE });
    // One problem, one line: the file and row, the occupation, year and area, the figures out of order.
    expect(result.problems).toEqual([
      'oews_metro_may2025_official.csv row 3: 29-2072 May 2025 area 41940 (San Jose-Sunnyvale-Santa Clara, CA): annual_p75 (58000) is below annual_median (86890)',
    ]);
  });

  it('stops before writing anything on an area code that does not fit its type and state', async () => {
    const dir = copyOfData();
    const rows = bosRows();
    rows[0] = { ...rows[0], AREA: 4800003 };
    const bad = await writeBosFile(mkdtempSync(join(scratch, 'bad-')), rows);
    await expect(runDataUpdate({ files: [files.msa, bad], dataDir: dir, date: DATE })).rejects.toThrow(DataUpdateError);
    await expect(runDataUpdate({ files: [bad], dataDir: dir, date: DATE })).rejects.toThrow(
      'BOS_M2025_dl.xlsx row 2: AREA "4800003" is not a 7-digit nonmetropolitan area code of AK',
    );
    expect(existsSync(join(dir, 'oews_metro_may2025_official.csv'))).toBe(false);
    expect(existsSync(join(dir, 'superseded'))).toBe(false);
  });

  it('needs the official file name to know the year', async () => {
    const renamed = await writeMsaFile(mkdtempSync(join(scratch, 'renamed-')), msaRows(), 'metro wages.xlsx');
    await expect(runDataUpdate({ files: [renamed], dataDir: copyOfData(), date: DATE })).rejects.toThrow(/MSA_M<year>_dl\.xlsx/);
  });
});

describe('the check of the area tables', () => {
  /** A data directory with only the given area tables. */
  function tables(wages: string, definitions?: string): string {
    const dir = mkdtempSync(join(scratch, 'check-'));
    copyFileSync(join(FIXTURES, 'oews_areas_sample.csv'), join(dir, INTERMEDIARY_AREAS));
    writeFileSync(join(dir, 'oews_metro_test.csv'), wages);
    if (definitions !== undefined) writeFileSync(join(dir, 'oews_areas_test.csv'), definitions);
    return dir;
  }
  const header = [...AREA_WAGE_COLUMNS].join(',');
  const cite = (code: string, year = 2025) =>
    `"BLS OEWS May ${year}, metropolitan and nonmetropolitan area estimates",https://www.bls.gov/oes/${year}/may/oes_${code}.htm,copy,copy`;
  const DEFINITIONS_HEADER = 'reference_period,area_code,area_name,area_type,state,source,source_url,retrieved_from';
  const define = (year: number, area: string) =>
    `May ${year},${area},"BLS OEWS May ${year}, area definitions",https://www.bls.gov/oes/${year}/may/msa_def.htm,copy`;

  it('passes the intermediary tables as they are', () => {
    const dir = mkdtempSync(join(scratch, 'check-'));
    copyFileSync(join(FIXTURES, 'oews_metro_sample.csv'), join(dir, INTERMEDIARY_WAGES));
    copyFileSync(join(FIXTURES, 'oews_areas_sample.csv'), join(dir, INTERMEDIARY_AREAS));
    expect(checkAreaFiles(dir)).toEqual([]);
  });

  it('accepts a median equal to p25 and refuses one below it in one line naming the row, area and figures', () => {
    const row = (p25: number) => `29-2072,May 2025,11700,"Asheville, NC",msa,NC,270,48110,44280,${p25},53130,1.2,${cite('11700')}`;
    expect(checkAreaFiles(tables(`${header}\n${row(44280)}\n`))).toEqual([]);
    expect(checkAreaFiles(tables(`${header}\n${row(44290)}\n`))).toEqual([
      'oews_metro_test.csv row 2: 29-2072 May 2025 area 11700 (Asheville, NC): annual_median (44280) is below annual_p25 (44290)',
    ]);
  });

  it('names a wage row its year’s definitions disagree with, and a copy that disagrees, once each', () => {
    const rows = [
      `29-2072,May 2025,38900,"Portland-Vancouver-Hillsboro, OR-WA",msa,ID,1340,64930,61890,50530,75950,0.89,${cite('38900')}`,
      `43-3021,May 2025,38900,"Portland-Vancouver-Hillsboro, OR-WA",msa,ID,1610,52760,50040,43050,61310,0.71,${cite('38900')}`,
      `29-2072,May 2025,0200006,Alaska nonmetropolitan area,nonmetro,AL,260,66840,65470,52260,78170,1.94,${cite('0200006')}`,
      `29-2072,May 2025,11700,"Asheville, NC",msa,NC,270,48110,44280,38900,53130,1.2,${cite('11700')}`,
      `29-2072,May 2025,11700,"Asheville, NC",msa,NC,270,48110,44500,38900,53130,1.2,${cite('11700')}`,
    ];
    expect(checkAreaFiles(tables([header, ...rows].join('\n')))).toEqual([
      'oews_metro_test.csv: May 2025 area 38900: "Portland-Vancouver-Hillsboro, OR-WA" (metropolitan, ID) but the definitions say "Portland-Vancouver-Hillsboro, OR-WA" (metropolitan, OR)',
      'oews_metro_test.csv: May 2025 area 0200006: "Alaska nonmetropolitan area" (nonmetropolitan, AL) but the definitions say "Alaska nonmetropolitan area" (nonmetropolitan, AK)',
      '29-2072 May 2025 area 11700 (Asheville, NC) annual_median: oews_metro_test.csv row 6 says 44500, oews_metro_test.csv row 5 says 44280',
    ]);
  });

  it('names an area filed under a state its title does not name, a code of another state and a territory’s figures', () => {
    const definitions = [
      DEFINITIONS_HEADER,
      define(2023, '38900,"Portland-Vancouver-Hillsboro, OR-WA",msa,ID'),
      define(2023, '0200006,Alaska nonmetropolitan area,nonmetro,AL'),
      define(2023, '10380,"Aguadilla-Isabela, PR",msa,PR'),
    ].join('\n');
    // May 2022 has no definitions here: its wage rows name their own areas, checked by the same rules.
    const rows = [
      `29-2072,May 2022,38900,"Portland-Vancouver-Hillsboro, OR-WA",msa,ID,1340,64930,61890,50530,75950,0.89,${cite('38900', 2022)}`,
      `43-3021,May 2022,38900,"Portland-Vancouver-Hillsboro, OR-WA",msa,ID,1610,52760,50040,43050,61310,0.71,${cite('38900', 2022)}`,
      `29-2072,May 2022,10380,"Aguadilla-Isabela, PR",msa,PR,40,31000,30000,25000,35000,0.5,${cite('10380', 2022)}`,
    ];
    expect(checkAreaFiles(tables([header, ...rows].join('\n'), definitions))).toEqual([
      'oews_areas_test.csv: May 2023 area 38900: filed under ID, which its title "Portland-Vancouver-Hillsboro, OR-WA" does not name',
      'oews_areas_test.csv: May 2023 area 0200006: area_code 0200006 does not start with the FIPS code of AL (01)',
      'oews_metro_test.csv: May 2022 area 38900: filed under ID, which its title "Portland-Vancouver-Hillsboro, OR-WA" does not name',
      'oews_metro_test.csv: May 2022 area 10380: state "PR" is not a state or DC (territory figures are kept in data/territories/)',
    ]);
  });

  it('refuses a code defined twice in one year as two areas, and a figure not cited on its own BLS page', () => {
    const definitions = [DEFINITIONS_HEADER, define(2025, '11700,"Asheville-Brevard, NC",msa,NC')].join('\n');
    const row = `29-2072,May 2025,11700,"Asheville, NC",msa,NC,270,48110,44280,38900,53130,1.2,${cite('11701')}`;
    expect(checkAreaFiles(tables(`${header}\n${row}\n`, definitions))).toEqual([
      'area code 11700 is used twice in May 2025: "Asheville, NC" (metropolitan, NC, oews_areas_2022_2025.csv) and "Asheville-Brevard, NC" (metropolitan, NC, oews_areas_test.csv)',
      'oews_metro_test.csv row 2: 29-2072 May 2025 area 11700 (Asheville, NC): cites https://www.bls.gov/oes/2025/may/oes_11701.htm, not its own page https://www.bls.gov/oes/2025/may/oes_11700.htm',
    ]);
  });
});
