/**
 * The Pay review and Pay bands sheets through the server API over an in-memory workbook: the
 * roster only read, every row accounted for, values exactly PAY_REVIEW's, live formulas one per
 * column, hostile text kept as text, and the same Spreadsheet calls for 8 rows as for 2,000.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemoryWorkbook, type MemorySheet } from '../../scripts/preview/memoryWorkbook';
import { createServerApi } from '../../src/addon/serverApi';
import { RequestError } from '../../src/addon/requestError';
import type { PayReviewRequest, RosterPreview } from '../../src/addon/requests';
import type { CellValue } from '../../src/addon/workbook/workbook';
import { coderSalary, payReview, stateWage } from '../../src/sheets/customFunctions';
import { parseArea } from '../../src/core/places/areas';
import { parseCredentials } from '../../src/core/pay/credentials';
import { ROLES } from '../../src/core/pay/roles';
import { payBands } from '../../src/core/team/payBands';
import { areaDistribution } from '../../src/core/pay/distribution';
import { sourceText } from '../../src/core/sources/citations';
import { fittedWidth, textWidth } from '../../src/addon/workbook/columnWidths';
import { REMOTE_WORK_NOTE } from '../../src/core/places/remoteWork';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

const HEADER = ['Name', 'State', 'Years', 'Credentials', 'Role', 'Setting', 'Annual pay'];
const TEAM: CellValue[][] = [
  ['A. Rivera', 'Texas', 1, 'CPC-A', 'coder', 'physician office', 44_000],
  ['J. Chen', 'OH', 6, 'CPC', 'coder', 'hospital', 66_000],
  ['M. Okafor', 'Georgia', 12, 'CCS', 'coder', 'hospital', 70_000],
  [],
  ['S. Patel', 'Pensylvania', 3, 'RHIT', 'hit', '', 50_000],
  ['L. Novak', 'US', 20, 'CPC, CIC', 'coder', 'any', 84_000],
  ['D. Kim', 'FL', 4, '', 'biller', '', 36_000],
  ['R. Diaz', 'WA', 8, 'CPB', 'biller', 'physician office', 58_000],
];

function setup(rows: readonly (readonly CellValue[])[] = [HEADER, ...TEAM]) {
  const workbook = new MemoryWorkbook({ sheetNames: ['Roster'] });
  rows.forEach((cells, i) => cells.forEach((v, j) => workbook.setCell('Roster', i + 1, j + 1, v)));
  workbook.select('Roster', { row: 1, column: 1, rows: rows.length, columns: HEADER.length });
  const api = createServerApi(() => workbook);
  return { workbook, api };
}

function requestFor(preview: RosterPreview, overrides: Partial<PayReviewRequest> = {}): PayReviewRequest {
  return {
    sheetName: preview.sheetName,
    range: preview.range,
    headers: preview.columns.map((c) => c.header),
    fields: preview.columns.map((c) => c.field ?? ''),
    output: 'values',
    ...overrides,
  };
}

function snapshot(sheet: MemorySheet) {
  return { cells: new Map(sheet.cells), formats: new Map(sheet.formats), bold: new Set(sheet.bold), rules: [...sheet.conditionalFormats] };
}

/** The review table's header row (the frozen row) and the rows under it. */
function table(workbook: MemoryWorkbook, sheetName: string, rows: number) {
  const sheet = workbook.sheet(sheetName)!;
  const top = sheet.frozenRows;
  const width = [...sheet.cells.keys()].filter((k) => k.startsWith(`${top},`)).length;
  const headers = workbook.read(sheetName, { row: top, column: 1, rows: 1, columns: width })[0]!;
  const body = workbook.read(sheetName, { row: top + 1, column: 1, rows, columns: width });
  const at = (header: string) => headers.indexOf(header);
  return { sheet, top, headers, body, at, column: (header: string) => body.map((r) => r[at(header)]) };
}

/** A roster without a location column (name, years, salary), selected whole. */
function withoutLocation(people: CellValue[][]) {
  const rows = [['Name', 'Years', 'Salary'], ...people];
  const built = setup(rows);
  built.workbook.select('Roster', { row: 1, column: 1, rows: rows.length, columns: 3 });
  return built;
}

/** The first column of a built sheet: its title, context lines, inputs held and sources. */
function firstColumn(workbook: MemoryWorkbook, sheetName: string, rows = 60): CellValue[] {
  return workbook.read(sheetName, { row: 1, column: 1, rows, columns: 1 }).flat();
}

