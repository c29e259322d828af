/**
 * Which cells a formula reads, from its text: the blocks it names, or "unknown" where the text
 * leaves its inputs open (another sheet, a name, INDIRECT, a value that moves by itself).
 */
import { describe, expect, it } from 'vitest';
import { formulaInputs, showsOneValue } from '../../src/addon/freeze/formulaInputs';

const ALL = Number.POSITIVE_INFINITY;

describe('the cells a formula reads', () => {
  it.each([
    [
      '=CODER_SALARY(A3:A7,B3:B7,"CPC")',
      [
        { row: 3, column: 1, rows: 5, columns: 1 },
        { row: 3, column: 2, rows: 5, columns: 1 },
      ],
    ],
    ['=ARRAYFORMULA($B$2:C9*2)', [{ row: 2, column: 2, rows: 8, columns: 2 }]],
    ['=SUM(A:A)', [{ row: 1, column: 1, rows: ALL, columns: 1 }]],
    [
      '=FILTER(A2:C, B2:B > 5)',
      [
        { row: 2, column: 1, rows: ALL, columns: 3 },
        { row: 2, column: 2, rows: ALL, columns: 1 },
      ],
    ],
    ['=SUM(3:4)', [{ row: 3, column: 1, rows: 2, columns: ALL }]],
    ['=LOG10(AA12)+1E5', [{ row: 12, column: 27, rows: 1, columns: 1 }]],
    ['=SALARY_RANGE("TX", "coder", TRUE)', []],
    ['=SEQUENCE(3)', []],
    ['=IF(A1="B2:C3", "D4", 0)', [{ row: 1, column: 1, rows: 1, columns: 1 }]],
  ])('%s reads its blocks', (formula, ranges) => {
    expect(formulaInputs(formula)).toEqual({ known: true, ranges });
  });

  it.each([
    '=Sheet2!A1*2',
    "='Pay by state'!B6",
    '=INDIRECT("A"&B1)',
    '=OFFSET(A1,1,0)',
    '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x","A1:B2")',
    '=QUERY(Salaries, "select A")',
    '=LET(x, A1, x*2)',
    '=NOW()',
    '=RANDARRAY(3)',
    '=A1+#REF!',
  ])('%s leaves its inputs open', (formula) => {
    expect(formulaInputs(formula)).toEqual({ known: false });
  });
});

describe('formulas that show one value', () => {
  it.each([
    '=SUM(O13:O20)',
    '=count(L13:L20)',
    '=COUNTIF(M13:M20,"below p25")',
    '=COUNTIFS(L13:L20,">=0.9",L13:L20,"<1")',
    '=IFERROR(MEDIAN(L13:L20),"")',
    '= MAX( A1 , 3 )',
  ])('%s never spills', (formula) => expect(showsOneValue(formula)).toBe(true));

  it.each([
    '=ARRAYFORMULA(SUM(A1:A3))',
    '=SUM(A1:A3)+SEQUENCE(3)',
    '=SUM(FILTER(A1:A9,B1:B9))',
    '=IFERROR(MEDIAN(A1:A3),A1:A3)',
    '=COUNTIF(A1:A9,B1:B3)*{1,2}',
    '=SORT(A1:A9)',
    '=A1:A3',
    '=PAY_REVIEW(A1:A3,B1:B3,C1:C3)',
  ])('%s may spill', (formula) => expect(showsOneValue(formula)).toBe(false));
});
