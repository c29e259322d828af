/**
 * An in-memory Workbook for the tests and the local preview (never bundled into Code.js).
 * It keeps what a sheet holds the way Sheets does — a string starting with "=" is a formula,
 * a leading apostrophe marks text — counts every call so tests can assert batching, asks an
 * optional evaluator for the value of formula cells, and bumps a version (and tells
 * listeners) on every change so a preview can re-sync.
 */
import { widthRuns, type BarChartSpec, type CellValue, type GridRange, type SheetHandle, type Workbook } from './workbook';

export interface MemoryWorkbookOptions {
  /** Computes a formula cell's value (the preview plugs a formula engine in here). */
  readonly evaluate?: (sheetName: string, row: number, column: number, formula: string) => CellValue;
  /**
   * What a cell without content shows: part of a spilled array result. Sheets' getValues reads
   * such a cell as the value it shows, so freezing a spilled SALARY_RANGE keeps every cell.
   */
  readonly shown?: (sheetName: string, row: number, column: number) => CellValue | undefined;
  /** Rows and columns the host's engine shows, spilled cells included: Sheets' data range reaches them. */
  readonly extent?: (sheetName: string) => { rows: number; columns: number };
  readonly sheetNames?: readonly string[];
}

export interface MemorySheet {
  name: string;
  /** Raw contents by "row,column" (1-based): values, "=formulas", "'text". */
  readonly cells: Map<string, CellValue>;
  readonly formats: Map<string, string>;
  readonly bold: Set<string>;
  frozenRows: number;
  readonly columnWidths: Map<number, number>;
  readonly charts: BarChartSpec[];
}

export interface Toast {
  readonly message: string;
  readonly title: string;
}

const key = (row: number, column: number): string => `${row},${column}`;

export function isFormula(raw: CellValue | undefined): raw is string {
  return typeof raw === 'string' && raw.startsWith('=');
}

/** What a cell shows when it holds no formula: text loses its protective apostrophe. */
export function displayValue(raw: CellValue | undefined): CellValue {
  if (raw === undefined) return '';
  return typeof raw === 'string' && raw.startsWith("'") ? raw.slice(1) : raw;
}

export class MemoryWorkbook implements Workbook {
  readonly sheets: MemorySheet[] = [];
  readonly toasts: Toast[] = [];
  /** Spreadsheet calls by method name. */
  readonly calls: Record<string, number> = {};
  version = 0;
  private active = 0;
  private selected: GridRange | undefined;
  private readonly listeners = new Set<() => void>();
  private lockHeld = false;

  constructor(private readonly options: MemoryWorkbookOptions = {}) {
    for (const name of options.sheetNames ?? ['Sheet1']) this.addSheet(name);
  }

