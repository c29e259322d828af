/** Plan a career: the sheet the sidebar builds, as values and as live formulas computed by a formula engine. */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook, displayValue } from '../../scripts/preview/memoryWorkbook';
import { createServerApi } from '../../src/addon/serverApi';
import type { CareerPlanRequest } from '../../src/addon/requests';
import type { CellValue } from '../../src/addon/workbook/workbook';
import { careerPathTable, certPayback, wageTrendTable } from '../../src/sheets/careerFunctions';
import { coderSalary } from '../../src/sheets/customFunctions';
import { PreviewSpreadsheet } from '../../scripts/preview/engine';
import { textWidth } from '../../src/addon/workbook/columnWidths';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

function request(overrides: Partial<CareerPlanRequest> = {}): CareerPlanRequest {
  return {
    area: 'TX',
    years: 0,
    plan: 'CPC:0, CRC:3',
    horizon: 10,
    role: 'coder',
    setting: 'any',
    growth: '',
    output: 'values',
    ...overrides,
  };
}

/** The row (1-based) whose first cell is `text`. */
function rowOf(read: (row: number, column: number) => CellValue, text: string): number {
  for (let row = 1; row < 200; row++) if (read(row, 1) === text) return row;
  throw new Error(`no row starts with "${text}"`);
}

function block(read: (row: number, column: number) => CellValue, top: number, rows: number, columns: number): CellValue[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => read(top + i, j + 1)));
}

