/**
 * Range handling shared by every custom function.
 *
 * Sheets passes a range as a 2-D array and a single cell as a value. Arguments broadcast like
 * array formulas: each dimension of each range must equal the result's or be 1, so a column of
 * states against one year, a column against a column of the same height, or a column of
 * states against a row of years (a grid) all work. A `list` argument (credentials) reads each
 * row of its range as one list, so `B2:D2` can hold one person's three credentials.
 *
 * Error policy (PRODUCT.md section 1): a single call throws an Error naming the function, the
 * argument, what was given, what is accepted and the nearest valid value; inside a range a bad
 * cell gets a short `#...` text and every other cell still computes; a cell whose ranged
 * arguments are all blank stays blank.
 */
import { InputError, NotInDataError } from '../core/inputError';
import { cellText, isBlank, type CellOutput } from './cells';

export interface ArgumentSpec {
  readonly name: string;
  readonly value: unknown;
  /** `list`: the cells of one range row form one value (several credentials). */
  readonly list?: boolean;
  /** Blank in a single call means "use the default" (optional arguments). */
  readonly optional?: boolean;
  /** A table function's argument whose whole range is one value (a plan given as rows). */
  readonly whole?: boolean;
}

/** What the function computes from one set of cell values. */
export type Compute<T> = (values: readonly unknown[]) => T;

type Grid = unknown[][];

function toGrid(value: unknown, list: boolean): Grid {
  if (!Array.isArray(value)) return [[list ? [value] : value]];
  const rows = (value.length > 0 && value.every(Array.isArray) ? value : [value]) as unknown[][];
  // A loop, not Math.max(...lengths): spreading a range of 200,000 rows overflows the call stack.
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  if (rows.length === 0 || width === 0) return [[list ? [''] : '']];
  // Ragged rows are padded with blanks, as Sheets pads a range; full rows are used as they are.
  const padded = rows.map((r) => (r.length === width ? r : Array.from({ length: width }, (_, j) => (j < r.length ? r[j] : ''))));
  return list ? padded.map((r) => [r]) : padded;
}

function gridBlank(value: unknown): boolean {
  return Array.isArray(value) ? value.every(gridBlank) : isBlank(value);
}

