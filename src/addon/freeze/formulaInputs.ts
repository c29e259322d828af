/**
 * Which cells of its own sheet a formula reads, from its text (as getFormulas returns it:
 * English function names, commas between arguments, A1 references). Freeze uses this to know
 * which other formulas cannot have changed while it held this add-on's formulas cleared.
 *
 * The answer is either the blocks read, or "unknown" when the text leaves the inputs open:
 * another sheet, a named range or LET/LAMBDA name, a reference built at run time (INDIRECT,
 * OFFSET), data from outside (IMPORTRANGE and the other IMPORT functions, GOOGLEFINANCE), or a
 * value that changes on every recalculation (NOW, RAND…).
 */
import type { GridRange } from '../workbook/workbook';

export type FormulaInputs = { readonly known: true; readonly ranges: readonly GridRange[] } | { readonly known: false };

/** Functions whose result is not fixed by the cells their text names. */
const OPEN_FUNCTIONS = new Set([
  'INDIRECT',
  'OFFSET',
  'NOW',
  'TODAY',
  'RAND',
  'RANDARRAY',
  'RANDBETWEEN',
  'IMPORTRANGE',
  'IMPORTDATA',
  'IMPORTFEED',
  'IMPORTHTML',
  'IMPORTXML',
  'GOOGLEFINANCE',
  'GOOGLETRANSLATE',
  'DETECTLANGUAGE',
]);

// A reference part: a cell (A1, $B$2), a whole column (C) or a whole row (3). Sheets allows up
// to column ZZZ.
const PART = String.raw`\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+`;
const BEFORE = String.raw`(?<![\w.$])`;
const AFTER = String.raw`(?![\w.$(])`;
const RANGE = new RegExp(`${BEFORE}(${PART})\\s*:\\s*(${PART})${AFTER}`, 'g');
const CELL = new RegExp(`${BEFORE}\\$?([A-Za-z]{1,3})\\$?(\\d+)${AFTER}`, 'g');
const FUNCTION = /(?<![\w.$])([A-Za-z_][\w.]*)\s*\(/g;
const NAME = /(?<![\w.$])([A-Za-z_][\w.]*)(?![\w.]*\s*\()/g;

const EVERY = Number.POSITIVE_INFINITY;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** One end of a range: row and/or column (whole rows and columns leave the other open). */
function end(part: string): { row?: number; column?: number } | undefined {
  const text = part.replace(/\$/g, '');
  const cell = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
  if (cell) return { column: columnNumber(cell[1]!), row: Number(cell[2]) };
  if (/^[A-Za-z]{1,3}$/.test(text)) return { column: columnNumber(text) };
  if (/^\d+$/.test(text)) return { row: Number(text) };
  return undefined;
}

function span(a: number | undefined, b: number | undefined): [number, number] {
  // "A:A" is the whole column; "A2:A" runs from row 2 to its end.
  if (a === undefined && b === undefined) return [1, EVERY];
  if (a === undefined || b === undefined) return [(a ?? b)!, EVERY];
  return [Math.min(a, b), Math.abs(a - b) + 1];
}

export function formulaInputs(formula: string): FormulaInputs {
  // Text in quotes is never a reference; a "!" outside quotes names another sheet (or is #REF!).
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (code.includes('!') || code.includes("'")) return { known: false };
  for (const [, name] of code.matchAll(FUNCTION)) if (OPEN_FUNCTIONS.has(name!.toUpperCase())) return { known: false };
  const ranges: GridRange[] = [];
  let rest = code.replace(RANGE, (_match, a: string, b: string) => {
    const from = end(a);
    const to = end(b);
    const [row, rows] = span(from?.row, to?.row);
    const [column, columns] = span(from?.column, to?.column);
    ranges.push({ row, column, rows, columns });
    return ' ';
  });
  rest = rest.replace(CELL, (_match, letters: string, row: string) => {
    ranges.push({ row: Number(row), column: columnNumber(letters), rows: 1, columns: 1 });
    return ' ';
  });
  // What is left may still name cells: a named range, or a name bound by LET or LAMBDA.
  for (const [, name] of rest.matchAll(NAME)) if (!/^(TRUE|FALSE)$/i.test(name!)) return { known: false };
  return { known: true, ranges };
}

/**
 * Functions that reduce their arguments to one value. Sheets expands a formula over a range
 * only inside ARRAYFORMULA or through a function that returns an array; these return a single
 * number whatever ranges they are given.
 */
const ONE_VALUE = ['SUM', 'COUNT', 'COUNTA', 'COUNTBLANK', 'COUNTIF', 'COUNTIFS', 'SUMIF', 'SUMIFS', 'AVERAGE', 'MEDIAN', 'MIN', 'MAX'];
const ONE_VALUE_CALL = new RegExp(String.raw`^=\s*(?:IFERROR\s*\(\s*)?(?:${ONE_VALUE.join('|')})\s*\([^()]*\)\s*(?:,\s*""\s*\))?\s*$`, 'i');

/**
 * True for a formula that shows one cell and never spills: a single call of a function that
 * reduces its arguments to one value (`=SUM(O13:O20)`, `=COUNTIF(M13:M20,"below p25")`), with
 * ranges and literals as arguments, optionally inside `IFERROR(…,"")`.
 */
export function showsOneValue(formula: string): boolean {
  return ONE_VALUE_CALL.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

export function overlaps(a: GridRange, b: GridRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}
