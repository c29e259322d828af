/**
 * Every custom function over ranges, 10,000 random calls each: columns, rows, grids (a column
 * against a row), 1×1 ranges, ragged rows, nested empty arrays, blank rows, with valid and
 * nearly valid cells mixed. Each output cell must equal what a single call with that cell's
 * inputs gives (a bad row gets a short # text, and never blanks or errors the others), a row
 * whose ranged inputs are all blank gives a blank, and no cell holds NaN, Infinity, undefined
 * or null.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { badCell, describe as show, errorCellProblem, FUNCTIONS, thrownProblem, type FunctionUnderTest, type Parameter } from './catalogue';
import { cellArbitraries } from './cellValues';
import { isErrorObject, loadBundle, outcome, sameCells, type Outcome, type SheetsRealm } from './sheetsRealm';

const RUNS = 10_000;
const MAX_ROWS = 4;
const MAX_COLUMNS = 3;
let sheets: SheetsRealm;

beforeAll(() => {
  sheets = loadBundle();
});

/** How one argument is given: a single value, or a range of some shape. */
type Form = 'single' | 'grid' | 'column' | 'row' | 'one-by-one' | 'empty';

interface ArgumentPlan {
  readonly form: Form;
  /** MAX_ROWS × MAX_COLUMNS cells; the form reads the part it needs. */
  readonly cells: unknown[][];
  /** For `grid`: rows (other than the first) that lose their last cells, as a ragged array would. */
  readonly ragged: readonly boolean[];
  readonly empty: unknown;
}

interface RangeCall {
  readonly rows: number;
  readonly columns: number;
  readonly args: readonly ArgumentPlan[];
  /** Rows whose ranged cells are all blanked, as the empty rows of a sheet. */
  readonly blankRows: readonly boolean[];
}

const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function formsFor(param: Parameter, rowwise: boolean): readonly Form[] {
  if (param.flag) return ['single'];
  if (param.whole) return ['single', 'grid', 'column', 'row', 'one-by-one', 'empty'];
  if (param.list) return ['single', 'column', 'one-by-one', 'empty'];
  // A function answering a row per input takes one column or one row of inputs, not a grid.
  return rowwise ? ['single', 'column', 'row', 'one-by-one', 'empty'] : ['single', 'grid', 'column', 'row', 'one-by-one', 'empty'];
}

function rangeCalls(fn: FunctionUnderTest): fc.Arbitrary<RangeCall> {
  const cells = cellArbitraries((t) => sheets.date(t));
  const rowwise = fn.rowWidth !== undefined;
  const argument = (param: Parameter): fc.Arbitrary<ArgumentPlan> =>
    fc.record({
      form: fc.constantFrom(...formsFor(param, rowwise)),
      cells: fc.array(
        fc.array(fc.oneof({ arbitrary: cells.cell(param.kind), weight: 4 }, { arbitrary: cells.blank, weight: 1 }), {
          minLength: MAX_COLUMNS,
          maxLength: MAX_COLUMNS,
        }),
        { minLength: MAX_ROWS, maxLength: MAX_ROWS },
      ),
      ragged: fc.array(fc.boolean(), { minLength: MAX_ROWS, maxLength: MAX_ROWS }),
      empty: fc.constantFrom([], [[]], [[[]]]),
    });
  return fc
    .record({
      rows: fc.integer({ min: 1, max: MAX_ROWS }),
      columns: fc.integer({ min: 1, max: MAX_COLUMNS }),
      args: fc.tuple(...fn.params.map(argument)),
      blankRows: fc.array(
        fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
        { minLength: MAX_ROWS, maxLength: MAX_ROWS },
      ),
    })
    .map((call) => {
      const args = [...call.args];
      // At least one argument is a range, or this would be a single call.
      if (args.every((a) => a.form === 'single')) {
        const k = fn.params.findIndex((p) => !p.flag);
        args[k] = { ...args[k]!, form: 'column' };
      }
      const grid = args.some((a) => a.form === 'grid');
      const columns = rowwise && args.some((a) => a.form === 'column') ? 1 : call.columns;
      const rows = rowwise && args.some((a) => a.form === 'row') ? 1 : call.rows;
      return { ...call, args, rows: grid && rowwise ? 1 : rows, columns };
    });
}

