/**
 * The preview's spreadsheet: the in-memory workbook the add-on's server code writes to, kept
 * in step with a HyperFormula engine that evaluates its formulas — the add-on's custom
 * functions from the built dist/Code.js among them (addonFunctions.ts).
 *
 * The engine follows the workbook's version counter: on each change only the cells whose raw
 * content differs are handed to HyperFormula, which recalculates what depends on them.
 */
import { CellType, DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { MemoryWorkbook, type FormulaResult, type MemoryWorkbookOptions } from './memoryWorkbook';
import type { CellValue } from '../../src/addon/workbook/workbook';
import { ADDON_FUNCTION_PLUGIN, ADDON_FUNCTION_TRANSLATIONS, loadBundle, useBundle, type LoadedBundle } from './addonFunctions';
import type { DisplayCell, SheetView } from './page/previewState';

// Sheets reads TRUE and FALSE as booleans; HyperFormula spells them TRUE() and FALSE().
const BOOLEAN_NAMES = [
  { name: 'TRUE', expression: '=TRUE()' },
  { name: 'FALSE', expression: '=FALSE()' },
];

function registerAddonFunctions(): void {
  if (!HyperFormula.getRegisteredFunctionNames('enGB').includes('CODER_SALARY')) {
    HyperFormula.registerFunctionPlugin(ADDON_FUNCTION_PLUGIN, ADDON_FUNCTION_TRANSLATIONS);
  }
}

function engineContent(raw: CellValue): RawCellContent {
  return raw instanceof Date ? raw.toISOString().slice(0, 10) : raw;
}

function rawText(raw: CellValue | undefined): string {
  if (raw === undefined) return '';
  return raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
}

export class PreviewSpreadsheet {
  readonly workbook: MemoryWorkbook;
  readonly bundle: LoadedBundle;
  private readonly engine: HyperFormula;
  private syncedVersion = -1;
  /** What the engine holds, by sheet name and "row,column". */
  private readonly held = new Map<string, Map<string, RawCellContent>>();

  constructor(dist: string, options: Omit<MemoryWorkbookOptions, 'evaluate'> = {}) {
    this.bundle = loadBundle(dist);
    registerAddonFunctions();
    // As in Sheets: a range inside an ordinary operator needs ARRAYFORMULA, and a value is kept to
    // the last digit (HyperFormula would round it for display).
    this.engine = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', useArrayArithmetic: false, smartRounding: false }, BOOLEAN_NAMES);
    // The add-on's server code reads what the engine computes; the workbook lays array results
    // out over their cells as Sheets does (and as the engine does, so the two agree).
    this.workbook = new MemoryWorkbook({ ...options, evaluate: (sheet, row, column) => this.result(sheet, row, column) });
  }

  private sync(): HyperFormula {
    if (this.syncedVersion === this.workbook.version) return this.engine;
    useBundle(this.bundle);
    const names = new Set(this.workbook.sheets.map((s) => s.name));
    this.engine.batch(() => {
      for (const name of [...this.held.keys()].filter((n) => !names.has(n))) {
        const id = this.engine.getSheetId(name);
        if (id !== undefined) this.engine.removeSheet(id);
        this.held.delete(name);
      }
      for (const sheet of this.workbook.sheets) {
        if (!this.engine.doesSheetExist(sheet.name)) this.engine.addSheet(sheet.name);
        const id = this.engine.getSheetId(sheet.name)!;
        const held = this.held.get(sheet.name) ?? new Map<string, RawCellContent>();
        this.held.set(sheet.name, held);
        const put = (key: string, content: RawCellContent) => {
          const [row, col] = key.split(',').map(Number) as [number, number];
          this.engine.setCellContents({ sheet: id, row: row - 1, col: col - 1 }, content);
        };
        for (const [key, raw] of sheet.cells) {
          const content = engineContent(raw);
          if (held.get(key) === content) continue;
          put(key, content);
          held.set(key, content);
        }
        for (const key of [...held.keys()].filter((k) => !sheet.cells.has(k))) {
          put(key, null);
          held.delete(key);
        }
      }
    });
    this.syncedVersion = this.workbook.version;
    return this.engine;
  }

  /** A cell's computed value (1-based), as Sheets' getValues reads it: an error reads as its code. */
  value(sheetName: string, row: number, column: number): CellValue {
    const engine = this.sync();
    const sheet = engine.getSheetId(sheetName);
    if (sheet === undefined) return '';
    const value = engine.getCellValue({ sheet, row: row - 1, col: column - 1 });
    if (value instanceof DetailedCellError) return sheetsError(value).code;
    return value ?? '';
  }

  /** A formula's whole result: its value, or the array it spills, each error read as its code. */
  result(sheetName: string, row: number, column: number): FormulaResult {
    const engine = this.sync();
    const sheet = engine.getSheetId(sheetName);
    if (sheet === undefined) return '';
    const start = { sheet, row: row - 1, col: column - 1 };
    const value = engine.getCellValue(start);
    if (value instanceof DetailedCellError || engine.getCellType(start) !== CellType.ARRAYFORMULA)
      return this.value(sheetName, row, column);
    // HyperFormula names no public method for an array's extent; its array vertex knows it.
    const vertex = engine.dependencyGraph.getCell(start) as { getRange?: () => { width(): number; height(): number } } | undefined;
    const area = vertex?.getRange?.();
    if (!area) return this.value(sheetName, row, column);
    return engine
      .getRangeValues({ start, end: { sheet, row: row - 2 + area.height(), col: column - 2 + area.width() } })
      .map((cells) => cells.map((cell) => (cell instanceof DetailedCellError ? sheetsError(cell).code : (cell ?? ''))));
  }

  /** Rows and columns holding content or spilled values. */
  extent(sheetName: string): { rows: number; columns: number } {
    const engine = this.sync();
    const sheet = engine.getSheetId(sheetName);
    if (sheet === undefined) return { rows: 0, columns: 0 };
    const { height, width } = engine.getSheetDimensions(sheet);
    return { rows: height, columns: width };
  }

  /** One sheet as the page draws it. */
  view(sheetName: string): SheetView {
    const engine = this.sync();
    const memory = this.workbook.sheet(sheetName);
    const sheet = engine.getSheetId(sheetName);
    if (!memory || sheet === undefined) throw new Error(`No sheet named "${sheetName}".`);
    const { rows, columns } = this.extent(sheetName);
    const cells: Record<string, DisplayCell> = {};
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= columns; c++) {
        const key = `${r},${c}`;
        const raw = memory.cells.get(key);
        const value = engine.getCellValue({ sheet, row: r - 1, col: c - 1 });
        if ((value === null || value === undefined) && raw === undefined) continue;
        const format = memory.formats.get(key) ?? impliedFormat(engine.getCellValueDetailedType({ sheet, row: r - 1, col: c - 1 }));
        const error = value instanceof DetailedCellError ? sheetsError(value) : undefined;
        cells[key] = {
          raw: rawText(raw),
          value: error?.code ?? (value as string | number | boolean | null) ?? '',
          ...(error ? { error: error.message } : {}),
          ...(format ? { format } : {}),
          ...(memory.bold.has(key) ? { bold: true } : {}),
          ...(memory.wrapped.has(key) ? { wrap: true } : {}),
        };
      }
    }
    return {
      name: sheetName,
      rows,
      columns,
      cells,
      frozenRows: memory.frozenRows,
      frozenColumns: memory.frozenColumns,
      columnWidths: Object.fromEntries(memory.columnWidths),
      charts: memory.charts,
      conditionalFormats: memory.conditionalFormats,
      lineCharts: memory.lineCharts,
    };
  }
}

/** The format Sheets would give a value typed as "12%" or "$5": HyperFormula keeps the kind. */
function impliedFormat(type: string): string | undefined {
  if (type === 'NUMBER_PERCENT') return '0%';
  if (type === 'NUMBER_CURRENCY') return '$#,##0.00';
  return undefined;
}

const ERROR_MESSAGES: Record<string, string> = {
  DIV_BY_ZERO: 'Division by zero.',
  NAME: 'Unknown function or name.',
  REF: 'Reference to a cell that does not exist.',
  NA: 'Value not available.',
  NUM: 'Number out of range.',
  VALUE: 'Wrong type of argument.',
  CYCLE: 'Circular dependency detected.',
};

/** An error as Sheets shows it: an array with no room to spill is #REF! there, with this message. */
function sheetsError(error: DetailedCellError): { code: string; message: string } {
  if (error.type === 'SPILL') return { code: '#REF!', message: 'Array result was not expanded because it would overwrite data.' };
  return { code: error.value, message: error.message || ERROR_MESSAGES[error.type] || error.value };
}
