/**
 * Freeze formulas to values: this add-on's formulas become the values they show, each with its
 * whole spilled result, and nothing else on the sheet changes — other formulas and the cells
 * they spill over, typed text and links keep their content, and every cell shows what it
 * showed. The in-memory workbook spills arrays the way Sheets does (an array owns its block;
 * content in the block turns its formula into #REF!), so a wrong write shows up as a broken
 * formula or a changed value.
 */
import { describe, expect, it } from 'vitest';
import { displayValue, isFormula, MemoryWorkbook, type FormulaResult } from '../../scripts/preview/memoryWorkbook';
import { freezeFormulas, showsOneCell, STALE_READ_WAIT_MS } from '../../src/addon/freeze/freeze';
import type { CellValue, GridRange, SheetHandle, Workbook } from '../../src/addon/workbook/workbook';
import { coderSalary, jobOutlookCell, salaryRange, salarySource } from '../../src/sheets/customFunctions';

const SHEET = 'Sheet1';

/** "B3" → row 3, column 2. */
function cell(a1: string): { row: number; column: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let column = 0;
  for (const ch of letters!) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(digits), column };
}

/** "A1:E1" → its cells as "row,column". */
function cellsOf(...blocks: string[]): Set<string> {
  const cells = new Set<string>();
  for (const block of blocks) {
    const [from, to = from] = block.split(':') as [string, string?];
    const a = cell(from);
    const b = cell(to!);
    for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) cells.add(`${r},${c}`);
  }
  return cells;
}

