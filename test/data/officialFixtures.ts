/**
 * Small stand-ins for the official files `npm run data:update` reads, written with exceljs in
 * the exact layout of the originals (see test/data/fixtures/README.md for the layouts and where
 * they are documented). The figures are made up for the tests; only the shape is official.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { STATE_BY_FIPS } from '../../scripts/dataUpdate/areas';

/** Columns of state_M<year>_dl.xlsx and national_M<year>_dl.xlsx, in order. */
export const OEWS_HEADER = [
  'AREA',
  'AREA_TITLE',
  'AREA_TYPE',
  'PRIM_STATE',
  'NAICS',
  'NAICS_TITLE',
  'I_GROUP',
  'OWN_CODE',
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  'TOT_EMP',
  'EMP_PRSE',
  'JOBS_1000',
  'LOC_QUOTIENT',
  'PCT_TOTAL',
  'PCT_RPT',
  'H_MEAN',
  'A_MEAN',
  'MEAN_PRSE',
  'H_PCT10',
  'H_PCT25',
  'H_MEDIAN',
  'H_PCT75',
  'H_PCT90',
  'A_PCT10',
  'A_PCT25',
  'A_MEDIAN',
  'A_PCT75',
  'A_PCT90',
  'ANNUAL',
  'HOURLY',
] as const;

type OewsColumn = (typeof OEWS_HEADER)[number];
type Cell = string | number | null;
export type OewsRow = Partial<Record<OewsColumn, Cell>>;

const TITLES: Record<string, string> = {
  '29-2072': 'Medical Records Specialists',
  '43-3021': 'Billing and Posting Clerks',
  '29-9021': 'Health Information Technologists and Medical Registrars',
  '29-1141': 'Registered Nurses',
  '00-0000': 'All Occupations',
};

/** Employment and wages of one occupation; a string is written as is (a BLS marker). */
export interface Figures {
  emp: Cell;
  hourly: [mean: Cell, p10: Cell, p25: Cell, median: Cell, p75: Cell, p90: Cell];
  annual: [mean: Cell, p10: Cell, p25: Cell, median: Cell, p75: Cell, p90: Cell];
  /** LOC_QUOTIENT; 0.95 unless given. */
  lq?: Cell;
}

/**
 * An area as the files write it: AREA is 99 for the U.S., the state FIPS code, a 5-digit MSA
 * code or a 7-digit nonmetropolitan code (a number where the cell is numeric, so a leading zero
 * is lost); AREA_TYPE 1 U.S., 2 state, 3 territory, 4 MSA, 6 nonmetropolitan area.
 */
export interface OewsArea {
  code: string | number;
  title: string;
  type: 1 | 2 | 3 | 4 | 6;
  state: string;
}

export function oewsRow(area: OewsArea, soc: string, f: Figures): OewsRow {
  const [hMean, h10, h25, hMedian, h75, h90] = f.hourly;
  const [aMean, a10, a25, aMedian, a75, a90] = f.annual;
  return {
    AREA: area.code,
    AREA_TITLE: area.title,
    AREA_TYPE: area.type,
    PRIM_STATE: area.state,
    NAICS: '000000',
    NAICS_TITLE: 'Cross-industry',
    I_GROUP: 'cross-industry',
    OWN_CODE: 1235,
    OCC_CODE: soc,
    OCC_TITLE: TITLES[soc] ?? soc,
    O_GROUP: soc === '00-0000' ? 'total' : 'detailed',
    TOT_EMP: f.emp,
    EMP_PRSE: 4.2,
    JOBS_1000: 3.1,
    LOC_QUOTIENT: f.lq ?? 0.95,
    PCT_TOTAL: null,
    PCT_RPT: null,
    H_MEAN: hMean,
    A_MEAN: aMean,
    MEAN_PRSE: 1.8,
    H_PCT10: h10,
    H_PCT25: h25,
    H_MEDIAN: hMedian,
    H_PCT75: h75,
    H_PCT90: h90,
    A_PCT10: a10,
    A_PCT25: a25,
    A_MEDIAN: aMedian,
    A_PCT75: a75,
    A_PCT90: a90,
    ANNUAL: null,
    HOURLY: null,
  };
}