/** The message a single call throws: names function, argument, given, accepted and a suggestion. */
export function errorMessage(functionName: string, error: unknown): string {
  if (error instanceof InputError) {
    const suggestion = error.suggestion ? ` — did you mean ${error.suggestion}?` : '.';
    return `${functionName}: ${error.sentence}${suggestion} ${capitalise(error.argument)} accepts ${error.accepted}.`;
  }
  if (error instanceof NotInDataError) return `${functionName}: ${error.message}.`;
  return `${functionName}: ${error instanceof Error ? error.message : String(error)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function cellError(error: unknown): string {
  if (error instanceof InputError || error instanceof NotInDataError) return error.cellText;
  return '#ERROR';
}

function shapeText(grid: Grid): string {
  return `${grid.length}×${grid[0]!.length}`;
}

/** "state 3×1, years 2×1": each argument with the shape it was given in. */
function shapesText(specs: readonly ArgumentSpec[], grids: readonly Grid[]): string {
  return specs.map((s, k) => `${s.name} ${shapeText(grids[k]!)}`).join(', ');
}

interface Plan {
  readonly grids: Grid[];
  readonly rows: number;
  readonly columns: number;
  /** Arguments given as ranges of more than one cell: their blanks decide blank cells. */
  readonly varying: boolean[];
  /** Required arguments: they decide blank cells when every range is 1×1, as in a single call. */
  readonly required: boolean[];
}

function plan(functionName: string, specs: readonly ArgumentSpec[]): Plan {
  const grids = specs.map((s) => toGrid(s.value, s.list === true));
  const rows = Math.max(...grids.map((g) => g.length));
  const columns = Math.max(...grids.map((g) => g[0]!.length));
  grids.forEach((grid) => {
    const r = grid.length;
    const c = grid[0]!.length;
    if ((r !== rows && r !== 1) || (c !== columns && c !== 1)) {
      throw new Error(
        `${functionName}: the ranges do not line up (${shapesText(specs, grids)}); give ranges of the same size, or single cells`,
      );
    }
  });
  const varying = grids.map((g) => g.length * g[0]!.length > 1);
  const required = specs.map((s) => !s.optional);
  return { grids, rows, columns, varying, required };
}

/** Cells the memo watches before deciding whether it pays (see `memoised`). */
const MEMO_PROBE = 512;

function attempt<T>(compute: Compute<T>, values: readonly unknown[]): T | { error: unknown } {
  try {
    return compute(values);
  } catch (error) {
    return { error };
  }
}

function memoKey(values: readonly unknown[]): string {
  let key = '';
  for (const v of values)
    key += (typeof v === 'string' ? `s${v}` : typeof v === 'number' ? `n${v}` : `${typeof v}:${cellText(v)}`) + '\u0001';
  return key;
}

/**
 * Memoises per distinct argument combination: a column of states against one year holds few.
 * A key costs about as much as an estimate, so when the first MEMO_PROBE cells repeat less
 * than one time in four (every row a different person) the memo steps aside.
 */
function memoised<T>(compute: Compute<T>): Compute<T | { error: unknown }> {
  const cache = new Map<string, T | { error: unknown }>();
  let lookups = 0;
  let hits = 0;
  return (values) => {
    if (lookups >= MEMO_PROBE && hits * 4 < lookups) return attempt(compute, values);
    lookups++;
    const key = memoKey(values);
    let result = cache.get(key);
    if (result === undefined) {
      result = attempt(compute, values);
      cache.set(key, result);
    } else hits++;
    return result;
  };
}

function isFailure(result: unknown): result is { error: unknown } {
  return typeof result === 'object' && result !== null && !Array.isArray(result) && 'error' in result;
}

function singleValues(specs: readonly ArgumentSpec[]): unknown[] {
  return specs.map((s) => (s.list ? [s.value] : s.value));
}

/** The ranged cells' values at one position. */
function valuesAt(p: Plan, i: number, j: number): unknown[] {
  return p.grids.map((g) => {
    const row = g.length === 1 ? g[0]! : g[i]!;
    return row.length === 1 ? row[0] : row[j];
  });
}

function blankAt(p: Plan, values: readonly unknown[]): boolean {
  const deciding = p.varying.some(Boolean) ? p.varying : p.required;
  return deciding.some(Boolean) && values.every((v, k) => !deciding[k] || gridBlank(v));
}

function isSingleCall(specs: readonly ArgumentSpec[]): boolean {
  return specs.every((s) => !Array.isArray(s.value));
}

/** True when every required argument of a single call is blank (a formula dragged over empty rows). */
function allRequiredBlank(specs: readonly ArgumentSpec[]): boolean {
  const required = specs.filter((s) => !s.optional);
  return required.length > 0 && required.every((s) => gridBlank(s.value));
}

/**
 * A function with one cell of output per input position: a single value for a single call,
 * a grid of the broadcast shape for ranges.
 */
export function cellwise(functionName: string, specs: readonly ArgumentSpec[], compute: Compute<CellOutput>): CellOutput | CellOutput[][] {
  if (isSingleCall(specs)) {
    if (allRequiredBlank(specs)) return '';
    try {
      return finite(compute(singleValues(specs)));
    } catch (error) {
      throw new Error(errorMessage(functionName, error));
    }
  }
  const p = plan(functionName, specs);
  const run = memoised(compute);
  const out: CellOutput[][] = [];
  for (let i = 0; i < p.rows; i++) {
    const row: CellOutput[] = [];
    for (let j = 0; j < p.columns; j++) {
      const values = valuesAt(p, i, j);
      if (blankAt(p, values)) {
        row.push('');
        continue;
      }
      const result = run(values);
      row.push(isFailure(result) ? cellError(result.error) : finite(result));
    }
    out.push(row);
  }
  return out;
}

/**
 * A function whose answer for one input is a row of cells (SALARY_RANGE): ranges must form
 * one column (or one row) of inputs, and each gives one output row. `header` goes on top.
 */
export function rowwise(
  functionName: string,
  specs: readonly ArgumentSpec[],
  width: number,
  compute: Compute<CellOutput[]>,
  header?: CellOutput[],
): CellOutput[][] {
  const top = header ? [header] : [];
  if (isSingleCall(specs)) {
    if (allRequiredBlank(specs)) return [...top, Array.from({ length: width }, () => '')];
    try {
      return [...top, compute(singleValues(specs)).map(finite)];
    } catch (error) {
      throw new Error(errorMessage(functionName, error));
    }
  }
  const p = plan(functionName, specs);
  if (p.rows > 1 && p.columns > 1) {
    throw new Error(
      `${functionName}: give the inputs as one column (or one row) of cells (${shapesText(specs, p.grids)}); a ${p.rows}×${p.columns} block has no single answer row per cell`,
    );
  }
  const run = memoised(compute);
  const blankRow = (): CellOutput[] => Array.from({ length: width }, () => '');
  const out: CellOutput[][] = [...top];
  for (let k = 0; k < Math.max(p.rows, p.columns); k++) {
    const values = p.rows > 1 ? valuesAt(p, k, 0) : valuesAt(p, 0, k);
    if (blankAt(p, values)) {
      out.push(blankRow());
      continue;
    }
    const result = run(values);
    if (isFailure(result)) out.push([cellError(result.error), ...blankRow().slice(1)]);
    else out.push(result.map(finite));
  }
  return out;
}

/**
 * A function whose answer is a whole table (AREA_LIST, WAGE_TREND, CAREER_PATH): one set of
 * inputs, given as single cells or 1×1 ranges; a larger range is refused, since tables for several
 * inputs would overlap. A `whole` argument passes its range as one value (a plan given as rows).
 */
export function tablewise(
  functionName: string,
  specs: readonly ArgumentSpec[],
  compute: Compute<CellOutput[][]>,
): CellOutput | CellOutput[][] {
  const grids = specs.map((s) => toGrid(s.value, false));
  const wide = specs.filter((s, k) => !s.whole && grids[k]!.length * grids[k]![0]!.length > 1);
  if (wide.length > 0) {
    throw new Error(
      `${functionName}: give single cells (${shapesText(specs, grids)}); its answer is a table, so it takes one ${wide[0]!.name} at a time`,
    );
  }
  if (allRequiredBlank(specs)) return '';
  // A nested empty range reaches us as an array in the one cell: it is a blank cell.
  const values = specs.map((s, k) => (s.whole ? s.value : gridBlank(grids[k]![0]![0]) ? '' : grids[k]![0]![0]));
  try {
    return compute(values).map((row) => row.map(finite));
  } catch (error) {
    throw new Error(errorMessage(functionName, error));
  }
}

/**
 * An EXPLAIN function: a single call answers a table of steps; ranges answer one summary line
 * per cell, next to the column of results it audits.
 */
export function explained(
  functionName: string,
  specs: readonly ArgumentSpec[],
  table: Compute<readonly (readonly CellOutput[])[]>,
  summary: Compute<CellOutput>,
): CellOutput | CellOutput[][] {
  if (!isSingleCall(specs)) return cellwise(functionName, specs, summary);
  if (allRequiredBlank(specs)) return '';
  try {
    return table(singleValues(specs)).map((row) => row.map(finite));
  } catch (error) {
    throw new Error(errorMessage(functionName, error));
  }
}

/** The last guard before a cell: a non-finite number would show as an error in Sheets. */
function finite(value: CellOutput): CellOutput {
  if (typeof value === 'number' && !Number.isFinite(value)) return '#NUM!';
  if (value === undefined || value === null) return '';
  return value;
}
