/** Compare ways in: the sheet the sidebar builds, as values and as one live PATH_COMPARE computed by a formula engine. */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook, displayValue } from '../../scripts/preview/memoryWorkbook';
import { PreviewSpreadsheet } from '../../scripts/preview/engine';
import { createServerApi } from '../../src/addon/serverApi';
import { RequestError } from '../../src/addon/requestError';
import type { WaysInRequest } from '../../src/addon/requests';
import type { CellValue } from '../../src/addon/workbook/workbook';
import { pathCompareTable } from '../../src/sheets/careerFunctions';
import { DEFAULT_WAYS_IN } from '../../src/core/time/waysIn';
import { textWidth } from '../../src/addon/workbook/columnWidths';
import { ROW_HEIGHT, VISIBLE_WIDTH } from '../../src/addon/sheets/chartLayout';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

function request(overrides: Partial<WaysInRequest> = {}): WaysInRequest {
  return { area: 'US', years: 0, horizon: 10, growth: '', plans: [...DEFAULT_WAYS_IN, ''], output: 'values', ...overrides };
}

type Read = (row: number, column: number) => CellValue;

/** The row (1-based) whose first cell is `text`. */
function rowOf(read: Read, text: string): number {
  for (let row = 1; row < 300; row++) if (read(row, 1) === text) return row;
  throw new Error(`no row starts with "${text}"`);
}

function block(read: Read, top: number, rows: number, columns: number): CellValue[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => read(top + i, j + 1)));
}

/** The sheet's text, prose run on from row to row. */
function sheetText(workbook: MemoryWorkbook, name: string): string {
  return [...workbook.sheet(name)!.cells.values()]
    .map(displayValue)
    .filter((v) => typeof v === 'string')
    .join(' ');
}

const PLANS = [['none'], ['certificate:0, CPC:1'], ['associate:0, CCS:3'], ['bachelor:0, RHIA:4']];