function range(block: string): GridRange {
  const [from, to = from] = block.split(':') as [string, string?];
  const a = cell(from);
  const b = cell(to!);
  return { row: a.row, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

/** What a custom function shows in Sheets: its result, or #ERROR! when it throws. */
function custom(run: () => unknown): FormulaResult {
  try {
    return run() as FormulaResult;
  } catch {
    return '#ERROR!';
  }
}

const TX_RANGE = salaryRange('TX') as number[][];
const CA_5 = coderSalary('CA', 5) as number;

/** What each formula computes; a function gets the workbook, for formulas reading other cells. */
type Results = Record<string, FormulaResult | ((workbook: MemoryWorkbook) => FormulaResult)>;

const COMMON: Results = {
  '=SALARY_RANGE("TX")': TX_RANGE,
  '=CODER_SALARY("CA",5)': CA_5,
  '=CODER_SALARY("Calfornia",5)': custom(() => coderSalary('Calfornia', 5)),
  '=JOB_OUTLOOK("coder","period")': custom(() => jobOutlookCell('coder', 'period')),
  '=SALARY_SOURCE()': custom(() => salarySource()),
  '=SEQUENCE(3)': [[1], [2], [3]],
  '=SEQUENCE(1,3)': [[1, 2, 3]],
  '=ARRAYFORMULA(ROW(A11:A12)*10)': [[110], [120]],
  '=ARRAYFORMULA({"a","b","c","d","e";"f","g","h","i","j"})': [
    ['a', 'b', 'c', 'd', 'e'],
    ['f', 'g', 'h', 'i', 'j'],
  ],
  '=HYPERLINK("https://www.bls.gov/oes/","BLS OEWS")': 'BLS OEWS',
  '=SUM(2,2)': 4,
};

function sheetWith(cells: Record<string, CellValue>, results: Results = {}, staleReadsAfterClear = 0): MemoryWorkbook {
  const all = { ...COMMON, ...results };
  const workbook: MemoryWorkbook = new MemoryWorkbook({
    staleReadsAfterClear,
    evaluate: (_sheet, _row, _column, formula) => {
      const result = all[formula];
      if (result === undefined) throw new Error(`the test gives no result for ${formula}`);
      return typeof result === 'function' ? result(workbook) : result;
    },
  });
  for (const [a1, raw] of Object.entries(cells)) {
    const { row, column } = cell(a1);
    workbook.setCell(SHEET, row, column, raw);
  }
  return workbook;
}

/** Every cell's content and shown value over a block larger than anything the tests write. */
function snapshot(workbook: MemoryWorkbook): { raw: (CellValue | undefined)[][]; shown: CellValue[][] } {
  const area = range('A1:L14');
  const raw = Array.from({ length: area.rows }, (_, i) =>
    Array.from({ length: area.columns }, (_, j) => workbook.rawCell(SHEET, i + 1, j + 1)),
  );
  return { raw, shown: workbook.read(SHEET, area) };
}

/**
 * Every cell shows what it showed; cells of `ours` hold the value they showed (text kept as text);
 * every other cell holds exactly the content it held.
 */
function expectOnlyOursFrozen(workbook: MemoryWorkbook, before: ReturnType<typeof snapshot>, ours: Set<string>): void {
  const after = snapshot(workbook);
  expect(after.shown).toEqual(before.shown);
  before.raw.forEach((row, i) =>
    row.forEach((raw, j) => {
      const where = `${i + 1},${j + 1}`;
      if (!ours.has(where)) expect({ where, raw: after.raw[i]![j] }).toEqual({ where, raw });
      else {
        const shown = before.shown[i]![j]!;
        expect(isFormula(after.raw[i]![j])).toBe(false);
        expect({ where, shown: workbook.cellValue(SHEET, i + 1, j + 1) }).toEqual({ where, shown });
      }
    }),
  );
}

const TYPED_AND_LINKS: Record<string, CellValue> = {
  J1: "'00123",
  J2: "'May 2025",
  J3: 'Notes',
  J4: '=HYPERLINK("https://www.bls.gov/oes/","BLS OEWS")',
  J5: "'=not a formula",
  J6: 42,
};

describe('freezing a spilled result of ours', () => {
  it('freezes all five cells of =SALARY_RANGE("TX") when the selection holds only two of them', () => {
    const workbook = sheetWith({ A1: '=SALARY_RANGE("TX")', ...TYPED_AND_LINKS });
    expect(workbook.spillArea(SHEET, 1, 1)).toEqual(range('A1:E1'));
    workbook.select(SHEET, range('A1:B1'));
    const before = snapshot(workbook);
    const result = freezeFormulas(workbook);
    expect(result).toEqual({
      frozen: 1,
      left: 0,
      message:
        'Froze 1 Coding & Billing Pay formula to values on "Sheet1". Each result was frozen whole, 3 spilled cells outside the selection included.',
    });
    expect([1, 2, 3, 4, 5].map((c) => workbook.rawCell(SHEET, 1, c))).toEqual(TX_RANGE[0]);
    expectOnlyOursFrozen(workbook, before, cellsOf('A1:E1'));
  });

  it('changes nothing when the selection holds spilled cells but not the formula, and names the formula to select', () => {
    const workbook = sheetWith({ A1: '=SALARY_RANGE("TX")' });
    workbook.select(SHEET, range('C1:D1'));
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook).message).toBe(
      'No Coding & Billing Pay formulas in the selection: nothing changed. It may show part of the result of A1 (=SALARY_RANGE("TX")); select A1 to freeze that result.',
    );
    expect(workbook.calls.setValues).toBeUndefined();
    expectOnlyOursFrozen(workbook, before, new Set());
  });

  it('keeps blanks inside a result blank and text results as text', () => {
    const workbook = sheetWith(
      { A1: '=CODER_SALARY(A10:A12,5)', B1: '=JOB_OUTLOOK("coder","period")', A10: 'CA', A12: 'TX' },
      { '=CODER_SALARY(A10:A12,5)': custom(() => coderSalary([['CA'], [''], ['TX']], 5)) },
    );
    expect(workbook.read(SHEET, range('A1:A3')).flat()).toEqual([CA_5, '', coderSalary('TX', 5)]);
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook).frozen).toBe(2);
    expect(workbook.rawCell(SHEET, 2, 1)).toBeUndefined();
    expect(workbook.rawCell(SHEET, 1, 2)).toBe("'2025-2035");
    expectOnlyOursFrozen(workbook, before, cellsOf('A1:A3', 'B1'));
  });
});