export const area = {
  AK: { code: '02', title: 'Alaska', type: 2, state: 'AK' },
  DC: { code: '11', title: 'District of Columbia', type: 2, state: 'DC' },
  VT: { code: '50', title: 'Vermont', type: 2, state: 'VT' },
  WY: { code: '56', title: 'Wyoming', type: 2, state: 'WY' },
  PR: { code: '72', title: 'Puerto Rico', type: 3, state: 'PR' },
  US: { code: 99, title: 'U.S.', type: 1, state: 'US' },
} as const satisfies Record<string, OewsArea>;

/** Areas of the MSA and BOS fixtures: their May 2025 titles and codes (data/SOURCES.md, metropolitan areas). */
export const metro = {
  sanJose: { code: 41940, title: 'San Jose-Sunnyvale-Santa Clara, CA', type: 4, state: 'CA' },
  portlandOr: { code: 38900, title: 'Portland-Vancouver-Hillsboro, OR-WA', type: 4, state: 'OR' },
  portlandMe: { code: 38860, title: 'Portland-South Portland, ME', type: 4, state: 'ME' },
  texarkana: { code: 45500, title: 'Texarkana, TX-AR', type: 4, state: 'TX' },
  amarillo: { code: 11100, title: 'Amarillo, TX', type: 4, state: 'TX' },
  aguadilla: { code: 10380, title: 'Aguadilla, PR', type: 4, state: 'PR' },
  // Text with its leading zero, as BLS writes it.
  alaskaNonmetro: { code: '0200006', title: 'Alaska nonmetropolitan area', type: 6, state: 'AK' },
  // A numeric cell: 0100003 arrives as 100003.
  southwestAlabama: { code: 100003, title: 'Southwest Alabama nonmetropolitan area', type: 6, state: 'AL' },
  easternTexas: { code: '4800003', title: 'Eastern Region of Texas nonmetropolitan area', type: 6, state: 'TX' },
} as const satisfies Record<string, OewsArea>;

/** The notes at the foot of the "Field Descriptions" sheet of every OEWS file. */
const FIELD_NOTES = [
  'Notes:',
  '*  = indicates that a wage estimate is not available',
  '**  = indicates that an employment estimate is not available',
  '#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year ',
  '~ =indicates that the percent of establishments reporting the occupation is less than 0.5%',
];