describe('comparing ways in', () => {
  it('writes the plans, PATH_COMPARE’s table with the overtaking years, and a chart of every way’s cumulative net', () => {
    const workbook = new MemoryWorkbook();
    workbook.setCell('Sheet1', 1, 1, 'mine');
    const result = createServerApi(() => workbook).buildWaysIn(request());
    expect(result).toEqual({
      sheetName: 'Ways in for United States',
      rows: 11,
      message: 'Built "Ways in for United States": 4 ways in over 10 years.',
    });
    const read: Read = (row, column) => workbook.cellValue(result.sheetName, row, column);
    const plansTop = rowOf(read, 'Ways compared, one plan a cell ("none": straight to work)') + 1;
    // The blank first box is straight to work, written as PATH_COMPARE reads it; the blank fifth box is left out.
    expect(block(read, plansTop, 5, 1)).toEqual([...PLANS, ['']]);

    const top = rowOf(read, 'Year by year: pay, and cumulative earnings less school and credential costs') + 1;
    const table = pathCompareTable('US', PLANS, 10) as CellValue[][];
    expect(table).toHaveLength(13);
    expect(table[0]).toHaveLength(9);
    expect(block(read, top, 13, 9)).toEqual(table);
    // Blank plans give the same default ways in.
    expect(pathCompareTable('US')).toEqual(table);
    expect(block(read, top + 12, 1, 9)).toEqual([
      ['Overtakes Straight to work in year', '', '', '', 7, '', 'not within 10 years', '', 'not within 10 years'],
    ]);
    // School years: tuition paid, no pay; a coding certificate then CPC earns from year 1. Straight to work starts
    // at the national 10th percentile, where the experience curve places a first-year coder.
    expect(block(read, top + 1, 2, 5)).toEqual([
      [0, 37000, 37000, 0, -4150],
      [1, 40034, 77034, 42667, 37870],
    ]);

    const sheet = workbook.sheet(result.sheetName)!;
    expect(sheet.lineCharts).toHaveLength(1);
    const [chart] = sheet.lineCharts;
    expect(chart!.title).toBe("Cumulative earnings less school and credential costs (today's dollars)");
    expect(chart!.domain).toEqual({ row: top, column: 1, rows: 12, columns: 1 });
    expect(chart!.series.map((s) => [s.row, s.column, s.rows])).toEqual([
      [top, 3, 12],
      [top, 5, 12],
      [top, 7, 12],
      [top, 9, 12],
    ]);
    expect(chart!.width).toBeLessThanOrEqual(VISIBLE_WIDTH);
    // The chart sits in empty rows under the table, covering no figure and no text.
    expect(chart!.anchorRow).toBeGreaterThan(top + 12);
    for (let row = chart!.anchorRow; row < chart!.anchorRow + Math.ceil(chart!.height / ROW_HEIGHT); row++)
      for (let column = 1; column <= 9; column++) expect(read(row, column), `${row},${column}`).toBe('');

    expect(sheet.formats.get(`${top + 1},3`)).toBe('$#,##0');
    expect(sheet.formats.get(`${top + 12},5`) ?? 'General').toBe('General');
    for (const row of [top, top + 12]) for (let column = 1; column <= 9; column++) expect(sheet.wrapped.has(`${row},${column}`)).toBe(true);
    // Nine columns fitted to their headers and figures, inside the 860 px a window shows beside the sidebar.
    const widths = Array.from({ length: 9 }, (_, i) => sheet.columnWidths.get(i + 1)!);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(VISIBLE_WIDTH);
    // Headers and overtaking answers wrap between words: no word is wider than its column (nothing cut off).
    for (const row of [top, top + 12])
      for (let column = 1; column <= 9; column++)
        for (const word of String(read(row, column)).split(' '))
          expect(textWidth(word, true) + 12, `${word} in column ${column}`).toBeLessThanOrEqual(widths[column - 1]!);
    for (let row = top + 1; row < top + 12; row++)
      for (let column = 2; column <= 9; column++) {
        const shown = `$${Math.abs(read(row, column) as number).toLocaleString('en-US')}`;
        expect(textWidth(shown) + 12).toBeLessThanOrEqual(widths[column - 1]!);
      }

    expect(workbook.activeSheetName).toBe(result.sheetName);
    expect(workbook.cellValue('Sheet1', 1, 1)).toBe('mine');
    // A second build gets a new name and leaves the first as it was.
    const again = createServerApi(() => workbook).buildWaysIn(request());
    expect(again.sheetName).toBe('Ways in for United States (2)');
    expect(block(read, top, 13, 9)).toEqual(table);
  });

  it('says what each way in rests on and cites the publishers', () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = createServerApi(() => workbook).buildWaysIn(request({ title: 'Ways in' }));
    const text = sheetText(workbook, sheetName);
    expect(text).toMatch(/not promises/);
    expect(text).toContain('School years carry no coding pay and add no experience.');
    expect(text).toContain("Tuition and fees are College Board's published prices before grant aid");
    // Each program with its length and tuition, each credential with its eligibility rule, each program's pay factor.
    expect(text).toMatch(
      /Years 0–1: associate degree: 2 years full-time \(NCES IPEDS glossary: associate's degree; https:\/\/surveys\.nces\.ed\.gov\//,
    );
    expect(text).toMatch(/tuition and fees \$11,950 a year \(College Board, Trends in College Pricing/);
    expect(text).toMatch(/RHIA in year 4: RHIA needs an accredited bachelor's degree in HIM \(AHIMA: RHIA eligibility/);
    expect(text).toMatch(/CCS in year 3: CCS needs 2 years of coding experience; or a coding certificate or degree and 1 year/);
    expect(text).toMatch(
      /priced as CPC-A \(the apprentices’ part of the premium\) until 1 year of experience, the completed program counting as AAPC’s coding course/,
    );
    expect(text).toMatch(/Pay once complete: bachelor's degree: AAPC 2009 Salary Survey: .* = 1\.1800/);
    for (const page of [
      'https://www.bls.gov/oes/',
      'https://www.aapc.com/certification/',
      'https://www.ahima.org/certification-careers/certifications-overview/',
      'https://research.collegeboard.org/trends/college-pricing',
      'https://surveys.nces.ed.gov/ipeds/public/glossary',
    ])
      expect(text).toContain(page);
    expect(text).not.toMatch(/github|pages\.dev|open-exam-prep|ccdaily|healthinformationmanagementprograms|saviorquiz/);
    // Prose is broken into lines that stay inside the columns a window shows.
    const sheet = workbook.sheet(sheetName)!;
    for (const [key, value] of sheet.cells)
      if (key.endsWith(',1') && typeof value === 'string' && !value.startsWith('='))
        expect(textWidth(value, sheet.bold.has(key)), value).toBeLessThanOrEqual(VISIBLE_WIDTH);
  });

  it('keeps pay and experience going for someone who codes while in school, and takes a growth rate', () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = createServerApi(() => workbook).buildWaysIn(request({ whileStudying: true, growth: '2%', horizon: 12 }));
    const read: Read = (row, column) => workbook.cellValue(sheetName, row, column);
    const top = rowOf(read, 'Year by year: pay, and cumulative earnings less school and credential costs') + 1;
    const table = pathCompareTable('US', PLANS, 12, 0, '', '', 0.02, true) as CellValue[][];
    expect(block(read, top, 15, 9)).toEqual(table);
    expect(table.at(-1)).toEqual(['Overtakes Straight to work in year', '', '', '', 1, '', 3, '', 6]);
    const text = sheetText(workbook, sheetName);
    expect(text).toContain('You keep coding while in school: pay and experience go on through school years.');
    expect(text).toContain('pay grows 2% a year, as asked');
    expect(workbook.sheet(sheetName)!.lineCharts[0]!.title).toBe('Cumulative earnings less school and credential costs');
  });

  it('compares the plans typed, measured against the first', () => {
    const workbook = new MemoryWorkbook();
    const api = createServerApi(() => workbook);
    const { sheetName } = api.buildWaysIn(
      request({ area: 'TX', years: 1, plans: ['CPC:0', ' associate:0,RHIT:2:299 ', '', 'CCA:0'], horizon: 6, output: 'values' }),
    );
    const read: Read = (row, column) => workbook.cellValue(sheetName, row, column);
    const plansTop = rowOf(read, 'Ways compared, one plan a cell ("none": straight to work)') + 1;
    // Each plan in its own canonical words: the cell a live formula reads and the column's label.
    expect(block(read, plansTop, 3, 1)).toEqual([['CPC:0'], ['associate:0, RHIT:2:299'], ['CCA:0']]);
    const top = rowOf(read, 'Year by year: pay, and cumulative earnings less school and credential costs') + 1;
    expect(block(read, top, 9, 7)).toEqual(pathCompareTable('TX', [['CPC:0'], ['associate:0, RHIT:2:299'], ['CCA:0']], 6, 1));
    expect(read(top + 8, 1)).toBe('Overtakes CPC:0 in year');
  });

  it('refuses a plan it cannot price in a few words naming the way, and writes nothing', () => {
    const workbook = new MemoryWorkbook();
    const api = createServerApi(() => workbook);
    const refusal = (overrides: Partial<WaysInRequest>): string => {
      try {
        api.buildWaysIn(request(overrides));
      } catch (error) {
        expect(error).toBeInstanceOf(RequestError);
        return (error as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal({ plans: ['', 'associate:0, RHIT:2'] })).toBe(
      'Way 2: the data has no cited current RHIT exam price: give what it costs you as a third field, e.g. "RHIT:2:400", got "RHIT:2".',
    );
    expect(refusal({ plans: ['', 'CPC:0', 'RHIT:1:299'] })).toMatch(
      /^Way 3: RHIT needs an accredited associate degree in HIM \(or higher\) \(AHIMA: RHIT eligibility, .*ahima\.org.*\), got "RHIT:1"\. Plan accepts a plan that meets the rule, e\.g\. "associate:0, RHIT:2:299"\.$/,
    );
    // Ineligible before unpriced: RHIT with no degree is refused for its rule, whatever its fee.
    expect(refusal({ plans: ['', 'RHIT:1'] })).toMatch(/^Way 2: RHIT needs an accredited associate degree/);
    expect(refusal({ plans: ['', 'CPX:1'] })).toBe('Way 2: unknown credential "CPX" — did you mean "CPC"?');
    expect(refusal({ plans: ['', 'bachelor:8, RHIA:12'] })).toBe(
      'Way 2: RHIA is planned for year 12, after the horizon of 10 years, got "RHIA:12".',
    );
    expect(refusal({ plans: ['', 'CPC:1', ' CPC:1'] })).toBe('Way 3 is the same plan as way 2.');
    expect(refusal({ plans: ['', '', ''] })).toBe('Give at least one plan to compare with the first.');
    expect(refusal({ plans: ['', 'CPC:0', 'CPC:1', 'CPC:2', 'CPC:3', 'CPC:4'] })).toBe('At most 5 ways in side by side.');
    expect(refusal({ plans: 'CPC:0' as never })).toBe('The plans must be a list of plans, one a box.');
    expect(refusal({ plans: ['', 'x'.repeat(500)] })).toBe('Way 2 is too long: 500 characters, at most 200.');
    expect(refusal({ area: 'Ohoi' })).toMatch(/^Area: unknown area "Ohoi" — did you mean "Ohio" \(OH\)\?/);
    expect(refusal({ horizon: 2.5 })).toBe('The horizon must be a whole number of years from 1 to 40.');
    expect(refusal({ years: 75 })).toMatch(/^Years: /);
    expect(workbook.sheets).toHaveLength(1);
    expect(workbook.callCount).toBe(0);
  });

  it('starts from the default ways in when no plans are sent', () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = createServerApi(() => workbook).buildWaysIn({ area: 'US', years: '', horizon: '', growth: '', output: 'values' });
    const read: Read = (row, column) => workbook.cellValue(sheetName, row, column);
    const top = rowOf(read, 'Year by year: pay, and cumulative earnings less school and credential costs') + 1;
    expect(block(read, top, 13, 9)).toEqual(pathCompareTable('US'));
  });

  it('with live formulas, is one PATH_COMPARE over the plan cells that computes to the very figures the values show', () => {
    for (const overrides of [{}, { area: 'Columbus, OH', whileStudying: true, growth: '1.5%', years: 2 }] as Partial<WaysInRequest>[]) {
      const values = new MemoryWorkbook();
      const built = createServerApi(() => values).buildWaysIn(request(overrides));
      const preview = new PreviewSpreadsheet('dist');
      const live = createServerApi(() => preview.workbook).buildWaysIn(request({ ...overrides, output: 'formulas' }));
      const formulas = [...preview.workbook.sheet(live.sheetName)!.cells.values()].filter(
        (v) => typeof v === 'string' && v.startsWith('='),
      );
      const view = preview.view(live.sheetName);
      const shown: Read = (row, column) => view.cells[`${row},${column}`]?.value ?? '';
      const read: Read = (row, column) => values.cellValue(built.sheetName, row, column);
      const plansTop = rowOf(read, 'Ways compared, one plan a cell ("none": straight to work)') + 1;
      const top = rowOf(read, 'Year by year: pay, and cumulative earnings less school and credential costs') + 1;
      expect(formulas).toEqual([
        overrides.area === undefined
          ? `=PATH_COMPARE("US",A${plansTop}:A${plansTop + 3},10,0,"coder","any",0,FALSE)`
          : `=PATH_COMPARE("18140",A${plansTop}:A${plansTop + 3},10,2,"coder","any",0.015,TRUE)`,
      ]);
      expect(block(shown, plansTop, 4, 1)).toEqual(PLANS);
      expect(block(shown, top, 13, 9)).toEqual(block(read, top, 13, 9));
      expect(preview.workbook.spillArea(live.sheetName, top, 1)).toEqual({ row: top, column: 1, rows: 13, columns: 9 });
    }
  });

  it('recomputes the live table when a plan cell is edited', () => {
    const preview = new PreviewSpreadsheet('dist');
    const { sheetName } = createServerApi(() => preview.workbook).buildWaysIn(request({ output: 'formulas' }));
    const read: Read = (row, column) => preview.value(sheetName, row, column);
    const plansTop = rowOf(read, 'Ways compared, one plan a cell ("none": straight to work)') + 1;
    const top = rowOf(read, 'Year by year: pay, and cumulative earnings less school and credential costs') + 1;
    expect(read(plansTop + 3, 1)).toBe('bachelor:0, RHIA:4');
    preview.workbook.setCell(sheetName, plansTop + 3, 1, 'CPC:0');
    expect(preview.value(sheetName, top, 8)).toBe('CPC:0: pay');
    expect(preview.result(sheetName, top, 1)).toEqual(
      pathCompareTable('US', [...PLANS.slice(0, 3), ['CPC:0']], 10, 0, 'coder', 'any', 0, false),
    );
  });
});
