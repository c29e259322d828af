/**
 * The add-on's custom functions inside HyperFormula: a FunctionPlugin whose every function
 * calls the global of the same name in the built dist/Code.js, loaded in a node:vm context —
 * the file Sheets runs.
 *
 * Sheets hands a custom function each range as a 2-D array of values and spills an array
 * result over the cells below and to the right; a thrown Error shows as #ERROR! with its
 * message. HyperFormula needs the size of an array result before it evaluates anything, so
 * the size is predicted from the arguments' shapes with the broadcasting rules the functions
 * follow (src/sheets/broadcast.ts); the result is padded with blanks to that size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { bundleGlobals } from '../projectFiles';
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { FunctionPluginDefinition, ImplementedFunctions } from 'hyperformula';

export type AddonBundle = Readonly<Record<string, (...args: unknown[]) => unknown>>;

// HyperFormula's AST and interpreter state types are not exported; the plugin reads these fields only.
interface Ast {
  readonly type: string;
  readonly procedureName?: string;
  readonly expressionName?: string;
  readonly value?: unknown;
  readonly args: readonly Ast[];
}
type InterpreterState = unknown;

/**
 * How each function's answer is shaped. `cell`: one cell per input position. `row`: a row of
 * `width` cells per input, optionally under a header row. `table`: for single values a fixed
 * table (`width` × the rows the function returns), for ranges one cell per input position.
 * `rows`: a table whose height (and for PATH_COMPARE width) depends on the values given
 * (AREA_LIST, WAGE_TREND, CAREER_PATH, PATH_COMPARE, CERT_PAYBACK_EXPLAIN): computed from literal
 * arguments, else as tall as its longest answer (`maxRows`) and `width` wide at most; with
 * `summaries`, ranges give one cell per input position (an EXPLAIN).
 * `list`: the arguments whose range rows each hold one list (several credentials). `whole`: an
 * argument whose whole range is one value (CAREER_PATH's plan, PATH_COMPARE's plans); its size
 * alone may shape the answer (PATH_COMPARE: a year column and two per plan cell), never what it
 * holds, so blank cells of that size stand in for it when the answer's size is worked out.
 */
interface ResultShape {
  readonly kind: 'cell' | 'row' | 'table' | 'rows';
  readonly maxRows?: number;
  readonly width?: number;
  readonly list?: number | readonly number[];
  readonly whole?: number;
  readonly header?: number;
  readonly summaries?: boolean;
}

const SHAPES: Readonly<Record<string, ResultShape>> = {
  CODER_SALARY: { kind: 'cell', list: 2 },
  CODER_SALARY_EXPLAIN: { kind: 'table', width: 2, list: 2 },
  SALARY_RANGE: { kind: 'row', width: 5, header: 2 },
  STATE_WAGE: { kind: 'cell' },
  // The header and every area in the country ("US"): 530 in May 2025.
  AREA_LIST: { kind: 'rows', width: 6, maxRows: 531 },
  PAY_PERCENTILE: { kind: 'cell' },
  PAY_REVIEW: { kind: 'row', width: 5, header: 6, list: 3 },
  CERT_PREMIUM: { kind: 'cell', list: 0 },
  COL_ADJUST: { kind: 'cell' },
  JOB_OUTLOOK: { kind: 'cell' },
  SALARY_SOURCE: { kind: 'cell' },
  // The header and one row a May year, 2010–2025.
  WAGE_TREND: { kind: 'rows', width: 7, maxRows: 17 },
  WAGE_GROWTH: { kind: 'cell' },
  CERT_PAYBACK: { kind: 'cell', list: [2, 3] },
  CERT_PAYBACK_EXPLAIN: { kind: 'rows', width: 2, list: [2, 3], maxRows: 20, summaries: true },
  // The header and years 0–40.
  CAREER_PATH: { kind: 'rows', width: 6, whole: 2, maxRows: 42 },
  // Year, then pay and cumulative net of each plan (up to 8): as wide as the plans given; the
  // header, years 0–40 and the overtaking row.
  PATH_COMPARE: { kind: 'rows', width: 17, whole: 1, maxRows: 43 },
};

