/**
 * The preview's spreadsheet: an in-memory workbook (what the add-on's server code writes to)
 * evaluated by HyperFormula, with every custom function of the add-on registered from the
 * built dist/Code.js loaded in a node:vm context — the same file Sheets runs.
 *
 * Sheets passes ranges as 2-D arrays and spills array results; HyperFormula needs the size of
 * an array result before evaluating, so it is predicted from the arguments' shapes with the
 * same broadcasting rules the functions use (src/sheets/broadcast.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import {
  ArraySize,
  CellError,
  DetailedCellError,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  EmptyValue,
} from 'hyperformula';
import type { FunctionPluginDefinition, ImplementedFunctions } from 'hyperformula';
import { MemoryWorkbook, isFormula, type MemoryWorkbookOptions } from '../../src/addon/memoryWorkbook';
import type { CellValue } from '../../src/addon/workbook';

type Bundle = Record<string, (...args: unknown[]) => unknown>;
// HyperFormula's AST and interpreter state types are not exported; the plugin only passes them through.
type Ast = { args: unknown[]; procedureName: string };
type State = unknown;

/** How each function's result is shaped: one cell per input, a row per input, or a fixed table for one input. */
const SHAPES: Record<
  string,
  { kind: 'cell' | 'row' | 'table'; width?: number; listArgument?: number; headerArgument?: number; tableRows?: number }
> = {
  CODER_SALARY: { kind: 'cell', listArgument: 2 },
  CODER_SALARY_EXPLAIN: { kind: 'table', width: 2, tableRows: 14, listArgument: 2 },
  SALARY_RANGE: { kind: 'row', width: 5, headerArgument: 2 },
  STATE_WAGE: { kind: 'cell' },
  PAY_PERCENTILE: { kind: 'cell' },
  CERT_PREMIUM: { kind: 'cell', listArgument: 0 },
  COL_ADJUST: { kind: 'cell' },
  JOB_OUTLOOK: { kind: 'cell' },
  SALARY_SOURCE: { kind: 'cell' },
};

export const ADDON_FUNCTION_NAMES = Object.keys(SHAPES);

export function loadBundle(dist: string): Bundle {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(join(dist, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return context as unknown as Bundle;
}

function toCellInput(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val; // rich numbers
  return value;
}

function createPlugin(bundle: Bundle): FunctionPluginDefinition {
  class AddonFunctions extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
      ADDON_FUNCTION_NAMES.map((name) => [
        name,
        { method: 'call', sizeOfResultArrayMethod: 'size', vectorizationForbidden: true, parameters: [] },
      ]),
    );

    private name(ast: Ast): string {
      return ast.procedureName.toUpperCase();
    }

    /** The broadcast shape of the arguments, as the add-on computes it. */
    size(ast: Ast, state: State): ArraySize {
      const shape = SHAPES[this.name(ast)]!;
      const sizes = ast.args.map((arg, i) => {
        const size = this.arraySizeForAst(arg as never, state as never);
        return i === shape.listArgument ? { width: 1, height: size.height } : size;
      });
      const anyRange = sizes.some((s) => s.width * s.height > 1);
      const height = Math.max(1, ...sizes.map((s) => s.height));
      const width = Math.max(1, ...sizes.map((s) => s.width));
      if (shape.kind === 'table') return anyRange ? new ArraySize(width, height) : new ArraySize(shape.width!, shape.tableRows!);
      if (shape.kind === 'row') {
        const header = shape.headerArgument !== undefined && ast.args.length > shape.headerArgument ? 1 : 0;
        return new ArraySize(shape.width!, Math.max(height, width) + header);
      }
      return anyRange ? new ArraySize(width, height) : ArraySize.scalar();
    }

    call(ast: Ast, state: State): unknown {
      const name = this.name(ast);
      const args: unknown[] = [];
      for (const arg of ast.args) {
        const value = this.evaluateAst(arg as never, state as never);
        if (value instanceof CellError) return value;
        args.push(value instanceof SimpleRangeValue ? value.rawData().map((row) => row.map(toCellInput)) : toCellInput(value));
      }
      let result: unknown;
      try {
        result = bundle[name]!(...args);
      } catch (error) {
        return new CellError(ErrorType.VALUE, error instanceof Error ? error.message : String(error));
      }
      const size = this.size(ast, state);
      if (!Array.isArray(result)) return size.isScalar() ? result : SimpleRangeValue.onlyValues(pad([[result]], size));
      return SimpleRangeValue.onlyValues(pad(result as unknown[][], size));
    }
  }
  return AddonFunctions;
}

