/**
 * The area files in data/: read in the shared column vocabulary (any file name, as
 * `npm run data:update` writes them), checked, and carried into the bundle without loss.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData, ReferenceDataError, type LoadedData } from '../../scripts/referenceData';
import { areaNameIndex } from '../../src/core/places/areaNameKeys';
import { decodeAreaTables, encodeAreaTables, findNamed, findWageRecord, readHeader, readNames } from '../../src/core/places/areaTableFormat';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const HEADER =
  'soc_code,reference_period,area_code,area_name,area_type,state,employment,annual_mean,annual_median,annual_p25,annual_p75,location_quotient,annual_median_missing,source,source_url,retrieved_from';
const PUBLICATION = '"BLS OEWS May 2025, metropolitan and nonmetropolitan area estimates"';

let scratch: string;
let data: LoadedData;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'area-data-'));
  data = loadReferenceData(DATA);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** data/ plus one more area file with `rows` under the shared header. */
function withAreaFile(rows: string[]): string {
  const dir = mkdtempSync(join(scratch, 'data-'));
  cpSync(DATA, dir, { recursive: true, filter: (src) => !src.startsWith(join(DATA, 'generated')) });
  writeFileSync(join(dir, 'oews_area_may2025_official.csv'), [HEADER, ...rows].join('\n') + '\n');
  return dir;
}

const row = (code: string, name: string, type: string, state: string, figures: string, missing = '', url = `https://www.bls.gov/oes/2025/may/oes_${code}.htm`) =>
  `29-2072,May 2025,${code},"${name}",${type},${state},${figures},${missing},${PUBLICATION},${url},official file`;

