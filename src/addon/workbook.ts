/**
 * The narrowest view of a spreadsheet the add-on's server code needs. Two implementations:
 * Apps Script (appsScriptWorkbook.ts) and an in-memory one (memoryWorkbook.ts) used by the
 * tests and the local preview. Every method is one Spreadsheet round trip in Apps Script, so
 * writers batch: one setValues per block, one call per kind of format.
 */
export type CellValue = string | number | boolean | Date;

/** 1-based, like Sheets. */
export interface GridRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface BarChartSpec {
  readonly title: string;
  /** Labels column and values column, same rows. */
  readonly labels: GridRange;
  readonly values: GridRange;
  /** Where the chart's top-left corner sits. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

export interface SheetHandle {
  readonly name: string;
  /** Values and formulas (a string starting with "=") for a block, in one call. */
  setValues(row: number, column: number, values: readonly (readonly CellValue[])[]): void;
  setNumberFormats(row: number, column: number, formats: readonly (readonly string[])[]): void;
  setFontWeights(row: number, column: number, weights: readonly (readonly ('bold' | 'normal')[])[]): void;
  setFrozenRows(rows: number): void;
  setColumnWidths(column: number, widths: readonly number[]): void;
  addBarChart(chart: BarChartSpec): void;
  /** Computed values of a block. */
  getValues(range: GridRange): CellValue[][];
  /** Formulas of a block ("" where a cell holds no formula). */
  getFormulas(range: GridRange): string[][];
  /** The block from A1 to the last cell with content. */
  dataRange(): GridRange;
}

export interface Workbook {
  sheetNames(): string[];
  insertSheet(name: string): SheetHandle;
  activeSheet(): SheetHandle;
  /** The selected block on the active sheet, if any. */
  selection(): GridRange | undefined;
  activate(sheet: SheetHandle): void;
  toast(message: string, title: string): void;
  /** Runs `write` holding the document lock, so two builds cannot interleave. */
  withDocumentLock<T>(write: () => T): T;
}

/** Consecutive columns of equal width: Apps Script sets each run in one call. */
export function widthRuns(column: number, widths: readonly number[]): { column: number; count: number; width: number }[] {
  const runs: { column: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width) last.count++;
    else runs.push({ column: column + i, count: 1, width });
  });
  return runs;
}
