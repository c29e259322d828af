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
  /** Where the chart's top-left corner sits: a cell, and pixels right of its left edge. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  /** Size in pixels. */
  readonly width: number;
  readonly height: number;
}

/**
 * A conditional format on a sheet the add-on made: cells of `range` whose text equals (or
 * starts with) the given text take the colours, and lose them when the text changes.
 */
export interface ConditionalFormat {
  readonly range: GridRange;
  readonly when: { readonly textEquals: string } | { readonly textStartsWith: string };
  readonly background?: string;
  readonly fontColor?: string;
}

/** A block as the sheet holds it: shown values, formulas, and the merged blocks over it. */
export interface BlockContents {
  readonly sheetName: string;
  readonly range: GridRange;
  /** What each cell shows; a merged block shows its value in its top-left cell only. */
  readonly values: CellValue[][];
  /** "" where a cell holds no formula. */
  readonly formulas: string[][];
  /** Merged blocks that overlap the range, in sheet coordinates. */
  readonly merged: GridRange[];
}

export interface LineChartSpec {
  readonly title: string;
  /** The x values (years), one column, its header in the first row. */
  readonly domain: GridRange;
  /** One column per line, the same rows as the domain, each header naming its line. */
  readonly series: readonly GridRange[];
  /** Where the chart's top-left corner sits, and its size in pixels. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly width: number;
  readonly height: number;
}

export interface SheetHandle {
  readonly name: string;
  /** Values and formulas (a string starting with "=") for a block, in one call. */
  setValues(row: number, column: number, values: readonly (readonly CellValue[])[]): void;
  setNumberFormats(row: number, column: number, formats: readonly (readonly string[])[]): void;
  setFontWeights(row: number, column: number, weights: readonly (readonly ('bold' | 'normal')[])[]): void;
  /** Wraps the text of a block onto more lines (the row grows) instead of cutting it off. */
  setWrap(range: GridRange): void;
  setFrozenRows(rows: number): void;
  /** Columns that stay in view while the rest scroll sideways (names beside wide tables). */
  setFrozenColumns(columns: number): void;
  setColumnWidths(column: number, widths: readonly number[]): void;
  addBarChart(chart: BarChartSpec): void;
  /** Sets every conditional format of the sheet in one call (the add-on's own new sheets only). */
  setConditionalFormats(rules: readonly ConditionalFormat[]): void;
  /** A line per series over the domain; a blank cell is a gap in its line, never bridged. */
  addLineChart(chart: LineChartSpec): void;
  /** Computed values of a block. */
  getValues(range: GridRange): CellValue[][];
  /** Formulas of a block ("" where a cell holds no formula, spilled cells included). */
  getFormulas(range: GridRange): string[][];
  /** Empties the contents of several blocks (formats stay), in one call. */
  clearContents(ranges: readonly GridRange[]): void;
  /** The block from A1 to the last cell with content. */
  dataRange(): GridRange;
}

export interface Workbook {
  sheetNames(): string[];
  insertSheet(name: string): SheetHandle;
  activeSheet(): SheetHandle;
  /** The selected block on the active sheet, if any. */
  selection(): GridRange | undefined;
  /** What the selected block on the active sheet holds, if anything is selected. */
  readSelection(): BlockContents | undefined;
  /** What a block of a named sheet holds; undefined when no sheet has that name. */
  readBlock(sheetName: string, range: GridRange): BlockContents | undefined;
  activate(sheet: SheetHandle): void;
  toast(message: string, title: string): void;
  /** Applies pending changes and recalculates, so the next read sees their effect. */
  flush(): void;
  /**
   * Pauses before reading again. Apps Script documents that flush applies pending changes, not
   * that a cleared formula's spilled cells are already empty on the next read; freeze waits
   * once and reads again when a reading looks stale.
   */
  wait(milliseconds: number): void;
  /** Runs `write` holding the document lock, so two builds cannot interleave. */
  withDocumentLock<T>(write: () => T): T;
}

/** "A1", "B2:F2": a block in A1 notation. */
export function a1Notation(range: GridRange): string {
  const cell = (row: number, column: number) => `${columnLetters(column)}${row}`;
  const start = cell(range.row, range.column);
  return range.rows === 1 && range.columns === 1 ? start : `${start}:${cell(range.row + range.rows - 1, range.column + range.columns - 1)}`;
}

/** `'Team roster'!A1:G9`: the sheet name quoted as Sheets accepts any name, inner quotes doubled. */
export function sheetA1Notation(sheetName: string, range: GridRange): string {
  return `'${sheetName.replace(/'/g, "''")}'!${a1Notation(range)}`;
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The fewest blocks a writer can cover exactly these cells with, for one setValues each: runs
 * along each row, stacked where consecutive rows have the same run. A column of results or a
 * table of them is one block; no block reaches a cell outside the set.
 */
export function cellBlocks(cells: readonly { row: number; column: number }[]): GridRange[] {
  const byRow = new Map<number, Set<number>>();
  for (const { row, column } of cells) {
    const columns = byRow.get(row) ?? new Set<number>();
    columns.add(column);
    byRow.set(row, columns);
  }
  const blocks: GridRange[] = [];
  let open = new Map<string, { row: number; column: number; rows: number; columns: number }>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const runs: [number, number][] = [];
    for (const column of [...byRow.get(row)!].sort((a, b) => a - b)) {
      const last = runs[runs.length - 1];
      if (last && last[1] === column - 1) last[1] = column;
      else runs.push([column, column]);
    }
    const next = new Map<string, { row: number; column: number; rows: number; columns: number }>();
    for (const [first, last] of runs) {
      const run = `${first}-${last}`;
      const block = open.get(run);
      if (block && block.row + block.rows === row) {
        block.rows++;
        open.delete(run);
        next.set(run, block);
      } else next.set(run, { row, column: first, rows: 1, columns: last - first + 1 });
    }
    blocks.push(...open.values());
    open = next;
  }
  blocks.push(...open.values());
  return blocks.sort((a, b) => a.row - b.row || a.column - b.column);
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