function problems(dir: string): string[] {
  try {
    loadReferenceData(dir);
  } catch (error) {
    if (error instanceof ReferenceDataError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('the bundled area data', () => {
  it('holds every area BLS defined for May 2022–2025 and every area wage record of the area file', () => {
    const { areas, wages } = data.areaTables;
    expect(wages.length).toBe(3909);
    const defined2025 = areas.filter((a) => a.names!.some((n) => n.year === 2025));
    expect(defined2025.length).toBe(530);
    const sanJose = wages.find((w) => w.area === '41940' && w.soc === '29-2072' && w.year === 2025)!;
    expect(sanJose.values).toMatchObject({ annual_median: 86890, annual_p25: 63760 });
    expect(sanJose.publication).toEqual({
      title: 'BLS OEWS May 2025, metropolitan and nonmetropolitan area estimates',
      url: 'https://www.bls.gov/oes/2025/may/oes_41940.htm',
    });
  });

  it('comes back exactly from the text the add-on ships (dist/AreaTables.html)', () => {
    expect(decodeAreaTables(encodeAreaTables(data.areaTables))).toEqual(data.areaTables);
  });

  it('finds each name and each wage record by its line, and nothing by part of a line', () => {
    const text = encodeAreaTables(data.areaTables);
    const header = readHeader(text);
    const index = areaNameIndex(data.areaTables.areas);
    expect(readNames(text, header)).toEqual(index.map(([key, ...positions]) => [key, positions]));
    for (const [key, ...positions] of index) expect(findNamed(text, key), key).toEqual(positions);
    expect(findNamed(text, 'san jose-sunnyvale-santa clara, ca').length).toBe(1);
    for (const partial of ['san jose-sunnyvale', 'an jose', '', 'san jose\tx', '0,41940,2025']) expect(findNamed(text, partial), partial).toEqual([]);
    for (const record of data.areaTables.wages) expect(findWageRecord(text, header, record.soc, record.area, record.year)).toEqual(record);
    expect(findWageRecord(text, header, '29-2072', '4194', 2025)).toBeUndefined();
    expect(findWageRecord(text, header, '29-2072', '41940', 2021)).toBeUndefined();
  });
});

describe('the area data check', () => {
  it('reads a second file in the same vocabulary: agreeing rows merge, a blank keeps its reason', () => {
    const dir = withAreaFile([
      row('41940', 'San Jose-Sunnyvale-Santa Clara, CA', 'msa', 'CA', '920,97430,86890,63760,123190,0.65'),
      row('10540', 'Albany, OR', 'msa', 'OR', '40,,,,,0.5', 'BLS marker * : wage estimate not available'),
    ]);
    expect(problems(dir)).toEqual([]);
    const albany = loadReferenceData(dir).areaTables.wages.find((w) => w.area === '10540')!;
    expect(albany.values).toEqual({ employment: 40, location_quotient: 0.5 });
    expect(albany.missing).toEqual({ annual_median: 'BLS marker * : wage estimate not available' });
  });

  it('reports a broken area row once, naming the file, row, area and figures', () => {
    const dir = withAreaFile([]);
    const file = join(dir, 'oews_metro_29-2072_43-3021_2022_2025.csv');
    const sanJose = '29-2072,May 2025,41940,"San Jose-Sunnyvale-Santa Clara, CA",msa,CA,920,97430,86890,63760,';
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(sanJose);
    const row = text.split('\n').findIndex((line) => line.startsWith(sanJose)) + 1;
    writeFileSync(file, text.replace(sanJose, sanJose.replace(',63760,', ',96760,')));
    expect(problems(dir)).toEqual([
      `oews_metro_29-2072_43-3021_2022_2025.csv row ${row}: 29-2072 May 2025 area 41940 (San Jose-Sunnyvale-Santa Clara, CA): annual_median (86890) is below annual_p25 (96760)`,
    ]);
  });

  it('refuses an area other than its year’s definitions give, a median outside p25–p75 and a missing source, once each', () => {
    const dir = withAreaFile([
      row('41940', 'Somewhere Else, CA', 'msa', 'CA', ',,50000,40000,60000,'),
      row('13020', 'Bay City, MI', 'msa', 'XX', ',,50000,40000,60000,'),
      row('20580', 'Eagle Pass, TX', 'msa', 'TX', ',,70000,40000,60000,'),
      row('21420', 'Enid, OK', 'msa', 'OK', ',,50000,40000,60000,', '', ''),
      row('99996', 'Elsewhere, OR', 'msa', 'OR', ',,50000,40000,60000,'),
    ]);
    expect(problems(dir)).toEqual([
      'oews_area_may2025_official.csv row 5: no publisher page in "source_url"',
      'oews_area_may2025_official.csv: May 2025 area 41940: "Somewhere Else, CA" (metropolitan, CA) but the definitions say "San Jose-Sunnyvale-Santa Clara, CA" (metropolitan, CA)',
      'oews_area_may2025_official.csv: May 2025 area 13020: "Bay City, MI" (metropolitan, XX) but the definitions say "Bay City, MI" (metropolitan, MI)',
      'oews_area_may2025_official.csv: May 2025 area 99996 (Elsewhere, OR): not among the areas defined for May 2025',
      'oews_area_may2025_official.csv row 4: 29-2072 May 2025 area 20580 (Eagle Pass, TX): annual_p75 (60000) is below annual_median (70000)',
    ]);
  });

  it('refuses a figure that disagrees with the same area and year in another file, and a national row that disagrees with the national estimates', () => {
    const dir = withAreaFile([
      row('41940', 'San Jose-Sunnyvale-Santa Clara, CA', 'msa', 'CA', ',,86000,,,'),
      `29-2072,May 2025,US,United States,national,US,,,51000,,,,,"BLS OEWS May 2025, national estimates",https://www.bls.gov/oes/2025/may/oes292072.htm,`,
    ]);
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /^29-2072 May 2025 area 41940 \(San Jose-Sunnyvale-Santa Clara, CA\) annual_median: oews_[\w-]+\.csv row \d+ says 86\d{3}, oews_[\w-]+\.csv row \d+ says 86\d{3}$/,
      ),
      'oews_area_may2025_official.csv: national 29-2072 2025 annual_median is 51000, the national estimates say 51140',
    ]);
  });

  it('accepts a median equal to a quartile, as BLS publishes it', () => {
    expect(problems(withAreaFile([row('23900', 'Gettysburg, PA', 'msa', 'PA', '100,45000,40000,40000,52000,1.1')]))).toEqual([]);
  });
});