/** The range (or value) an argument is passed as, with blank rows blanked. */
function argumentValue(plan: ArgumentPlan, call: RangeCall): unknown {
  const blankedCell = (i: number, j: number): unknown => (call.blankRows[i] ? '' : plan.cells[i]![j]);
  const rows = Array.from({ length: call.rows }, (_, i) => i);
  const columns = Array.from({ length: call.columns }, (_, j) => j);
  switch (plan.form) {
    case 'single':
      return plan.cells[0]![0];
    case 'grid':
      return rows.map((i) => (i > 0 && plan.ragged[i] && call.columns > 1 ? columns.slice(0, -1) : columns).map((j) => blankedCell(i, j)));
    case 'column':
      return rows.map((i) => [blankedCell(i, 0)]);
    case 'row':
      return [columns.map((j) => blankedCell(0, j))];
    case 'one-by-one':
      return [[blankedCell(0, 0)]];
    case 'empty':
      return plan.empty;
  }
}

/** The cell an argument contributes at output position (i, j). */
function cellAt(plan: ArgumentPlan, call: RangeCall, value: unknown, i: number, j: number): unknown {
  if (plan.form === 'single') return value;
  if (plan.form === 'empty') return '';
  const grid = value as unknown[][];
  const row = grid.length === 1 ? grid[0]! : grid[i]!;
  const width = plan.form === 'grid' ? call.columns : row.length;
  const column = width === 1 ? 0 : j;
  return column < row.length ? row[column] : '';
}

function cellCount(plan: ArgumentPlan, call: RangeCall): number {
  return { single: 1, grid: call.rows * call.columns, column: call.rows, row: call.columns, 'one-by-one': 1, empty: 1 }[plan.form];
}

function outputShape(call: RangeCall): [number, number] {
  const rows = call.args.some((a) => a.form === 'grid' || a.form === 'column') ? call.rows : 1;
  const columns = call.args.some((a) => a.form === 'grid' || a.form === 'row') ? call.columns : 1;
  return [rows, columns];
}

/** What is wrong with one output cell (or row) given the single call for its inputs. */
function cellProblem(fn: FunctionUnderTest, cell: unknown, single: Outcome): string | undefined {
  const width = fn.rowWidth;
  const errorRow = (row: unknown): string | undefined => {
    if (!width) return errorCellProblem(row);
    if (!Array.isArray(row) || row.length !== width) return `expected a row of ${width}, got ${show(row)}`;
    return (
      errorCellProblem(row[0]) ?? (row.slice(1).every((c) => c === '') ? undefined : `expected blanks after the error, got ${show(row)}`)
    );
  };
  if ('thrown' in single) return errorRow(cell);
  const expected = single.value;
  const blank = width ? Array.isArray(expected) && (expected.at(-1) as unknown[]).every((c) => c === '') : expected === '';
  if (blank) {
    // Required inputs blank while another ranged input is filled: the row is not blank, and
    // cannot compute either; it is blank (as the single call) or says what is wrong.
    const first = width && Array.isArray(cell) ? cell[0] : cell;
    return first === '' ? undefined : errorRow(cell);
  }
  if (fn.rangeCellsMatch) {
    const own = fn.cell(cell);
    if (own) return own;
    return (cell as string).endsWith(fn.summaryEnd!(expected))
      ? undefined
      : `explanation ${show(cell)} does not end with ${fn.rangeCellsMatch}'s ${show(expected)}`;
  }
  const want = width ? (expected as unknown[][]).at(-1) : expected;
  return sameCells(cell, want) ? undefined : `expected ${show(want)} as the single call gives, got ${show(cell)}`;
}

/**
 * A table function over ranges: a range of more than one cell (other than a `whole` argument)
 * is refused with a message naming the arguments' shapes; 1×1 and empty ranges answer exactly
 * as the single call with their one cell.
 */
