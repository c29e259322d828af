/**
 * An in-memory Workbook for the tests and the local preview (never bundled into Code.js).
 * It keeps what a sheet holds the way Sheets does — a string starting with "=" is a formula,
 * a leading apostrophe marks text — counts every call so tests can assert batching, asks an
 * optional evaluator for what each formula computes, and bumps a version (and tells
 * listeners) on every change so a preview can re-sync.
 *
 * Array results spill as in Sheets: a formula whose result is larger than one cell shows it
 * over the block right of and below its own cell, which belongs to that formula. Those cells
 * hold no content of their own (getFormulas reads "" there, getValues what they show); clearing
 * the formula clears them; content in the block, or another array's spill, stops the array from
 * expanding and its formula shows #REF!.
 */
import {
  widthRuns,
  type BarChartSpec,
  type BlockContents,
  type CellValue,
  type ConditionalFormat,
  type GridRange,
  type LineChartSpec,
  type SheetHandle,
  type Workbook,
} from '../../src/addon/workbook/workbook';

/** What a formula computes: one value, or an array of rows that spills from its cell. */
export type FormulaResult = CellValue | CellValue[][];

export interface MemoryWorkbookOptions {
  /** Computes a formula cell's result (the preview plugs a formula engine in here). */
  readonly evaluate?: (sheetName: string, row: number, column: number, formula: string) => FormulaResult;
  readonly sheetNames?: readonly string[];
  /**
   * How many reads of values after a clear still show the cleared arrays' spilled cells (their
   * formula's own cell reads empty), as Sheets may before it has finished recalculating: the
   * stale read freeze guards against. 0 (every read current) unless a test asks.
   */
  readonly staleReadsAfterClear?: number;
}

/** What a sheet's formulas show at one version: values by "row,column", and each array's block. */
interface SheetLayout {
  readonly version: number;
  readonly shown: Map<string, CellValue>;
  readonly spills: Map<string, GridRange>;
  readonly rows: number;
  readonly columns: number;
}

export interface MemorySheet {
  name: string;
  /** Raw contents by "row,column" (1-based): values, "=formulas", "'text". */
  readonly cells: Map<string, CellValue>;
  readonly formats: Map<string, string>;
  readonly bold: Set<string>;
  /** Cells whose text wraps. */
  readonly wrapped: Set<string>;
  frozenRows: number;
  frozenColumns: number;
  readonly columnWidths: Map<number, number>;
  readonly charts: BarChartSpec[];
  conditionalFormats: readonly ConditionalFormat[];
  /** Merged blocks: their value lives in the top-left cell. */
  readonly merges: GridRange[];
  readonly lineCharts: LineChartSpec[];
}

export interface Toast {
  readonly message: string;
  readonly title: string;
}

const key = (row: number, column: number): string => `${row},${column}`;
const position = (k: string): [number, number] => k.split(',').map(Number) as [number, number];