describe('building a career plan', () => {
  it('writes the path, the pay without the plan, each payback and the trend as the functions give them', () => {
    const workbook = new MemoryWorkbook();
    const result = createServerApi(() => workbook).buildCareerPlan(request());
    expect(result).toMatchObject({ sheetName: 'Career plan for Texas', rows: 11 });
    const read = (row: number, column: number) => workbook.cellValue(result.sheetName, row, column);
    const pathTop = rowOf(read, 'Year by year') + 1;
    const path = careerPathTable('TX', 0, 'CPC:0, CRC:3', 10);
    expect(block(read, pathTop, 12, 6)).toEqual(path);
    expect(read(pathTop, 7)).toBe('Pay without the plan');
    for (let i = 1; i <= 11; i++) expect(read(pathTop + i, 7)).toBe(coderSalary('TX', i - 1));

    const paybackTop = rowOf(read, 'Payback of each credential in the plan') + 1;
    expect(block(read, paybackTop + 1, 2, 4)).toEqual([
      ['CPC', 0, 0, 'none'],
      ['CRC', 3, 3, 'CPC'],
    ]);
    expect(read(paybackTop + 1, 8)).toBe(certPayback('TX', 0, 'CPC'));
    expect(read(paybackTop + 2, 8)).toBe(certPayback('TX', 3, 'CRC', 'CPC'));
    expect(read(paybackTop + 1, 6)).toBe(425 + 222);
    expect(read(paybackTop + 2, 6)).toBe(425);

    const trendTop = rowOf(read, 'Wage trend: Texas, Medical Records Specialists (SOC 29-2072)') + 1;
    expect(block(read, trendTop, 5, 7)).toEqual(wageTrendTable('TX'));

    const sheet = workbook.sheet(result.sheetName)!;
    expect(sheet.lineCharts.map((c) => [c.title, c.domain.row, c.series.map((s) => s.column)])).toEqual([
      ["Estimated pay with and without the plan (today's dollars)", pathTop, [4, 7]],
      ['Median pay in Texas: current and 2025 dollars', trendTop, [3, 6]],
    ]);
    // Each chart sits in empty rows under its table, so it covers no figure.
    for (const chart of sheet.lineCharts) {
      const covered = Math.ceil(chart.height / 21);
      for (let row = chart.anchorRow; row < chart.anchorRow + covered; row++)
        for (let column = 1; column <= 8; column++) expect(read(row, column), `${row},${column}`).toBe('');
    }
    expect(sheet.formats.get(`${pathTop + 1},4`)).toBe('$#,##0');
    expect(sheet.wrapped.has(`${pathTop},6`)).toBe(true);
    expect([...sheet.columnWidths.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(860);
    // Headers wrap between words; no word of a header is wider than its column (nothing cut off).
    for (const header of [pathTop, paybackTop, trendTop])
      for (let column = 1; column <= 8; column++)
        for (const word of String(read(header, column)).split(' '))
          expect(textWidth(word, true) + 12, `${word} in column ${column}`).toBeLessThanOrEqual(sheet.columnWidths.get(column)!);
    expect(workbook.activeSheetName).toBe(result.sheetName);
  });

  it('says these are projections, states the dollars, and cites the publishers', () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = createServerApi(() => workbook).buildCareerPlan(request({ growth: '2%', title: 'My plan' }));
    const sheet = workbook.sheet(sheetName)!;
    // Prose runs on from one row to the next: read it as one text.
    const text = [...sheet.cells.values()]
      .map(displayValue)
      .filter((v) => typeof v === 'string')
      .join(' ');
    expect(text).toMatch(/not promises/);
    expect(text).toMatch(/pay grows 2% a year, as asked/);
    expect(text).toMatch(/https:\/\/www\.aapc\.com\/certification\//);
    expect(text).toMatch(/https:\/\/data\.bls\.gov\/timeseries\/CUUR0000SA0/);
    expect(text).not.toMatch(/github|pages\.dev|open-exam-prep/);
    // Long lines are broken so they stay inside the 860 px of columns a window shows beside the sidebar.
    for (const [key, value] of sheet.cells)
      if (key.endsWith(',1') && typeof value === 'string' && !value.startsWith('='))
        expect(textWidth(value, sheet.bold.has(key))).toBeLessThanOrEqual(860);
  });

  it('plans in a metropolitan area, with its May 2022–2025 trend', () => {
    const workbook = new MemoryWorkbook();
    const result = createServerApi(() => workbook).buildCareerPlan(request({ area: 'Sunnyvale' }));
    expect(result.sheetName).toBe('Career plan for San Jose-Sunnyvale-Santa Clara, CA');
    const read = (row: number, column: number) => workbook.cellValue(result.sheetName, row, column);
    const trendTop = rowOf(read, 'Wage trend: San Jose-Sunnyvale-Santa Clara, CA, Medical Records Specialists (SOC 29-2072)') + 1;
    expect(block(read, trendTop, 5, 7)).toEqual(wageTrendTable('41940'));
    const pathTop = rowOf(read, 'Year by year') + 1;
    expect(block(read, pathTop, 12, 6)).toEqual(careerPathTable('41940', 0, 'CPC:0, CRC:3', 10));
  });

  it('refuses a bad plan in plain words and writes nothing', () => {
    const workbook = new MemoryWorkbook();
    const api = createServerApi(() => workbook);
    expect(() => api.buildCareerPlan(request({ plan: 'CPC:0, COC:2' }))).toThrow(
      /Plan: the data has no cited current COC exam price.*"COC:2:400"/,
    );
    expect(() => api.buildCareerPlan(request({ plan: 'CPC:12' }))).toThrow(/after the horizon of 10 years/);
    expect(() => api.buildCareerPlan(request({ area: 'Texs' }))).toThrow(/Area: unknown area "Texs" — did you mean "Texas" \(TX\)\?/);
    expect(() => api.buildCareerPlan(request({ horizon: 2.5 }))).toThrow(/whole number of years/);
    expect(() => api.buildCareerPlan(request({ plan: 'x'.repeat(500) }))).toThrow(/too long/);
    // An area BLS defines but the data has no figure for: said as a sentence, naming its state.
    expect(() => api.buildCareerPlan(request({ area: 'Aguadilla' }))).toThrow(
      /^No figure in the data for this area: Aguadilla, PR \(10380\), Puerto Rico — .*\.$/,
    );
    expect(() => api.buildCareerPlan(request({ area: 'Lake Charles', role: 'hit' }))).toThrow(/for Louisiana as a whole use "LA"\.$/);
    expect(workbook.sheets).toHaveLength(1);
  });

  it('says as of which releases when the area’s latest published median is older than its state’s', () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = createServerApi(() => workbook).buildCareerPlan(request({ area: 'Lake Charles, LA' }));
    expect(workbook.cellValue(sheetName, 2, 1)).toMatch(/^As of BLS OEWS May 2025 and May 2022, SOC 29-2072 Medical Records Specialists;/);
  });

  it('with live formulas, computes in a formula engine to the very figures the values show', () => {
    const cases = [
      { overrides: {}, areaName: 'Texas', steps: 2 },
      { overrides: { area: 'US', years: 2, plan: 'CPC:held, CRC:1, COC:4:400', growth: '2%' }, areaName: 'United States', steps: 2 },
    ];
    for (const { overrides, areaName, steps } of cases) {
      const values = new MemoryWorkbook();
      const built = createServerApi(() => values).buildCareerPlan(request(overrides));
      const preview = new PreviewSpreadsheet('dist');
      const live = createServerApi(() => preview.workbook).buildCareerPlan(request({ ...overrides, output: 'formulas' }));
      const view = preview.view(live.sheetName);
      const shown = (row: number, column: number) => view.cells[`${row},${column}`]?.value ?? '';
      const read = (row: number, column: number) => values.cellValue(built.sheetName, row, column);
      const formulas = [...preview.workbook.sheet(live.sheetName)!.cells.values()].filter(
        (v) => typeof v === 'string' && v.startsWith('='),
      );
      // CAREER_PATH, the pay without the plan, the paybacks and WAGE_TREND: one formula each.
      expect(formulas, areaName).toHaveLength(4);
      const trendRows = (wageTrendTable(areaName === 'Texas' ? 'TX' : 'US') as unknown[][]).length;
      for (const [top, rows, columns] of [
        [rowOf(read, 'Year by year') + 1, 12, 7],
        [rowOf(read, 'Payback of each credential in the plan') + 2, steps, 8],
        [rowOf(read, `Wage trend: ${areaName}, Medical Records Specialists (SOC 29-2072)`) + 1, trendRows, 7],
      ] as const) {
        expect(block(shown, top, rows, columns), `${areaName} row ${top}`).toEqual(block(read, top, rows, columns));
      }
    }
  });
});
