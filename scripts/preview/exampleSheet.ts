/**
 * The preview's first screen: sheets showing the main functions at work, each column one
 * formula over a range, as people use them in Sheets.
 */
import type { MemoryWorkbook } from './memoryWorkbook';
import type { CellValue } from '../../src/addon/workbook/workbook';

const CURRENCY = '$#,##0';
const PERCENT = '0.0%';

interface ExampleSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Formats and bold type by A1-style block ("C3:D7"). */
  readonly formats?: Readonly<Record<string, string>>;
  readonly bold?: readonly string[];
  /** Blocks whose text wraps (long notes). */
  readonly wrap?: readonly string[];
  readonly frozenRows?: number;
  readonly widths?: readonly number[];
}

const EXAMPLES: readonly ExampleSheet[] = [
  {
    name: 'Examples',
    rows: [
      ['Coding & Billing Pay — examples (edit any cell; every column is one formula over the rows)'],
      ['State', 'Years', 'Estimate with CPC', 'No credential', '$55,000 is at', 'Published median'],
      ['CA', 5, '=CODER_SALARY(A3:A7,B3:B7,"CPC")', '=CODER_SALARY(A3:A7,B3:B7)', '=PAY_PERCENTILE(55000,A3:A7)', '=STATE_WAGE(A3:A7)'],
      ['Texas', 2],
      ['new york', 10],
      ['FL', 20],
      ['Ohio', 0],
      [],
      ['Pay range, coders', '=SALARY_RANGE(A10:A11,"coder",TRUE)'],
      ['TX'],
      ['Washington'],
      [],
      ['Premium for CPC + CRC over no credential', '=CERT_PREMIUM("CPC, CRC")'],
      ['$60,000 in Texas buys in California', '=COL_ADJUST(60000,"TX","CA")'],
      ['="Coder job growth, "&JOB_OUTLOOK("coder","period")', '=JOB_OUTLOOK("coder")'],
      ['A typo gives a clear error (hover it)', '=CODER_SALARY("Calfornia",5)'],
      [],
      ['=SALARY_SOURCE()'],
    ],
    formats: { 'C3:D7': CURRENCY, 'E3:E7': PERCENT, 'F3:F7': CURRENCY, 'B10:F11': CURRENCY, B13: PERCENT, B14: CURRENCY, B15: PERCENT },
    bold: ['A1', 'A2:F2', 'A9:F9'],
    frozenRows: 2,
    widths: [270, 100, 130, 120, 120, 130],
  },
  {
    name: 'Areas',
    rows: [
      ['Areas: every BLS metropolitan and nonmetropolitan area, wherever a state is accepted (click a result to see its formula)'],
      ['What it shows', 'Result', 'The formula'],
      [
        'Coder pay at 10 years in an area, by its title',
        '=CODER_SALARY("San Jose-Sunnyvale-Santa Clara, CA",10)',
        '\'=CODER_SALARY("San Jose-Sunnyvale-Santa Clara, CA",10)',
      ],
      ['… by its BLS area code', '=CODER_SALARY("41940",10)', '\'=CODER_SALARY("41940",10)'],
      ['… by a city in its title', '=CODER_SALARY("Sunnyvale",10)', '\'=CODER_SALARY("Sunnyvale",10)'],
      ['A city with its state', '=CODER_SALARY("Portland, OR",10)', '\'=CODER_SALARY("Portland, OR",10)'],
      ['A city in two areas is not guessed (hover it)', '=CODER_SALARY("Portland",10)', '\'=CODER_SALARY("Portland",10)'],
      ['San Jose: published 25th percentile', '=STATE_WAGE("41940","p25")', '\'=STATE_WAGE("41940","p25")'],
      [
        'San Jose: location quotient (1 = as in the nation)',
        '=STATE_WAGE("41940","location_quotient")',
        '\'=STATE_WAGE("41940","location_quotient")',
      ],
      [],
      ['A state beside its areas', 'Coder, 10 years', 'Median', 'p25', 'p75', 'Location quotient'],
      [
        'CA',
        '=CODER_SALARY(A12:A14,10)',
        '=STATE_WAGE(A12:A14)',
        '=STATE_WAGE(A12:A14,"p25")',
        '=STATE_WAGE(A12:A14,"p75")',
        '=STATE_WAGE(A12:A14,"location_quotient")',
      ],
      ['San Jose-Sunnyvale-Santa Clara, CA'],
      ['Los Angeles'],
      [],
      ['\'=AREA_LIST("DE"): Delaware\'s areas with their codes, one reaching into other states'],
      ['=AREA_LIST("DE")'],
      ...Array.from({ length: 4 }, () => []),
      [],
      [
        'Every area of a state with its published figures and BLS page: Extensions → Coding & Billing Pay → Insert reference tables… → Area wage table.',
      ],
    ],
    formats: {
      'B3:B6': CURRENCY,
      B8: CURRENCY,
      B9: '0.00',
      'B12:E14': CURRENCY,
      'F12:F14': '0.00',
      'D18:D21': '#,##0',
      'E18:E21': CURRENCY,
    },
    bold: ['A1', 'A2:C2', 'A11:F11', 'A16', 'A17:F17'],
    frozenRows: 2,
    widths: [330, 310, 120, 100, 100, 120],
  },
  {
    name: 'Offers',
    rows: [
      ['Candidate', 'State', 'Years', 'Credentials', 'Offer', 'Estimate', 'Offer percentile', 'Same offer in CA'],
      [
        'A. Rivera',
        'FL',
        1,
        'CPC-A',
        45000,
        '=CODER_SALARY(B2:B6,C2:C6,D2:D6)',
        '=PAY_PERCENTILE(E2:E6,B2:B6)',
        '=COL_ADJUST(E2:E6,B2:B6,"CA")',
      ],
      ['J. Chen', 'Ohio', 6, 'CPC, CRC', 58000],
      ['M. Okafor', 'Georgia', 12, 'CCS', 64000],
      ['S. Patel', 'Pensylvania', 3, 'RHIT', 50000],
      ['L. Novak', 'US', 20, 'CPC, CIC, CPMA', 72000],
      [],
      ['A misspelt state spoils only its own row; the others still compute.'],
    ],
    formats: { 'E2:F6': CURRENCY, 'G2:G6': PERCENT, 'H2:H6': CURRENCY },
    bold: ['A1:H1'],
    frozenRows: 1,
    widths: [110, 100, 60, 130, 90, 190, 120, 130],
  },
  {
    name: 'Team',
    rows: [
      [
        'Name',
        'Location',
        'Years',
        'Credentials',
        'Role',
        'Setting',
        'Annual pay',
        '',
        '=PAY_REVIEW(G2:G9,B2:B9,C2:C9,D2:D9,E2:E9,F2:F9,TRUE)',
      ],
      ['A. Rivera', 'Texas', 1, 'CPC-A', 'coder', 'physician office', 44000],
      ['J. Chen', 'OH', 6, 'CPC', 'coder', 'hospital', 66000],
      ['M. Okafor', 'Georgia', 12, 'CCS', 'coder', 'hospital', 70000],
      [],
      ['S. Patel', 'Pensylvania', 3, 'RHIT', 'hit', '', 50000],
      ['L. Novak', 'US', 20, 'CPC, CIC', 'coder', 'any', 84000],
      ['D. Kim', 'FL', 4, '', 'biller', '', 36000],
      ['R. Diaz', 'WA', 8, 'CPB', 'biller', 'physician office', 58000],
      [],
      ['One PAY_REVIEW over the roster: a row per person, the misspelt state only in its own row, the blank line blank.'],
      ['Select A1:G9, then Extensions → Coding & Billing Pay → Review team pay… to build a review sheet, or suggest pay bands.'],
    ],
    // Formats on the rows that compute; the blank line and the misspelt state show no number.
    formats: {
      'G2:G9': CURRENCY,
      'I2:I4': CURRENCY,
      'I7:I9': CURRENCY,
      'J2:J4': PERCENT,
      'J7:J9': PERCENT,
      'K2:K4': CURRENCY,
      'K7:K9': CURRENCY,
      'L2:L4': '0.00',
      'L7:L9': '0.00',
    },
    bold: ['A1:G1', 'I1:M1'],
    frozenRows: 1,
    widths: [100, 100, 60, 100, 70, 120, 90, 24, 120, 105, 115, 95, 90],
  },
  {
    name: 'How it is estimated',
    rows: [
      ['\'=CODER_SALARY_EXPLAIN("CA",5,"CPC"): every step of one estimate and its source'],
      [],
      ['=CODER_SALARY_EXPLAIN("CA",5,"CPC")'],
    ],
    // The table's rows are fixed: base median, pay at the experience position, after factors, the estimate.
    formats: { B5: CURRENCY, B9: CURRENCY, B16: CURRENCY, B18: CURRENCY },
    bold: ['A1', 'A18:B18'],
    widths: [190, 640],
  },
  {
    name: 'Career over time',
    rows: [
      ["A career over time: pay trends, credential payback and a plan (projections from today's data, not promises)"],
      [],
      ['Medical records specialists, US: pay since 2010 in current and 2025 dollars'],
      ['=WAGE_TREND("US")'],
      ...Array.from({ length: 16 }, () => []),
      [],
      ['Growth a year, May 2021–2025', '=WAGE_GROWTH("US",2021,2025)', 'after prices', '=WAGE_GROWTH("US",2021,2025,"coder",TRUE)'],
      [],
      ['Credential', 'Held already', 'Years then', 'Extra cost', 'Months to pay back, TX', 'Months to pay back, CA'],
      [
        'CPC',
        'none',
        0,
        '',
        '=CERT_PAYBACK("TX",C25:C28,A25:A28,B25:B28,"coder","any",D25:D28)',
        '=CERT_PAYBACK("CA",C25:C28,A25:A28,B25:B28,"coder","any",D25:D28)',
      ],
      ['CRC', 'CPC', 3],
      ['CCS', 'none', 2],
      ['COC', 'CPC', 4, 400],
      [],
      ['CPC now, CRC in year 3, in Texas'],
      ['=CAREER_PATH("TX",0,"CPC:0, CRC:3",10)'],
      ...Array.from({ length: 11 }, () => []),
      [],
      ['Ways in, US: each plan against straight to work, school years unpaid (edit a plan; "none" is straight to work)'],
      ['none'],
      ['certificate:0, CPC:1'],
      ['associate:0, CCS:3'],
      ['bachelor:0, RHIA:4'],
      [],
      ['=PATH_COMPARE("US",A45:A48,10)'],
    ],
    formats: {
      'C5:D20': CURRENCY,
      'E5:E20': '#,##0',
      'F5:F20': CURRENCY,
      B22: PERCENT,
      D22: PERCENT,
      'D25:D28': CURRENCY,
      'E25:F28': '0.0',
      'D32:F42': CURRENCY,
      // PATH_COMPARE: a header, years 0–10 (pay and cumulative net), then the overtaking years.
      'B51:I61': CURRENCY,
    },
    bold: ['A1', 'A3', 'A4:G4', 'A24:F24', 'A30', 'A31:F31', 'A44', 'A50:I50', 'A62:I62'],
    wrap: ['A4:G20', 'A24:F24', 'A31:F31', 'A50:I50', 'A62:I62'],
    widths: [190, 100, 110, 120, 110, 130, 380, 110, 130],
  },
];