function overlaps(a: GridRange, b: GridRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

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
  private readonly layouts = new Map<MemorySheet, SheetLayout>();
  /** Spilled cells a stale read still shows after a clear, and how many reads still show them. */
  private readonly stale = new Map<MemorySheet, { shown: Map<string, CellValue>; reads: number }>();
  /** Every pause asked for, in milliseconds. */
  readonly waits: number[] = [];

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
      wrapped: new Set(),
      frozenRows: 0,
      frozenColumns: 0,
      columnWidths: new Map(),
      charts: [],
      conditionalFormats: [],
      merges: [],
      lineCharts: [],
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

  /** Merges a block as a person would (no call counted); its value is the top-left cell's. */
  merge(sheetName: string, range: GridRange): void {
    this.requireSheet(sheetName).merges.push(range);
    this.changed();
  }

  rawCell(sheetName: string, row: number, column: number): CellValue | undefined {
    return this.requireSheet(sheetName).cells.get(key(row, column));
  }

  /** The value a cell shows: its content, what its formula computes, or part of an array spilled over it. */
  cellValue(sheetName: string, row: number, column: number): CellValue {
    const sheet = this.requireSheet(sheetName);
    const raw = sheet.cells.get(key(row, column));
    if (raw !== undefined && !isFormula(raw)) return displayValue(raw);
    return this.layout(sheet).shown.get(key(row, column)) ?? '';
  }

  /** The block an array formula's result covers, its own cell included, while it spills. */
  spillArea(sheetName: string, row: number, column: number): GridRange | undefined {
    return this.layout(this.requireSheet(sheetName)).spills.get(key(row, column));
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

  readSelection(): BlockContents | undefined {
    // Apps Script: the active range, then its values, formulas and merged ranges.
    this.count('getActiveRange');
    if (!this.selected) return undefined;
    return this.contents(this.sheets[this.active]!, this.selected);
  }

  readBlock(sheetName: string, range: GridRange): BlockContents | undefined {
    this.count('getSheetByName');
    const sheet = this.sheet(sheetName);
    return sheet ? this.contents(sheet, range) : undefined;
  }

  private contents(sheet: MemorySheet, range: GridRange): BlockContents {
    this.count('getValues');
    this.count('getFormulas');
    this.count('getMergedRanges');
    return {
      sheetName: sheet.name,
      range,
      values: this.read(sheet.name, range),
      formulas: this.formulas(sheet, range),
      merged: sheet.merges.filter((m) => overlaps(m, range)),
    };
  }

  private formulas(sheet: MemorySheet, range: GridRange): string[][] {
    return Array.from({ length: range.rows }, (_, i) =>
      Array.from({ length: range.columns }, (_, j) => {
        const raw = sheet.cells.get(key(range.row + i, range.column + j));
        return isFormula(raw) ? raw : '';
      }),
    );
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

  flush(): void {
    // Every read here is computed from the current contents, so there is nothing pending.
    this.count('flush');
  }

  wait(milliseconds: number): void {
    // Nothing runs in the background here: a pause changes nothing but the count of stale reads left.
    this.count('wait');
    this.waits.push(milliseconds);
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
      setWrap: (range) => {
        this.count('setWrap');
        for (let i = 0; i < range.rows; i++)
          for (let j = 0; j < range.columns; j++) sheet.wrapped.add(key(range.row + i, range.column + j));
        this.changed();
      },
      setFrozenRows: (rows) => {
        this.count('setFrozenRows');
        sheet.frozenRows = rows;
        this.changed();
      },
      setFrozenColumns: (columns) => {
        this.count('setFrozenColumns');
        sheet.frozenColumns = columns;
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
      addLineChart: (chart) => {
        this.count('insertChart');
        sheet.lineCharts.push(chart);
        this.changed();
      },
      getValues: (range) => {
        this.count('getValues');
        const values = this.read(sheet.name, range);
        const stale = this.stale.get(sheet);
        if (stale && stale.reads > 0) {
          stale.reads--;
          values.forEach((cells, i) =>
            cells.forEach((_, j) => {
              const old = stale.shown.get(key(range.row + i, range.column + j));
              if (old !== undefined) cells[j] = old;
            }),
          );
        }
        return values;
      },
      setConditionalFormats: (rules) => {
        this.count('setConditionalFormatRules');
        sheet.conditionalFormats = [...rules];
        this.changed();
      },
      getFormulas: (range) => {
        this.count('getFormulas');
        return this.formulas(sheet, range);
      },
      clearContents: (ranges) => {
        this.count('clearContents');
        if (this.options.staleReadsAfterClear) {
          const layout = this.layout(sheet);
          const shown = new Map<string, CellValue>();
          for (const r of ranges)
            for (const [row, column] of cellsOf(r)) {
              const area = layout.spills.get(key(row, column));
              if (!area) continue;
              for (const [sr, sc] of cellsOf(area))
                if (sr !== row || sc !== column) shown.set(key(sr, sc), layout.shown.get(key(sr, sc)) ?? '');
            }
          this.stale.set(sheet, { shown, reads: this.options.staleReadsAfterClear });
        }
        for (const r of ranges) {
          for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.columns; j++) sheet.cells.delete(key(r.row + i, r.column + j));
        }
        this.changed();
      },
      // As in Sheets, the data range reaches spilled cells too.
      dataRange: () => {
        this.count('dataRange');
        const layout = this.layout(sheet);
        let rows = Math.max(1, layout.rows);
        let columns = Math.max(1, layout.columns);
        for (const k of sheet.cells.keys()) {
          const [r, c] = position(k);
          rows = Math.max(rows, r);
          columns = Math.max(columns, c);
        }
        return { row: 1, column: 1, rows, columns };
      },
    };
  }

  /**
   * Lays out every formula's result at the current version, in reading order (row by row), so
   * of two arrays that would overlap the later one shows #REF!.
   */
  private layout(sheet: MemorySheet): SheetLayout {
    const cached = this.layouts.get(sheet);
    if (cached?.version === this.version) return cached;
    const shown = new Map<string, CellValue>();
    const spills = new Map<string, GridRange>();
    let rows = 0;
    let columns = 0;
    const formulas = [...sheet.cells]
      .filter((entry): entry is [string, string] => isFormula(entry[1]))
      .map(([k, formula]) => ({ k, at: position(k), formula }))
      .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
    for (const { k, at, formula } of formulas) {
      const [row, column] = at;
      const result = this.options.evaluate?.(sheet.name, row, column, formula) ?? '';
      const array = Array.isArray(result) ? result : [[result]];
      const height = array.length;
      const width = Math.max(0, ...array.map((r) => r.length));
      if (height * width <= 1) {
        shown.set(k, array[0]?.[0] ?? '');
        continue;
      }
      const area: GridRange = { row, column, rows: height, columns: width };
      const blocked = cellsOf(area).some(([r, c]) => (r !== row || c !== column) && (sheet.cells.has(key(r, c)) || shown.has(key(r, c))));
      if (blocked) {
        shown.set(k, '#REF!');
        continue;
      }
      for (const [r, c] of cellsOf(area)) shown.set(key(r, c), array[r - row]![c - column] ?? '');
      spills.set(k, area);
      rows = Math.max(rows, row + height - 1);
      columns = Math.max(columns, column + width - 1);
    }
    const layout = { version: this.version, shown, spills, rows, columns };
    this.layouts.set(sheet, layout);
    return layout;
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

function cellsOf(area: GridRange): [number, number][] {
  const cells: [number, number][] = [];
  for (let i = 0; i < area.rows; i++) for (let j = 0; j < area.columns; j++) cells.push([area.row + i, area.column + j]);
  return cells;
}