/** HyperFormula needs the predicted size exactly: pad with blanks (a blank input gives a blank answer). */
function pad(rows: unknown[][], size: ArraySize): never {
  return Array.from({ length: size.height }, (_, i) => Array.from({ length: size.width }, (_, j) => rows[i]?.[j] ?? '')) as never;
}

export interface DisplayCell {
  readonly raw: string;
  readonly value: string | number | boolean;
  readonly error?: string;
  readonly format?: string;
  readonly bold?: boolean;
}

/** The workbook and its formula engine, kept in step by the workbook's version counter. */
export class PreviewSpreadsheet {
  readonly workbook: MemoryWorkbook;
  private engine: HyperFormula | undefined;
  private syncedVersion = -1;

  constructor(dist: string, options: Omit<MemoryWorkbookOptions, 'evaluate'> = {}) {
    const bundle = loadBundle(dist);
    if (!HyperFormula.getRegisteredFunctionNames('enGB').includes('CODER_SALARY')) {
      HyperFormula.registerFunctionPlugin(createPlugin(bundle), { enGB: Object.fromEntries(ADDON_FUNCTION_NAMES.map((n) => [n, n])) });
    }
    this.workbook = new MemoryWorkbook({ ...options, evaluate: (sheet, row, column) => this.value(sheet, row, column) });
  }

  private sync(): HyperFormula {
    if (this.engine && this.syncedVersion === this.workbook.version) return this.engine;
    const sheets: Record<string, unknown[][]> = {};
    for (const sheet of this.workbook.sheets) {
      const rows: unknown[][] = [];
      for (const [key, raw] of sheet.cells) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        while (rows.length < r) rows.push([]);
        rows[r - 1]![c - 1] = raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
      }
      sheets[sheet.name] = rows.map((row) => Array.from({ length: row.length }, (_, j) => row[j] ?? null));
    }
    this.engine?.destroy();
    // Sheets reads TRUE and FALSE as booleans; HyperFormula spells them TRUE() and FALSE().
    const booleans = [
      { name: 'TRUE', expression: '=TRUE()' },
      { name: 'FALSE', expression: '=FALSE()' },
    ];
    this.engine = HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3', useArrayArithmetic: true }, booleans);
    this.syncedVersion = this.workbook.version;
    return this.engine;
  }

  /** A cell's computed value (1-based row and column), as the add-on's server code reads it. */
  value(sheetName: string, row: number, column: number): CellValue {
    const engine = this.sync();
    const sheet = engine.getSheetId(sheetName);
    if (sheet === undefined) return '';
    const value = engine.getCellValue({ sheet, row: row - 1, col: column - 1 });
    if (value instanceof DetailedCellError) return value.value;
    return value ?? '';
  }

  /** The grid of one sheet for the page: raw content, computed value, error message, format. */
  display(sheetName: string): { rows: number; columns: number; cells: Record<string, DisplayCell> } {
    const engine = this.sync();
    const sheetId = engine.getSheetId(sheetName);
    const memory = this.workbook.sheet(sheetName);
    if (sheetId === undefined || !memory) return { rows: 0, columns: 0, cells: {} };
    const { height, width } = engine.getSheetDimensions(sheetId);
    const cells: Record<string, DisplayCell> = {};
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        const key = `${r + 1},${c + 1}`;
        const raw = memory.cells.get(key);
        const value = engine.getCellValue({ sheet: sheetId, row: r, col: c });
        if ((value === null || value === undefined) && raw === undefined) continue;
        const error = value instanceof DetailedCellError ? value.message || value.value : undefined;
        cells[key] = {
          raw: raw === undefined ? '' : raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw),
          value: value instanceof DetailedCellError ? value.value : (value ?? ''),
          ...(error ? { error } : {}),
          ...(memory.formats.get(key) ? { format: memory.formats.get(key) } : {}),
          ...(memory.bold.has(key) ? { bold: true } : {}),
        };
      }
    }
    return { rows: height, columns: width, cells };
  }

  hasFormula(sheetName: string, row: number, column: number): boolean {
    return isFormula(this.workbook.rawCell(sheetName, row, column));
  }
}
