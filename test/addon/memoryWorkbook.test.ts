/**
 * The in-memory workbook shows array results the way Sheets does, so tests of code that writes
 * near them mean something: an array owns the block it spills over, its cells hold no content,
 * clearing its formula clears them, and content in the block turns the formula into #REF!.
 */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook, type FormulaResult } from '../../scripts/preview/memoryWorkbook';

const SHEET = 'Sheet1';

function workbookWith(results: Record<string, FormulaResult>): MemoryWorkbook {
  return new MemoryWorkbook({ evaluate: (_s, _r, _c, formula) => results[formula] ?? '' });
}

const RESULTS = {
  '=SEQUENCE(2,3)': [
    [1, 2, 3],
    [4, 5, 6],
  ],
  '=SEQUENCE(3)': [[1], [2], [3]],
  '=ONE()': 7,
};

describe('array results in the in-memory workbook', () => {
  it('spill right and down from their formula; Apps Script reads the formula there and blanks elsewhere', () => {
    const workbook = workbookWith(RESULTS);
    workbook.setCell(SHEET, 2, 2, '=SEQUENCE(2,3)');
    const sheet = workbook.activeSheet();
    expect(sheet.getValues({ row: 1, column: 1, rows: 3, columns: 4 })).toEqual([
      ['', '', '', ''],
      ['', 1, 2, 3],
      ['', 4, 5, 6],
    ]);
    expect(sheet.getFormulas({ row: 2, column: 2, rows: 2, columns: 3 })).toEqual([
      ['=SEQUENCE(2,3)', '', ''],
      ['', '', ''],
    ]);
    expect(sheet.dataRange()).toEqual({ row: 1, column: 1, rows: 3, columns: 4 });
    expect(workbook.spillArea(SHEET, 2, 2)).toEqual({ row: 2, column: 2, rows: 2, columns: 3 });
    expect(workbook.rawCell(SHEET, 3, 4)).toBeUndefined();
  });

  it('disappear with their formula', () => {
    const workbook = workbookWith(RESULTS);
    workbook.setCell(SHEET, 1, 1, '=SEQUENCE(3)');
    workbook.activeSheet().clearContents([{ row: 1, column: 1, rows: 1, columns: 1 }]);
    expect(workbook.read(SHEET, { row: 1, column: 1, rows: 3, columns: 1 })).toEqual([[''], [''], ['']]);
    expect(workbook.spillArea(SHEET, 1, 1)).toBeUndefined();
  });

  it('turn their formula into #REF! when a value is typed into their block, and spill again when it goes', () => {
    const workbook = workbookWith(RESULTS);
    workbook.setCell(SHEET, 1, 1, '=SEQUENCE(3)');
    workbook.activeSheet().setValues(3, 1, [[99]]);
    expect(workbook.read(SHEET, { row: 1, column: 1, rows: 3, columns: 1 })).toEqual([['#REF!'], [''], [99]]);
    workbook.activeSheet().setValues(3, 1, [['']]);
    expect(workbook.read(SHEET, { row: 1, column: 1, rows: 3, columns: 1 })).toEqual([[1], [2], [3]]);
  });

  it('do not overlap: of two arrays that would, the later one in reading order shows #REF!', () => {
    const workbook = workbookWith(RESULTS);
    workbook.setCell(SHEET, 1, 2, '=SEQUENCE(3)');
    workbook.setCell(SHEET, 2, 1, '=SEQUENCE(2,3)');
    expect(workbook.cellValue(SHEET, 1, 2)).toBe(1);
    expect(workbook.cellValue(SHEET, 2, 1)).toBe('#REF!');
    expect(workbook.cellValue(SHEET, 2, 2)).toBe(2);
  });

  it('show a one-cell result in the formula cell alone', () => {
    const workbook = workbookWith(RESULTS);
    workbook.setCell(SHEET, 1, 1, '=ONE()');
    expect(workbook.cellValue(SHEET, 1, 1)).toBe(7);
    expect(workbook.spillArea(SHEET, 1, 1)).toBeUndefined();
  });
});
