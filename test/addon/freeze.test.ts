/**
 * Freeze formulas to values: this add-on's formulas become the values they show (spilled
 * cells included), other formulas stay, text stays text, and the cost does not grow with size.
 */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/addon/memoryWorkbook';
import { freezeFormulas } from '../../src/addon/freeze';
import type { CellValue } from '../../src/addon/workbook';

const SHEET = 'Sheet1';

/**
 * `spilled`: what cells without content show (a spilled result), as the preview's formula engine
 * reports it; Sheets' getValues and data range include such cells.
 */
function sheetWith(
  cells: Record<string, CellValue>,
  values: Record<string, CellValue> = {},
  spilled: Record<string, CellValue> = {},
): MemoryWorkbook {
  const keys = Object.keys(spilled).map((k) => k.split(',').map(Number) as [number, number]);
  const workbook = new MemoryWorkbook({
    evaluate: (_s, r, c) => values[`${r},${c}`] ?? 0,
    shown: (_s, r, c) => spilled[`${r},${c}`],
    extent: () => ({ rows: Math.max(0, ...keys.map(([r]) => r)), columns: Math.max(0, ...keys.map(([, c]) => c)) }),
  });
  for (const [key, raw] of Object.entries(cells)) {
    const [row, column] = key.split(',').map(Number) as [number, number];
    workbook.setCell(SHEET, row, column, raw);
  }
  return workbook;
}

describe('freezing formulas to values', () => {
  it('takes the whole sheet when a single cell is selected (Sheets always has an active cell)', () => {
    const workbook = sheetWith({ '1,1': '=CODER_SALARY("CA",5)', '8,4': '=cert_premium("CPC")' }, { '1,1': 61234, '8,4': 0.2051 });
    workbook.select(SHEET, { row: 3, column: 2, rows: 1, columns: 1 });
    const result = freezeFormulas(workbook);
    expect(result).toEqual({ frozen: 2, message: 'Froze 2 Coding & Billing Pay formulas to values on "Sheet1".' });
    expect(workbook.rawCell(SHEET, 1, 1)).toBe(61234);
    expect(workbook.rawCell(SHEET, 8, 4)).toBe(0.2051);
  });

  it('keeps every cell a spilled result shows, blanks inside it included', () => {
    const spilled = {
      '2,3': 40000,
      '2,4': 46000,
      '2,5': 52000,
      '2,6': 60000,
      '5,1': 51000,
      '6,1': '',
      '7,1': '#BAD STATE "XX"',
      '8,1': 53000,
    };
    const workbook = sheetWith(
      { '2,2': '=SALARY_RANGE("OH")', '4,1': '=CODER_SALARY(A10:A14,5)' },
      { '2,2': 36000, '4,1': 50000 },
      spilled,
    );
    freezeFormulas(workbook);
    expect([2, 3, 4, 5, 6].map((c) => workbook.rawCell(SHEET, 2, c))).toEqual([36000, 40000, 46000, 52000, 60000]);
    expect([4, 5, 6, 7, 8].map((r) => workbook.rawCell(SHEET, r, 1))).toEqual([50000, 51000, undefined, '#BAD STATE "XX"', 53000]);
  });

  it('leaves other formulas as formulas and text as text', () => {
    const workbook = sheetWith({
      '1,1': '=COL_ADJUST(60000,"TX","CA")',
      '1,2': '=SUM(2,2)',
      '1,3': "'=not a formula",
      '1,4': "'00123",
      '1,5': "'May 2025",
      '1,6': 'Notes',
      '1,7': 'x=MY_CODER_SALARY(1)',
    });
    workbook.select(SHEET, { row: 1, column: 1, rows: 1, columns: 7 });
    expect(freezeFormulas(workbook).frozen).toBe(1);
    expect(workbook.rawCell(SHEET, 1, 1)).toBe(0);
    expect([2, 3, 4, 5, 6, 7].map((c) => workbook.rawCell(SHEET, 1, c))).toEqual([
      '=SUM(2,2)',
      "'=not a formula",
      "'00123",
      "'May 2025",
      'Notes',
      'x=MY_CODER_SALARY(1)',
    ]);
  });

  it('does not touch cells above and left of every formula of its own', () => {
    // A2:A3 show the other formula's spilled result: rewriting them as values would break it.
    const workbook = sheetWith(
      { '1,1': '=ARRAYFORMULA(SEQUENCE(3))', '4,3': '=STATE_WAGE("NY")' },
      { '4,3': 56000 },
      { '2,1': 2, '3,1': 3 },
    );
    freezeFormulas(workbook);
    expect(workbook.rawCell(SHEET, 1, 1)).toBe('=ARRAYFORMULA(SEQUENCE(3))');
    expect(workbook.rawCell(SHEET, 2, 1)).toBeUndefined();
    expect(workbook.rawCell(SHEET, 4, 3)).toBe(56000);
  });

  it('changes nothing and says so when there is nothing of its own', () => {
    const workbook = sheetWith({ '1,1': '=SUM(1,2)' });
    workbook.select(SHEET, { row: 1, column: 1, rows: 2, columns: 2 });
    expect(freezeFormulas(workbook).message).toBe('No Coding & Billing Pay formulas in the selection: nothing changed.');
    expect(workbook.calls.setValues).toBeUndefined();
    expect(workbook.rawCell(SHEET, 1, 1)).toBe('=SUM(1,2)');
  });

  it('costs the same number of Spreadsheet calls for 10 formulas as for 2,000', () => {
    const counts = [10, 2000].map((n) => {
      const cells = Object.fromEntries(Array.from({ length: n }, (_, i) => [`${i + 1},1`, `=CODER_SALARY("CA",${i % 40})`]));
      const workbook = sheetWith(cells);
      workbook.select(SHEET, { row: 1, column: 1, rows: n, columns: 1 });
      expect(freezeFormulas(workbook).frozen).toBe(n);
      return { ...workbook.calls };
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toEqual({ lock: 1, activeSheet: 1, selection: 1, getFormulas: 1, getValues: 1, setValues: 1, toast: 1 });
  });
});