describe('other formulas and their spilled cells', () => {
  it('leaves =SEQUENCE(3) beside =CODER_SALARY("CA",5) and an ARRAYFORMULA below it untouched', () => {
    const workbook = sheetWith({
      A1: '=CODER_SALARY("CA",5)',
      B1: '=SEQUENCE(3)',
      A3: '=ARRAYFORMULA(ROW(A11:A12)*10)',
      ...TYPED_AND_LINKS,
    });
    expect(workbook.read(SHEET, range('A1:B4'))).toEqual([
      [CA_5, 1],
      ['', 2],
      [110, 3],
      [120, ''],
    ]);
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toMatchObject({ frozen: 1, left: 0 });
    // The blank A2 below it could have been part of its result: it was probed, and found one cell.
    expect(workbook.calls.clearContents).toBe(1);
    expect(workbook.rawCell(SHEET, 1, 1)).toBe(CA_5);
    expect(workbook.rawCell(SHEET, 1, 2)).toBe('=SEQUENCE(3)');
    expect(workbook.spillArea(SHEET, 1, 2)).toEqual(range('B1:B3'));
    expect(workbook.spillArea(SHEET, 3, 1)).toEqual(range('A3:A4'));
    expectOnlyOursFrozen(workbook, before, cellsOf('A1'));
  });

  it('freezes a spilled result between a SEQUENCE to its right and an ARRAYFORMULA below, leaving both spilling', () => {
    const workbook = sheetWith({
      A1: '=SALARY_RANGE("TX")',
      F1: '=SEQUENCE(1,3)',
      A2: '=ARRAYFORMULA({"a","b","c","d","e";"f","g","h","i","j"})',
      ...TYPED_AND_LINKS,
    });
    workbook.select(SHEET, range('A1:H3'));
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toMatchObject({ frozen: 1, left: 0 });
    expect(workbook.spillArea(SHEET, 1, 6)).toEqual(range('F1:H1'));
    expect(workbook.spillArea(SHEET, 2, 1)).toEqual(range('A2:E3'));
    expectOnlyOursFrozen(workbook, before, cellsOf('A1:E1'));
  });

  it('freezes a result that another array formula reads, which keeps its formula and shows the same', () => {
    // A4 doubles the result in A2:E2: its spilled cells change while ours are probed.
    const doubled = (workbook: MemoryWorkbook): FormulaResult => {
      const anchor = workbook.rawCell(SHEET, 2, 1);
      const row = isFormula(anchor) ? TX_RANGE[0]! : [1, 2, 3, 4, 5].map((c) => workbook.rawCell(SHEET, 2, c) ?? '');
      return [row.map((v) => (v === '' ? '' : Number(v) * 2))];
    };
    const workbook = sheetWith(
      { A2: '=SALARY_RANGE("TX")', A4: '=ARRAYFORMULA(IF(A2:E2="","",A2:E2*2))' },
      { '=ARRAYFORMULA(IF(A2:E2="","",A2:E2*2))': doubled },
    );
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toMatchObject({ frozen: 1, left: 0 });
    expect(workbook.spillArea(SHEET, 4, 1)).toEqual(range('A4:E4'));
    expectOnlyOursFrozen(workbook, before, cellsOf('A2:E2'));
  });

  it('leaves IMPORTRANGE, QUERY and FILTER results around a frozen one spilling, those that read it included', () => {
    // What A1:E1 shows at the moment: the result of ours while it is a formula, else its cells.
    const row1 = (workbook: MemoryWorkbook): CellValue[] =>
      isFormula(workbook.rawCell(SHEET, 1, 1)) ? TX_RANGE[0]! : [1, 2, 3, 4, 5].map((c) => displayValue(workbook.rawCell(SHEET, 1, c)));
    const workbook = sheetWith(
      {
        A1: '=SALARY_RANGE("TX")',
        F1: '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/abc","Rates!A1:B2")',
        A3: '=QUERY(A1:E1,"select *")',
        A5: '=FILTER(A1:E1,A1:E1>50000)',
        ...TYPED_AND_LINKS,
      },
      {
        '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/abc","Rates!A1:B2")': [
          ['Rate', 0.05],
          ['Fee', 12],
        ],
        '=QUERY(A1:E1,"select *")': (workbook) => [row1(workbook)],
        '=FILTER(A1:E1,A1:E1>50000)': (workbook) => {
          const over = row1(workbook).filter((v) => typeof v === 'number' && v > 50000);
          return over.length > 0 ? [over] : '#N/A';
        },
      },
    );
    expect(workbook.spillArea(SHEET, 5, 1)).toEqual(range('A5:B5'));
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toMatchObject({ frozen: 1, left: 0 });
    for (const at of ['F1', 'A3', 'A5']) expect(workbook.spillArea(SHEET, cell(at).row, cell(at).column)).toBeDefined();
    expectOnlyOursFrozen(workbook, before, cellsOf('A1:E1'));
  });

  it('leaves a result as a formula, naming the other one, when an array that reads it spills right beside it', () => {
    // F1 copies A1:A3 down column F, so F2 shows A2 and empties with it: F2 could be A2's or F1's.
    const copied = (workbook: MemoryWorkbook): FormulaResult =>
      [1, 2, 3].map((r) => {
        const raw = workbook.rawCell(SHEET, r, 1);
        return [isFormula(raw) ? TX_RANGE[0]![0]! : displayValue(raw)];
      });
    const workbook = sheetWith(
      { A1: 'Pay range', A2: '=SALARY_RANGE("TX")', A3: 'Texas', F1: '=ARRAYFORMULA(IF(A1:A3="","",A1:A3))' },
      { '=ARRAYFORMULA(IF(A1:A3="","",A1:A3))': copied },
    );
    expect(workbook.read(SHEET, range('F1:F3')).flat()).toEqual(['Pay range', TX_RANGE[0]![0], 'Texas']);
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toEqual({
      frozen: 0,
      left: 1,
      message:
        'No Coding & Billing Pay formula was frozen on "Sheet1". Left 1 as a formula: A2 spills next to the result of F1, which may depend on it, so their cells cannot be told apart.',
    });
    expectOnlyOursFrozen(workbook, before, new Set());
    expect(workbook.rawCell(SHEET, 2, 1)).toBe('=SALARY_RANGE("TX")');
  });

  it('leaves typed text, text that looks like a number or date, and links exactly as they were', () => {
    const workbook = sheetWith({ A1: '=CODER_SALARY("CA",5)', B1: '=SUM(2,2)', ...TYPED_AND_LINKS });
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook).frozen).toBe(1);
    expect(workbook.rawCell(SHEET, 4, 10)).toBe('=HYPERLINK("https://www.bls.gov/oes/","BLS OEWS")');
    expectOnlyOursFrozen(workbook, before, cellsOf('A1'));
  });
});