/** "B3" or "C3:D7" → 1-based row and column bounds. */
function block(a1: string): { top: number; left: number; bottom: number; right: number } {
  const cell = (ref: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return { row: Number(digits), column: [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
  };
  const [from, to = from] = a1.split(':') as [string, string?];
  const a = cell(from);
  const b = cell(to!);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

function eachCell(a1: string, apply: (key: string) => void): void {
  const { top, left, bottom, right } = block(a1);
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) apply(`${r},${c}`);
}

export function addExampleSheets(workbook: MemoryWorkbook): void {
  for (const example of EXAMPLES) {
    const sheet = workbook.sheet(example.name) ?? workbook.addSheet(example.name);
    example.rows.forEach((cells, i) => cells.forEach((value, j) => workbook.setCell(example.name, i + 1, j + 1, value)));
    for (const [a1, format] of Object.entries(example.formats ?? {})) eachCell(a1, (key) => sheet.formats.set(key, format));
    for (const a1 of example.bold ?? []) eachCell(a1, (key) => sheet.bold.add(key));
    for (const a1 of example.wrap ?? []) eachCell(a1, (key) => sheet.wrapped.add(key));
    example.widths?.forEach((width, i) => sheet.columnWidths.set(i + 1, width));
    sheet.frozenRows = example.frozenRows ?? 0;
  }
  workbook.select(EXAMPLES[0]!.name);
}