function checkTableCall(fn: FunctionUnderTest, call: RangeCall, values: readonly unknown[]): void {
  const where = (): string => `${fn.name}(${values.map(show).join(', ')})`;
  const result = outcome(() => sheets.call(fn.name, values));
  const wide = call.args.some((plan, k) => !fn.params[k]!.whole && cellCount(plan, call) > 1);
  if (wide) {
    if (!('thrown' in result)) throw new Error(`${where()}: a range of several cells should be refused, got ${show(result.value)}`);
    const problem = thrownProblem(fn, result.thrown, isErrorObject);
    if (problem) throw new Error(`${where()}: ${problem}`);
    const message = (result.thrown as Error).message;
    if (!message.startsWith(`${fn.name}: give single cells (`)) throw new Error(`${where()}: unexpected message ${message}`);
    return;
  }
  const inputs = call.args.map((plan, k) => (fn.params[k]!.whole ? values[k] : cellAt(plan, call, values[k], 0, 0)));
  const single = outcome(() => sheets.call(fn.name, inputs));
  const same =
    'thrown' in result
      ? 'thrown' in single && (single.thrown as Error).message === (result.thrown as Error).message
      : 'value' in single && sameCells(result.value, single.value);
  if (!same) throw new Error(`${where()}: differs from the single call ${fn.name}(${inputs.map(show).join(', ')})`);
  if ('thrown' in result) {
    const problem = thrownProblem(fn, result.thrown, isErrorObject);
    if (problem) throw new Error(`${where()}: ${problem}`);
  } else {
    const bad = badCell(result.value);
    if (bad) throw new Error(`${where()}: ${bad}`);
  }
}

/** Failure messages (`where`, `atPosition`) are built only when a check fails: most calls pass. */
function checkRangeCall(fn: FunctionUnderTest, call: RangeCall): void {
  const values = call.args.map((plan) => argumentValue(plan, call));
  if (fn.table) return checkTableCall(fn, call, values);
  const where = (): string => `${fn.name}(${values.map(show).join(', ')})`;
  const result = outcome(() => sheets.call(fn.name, values));
  const singleAt = (i: number, j: number): { inputs: unknown[]; result: Outcome } => {
    const inputs = call.args.map((plan, k) => cellAt(plan, call, values[k], i, j));
    return { inputs, result: outcome(() => sheets.call(fn.rangeCellsMatch ?? fn.name, inputs)) };
  };
  if ('thrown' in result) {
    // Only a whole-call problem may throw (SALARY_RANGE's headers flag): the single call throws it too.
    const problem = thrownProblem(fn, result.thrown, isErrorObject);
    if (problem) throw new Error(`${where()}: ${problem}`);
    const single = singleAt(0, 0).result;
    const message = (result.thrown as Error).message;
    if (!('thrown' in single) || (single.thrown as Error).message !== message)
      throw new Error(`${where()}: a range call threw: ${message}`);
    return;
  }
  const output = result.value;
  const bad = badCell(output);
  if (bad) throw new Error(`${where()}: ${bad}`);
  const [rows, columns] = outputShape(call);
  if (!Array.isArray(output)) throw new Error(`${where()}: expected a 2-D array, got ${show(output)}`);
  const rowwise = fn.rowWidth !== undefined;
  const header = rowwise ? output.length - Math.max(rows, columns) : 0;
  const expectedRows = rowwise ? Math.max(rows, columns) + header : rows;
  if (output.length !== expectedRows || header < 0 || header > 1)
    throw new Error(`${where()}: expected ${expectedRows} rows, got ${show(output)}`);
  const varying = call.args.map((plan) => cellCount(plan, call) > 1);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const cell = rowwise ? output[header + Math.max(i, j)] : (output[i] as unknown[])[j];
      if (!rowwise && (output[i] as unknown[]).length !== columns) throw new Error(`${where()}: row ${i} is not ${columns} wide`);
      const single = singleAt(i, j);
      const atPosition = (): string =>
        `${where()} at row ${i + 1}, column ${j + 1} (single call ${fn.name}(${single.inputs.map(show).join(', ')}))`;
      // Blank rows: every ranged input blank; with only 1×1 ranges, every required input blank (as a single call).
      const ranged = varying.some(Boolean)
        ? varying.map((v, k) => (v ? single.inputs[k] : '')).every(isBlank)
        : fn.params.some((p) => !p.optional) && fn.params.every((p, k) => p.optional || isBlank(single.inputs[k]));
      if (ranged) {
        const blank = rowwise ? Array.isArray(cell) && cell.every((c) => c === '') : cell === '';
        if (!blank) throw new Error(`${atPosition()}: a blank row should give a blank, got ${show(cell)}`);
        continue;
      }
      const problem = cellProblem(fn, cell, single.result);
      if (problem) throw new Error(`${atPosition()}: ${problem}`);
    }
  }
}

describe('range calls, 10,000 random ranges per function', () => {
  for (const fn of FUNCTIONS) {
    it(`${fn.name}: each cell as its own single call, blank rows blank, bad rows alone`, () => {
      fc.assert(
        fc.property(rangeCalls(fn), (call) => checkRangeCall(fn, call)),
        { numRuns: RUNS },
      );
    });
  }
});