const isListed = (shape: ResultShape, i: number): boolean =>
  shape.list === i || (Array.isArray(shape.list) && (shape.list as readonly number[]).includes(i));

/** The custom functions Sheets would offer: each `@customfunction` declaration in Code.js. */
export function customFunctionNames(code: string): string[] {
  return [...code.matchAll(/@customfunction[\s\S]*?\*\/\s*function\s+([A-Z_][A-Z0-9_]*)\s*\(/g)].map((m) => m[1]!);
}

export interface LoadedBundle {
  readonly functions: AddonBundle;
  readonly names: readonly string[];
  /** Rows of CODER_SALARY_EXPLAIN's table for one estimate. */
  readonly explainRows: number;
}

export function loadBundle(dist: string): LoadedBundle {
  const code = readFileSync(join(dist, 'Code.js'), 'utf8');
  const context = vm.createContext(bundleGlobals(dist));
  vm.runInContext(code, context, { filename: 'Code.js' });
  const functions = context as unknown as AddonBundle;
  const names = customFunctionNames(code);
  const unknown = names.filter((name) => !SHAPES[name]);
  if (unknown.length > 0) {
    throw new Error(
      `the preview does not know the result shape of ${unknown.join(', ')}: add it to SHAPES in scripts/preview/addonFunctions.ts`,
    );
  }
  const explain = functions.CODER_SALARY_EXPLAIN?.('US', 0);
  return { functions, names, explainRows: Array.isArray(explain) ? explain.length : 1 };
}

/** Sheets hands a blank cell to a custom function as "". */
function cellInput(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (typeof value === 'object' && 'val' in value) return (value as { val: unknown }).val; // numbers carrying a format
  return value;
}

/** A literal FALSE, 0 or "" leaves the header off; anything else (or a reference) turns it on. */
function literalFalse(ast: Ast): boolean {
  if (ast.type === 'EMPTY') return true;
  if (ast.type === 'NUMBER') return ast.value === 0;
  if (ast.type === 'STRING') return String(ast.value).trim() === '' || /^false$/i.test(String(ast.value).trim());
  const name = ast.procedureName ?? ast.expressionName;
  return (ast.type === 'FUNCTION_CALL' || ast.type === 'NAMED_EXPRESSION') && name?.toUpperCase() === 'FALSE';
}

/** TRUE or FALSE as typed (HyperFormula reads them as TRUE() and FALSE()): known before evaluation like any literal. */
function literalBoolean(ast: Ast): boolean | undefined {
  const name = (ast.procedureName ?? ast.expressionName)?.toUpperCase();
  if ((ast.type !== 'FUNCTION_CALL' && ast.type !== 'NAMED_EXPRESSION') || ast.args?.length) return undefined;
  return name === 'TRUE' ? true : name === 'FALSE' ? false : undefined;
}

/** HyperFormula needs exactly the predicted size: pad with blanks, as a blank input gives a blank answer. */
function padded(rows: readonly (readonly unknown[])[], size: ArraySize): SimpleRangeValue {
  return SimpleRangeValue.onlyValues(
    Array.from({ length: size.height }, (_, i) => Array.from({ length: size.width }, (_, j) => rows[i]?.[j] ?? '')) as never,
  );
}

/**
 * The plugin class. HyperFormula registers plugins globally, so the bundle a formula calls is
 * the one the evaluating spreadsheet sets with `useBundle` just before it evaluates.
 */
let active: LoadedBundle | undefined;

export function useBundle(bundle: LoadedBundle): void {
  active = bundle;
}

class AddonFunctionPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.keys(SHAPES).map((name) => [
      name,
      { method: 'call', sizeOfResultArrayMethod: 'size', vectorizationForbidden: true, parameters: [] },
    ]),
  );

  /** The broadcast shape of the arguments, as the add-on computes it. */
  size(ast: Ast, state: InterpreterState): ArraySize {
    const shape = SHAPES[ast.procedureName!.toUpperCase()]!;
    const sizes = ast.args.map((arg, i) => {
      const size = this.arraySizeForAst(arg as never, state as never);
      if (i === shape.whole) return { width: 1, height: 1 };
      return isListed(shape, i) ? { width: 1, height: size.height } : size;
    });
    const ranged = sizes.some((s) => s.width * s.height > 1);
    const height = Math.max(1, ...sizes.map((s) => s.height));
    const width = Math.max(1, ...sizes.map((s) => s.width));
    if (shape.kind === 'table') return ranged ? new ArraySize(width, height) : new ArraySize(shape.width!, active?.explainRows ?? 1);
    if (shape.kind === 'rows') return ranged && shape.summaries ? new ArraySize(width, height) : this.rowsSize(ast, shape, state);
    if (shape.kind === 'row') {
      const header = shape.header !== undefined && ast.args.length > shape.header && !literalFalse(ast.args[shape.header]!) ? 1 : 0;
      return new ArraySize(shape.width!, Math.max(height, width) + header);
    }
    return ranged ? new ArraySize(width, height) : ArraySize.scalar();
  }

  /**
   * With literal arguments the answer is known before evaluation: use its size, so nothing below
   * or beside it is blocked needlessly. A whole-range argument counts as known by its size (blank
   * cells stand in for it); a single cell given by reference does not, as a blank one and a filled
   * one can shape the answer differently (PATH_COMPARE's default plans). Otherwise the answer is
   * as tall as the longest one, and as wide as a trial with the unknown values blank gives.
   */
  private rowsSize(ast: Ast, shape: ResultShape, state: InterpreterState): ArraySize {
    const run = active?.functions[ast.procedureName!.toUpperCase()];
    const unknown = Symbol('unknown');
    const args = ast.args.map((arg, i): unknown => {
      if (['STRING', 'NUMBER', 'EMPTY'].includes(arg.type)) return arg.type === 'EMPTY' ? '' : arg.value;
      const flag = literalBoolean(arg);
      if (flag !== undefined) return flag;
      if (i !== shape.whole) return unknown;
      const size = this.arraySizeForAst(arg as never, state as never);
      if (size.width * size.height <= 1) return unknown;
      return Array.from({ length: size.height }, () => Array.from({ length: size.width }, () => ''));
    });
    const trial = (values: readonly unknown[]): unknown[][] | undefined => {
      try {
        const rows = run?.(...values);
        return Array.isArray(rows) ? (rows as unknown[][]) : undefined;
      } catch {
        return undefined;
      }
    };
    const widthOf = (rows: readonly unknown[][] | undefined): number => Math.min(shape.width!, rows?.[0]?.length ?? shape.width!);
    if (run && args.every((a) => a !== unknown)) {
      const rows = trial(args);
      // An error shows in one cell.
      return rows ? new ArraySize(widthOf(rows), Math.max(1, rows.length)) : ArraySize.scalar();
    }
    return new ArraySize(widthOf(trial(args.map((a) => (a === unknown ? '' : a)))), shape.maxRows!);
  }

  call(ast: Ast, state: InterpreterState): unknown {
    const name = ast.procedureName!.toUpperCase();
    const args: unknown[] = [];
    for (const arg of ast.args) {
      const value = this.evaluateAst(arg as never, state as never);
      if (value instanceof CellError) return value;
      args.push(value instanceof SimpleRangeValue ? value.rawData().map((row) => row.map(cellInput)) : cellInput(value));
    }
    const run = active?.functions[name];
    if (!run) return new CellError(ErrorType.NAME, `Unknown function: ${name}`);
    let result: unknown;
    try {
      result = run(...args);
    } catch (error) {
      // Sheets shows a custom function's thrown Error as #ERROR! with the message on hover.
      // The bundle runs in its own realm: its Error is not this realm's Error.
      const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
      return new CellError(ErrorType.ERROR, message);
    }
    const size = this.size(ast, state);
    if (size.isScalar()) return Array.isArray(result) ? ((result as unknown[][])[0]?.[0] ?? '') : result;
    return padded(Array.isArray(result) ? (result as unknown[][]) : [[result]], size);
  }
}

export const ADDON_FUNCTION_PLUGIN: FunctionPluginDefinition = AddonFunctionPlugin;

/** English names for HyperFormula's function registry. */
export const ADDON_FUNCTION_TRANSLATIONS = { enGB: Object.fromEntries(Object.keys(SHAPES).map((name) => [name, name])) };