describe('formulas of ours that are not ready', () => {
  it('stays a formula when it shows an error or is still loading, and the toast says how many and why', () => {
    const workbook = sheetWith(
      {
        A1: '=CODER_SALARY("Calfornia",5)',
        A2: '=CODER_SALARY("CA",5)',
        A3: '=JOB_OUTLOOK("coder")',
        // Typed text in the way of the spill: Sheets shows #REF! for the formula.
        A5: '=SALARY_RANGE("TX")',
        C5: 'in the way',
        ...TYPED_AND_LINKS,
      },
      { '=JOB_OUTLOOK("coder")': 'Loading...' },
    );
    expect(workbook.cellValue(SHEET, 5, 1)).toBe('#REF!');
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toEqual({
      frozen: 1,
      left: 3,
      message:
        'Froze 1 Coding & Billing Pay formula to values on "Sheet1". Left 3 as formulas: A1 and A5 show errors; A3 is still loading.',
    });
    expectOnlyOursFrozen(workbook, before, cellsOf('A2'));
  });

  it('names the error when one formula shows it', () => {
    const workbook = sheetWith({ A1: '=CODER_SALARY("Calfornia",5)' });
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toEqual({
      frozen: 0,
      left: 1,
      message: 'No Coding & Billing Pay formula was frozen on "Sheet1". Left 1 as a formula: A1 shows #ERROR!.',
    });
    expect(workbook.calls.setValues).toBeUndefined();
    expectOnlyOursFrozen(workbook, before, new Set());
  });
});