describe('the Pay review sheet', () => {
  it('gives each roster row its row, PAY_REVIEW’s figures and a reason when not reviewed, leaving the roster as it was', () => {
    const { workbook, api } = setup();
    const before = snapshot(workbook.sheet('Roster')!);
    const result = api.buildPayReview(requestFor(api.readRoster()));
    expect(result).toEqual({
      sheetName: 'Pay review',
      rows: 8,
      message: 'Built "Pay review": 6 of 7 people reviewed, 1 not reviewed (see Notes).',
    });
    expect(snapshot(workbook.sheet('Roster')!)).toEqual(before);
    expect(workbook.activeSheetName).toBe('Pay review');

    const t = table(workbook, 'Pay review', 8);
    expect(t.headers).toEqual([
      'Roster row',
      'Name',
      'Location',
      'Years',
      'Credentials',
      'Role',
      'Setting',
      'Annual pay',
      'Market estimate',
      'Pay percentile',
      'Gap to estimate',
      'Compa-ratio',
      'Flag',
      'Local median',
      'Raise to market estimate',
      'Notes',
    ]);
    expect(t.column('Roster row')).toEqual(['Row 2', 'Row 3', 'Row 4', 'Row 5', 'Row 6', 'Row 7', 'Row 8', 'Row 9']);
    expect(t.column('Name')).toEqual(['A. Rivera', 'J. Chen', 'M. Okafor', '', 'S. Patel', 'L. Novak', 'D. Kim', 'R. Diaz']);
    // The figures are PAY_REVIEW's own over the same columns (blank settings read as "any").
    const column = (k: number) => TEAM.map((r) => [r[k] ?? '']);
    const settings = TEAM.map((r) => [r.length === 0 ? '' : r[5] || 'any']);
    const expected = payReview(column(6), column(1), column(2), column(3), column(4), settings);
    expect(t.body.map((r) => r.slice(t.at('Market estimate'), t.at('Flag') + 1))).toEqual(expected);
    expect(t.column('Local median')).toEqual((stateWage(column(1), 'median', column(4)) as CellValue[][]).map((r) => r[0]));
    expect(t.column('Flag')).toEqual(['', '', '', '', '', 'above p90', 'below p25', '']);
    expect(t.column('Notes')[3]).toBe('Blank line in the roster.');
    // A bad row's note is the message PAY_REVIEW itself gives for that person's inputs.
    const single = (() => {
      try {
        payReview(50_000, 'Pensylvania', 3, 'RHIT', 'hit', '');
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(t.column('Notes')[4]).toBe(`Not reviewed: ${single!.replace(/^PAY_REVIEW: /, '')}`);
    expect(t.column('Notes')[4]).toMatch(/^Not reviewed: unknown area "Pensylvania" — did you mean "Pennsylvania" \(PA\)\?/);

    // A raise line only for someone paid below their own estimate, to that estimate; none for
    // A. Rivera (one year, CPC-A, paid above the estimate though below the local median).
    const raises = t.column('Raise to market estimate');
    t.body.forEach((row, i) => {
      const [estimate, pay] = [row[t.at('Market estimate')], row[t.at('Annual pay')]];
      if (typeof estimate !== 'number') expect(raises[i]).toBe('');
      else if ((pay as number) >= estimate) expect({ i, raise: raises[i] }).toEqual({ i, raise: '' });
      else expect({ i, raise: raises[i] }).toEqual({ i, raise: estimate - (pay as number) });
    });
    const rivera = t.body[0]!;
    expect(rivera[t.at('Annual pay')]).toBeLessThan(rivera[t.at('Local median')] as number);
    expect(rivera[t.at('Annual pay')]).toBeGreaterThan(rivera[t.at('Market estimate')] as number);
    // With a credentialed coder's hospital gap at like credentials, J. Chen (CPC, 6 years) and M. Okafor
    // (CCS, 12 years) are paid at or above their own estimates: D. Kim and R. Diaz, billers, are the two below theirs.
    expect(raises.map((r) => (r === '' ? '' : 'raise'))).toEqual(['', '', '', '', '', '', 'raise', 'raise']);

    // The summary reads the table: reviewed, median compa-ratio, flags, the cost of reaching each person's estimate.
    const summary = workbook.read('Pay review', { row: 6, column: 1, rows: 5, columns: 8 }).map((r) => [r[0], r[7]]);
    const compas = t
      .column('Compa-ratio')
      .filter((c): c is number => typeof c === 'number')
      .sort((a, b) => a - b);
    const owed = raises.filter((c): c is number => typeof c === 'number');
    expect(summary).toEqual([
      ['People reviewed', 6],
      ['Team median compa-ratio (pay ÷ market estimate)', (compas[2]! + compas[3]!) / 2],
      ['Paid below their local 25th percentile', 1],
      ['Paid above their local 90th percentile', 1],
      ['Annual cost of bringing everyone below their market estimate up to it', owed.reduce((a, b) => a + b, 0)],
    ]);
    // D. Kim $6,021 + R. Diaz $2,739: the Team example's headline.
    expect(owed.reduce((a, b) => a + b, 0)).toBe(8_760);
  });

  it('holds the inputs, colours the flags, charts each person’s compa-ratio under the table and cites its sources', () => {
    const { workbook, api } = setup();
    api.buildPayReview(requestFor(api.readRoster()));
    const t = table(workbook, 'Pay review', 8);
    const text = (row: number) => workbook.cellValue('Pay review', row, 1);
    expect(text(1)).toBe('Pay review');
    expect(text(2)).toBe('As of BLS OEWS wage estimates, May 2025 (SOC 29-2072, 43-3021); May 2025 and May 2024 (SOC 29-9021).');
    expect(text(3)).toBe('Values computed by the Coding & Billing Pay add-on: they read the same without it. Sources below.');
    expect(text(4)).toBe(
      "7 people read from 'Roster'!A1:G9, which is not changed; 1 row not reviewed (reasons in Notes). Inputs held and sources under the table.",
    );
    expect(t.top).toBe(12);
    expect(t.sheet.bold.has('12,1') && t.sheet.bold.has('1,1')).toBe(true);
    const flags = { row: 13, column: t.at('Flag') + 1, rows: 8, columns: 1 };
    expect(t.sheet.conditionalFormats).toEqual([
      { range: flags, when: { textEquals: 'below p25' }, background: '#fce8e6', fontColor: '#a50e0e' },
      { range: flags, when: { textEquals: 'above p90' }, background: '#fef7e0', fontColor: '#7a4f01' },
      { range: { ...flags, column: t.at('Market estimate') + 1 }, when: { textStartsWith: '#' }, fontColor: '#d93025' },
    ]);
    expect(t.sheet.charts).toEqual([
      {
        title: 'Compa-ratio by person (pay ÷ market estimate)',
        labels: { row: 13, column: 2, rows: 8, columns: 1 },
        values: { row: 13, column: t.at('Compa-ratio') + 1, rows: 8, columns: 1 },
        anchorRow: 22,
        anchorColumn: 1,
        offsetX: 0,
        width: 520,
        height: 250,
      },
    ]);
    // The chart stands outside the frozen rows; the inputs held and the sources start below it.
    const chartRows = Math.ceil(250 / 21);
    const below = workbook.read('Pay review', { row: 22 + chartRows + 1, column: 1, rows: 30, columns: 1 }).flat();
    expect(below.slice(0, 8)).toEqual([
      'Inputs held',
      'Pay: the column "Annual pay", annual.',
      `Location: the column "State". ${REMOTE_WORK_NOTE}`,
      'Years of experience: the column "Years".',
      'Credentials: the column "Credentials".',
      'Role: the column "Role", titles read as coder, biller or health information technologist / medical registrar (blank: coder).',
      'Setting: the column "Setting" (blank: any setting).',
      '',
    ]);
    const sources = below.slice(8);
    expect(sources[0]).toBe('Sources');
    expect(t.sheet.bold.has(`${22 + chartRows + 1},1`) && t.sheet.bold.has(`${22 + chartRows + 9},1`)).toBe(true);
    expect(sources).toContain(sourceText('credentials'));
    expect(sources).toContain(sourceText('setting'));
    // One line per BLS page the figures come from (TX, OH, GA, FL, WA and the national page), as every sources block.
    expect(sources.filter((line) => String(line).startsWith('Wages ('))).toHaveLength(6);
    expect(sources).toContain('Wages (TX): BLS OEWS May 2025, state estimates: https://www.bls.gov/oes/2025/may/oes_tx.htm');
    expect(sources.join('\n')).toMatch(/Compa-ratio = annual pay ÷ market estimate/);
    expect(sources).toContain('medical billers: BLS 43-3021 covers billing clerks in all industries, not only healthcare.');
    expect(t.sheet.formats.get(`13,${t.at('Pay percentile') + 1}`)).toBe('0.0%');
    expect(t.sheet.formats.get(`13,${t.at('Compa-ratio') + 1}`)).toBe('0.00');
    expect(t.sheet.formats.get('7,8')).toBe('0.00');
    // Columns fit what they show: every header and figure whole.
    const widths = [...t.sheet.columnWidths.entries()].sort(([a], [b]) => a - b).map(([, w]) => w);
    expect(widths).toHaveLength(16);
    expect(widths[0]).toBeGreaterThanOrEqual(fittedWidth([{ text: 'Roster row', bold: true }]));
    expect(widths[t.at('Raise to market estimate')]).toBeGreaterThanOrEqual(
      fittedWidth([{ text: 'Raise to market estimate', bold: true }]),
    );
    // The summary's labels end before its figures start.
    const labels = widths.slice(0, 7).reduce((a, b) => a + b, 0);
    expect(labels).toBeGreaterThan(textWidth('Annual cost of bringing everyone below their market estimate up to it'));
    // Roster row and name stay in view while the rest scrolls; every other column is reachable
    // beside them in a 1440-px window (Sheets' own panels and row numbers take about 120 px).
    expect(t.sheet.frozenColumns).toBe(2);
    expect(widths.slice(0, 2).reduce((a, b) => a + b, 0) + Math.max(...widths.slice(2))).toBeLessThan(1440 - 120);
    // A note wraps inside its column: a bad row's whole message stays readable.
    const notes = t.at('Notes') + 1;
    for (let row = 13; row <= 20; row++) expect(t.sheet.wrapped.has(`${row},${notes}`)).toBe(true);
  });

  it('writes live formulas as one range formula per computed column, and summary formulas over the table', () => {
    const { workbook, api } = setup();
    const result = api.buildPayReview(requestFor(api.readRoster(), { output: 'formulas' }));
    const sheet = workbook.sheet(result.sheetName)!;
    const formulas = [...sheet.cells.entries()].filter(([, v]) => typeof v === 'string' && v.startsWith('='));
    expect(Object.fromEntries(formulas)).toEqual({
      '6,8': '=COUNT(L13:L20)',
      '7,8': '=IFERROR(MEDIAN(L13:L20),"")',
      '8,8': '=COUNTIF(M13:M20,"below p25")',
      '9,8': '=COUNTIF(M13:M20,"above p90")',
      '10,8': '=SUM(O13:O20)',
      '13,9': '=PAY_REVIEW(H13:H20,C13:C20,D13:D20,E13:E20,F13:F20,G13:G20)',
      '13,14': '=STATE_WAGE(C13:C20,"median",F13:F20)',
      '13,15': '=ARRAYFORMULA(IF(ISNUMBER(L13:L20),IF(H13:H20<I13:I20,ROUND(I13:I20-H13:H20,2),""),""))',
    });
    expect(workbook.cellValue(result.sheetName, 3, 1)).toMatch(/^Live formulas: they need the Coding & Billing Pay add-on/);
    expect(result.message).toMatch(/as live formulas\.$/);
  });

  it('writes names and every other roster text as text, never as a formula, number or date', () => {
    const hostile = ['=HYPERLINK("http://example.com","x")', '+1 555 0100', '2025-01-31', "'quoted", '@import'];
    const { workbook, api } = setup([
      HEADER,
      ...hostile.map((name, i) => [`'${name}`, i === 0 ? "'=1+1" : 'TX', 3, '', 'coder', '', 45_000] as CellValue[]),
    ]);
    const result = api.buildPayReview(requestFor(api.readRoster()));
    const t = table(workbook, result.sheetName, hostile.length);
    expect(t.column('Name')).toEqual(hostile);
    for (let i = 0; i < hostile.length; i++) expect(workbook.rawCell(result.sheetName, 13 + i, 2)).toBe(`'${hostile[i]}`);
    expect(workbook.rawCell(result.sheetName, 13, 3)).toBe("'=1+1");
    expect(t.body[0]![t.at('Market estimate')]).toBe('#BAD AREA "=1+1"');
    expect(result.message).not.toContain('HYPERLINK');
  });

  it('costs the same Spreadsheet calls for 8 rows as for 2,000, and charts compa-ratio bands for a large team', () => {
    const calls = (people: number) => {
      const rows = [HEADER, ...Array.from({ length: people }, (_, i) => TEAM[i % TEAM.length]!)];
      const { workbook, api } = setup(rows);
      const request = requestFor(api.readRoster());
      const start = { ...workbook.calls };
      const result = api.buildPayReview(request);
      const used = Object.fromEntries(
        Object.entries(workbook.calls)
          .map(([m, n]) => [m, n - (start[m] ?? 0)])
          .filter(([, n]) => n !== 0),
      );
      return { used, workbook, result };
    };
    const small = calls(8);
    const large = calls(2000);
    expect(large.used).toEqual(small.used);
    expect(large.result.rows).toBe(2000);
    const sheet = large.workbook.sheet(large.result.sheetName)!;
    expect(sheet.charts[0]!.title).toBe('People by compa-ratio band');
    const bandsTop = sheet.charts[0]!.labels.row;
    const bands = large.workbook.read(large.result.sheetName, { row: bandsTop - 1, column: 1, rows: 7, columns: 2 });
    expect(bands[0]).toEqual(['Compa-ratio band', 'Number of people']);
    const reviewed = large.workbook.cellValue(large.result.sheetName, 6, 8) as number;
    expect(bands.slice(1).reduce((sum, [, n]) => sum + (n as number), 0)).toBe(reviewed);
    expect(reviewed).toBe(1500);
  });

  it('maps an hourly column and an unrecognised location column, and says what it converted', () => {
    const { workbook, api } = setup([
      ['Employee', 'Based in', 'Experience', 'Hourly rate'],
      ['A', 'TX', 2, 24.5],
      ['B', 'OH', 7, 'lots'],
    ]);
    workbook.select('Roster', { row: 1, column: 1, rows: 3, columns: 4 });
    const preview = api.readRoster();
    expect(() => api.buildPayReview(requestFor(preview))).toThrowError('Choose the location column, or where everyone works.');
    const result = api.buildPayReview(requestFor(preview, { fields: ['name', 'location', 'years', 'hourlyRate'] }));
    const t = table(workbook, result.sheetName, 2);
    expect(t.headers.slice(0, 7)).toEqual(['Roster row', 'Name', 'Location', 'Years', 'Credentials', 'Role', 'Setting']);
    expect(t.headers.slice(7, 9)).toEqual(['Hourly rate', 'Annual pay (hourly × 2,080)']);
    expect(t.column('Annual pay (hourly × 2,080)')).toEqual([50_960, 'lots']);
    expect(t.column('Market estimate')).toEqual([payReview(50_960, 'TX', 2)[0]![0], '#BAD PAY "lots"']);
    expect(t.column('Notes')[1]).toMatch(/^Not reviewed: hourly rate must be a number, got "lots"/);
    const held = firstColumn(workbook, result.sheetName);
    expect(held).toContain('Pay: the column "Hourly rate" × 2,080 hours (52 weeks × 40 hours, the BLS convention).');
    expect(held).toContain('Credentials: no column; everyone is reviewed as non-certified.');
    expect(held).toContain('Role: no column; everyone is reviewed as a medical coder.');
  });

  it('reviews everyone in one chosen area when no column gives a location', () => {
    const { workbook, api } = withoutLocation([['A', 2, 48_000]]);
    const result = api.buildPayReview(requestFor(api.readRoster(), { area: 'Washington' }));
    expect(table(workbook, result.sheetName, 1).column('Location')).toEqual(['WA']);
    expect(firstColumn(workbook, result.sheetName)).toContain(
      `Location: everyone in Washington (WA); no location column. ${REMOTE_WORK_NOTE}`,
    );
  });

  it('reviews everyone in a metropolitan area typed as its city, citing the area’s BLS page', () => {
    const { workbook, api } = withoutLocation([
      ['A', 2, 48_000],
      ['B', 9, 90_000],
    ]);
    const result = api.buildPayReview(requestFor(api.readRoster(), { area: 'Sunnyvale' }));
    const t = table(workbook, result.sheetName, 2);
    // The area's code is written as text, so the live formulas read the same area.
    expect(t.column('Location')).toEqual(['41940', '41940']);
    expect(workbook.rawCell(result.sheetName, 13, 3)).toBe("'41940");
    expect(t.body.map((r) => r.slice(t.at('Market estimate'), t.at('Flag') + 1))).toEqual(
      payReview([[48_000], [90_000]], [['41940'], ['41940']], [[2], [9]]),
    );
    expect(t.column('Local median')).toEqual([86_890, 86_890]);
    const text = firstColumn(workbook, result.sheetName);
    expect(text[1]).toBe('As of BLS OEWS wage estimates, May 2025 (SOC 29-2072).');
    expect(text).toContain(`Location: everyone in San Jose-Sunnyvale-Santa Clara, CA (41940); no location column. ${REMOTE_WORK_NOTE}`);
    expect(text).toContain(
      'Wages (41940): BLS OEWS May 2025, metropolitan and nonmetropolitan area estimates: https://www.bls.gov/oes/2025/may/oes_41940.htm',
    );
    expect(text).toContain(
      "San Jose-Sunnyvale-Santa Clara, CA (41940): BLS publishes its 25th, 50th and 75th percentiles; p10 and p90 follow California's shape.",
    );
  });

  it('dates the review by the year of an area’s own figures when they are older than its state’s', () => {
    const { workbook, api } = withoutLocation([['A', 2, 40_000]]);
    // Lake Charles, LA: BLS's latest coder median for the area is May 2022.
    const result = api.buildPayReview(requestFor(api.readRoster(), { area: '29340' }));
    const text = firstColumn(workbook, result.sheetName);
    expect(text[1]).toBe('As of BLS OEWS wage estimates, May 2025 and May 2022 (SOC 29-2072).');
    expect(text).toContain(
      'Wages (29340): BLS OEWS May 2022, metropolitan and nonmetropolitan area estimates: https://www.bls.gov/oes/2022/may/oes_29340.htm',
    );
  });

  it('lists the areas an ambiguous city could be, writing nothing', () => {
    const { workbook, api } = withoutLocation([['A', 2, 48_000]]);
    expect(() => api.buildPayReview(requestFor(api.readRoster(), { area: 'Portland' }))).toThrowError(
      /^Location: "Portland" is in two areas: Portland-South Portland, ME \(38860\); Portland-Vancouver-Hillsboro, OR-WA \(38900\) — add the state\./,
    );
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Roster']);
  });

  it('refuses in plain words, writing nothing, when the mapping is incomplete or the roster changed', () => {
    const { workbook, api } = setup();
    const preview = api.readRoster();
    const fields = preview.columns.map((c) => c.field ?? '');
    const cases: [Partial<PayReviewRequest>, string][] = [
      [{ fields: fields.map((f) => (f === 'annualPay' ? '' : f)) }, 'Choose the pay column: Annual pay or Hourly rate.'],
      [{ fields: fields.map((f) => (f === 'years' ? '' : f)) }, 'Choose the column with each person’s years of experience.'],
      [
        { fields: fields.map((f) => (f === 'name' ? 'years' : f)) },
        'Two columns are set to Years of experience: choose it for one column only.',
      ],
      [
        { fields: fields.map((f) => (f === 'name' ? 'hourlyRate' : f)) },
        'Two columns are set to pay: choose Annual pay or Hourly rate for one column only.',
      ],
      [{ fields: [...fields, 'name'] }, 'The columns do not match the roster read: press Read selection again.'],
      [{ sheetName: 'Gone' }, 'No sheet named "Gone" any more: select the roster and press Read selection again.'],
      [
        { headers: ['Employee', ...preview.columns.slice(1).map((c) => c.header)] },
        'The roster’s headers changed since it was read: press Read selection again.',
      ],
    ];
    for (const [overrides, message] of cases) {
      expect(() => api.buildPayReview(requestFor(preview, overrides)), message).toThrowError(message);
    }
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Roster']);
  });

  it('builds or refuses in plain words whatever the client sends, adding at most one sheet', () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    const { api } = setup();
    const preview = api.readRoster();
    const valid = requestFor(preview);
    const request = fc.record(
      {
        sheetName: fc.oneof(fc.constantFrom('Roster', 'Nope', ''), json),
        range: fc.oneof(fc.constant(valid.range), fc.record({ row: json, column: json, rows: json, columns: json }), json),
        headers: fc.oneof(fc.constant(valid.headers), fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), json),
        fields: fc.oneof(
          fc.constant(valid.fields),
          fc.array(
            fc.constantFrom('', 'name', 'location', 'years', 'credentials', 'role', 'setting', 'annualPay', 'hourlyRate', 'salary'),
            {
              minLength: 7,
              maxLength: 7,
            },
          ),
          json,
        ),
        area: fc.oneof(fc.constantFrom('TX', 'Texas', 'XX', ''), json),
        output: fc.oneof(fc.constantFrom('values', 'formulas'), json),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(request, (value) => {
        const { workbook, api: fresh } = setup();
        try {
          fresh.buildPayReview(JSON.parse(JSON.stringify(value)) as PayReviewRequest);
          expect(workbook.sheets).toHaveLength(2);
        } catch (error) {
          expect(error).toBeInstanceOf(RequestError);
          const message = (error as Error).message;
          expect(message.length).toBeLessThan(400);
          expect(message).not.toMatch(/undefined|null|\[object|TypeError|Cannot read/);
          expect(workbook.sheets).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Texas coder percentiles as the bands sheet writes them: "$39,470". */
function payBandsMarket(): string[] {
  return areaDistribution(ROLES.coder, parseArea('TX')).percentiles.map((p) => `$${Math.round(p).toLocaleString('en-US')}`);
}

describe('the Pay bands sheet', () => {
  it('lists minimum, midpoint and maximum per level without and with the credential, with how they are made and sources', () => {
    const { workbook, api } = setup();
    const result = api.suggestPayBands({ area: 'Texas', role: 'coder', setting: 'hospital', cert: 'CPC' });
    expect(result).toEqual({
      sheetName: 'Pay bands — Texas, medical coders',
      rows: 5,
      message: 'Built "Pay bands — Texas, medical coders": 5 levels, without a credential and with CPC.',
    });
    const sheet = workbook.sheet(result.sheetName)!;
    const read = (row: number, rows: number) => workbook.read(result.sheetName, { row, column: 1, rows, columns: 11 });
    expect(read(6, 2)).toEqual([
      ['', '', 'No credential', '', '', 'With CPC', '', '', 'Local market, every level', '', ''],
      [
        'Level',
        'Years of experience',
        'Minimum',
        'Midpoint',
        'Maximum',
        'Minimum',
        'Midpoint',
        'Maximum',
        '25th percentile',
        'Median',
        '75th percentile',
      ],
    ]);
    const profile = { area: parseArea('TX'), role: ROLES.coder, setting: 'hospital' as const };
    const without = payBands({ ...profile, credentials: [] });
    const withCpc = payBands({ ...profile, credentials: parseCredentials(['CPC']) });
    const quartiles = areaDistribution(ROLES.coder, parseArea('TX')).percentiles.slice(1, 4).map(Math.round);
    expect(read(8, 5)).toEqual(
      without.map((b, i) => [
        b.level.label,
        ['0 to 2', '3 to 5', '6 to 10', '11 to 19', '20 and more'][i],
        b.minimum,
        b.midpoint,
        b.maximum,
        withCpc[i]!.minimum,
        withCpc[i]!.midpoint,
        withCpc[i]!.maximum,
        ...quartiles,
      ]),
    );
    // Each midpoint is the market estimate at the level's middle year; each band about 35% wide.
    const midpointYears = [1, 4, 8, 15, 30];
    expect(without.map((b) => b.midpoint)).toEqual(midpointYears.map((y) => coderSalary('TX', y, '', 'coder', 'hospital')));
    expect(withCpc.map((b) => b.midpoint)).toEqual(midpointYears.map((y) => coderSalary('TX', y, 'CPC', 'coder', 'hospital')));
    for (const b of [...without, ...withCpc]) expect(b.maximum / b.minimum).toBeCloseTo(1.35, 3);
    expect(sheet.frozenRows).toBe(7);
    expect(sheet.formats.get('8,3')).toBe('$#,##0');
    const [, p25, p50, p75] = payBandsMarket();
    const below = read(13, 16).map((r) => r[0]);
    expect(below[1]).toBe(
      `Local market for medical coders in Texas, every level together: 25th percentile ${p25}, median ${p50}, 75th percentile ${p75} (BLS OEWS May 2025).`,
    );
    expect(below[3]).toBe('How the bands are made');
    expect(sheet.bold.has('16,1')).toBe(true);
    expect(below).toContain(
      'Why 35%: the middle of the 30% to 40% SHRM gives as typical for clerical, technical and paraprofessional jobs, as coding and billing are.',
    );
    expect(below).toContain(
      'Range spread: SHRM, How to Establish Salary Ranges: https://www.shrm.org/resourcesandtools/tools-and-samples/how-to-guides/pages/howtoestablishsalaryranges.aspx',
    );
    expect(below).toContain('Sources');
    expect(below).toContain(sourceText('setting'));
    expect(below).toContain('Wages (TX): BLS OEWS May 2025, state estimates: https://www.bls.gov/oes/2025/may/oes_tx.htm');
    expect(workbook.activeSheetName).toBe(result.sheetName);
  });

  it('builds the bands for a metropolitan area by code or city, with its own quartiles and BLS page', () => {
    for (const area of ['41940', 41940, 'Sunnyvale', 'san jose-sunnyvale-santa clara, ca']) {
      const { workbook, api } = setup();
      const result = api.suggestPayBands({ area: area as string, role: 'coder', setting: 'any', cert: 'CPC' });
      expect(result.sheetName, String(area)).toBe('Pay bands — San Jose-Sunnyvale-Santa Clara, CA, medical coders');
      const profile = { area: parseArea('41940'), role: ROLES.coder, setting: 'any' as const };
      expect(workbook.read(result.sheetName, { row: 8, column: 3, rows: 5, columns: 1 }).flat()).toEqual(
        payBands({ ...profile, credentials: [] }).map((b) => b.minimum),
      );
      const text = firstColumn(workbook, result.sheetName, 40);
      expect(text.slice(1, 4)).toEqual([
        'As of BLS OEWS May 2025, SOC 29-2072 Medical Records Specialists.',
        'Values computed by the Coding & Billing Pay add-on from its model: they read the same without it.',
        'Inputs held: San Jose-Sunnyvale-Santa Clara, CA (41940); medical coder; all settings; without a credential and with CPC.',
      ]);
      expect(text).toContain(
        'Local market for medical coders in San Jose-Sunnyvale-Santa Clara, CA, every level together: 25th percentile $63,760, median $86,890, 75th percentile $123,190 (BLS OEWS May 2025).',
      );
      const sources = text.slice(text.indexOf('Sources') + 1);
      expect(sources.slice(0, 2)).toEqual([
        'Wages (41940): BLS OEWS May 2025, metropolitan and nonmetropolitan area estimates: https://www.bls.gov/oes/2025/may/oes_41940.htm',
        'Wages (CA): BLS OEWS May 2025, state estimates: https://www.bls.gov/oes/2025/may/oes_ca.htm',
      ]);
      expect(sources).toContain(
        "San Jose-Sunnyvale-Santa Clara, CA (41940): BLS publishes its 25th, 50th and 75th percentiles; p10 and p90 follow California's shape.",
      );
    }
  });

  it('dates an area’s local market by the year BLS last published it', () => {
    const { workbook, api } = setup();
    const result = api.suggestPayBands({ area: 'Lake Charles', role: 'coder', setting: 'any', cert: 'CPC' });
    const text = firstColumn(workbook, result.sheetName, 40);
    expect(text[1]).toBe('As of BLS OEWS May 2025 and May 2022, SOC 29-2072 Medical Records Specialists.');
    const [, p25, p50, p75] = areaDistribution(ROLES.coder, parseArea('29340')).percentiles.map(
      (p) => `$${Math.round(p).toLocaleString('en-US')}`,
    );
    expect(text).toContain(
      `Local market for medical coders in Lake Charles, LA, every level together: 25th percentile ${p25}, median ${p50}, 75th percentile ${p75} (BLS OEWS May 2022).`,
    );
  });

  it('lists the areas an ambiguous city could be, and says an area without figures has none, writing nothing', () => {
    const { workbook, api } = setup();
    expect(() => api.suggestPayBands({ area: 'Springfield', role: 'coder', setting: 'any', cert: 'CPC' })).toThrowError(
      'Area: "Springfield" is in five areas: Eugene-Springfield, OR (21660); Springfield, IL (44100); Springfield, MA (44140); Springfield, MO (44180); Springfield, OH (44220) — add the state.',
    );
    expect(() => api.suggestPayBands({ area: 'Springfield, MO', role: 'coder', setting: 'any', cert: 'CPC' })).not.toThrow();
    expect(() => api.suggestPayBands({ area: '10380', role: 'coder', setting: 'any', cert: 'CPC' })).toThrowError(
      /^Area: no figure in the data for this area: Aguadilla, PR \(10380\), Puerto Rico — .*no figures for Puerto Rico\.$/,
    );
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Roster', 'Pay bands — Springfield, MO, medical coders']);
  });

  it('needs a credential for the second set of bands and a known area, said plainly', () => {
    const { workbook, api } = setup();
    expect(() => api.suggestPayBands({ area: 'TX', role: 'coder', setting: 'any', cert: 'none' })).toThrowError(
      'Choose the credential the second set of bands is for, e.g. CPC.',
    );
    expect(() => api.suggestPayBands({ area: 'Texs', role: 'coder', setting: 'any', cert: 'CPC' })).toThrowError(
      /^Area: unknown area "Texs" — did you mean "Texas" \(TX\)\?/,
    );
    expect(workbook.sheets).toHaveLength(1);
  });
});