async function writeOews(path: string, sheetName: string, rows: OewsRow[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(sheetName);
  data.addRow([...OEWS_HEADER]);
  for (const row of rows) data.addRow(OEWS_HEADER.map((c) => row[c] ?? null));
  const fields = workbook.addWorksheet('Field Descriptions');
  fields.addRow(['May 2025 OEWS Estimates']);
  fields.addRow(['Field', 'Field Description']);
  fields.addRow(['area', 'U.S. (99), state FIPS code, ...']);
  fields.addRow(['area_type', 'Area type: 1= U.S.; 2= State; 3= U.S. Territory; 4= MSA; 6= Nonmetropolitan Area']);
  for (const note of FIELD_NOTES) fields.addRow([note]);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

/** The fixture state file: AK in full, VT with `**` employment, DC with `#`, WY with `*`, PR, and rows to skip. */
export function stateRows(): OewsRow[] {
  return [
    oewsRow(area.AK, '29-2072', {
      emp: 1070,
      hourly: [30.12, 20.5, 24.1, 29.37, 35.2, 40.8],
      annual: [62650, 42640, 50130, 61090, 73220, 84860],
    }),
    oewsRow(area.AK, '43-3021', {
      emp: '1,150',
      hourly: [25.4, 18.1, 21.3, 25.08, 29.6, 33.9],
      annual: [52830, 37650, 44300, 52170, 61570, 70510],
    }),
    oewsRow(area.AK, '29-9021', {
      emp: 110,
      hourly: [37.5, 24.2, 29.9, 36.4, 44.1, 52.3],
      annual: [78000, 50340, 62190, 75710, 91730, 108780],
    }),
    oewsRow(area.AK, '29-1141', {
      emp: 6400,
      hourly: [57.1, 40.2, 47.0, 55.9, 66.1, 75.4],
      annual: [118770, 83620, 97760, 116270, 137490, 156830],
    }),
    oewsRow(area.VT, '29-2072', {
      emp: '**',
      hourly: [24.9, 17.4, 20.2, 24.0, 28.9, 33.6],
      annual: [51790, 36190, 42020, 49920, 60110, 69890],
    }),
    oewsRow(area.DC, '29-9021', {
      emp: 240,
      hourly: [68.0, 35.2, 47.7, 64.3, 86.9, '#'],
      annual: [141440, 73220, 99220, 133740, 180750, '#'],
    }),
    oewsRow(area.WY, '29-9021', {
      emp: 60,
      hourly: ['*', '*', '*', '*', '*', '*'],
      annual: ['*', '*', '*', '*', '*', '*'],
    }),
    oewsRow(area.PR, '29-2072', {
      emp: 2010,
      hourly: [12.6, 9.5, 10.4, 11.9, 14.2, 16.8],
      annual: [26210, 19760, 21630, 24750, 29540, 34940],
    }),
  ];
}

export function nationalRows(): OewsRow[] {
  return [
    oewsRow(area.US, '00-0000', {
      emp: 155000000,
      hourly: [33.0, 14.5, 18.0, 24.5, 38.0, 56.0],
      annual: [68640, 30160, 37440, 50980, 79040, 116480],
    }),
    oewsRow(area.US, '29-2072', {
      emp: 194720,
      hourly: [27.3, 17.79, 20.91, 24.59, 31.17, 39.01],
      annual: [56790, 37000, 43490, 51140, 64820, 81150],
    }),
    oewsRow(area.US, '43-3021', {
      emp: 404060,
      hourly: [24.55, 17.93, 20.6, 23.32, 28.02, 32.55],
      annual: [51070, 37290, 42840, 48500, 58290, 67710],
    }),
    oewsRow(area.US, '29-9021', {
      emp: 39000,
      hourly: [35.9, 22.0, 26.4, 32.7, 42.0, 55.2],
      annual: [74670, 45760, 54910, 68020, 87360, 114820],
    }),
  ];
}

export function writeStateFile(dir: string, rows: OewsRow[] = stateRows(), name = 'state_M2025_dl.xlsx'): Promise<string> {
  return writeOews(join(dir, name), name.replace(/\.xlsx$/, ''), rows);
}

export function writeNationalFile(dir: string, rows: OewsRow[] = nationalRows()): Promise<string> {
  return writeOews(join(dir, 'national_M2025_dl.xlsx'), 'national_M2025_dl', rows);
}

/**
 * Figures given as published annual wages (mean, p10, p25, median, p75, p90); the hourly ones
 * are the annual divided by 2,080 hours, as OEWS annualises, and a marker stays a marker.
 */
function annual(emp: Cell, lq: Cell, wages: Figures['annual']): Figures {
  const hourly = wages.map((w) => (typeof w === 'number' ? Math.round((w / 2080) * 100) / 100 : w)) as Figures['hourly'];
  return { emp, lq, annual: wages, hourly };
}

/**
 * The fixture MSA file. Employment, mean, median, p25, p75 and location quotient of the rows
 * without a marker are the published May 2025 figures of data/SOURCES.md's metropolitan table;
 * p10, p90 and the markers are made up. San Jose has a top-coded 29-9021 p90 (`#`), Texarkana
 * (TX-AR, primary state TX) a `**` employment and location quotient for 29-2072 and `*` for
 * every 43-3021 wage, Portland-Vancouver-Hillsboro is OR-WA under OR, Amarillo has no row for the
 * three occupations (defined all the same), and Aguadilla is in Puerto Rico.
 */
export function msaRows(): OewsRow[] {
  return [
    oewsRow(metro.sanJose, '00-0000', annual(1150000, 1, [98000, 38000, 52000, 78000, 125000, 190000])),
    oewsRow(metro.sanJose, '29-2072', annual(920, 0.65, [97430, 50210, 63760, 86890, 123190, 150830])),
    oewsRow(metro.sanJose, '43-3021', annual(2350, 0.8, [69360, 47120, 57950, 70280, 80290, 91430])),
    oewsRow(metro.sanJose, '29-9021', annual(410, 1.1, [128900, 70010, 90420, 121300, 168200, '#'])),
    oewsRow(metro.portlandOr, '29-2072', annual(1340, 0.89, [64930, 41100, 50530, 61890, 75950, 92400])),
    oewsRow(metro.portlandMe, '43-3021', annual(840, 1.12, [52420, 40300, 46820, 49650, 58720, 66900])),
    oewsRow(metro.texarkana, '29-2072', annual('**', '**', [39760, 27800, 31660, 34940, 48320, 56100])),
    oewsRow(metro.texarkana, '43-3021', annual(120, 0.82, ['*', '*', '*', '*', '*', '*'])),
    oewsRow(metro.amarillo, '00-0000', annual(118000, 1, [52000, 24000, 31000, 42000, 62000, 88000])),
    oewsRow(metro.amarillo, '29-1141', annual(3100, 1.3, [83000, 60000, 70000, 81000, 95000, 110000])),
    oewsRow(metro.aguadilla, '29-2072', annual(50, 1.02, [27100, 19900, 21800, 24600, 30100, 36200])),
  ];
}

/** The fixture BOS file: nonmetropolitan codes as text with the leading zero, as a number without it, and without one to lose. */
export function bosRows(): OewsRow[] {
  return [
    oewsRow(metro.alaskaNonmetro, '29-2072', annual(260, 1.94, [66840, 44500, 52260, 65470, 78170, 92800])),
    oewsRow(metro.alaskaNonmetro, '43-3021', annual(110, 0.39, [50680, 35300, 42630, 50310, 59410, 68800])),
    oewsRow(metro.southwestAlabama, '29-2072', annual(60, 0.73, [42960, 27300, 30800, 39150, 52000, 60900])),
    oewsRow(metro.easternTexas, '43-3021', annual(310, 1.05, [41130, 28700, 33280, 38540, 47360, 56300])),
  ];
}

export function writeMsaFile(dir: string, rows: OewsRow[] = msaRows(), name = 'MSA_M2025_dl.xlsx'): Promise<string> {
  return writeOews(join(dir, name), name.replace(/\.xlsx$/, ''), rows);
}

export function writeBosFile(dir: string, rows: OewsRow[] = bosRows()): Promise<string> {
  return writeOews(join(dir, 'BOS_M2025_dl.xlsx'), 'BOS_M2025_dl', rows);
}

/**
 * occupation.xlsx with a decoy Table 1.1 and Table 1.2 (title row, then the header BLS uses,
 * employment and openings in thousands, "2025–35" with an en dash).
 */
export async function writeProjectionsFile(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const t11 = workbook.addWorksheet('Table 1.1');
  t11.addRow(['Table 1.1 Employment by major occupational group, 2025 and projected 2035 (Numbers in thousands)']);
  t11.addRow(['2025 National Employment Matrix title', '2025 National Employment Matrix code', 'Employment, 2025', 'Employment, 2035']);
  t11.addRow(['Healthcare practitioners and technical occupations', '29-0000', 10400.1, 11200.5]);
  const t12 = workbook.addWorksheet('Table 1.2');
  t12.addRow(['Table 1.2 Employment by detailed occupation, 2025 and projected 2035 (Numbers in thousands)']);
  t12.addRow([
    '2025 National Employment Matrix title',
    '2025 National Employment Matrix code',
    'Occupation type',
    'Employment, 2025',
    'Employment, 2035',
    'Employment distribution, percent, 2025',
    'Employment distribution, percent, 2035',
    'Employment change, numeric, 2025–35',
    'Employment change, percent, 2025–35',
    'Percent self employed, 2025',
    'Occupational openings, 2025–35 annual average',
    'Median annual wage, dollars, 2025[1]',
    'Typical education needed for entry',
    'Work experience in a related occupation',
    'Typical on-the-job training needed to attain competency in the occupation',
  ]);
  const line = (title: string, code: string, type: string, base: number, projected: number, pct: number, openings: number, wage: number | string, edu: string) => [
    title,
    code,
    type,
    base,
    projected,
    0.1,
    0.1,
    Math.round((projected - base) * 10) / 10,
    pct,
    0.5,
    openings,
    wage,
    edu,
    'None',
    'None',
  ];
  t12.addRow(line('Total, all occupations', '00-0000', 'Summary', 170000.0, 175000.0, 2.9, 18000.0, 50980, '—'));
  t12.addRow(line('Medical records specialists', '29-2072', 'Line item', 202.1, 217.9, 7.8, 14.0, 51140, 'Postsecondary nondegree award'));
  t12.addRow(line('Billing and posting clerks', '43-3021', 'Line item', 410.5, 395.3, -3.7, 40.2, 48500, 'High school diploma or equivalent'));
  t12.addRow(
    line('Health information technologists and medical registrars', '29-9021', 'Line item', 39.6, 45.9, 15.9, 3.4, 68020, "Associate's degree"),
  );
  t12.addRow(['Footnotes:']);
  t12.addRow(['[1] Data are from the Occupational Employment and Wage Statistics program, U.S. Bureau of Labor Statistics.']);
  const path = join(dir, 'occupation.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

/** A fixture all-items parity for a state: made up, stable, inside the check's 70..140. */
export function fixtureParity(fips: string, year: number): string {
  return (85 + (Number(fips) % 25) + (year - 2023) * 0.25).toFixed(3);
}

/**
 * SARPP_STATE_2008_2024.csv in BEA's layout: quoted GeoFIPS with a leading space, descriptions
 * with trailing spaces, several lines per state (all items is LineCode 1 in this release), a
 * region row, and the footer lines.
 */
export function writeRppFile(dir: string): string {
  const years = [2022, 2023, 2024];
  const header = ['GeoFIPS', 'GeoName', 'Region', 'TableName', 'LineCode', 'IndustryClassification', 'Description', 'Unit', ...years];
  const lines = [header.join(',')];
  const areas = [['00', 'United States', ''], ...Object.entries(STATE_BY_FIPS).map(([fips, s]) => [fips, s.name, '5'])];
  const line = (fips: string, name: string, region: string, code: number, description: string, values: string[]) =>
    ` "${fips}000","${name}",${region || ' '},SARPP,${code},"...","${description}","Index",${values.join(',')}`;
  for (const [fips, name, region] of areas) {
    const values = years.map((y) => (fips === '00' ? '100.000' : fixtureParity(fips!, y)));
    lines.push(line(fips!, name!, region!, 1, 'RPPs: All items ', values));
  }
  lines.push(line('91', 'New England', '1', 1, 'RPPs: All items ', ['104.100', '104.200', '104.300']));
  for (const [fips, name, region] of areas) lines.push(line(fips!, name!, region!, 2, ' RPPs: Goods ', ['99.000', '99.100', '99.200']));
  lines.push('"Note: See the included footnote file."');
  lines.push('"SARPP: Real personal income, real PCE, and regional price parities by state "');
  lines.push('"Last updated: February 19, 2026-- new statistics for 2024; revised statistics for 2008-2023."');
  lines.push('"U.S. Bureau of Economic Analysis"');
  const path = join(dir, 'SARPP_STATE_2008_2024.csv');
  writeFileSync(path, lines.join('\r\n') + '\r\n', 'latin1');
  return path;
}