describe('a reading taken before Sheets has emptied a cleared result', () => {
  // A1 spills A1:E1; the typed note under it and the cells beside it read the same before and
  // after a stale read, so the result looks like A1 alone.
  const cells = { A1: '=SALARY_RANGE("TX")', A2: 'Notes', ...TYPED_AND_LINKS };

  it('waits, reads again and freezes the whole result when the second read is current', () => {
    const workbook = sheetWith(cells, {}, 1);
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toEqual({
      frozen: 1,
      left: 0,
      message: 'Froze 1 Coding & Billing Pay formula to values on "Sheet1".',
    });
    expect(workbook.waits).toEqual([STALE_READ_WAIT_MS]);
    expect(workbook.calls.getValues).toBe(3);
    expectOnlyOursFrozen(workbook, before, cellsOf('A1:E1'));
  });

  it('puts the formula back and says so when the second read is still stale, never reporting it frozen', () => {
    const workbook = sheetWith(cells, {}, 2);
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toEqual({
      frozen: 0,
      left: 1,
      message:
        'No Coding & Billing Pay formula was frozen on "Sheet1". Left 1 as a formula: A1 still reads as one cell with the cells beside unchanged after a second read, so Sheets may not have finished recalculating: run Freeze again in a moment.',
    });
    expect(workbook.rawCell(SHEET, 1, 1)).toBe('=SALARY_RANGE("TX")');
    expect(workbook.spillArea(SHEET, 1, 1)).toEqual(range('A1:E1'));
    expectOnlyOursFrozen(workbook, before, new Set());
  });

  it('needs no second read for a formula that can only show one cell, typed text beside it or not', () => {
    const workbook = sheetWith({ A1: '=CODER_SALARY("CA",5)', B1: 'Notes', A2: 'More notes' }, {}, 2);
    const before = snapshot(workbook);
    expect(freezeFormulas(workbook)).toMatchObject({ frozen: 1, left: 0 });
    expect(workbook.waits).toEqual([]);
    expectOnlyOursFrozen(workbook, before, cellsOf('A1'));
    expect(showsOneCell('="Coder job growth, "&JOB_OUTLOOK("coder","period")')).toBe(true);
    expect(showsOneCell('=CODER_SALARY(A2,B2,"CPC")')).toBe(true);
    expect(showsOneCell('=CODER_SALARY(A2:A9,5)')).toBe(false);
    expect(showsOneCell('=SALARY_RANGE("TX")')).toBe(false);
    expect(showsOneCell('=ARRAYFORMULA(CODER_SALARY(A2,5))')).toBe(false);
    expect(showsOneCell('=CODER_SALARY({"CA";"TX"},5)')).toBe(false);
  });
});