  /** Total Spreadsheet calls so far. */
  get callCount(): number {
    return Object.values(this.calls).reduce((a, b) => a + b, 0);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Adds a sheet without counting a call (for setting up tests and the preview). */
  addSheet(name: string): MemorySheet {
    if (this.sheet(name)) throw new Error(`A sheet named "${name}" already exists.`);
    const sheet: MemorySheet = {
      name,
      cells: new Map(),
      formats: new Map(),
      bold: new Set(),
      frozenRows: 0,
      columnWidths: new Map(),
      charts: [],
    };
    this.sheets.push(sheet);
    this.changed();
    return sheet;
  }

  /** Sets one cell's raw content without counting a call (a person typing). */
  setCell(sheetName: string, row: number, column: number, raw: CellValue | ''): void {
    const sheet = this.requireSheet(sheetName);
    if (raw === '') sheet.cells.delete(key(row, column));
    else sheet.cells.set(key(row, column), raw);
    this.changed();
  }

  rawCell(sheetName: string, row: number, column: number): CellValue | undefined {
    return this.requireSheet(sheetName).cells.get(key(row, column));
  }

  /** The value a cell shows: evaluated for formulas, the host's spilled value for an empty cell. */
  cellValue(sheetName: string, row: number, column: number): CellValue {
    const raw = this.rawCell(sheetName, row, column);
    if (isFormula(raw)) return this.options.evaluate ? this.options.evaluate(sheetName, row, column, raw) : '';
    if (raw === undefined) return this.options.shown?.(sheetName, row, column) ?? '';
    return displayValue(raw);
  }

  /** Displayed values of a block (no call counted). */
  read(sheetName: string, range: GridRange): CellValue[][] {
    return Array.from({ length: range.rows }, (_, i) =>
      Array.from({ length: range.columns }, (_, j) => this.cellValue(sheetName, range.row + i, range.column + j)),
    );
  }

  select(sheetName: string, range?: GridRange): void {
    this.active = this.sheets.indexOf(this.requireSheet(sheetName));
    this.selected = range;
    this.changed();
  }

  get activeSheetName(): string {
    return this.sheets[this.active]!.name;
  }

  // --- Workbook ---

  sheetNames(): string[] {
    this.count('sheetNames');
    return this.sheets.map((s) => s.name);
  }

  insertSheet(name: string): SheetHandle {
    this.count('insertSheet');
    return this.handle(this.addSheet(name));
  }

  activeSheet(): SheetHandle {
    this.count('activeSheet');
    return this.handle(this.sheets[this.active]!);
  }

  selection(): GridRange | undefined {
    this.count('selection');
    return this.selected;
  }

  activate(sheet: SheetHandle): void {
    this.count('activate');
    this.active = this.sheets.indexOf(this.requireSheet(sheet.name));
    this.selected = undefined;
    this.changed();
  }

  toast(message: string, title: string): void {
    this.count('toast');
    this.toasts.push({ message, title });
    this.changed();
  }

  withDocumentLock<T>(write: () => T): T {
    this.count('lock');
    // Calls in one Apps Script execution are sequential; a nested lock would be a bug.
    if (this.lockHeld) throw new Error('document lock already held');
    this.lockHeld = true;
    try {
      return write();
    } finally {
      this.lockHeld = false;
    }
  }

  private handle(sheet: MemorySheet): SheetHandle {
    const each = <T>(row: number, column: number, block: readonly (readonly T[])[], apply: (k: string, v: T) => void) =>
      block.forEach((cells, i) => cells.forEach((v, j) => apply(key(row + i, column + j), v)));
    return {
      name: sheet.name,
      setValues: (row, column, values) => {
        this.count('setValues');
        each(row, column, values, (k, v) => (v === '' ? sheet.cells.delete(k) : sheet.cells.set(k, v)));
        this.changed();
      },
      setNumberFormats: (row, column, formats) => {
        this.count('setNumberFormats');
        each(row, column, formats, (k, f) => sheet.formats.set(k, f));
        this.changed();
      },
      setFontWeights: (row, column, weights) => {
        this.count('setFontWeights');
        each(row, column, weights, (k, w) => (w === 'bold' ? sheet.bold.add(k) : sheet.bold.delete(k)));
        this.changed();
      },
      setFrozenRows: (rows) => {
        this.count('setFrozenRows');
        sheet.frozenRows = rows;
        this.changed();
      },
      setColumnWidths: (column, widths) => {
        for (const run of widthRuns(column, widths)) {
          this.count('setColumnWidths');
          for (let k = 0; k < run.count; k++) sheet.columnWidths.set(run.column + k, run.width);
        }
        this.changed();
      },
      addBarChart: (chart) => {
        this.count('insertChart');
        sheet.charts.push(chart);
        this.changed();
      },
      getValues: (range) => {
        this.count('getValues');
        return this.read(sheet.name, range);
      },
      getFormulas: (range) => {
        this.count('getFormulas');
        return Array.from({ length: range.rows }, (_, i) =>
          Array.from({ length: range.columns }, (_, j) => {
            const raw = sheet.cells.get(key(range.row + i, range.column + j));
            return isFormula(raw) ? raw : '';
          }),
        );
      },
      dataRange: () => {
        this.count('dataRange');
        let rows = 1;
        let columns = 1;
        for (const k of sheet.cells.keys()) {
          const [r, c] = k.split(',').map(Number) as [number, number];
          rows = Math.max(rows, r);
          columns = Math.max(columns, c);
        }
        const shown = this.options.extent?.(sheet.name);
        return { row: 1, column: 1, rows: Math.max(rows, shown?.rows ?? 0), columns: Math.max(columns, shown?.columns ?? 0) };
      },
    };
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`No sheet named "${name}".`);
    return sheet;
  }

  private count(method: string): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