describe('the freeze as a whole', () => {
  it('takes the whole sheet when a single cell is selected (Sheets always has an active cell)', () => {
    const workbook = sheetWith({ A1: '=CODER_SALARY("CA",5)', D8: '=SALARY_SOURCE()' });
    workbook.select(SHEET, range('B3'));
    expect(freezeFormulas(workbook).message).toBe('Froze 2 Coding & Billing Pay formulas to values on "Sheet1".');
    expect(workbook.rawCell(SHEET, 1, 1)).toBe(CA_5);
    expect(workbook.rawCell(SHEET, 8, 4)).toBe(salarySource());
  });

  it('changes nothing and says so when there is nothing of its own', () => {
    const workbook = sheetWith({ A1: '=SUM(2,2)' });
    workbook.select(SHEET, range('A1:B2'));
    expect(freezeFormulas(workbook).message).toBe('No Coding & Billing Pay formulas in the selection: nothing changed.');
    expect(workbook.calls.setValues).toBeUndefined();
    expect(workbook.rawCell(SHEET, 1, 1)).toBe('=SUM(2,2)');
  });

  it('puts every formula back when a write fails after its cells were cleared', () => {
    const workbook = sheetWith({ A1: '=SALARY_RANGE("TX")', A2: '=CODER_SALARY("CA",5)', ...TYPED_AND_LINKS });
    const before = snapshot(workbook);
    let writes = 0;
    const failing: Workbook = {
      ...bind(workbook),
      activeSheet: (): SheetHandle => {
        const sheet = workbook.activeSheet();
        return {
          ...sheet,
          setValues: (row, column, values) => {
            if (++writes === 1) throw new Error('Service Spreadsheets failed while accessing document');
            sheet.setValues(row, column, values);
          },
        };
      },
    };
    expect(() => freezeFormulas(failing)).toThrow('Service Spreadsheets failed');
    expectOnlyOursFrozen(workbook, before, new Set());
    expect(workbook.rawCell(SHEET, 1, 1)).toBe('=SALARY_RANGE("TX")');
  });

  it('costs the same Spreadsheet calls for 10 formulas as for 2,000, with and without spilled results', () => {
    const counts = (formula: string) =>
      [10, 2000].map((n) => {
        const cells = Object.fromEntries(Array.from({ length: n }, (_, i) => [`A${i + 1}`, formula]));
        const workbook = sheetWith(cells);
        workbook.select(SHEET, range(`A1:A${n}`));
        expect(freezeFormulas(workbook).frozen).toBe(n);
        return { ...workbook.calls };
      });
    const single = counts('=CODER_SALARY("CA",5)');
    expect(single[0]).toEqual(single[1]);
    // A formula with formulas or the sheet's end on both sides shows one cell: no probing.
    expect(single[0]).toEqual({
      lock: 1,
      activeSheet: 1,
      selection: 1,
      dataRange: 1,
      getFormulas: 1,
      getValues: 1,
      setValues: 1,
      toast: 1,
    });
    const spilled = counts('=SALARY_RANGE("TX")');
    expect(spilled[0]).toEqual(spilled[1]);
    expect(spilled[0]).toEqual({
      lock: 1,
      activeSheet: 1,
      selection: 1,
      dataRange: 1,
      getFormulas: 1,
      getValues: 2,
      clearContents: 1,
      flush: 1,
      setValues: 1,
      toast: 1,
    });
  });
});

/** The workbook's methods, bound, so a test can replace one. */
function bind(workbook: MemoryWorkbook): Workbook {
  return {
    sheetNames: () => workbook.sheetNames(),
    insertSheet: (name) => workbook.insertSheet(name),
    activeSheet: () => workbook.activeSheet(),
    selection: () => workbook.selection(),
    readSelection: () => workbook.readSelection(),
    readBlock: (sheetName, range) => workbook.readBlock(sheetName, range),
    activate: (sheet) => workbook.activate(sheet),
    toast: (message, title) => workbook.toast(message, title),
    flush: () => workbook.flush(),
    wait: (milliseconds) => workbook.wait(milliseconds),
    withDocumentLock: (write) => workbook.withDocumentLock(write),
  };
}
