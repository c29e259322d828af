/**
 * Which cells show a formula's own spilled result, in a sheet read the way Apps Script reads
 * it. No Spreadsheet API names the cells an array result spills over: getFormulas reads ""
 * there, like an empty cell, and getValues reads the value, like a typed one. Computing the
 * result's shape instead is not exact: an argument may be an expression whose size only Sheets
 * knows (FILTER(…), {…}), and an enclosing formula (=ARRAYFORMULA(…*12)) decides the shape. So
 * freeze lets Sheets show it: it reads the sheet, clears the formulas it is about to freeze,
 * flushes and reads again, and this module tells from the two readings which cells were theirs.
 *
 * Why that is exact. A result covers a rectangle from its formula's cell rightwards and
 * downwards holding no content and no other formula; clearing the formula empties it, while
 * typed content never changes. So every cell of the result is "open" — no formula of its own,
 * and changed between the readings or blank in both — and so is every cell between it and the
 * formula. The open cells reachable from the formula's cell form a staircase; its changed cells
 * are the result's non-blank cells, with one exception: another formula's spilled cells change
 * too when that formula reads ours (=ARRAYFORMULA(A2:E2*2)), reads something that moves by
 * itself (NOW, IMPORTRANGE) or was blocked by ours (#REF!) and now has room. Such a formula
 * sits above or left of the cell, with no other formula between, and may have changed only if
 * its text leaves its inputs open or names a cell that changed, was cleared, or lies where such
 * a formula spills (formulaInputs.ts). What is written is what cells showed before the clear,
 * and before it the other formula's result could not reach past any formula, ours included
 * (a result never covers a formula's cell), so only a cell it could have covered then is in
 * doubt. When one could own a changed cell of ours, values cannot tell the two apart: that
 * formula of ours is left as it was, naming the other. Every other result is exact. Its blank
 * cells are not written: they read "" before and are empty after.
 */
import { formulaInputs, overlaps, showsOneValue } from './formulaInputs';
import type { CellValue, GridRange } from '../workbook/workbook';

export interface Cell {
  readonly row: number;
  readonly column: number;
}

/** The same block from A1, read before and after the cleared formulas' cells were emptied. */
export interface SheetReadings {
  readonly formulas: readonly (readonly string[])[];
  readonly before: readonly (readonly CellValue[])[];
  readonly after: readonly (readonly CellValue[])[];
}

export type Ownership =
  /** The cells showing the formula's result before: its own cell and every non-blank spilled cell. */
  | { readonly anchor: Cell; readonly cells: readonly Cell[] }
  /** Cells this formula's result shared a border with might be another formula's: `meets`, where known. */
  | { readonly anchor: Cell; readonly cells?: undefined; readonly meets?: Cell };

/** How Sheets shows a custom function still computing. */
export function isLoading(value: CellValue): boolean {
  return value === 'Loading...' || value === 'Loading…';
}

export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

const key = (row: number, column: number): string => `${row},${column}`;

/**
 * `cleared`: the formulas whose cells were emptied between the readings. `frozen`: every cell
 * freeze turns into a value (cleared or proven to hold a one-cell result), "row,column".
 */
export function spillOwnership(readings: SheetReadings, cleared: readonly Cell[], frozen: ReadonlySet<string>): Ownership[] {
  const { formulas, before, after } = readings;
  const lastRow = formulas.length;
  const lastColumn = formulas[0]?.length ?? 0;
  const formulaAt = (r: number, c: number) => formulas[r - 1]![c - 1]!;
  const beforeAt = (r: number, c: number) => before[r - 1]![c - 1]!;
  const afterAt = (r: number, c: number) => after[r - 1]![c - 1]!;
  const changed = (r: number, c: number) => !sameValue(beforeAt(r, c), afterAt(r, c));
  const open = (r: number, c: number) => formulaAt(r, c) === '' && (changed(r, c) || (beforeAt(r, c) === '' && afterAt(r, c) === ''));
  const clearedKeys = new Set(cleared.map((a) => key(a.row, a.column)));

  // Changed cells counted over every block from A1, so whether a range holds one is one lookup.
  const counts = Array.from({ length: lastRow + 1 }, () => new Array<number>(lastColumn + 1).fill(0));
  for (let r = 1; r <= lastRow; r++)
    for (let c = 1; c <= lastColumn; c++)
      counts[r]![c] = (changed(r, c) ? 1 : 0) + counts[r - 1]![c]! + counts[r]![c - 1]! - counts[r - 1]![c - 1]!;
  const holdsChange = (range: GridRange) => {
    const top = Math.max(1, range.row) - 1;
    const left = Math.max(1, range.column) - 1;
    const bottom = Math.min(lastRow, range.row + range.rows - 1);
    const right = Math.min(lastColumn, range.column + range.columns - 1);
    if (bottom <= top || right <= left) return false;
    return counts[bottom]![right]! - counts[top]![right]! - counts[bottom]![left]! + counts[top]![left]! > 0;
  };

  /** The open staircase from an anchor: rows of cells reachable without crossing content or a formula. */
  const claims = cleared.map((anchor) => {
    const cells: Cell[] = [];
    let reach = lastColumn;
    let bottom = anchor.row;
    let right = anchor.column;
    for (let r = anchor.row; r <= lastRow; r++) {
      let c = r === anchor.row ? anchor.column + 1 : anchor.column;
      if (r > anchor.row && !open(r, c)) break;
      for (; c <= reach && open(r, c); c++) {
        if (changed(r, c)) {
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
          if (beforeAt(r, c) !== '') cells.push({ row: r, column: c });
        }
      }
      reach = Math.min(reach, c - 1);
    }
    const area: GridRange = { row: anchor.row, column: anchor.column, rows: bottom - anchor.row + 1, columns: right - anchor.column + 1 };
    // A result is a rectangle: if the changed cells' bounding block crosses content or a formula,
    // some of them are another formula's.
    let rectangle = true;
    for (let r = area.row; r < area.row + area.rows && rectangle; r++)
      for (let c = area.column; c < area.column + area.columns; c++)
        if ((r !== anchor.row || c !== anchor.column) && !open(r, c)) {
          rectangle = false;
          break;
        }
    return { anchor, area, cells, rectangle };
  });

  // Other formulas: what their result could cover at most (up to the next formula in their row
  // and in their column; its own cell for one that shows a single value), and whether it may
  // have changed between the readings.
  // `reach`: after the clear, when our cleared cells no longer stop a result; `reachBefore`:
  // before it, when every formula did — the cells whose shown value could have been its.
  const barrier = (r: number, c: number) => formulaAt(r, c) !== '' && !clearedKeys.has(key(r, c));
  const anyFormula = (r: number, c: number) => formulaAt(r, c) !== '';
  const reachFrom = (r: number, c: number, single: boolean, stops: (r: number, c: number) => boolean): GridRange => {
    let right = c;
    while (!single && right < lastColumn && !stops(r, right + 1)) right++;
    let bottom = r;
    while (!single && bottom < lastRow && !stops(bottom + 1, c)) bottom++;
    return { row: r, column: c, rows: bottom - r + 1, columns: right - c + 1 };
  };
  const others: { cell: Cell; reach: GridRange; reachBefore: GridRange; inputs: ReturnType<typeof formulaInputs> }[] = [];
  for (let r = 1; r <= lastRow; r++) {
    for (let c = 1; c <= lastColumn; c++) {
      if (formulaAt(r, c) === '' || frozen.has(key(r, c))) continue;
      const single = showsOneValue(formulaAt(r, c));
      others.push({
        cell: { row: r, column: c },
        reach: reachFrom(r, c, single, barrier),
        reachBefore: reachFrom(r, c, single, anyFormula),
        inputs: formulaInputs(formulaAt(r, c)),
      });
    }
  }
  const moved: GridRange[] = [...cleared.map((a) => ({ row: a.row, column: a.column, rows: 1, columns: 1 })), ...claims.map((c) => c.area)];
  const readsMoved = (range: GridRange) => holdsChange(range) || moved.some((m) => overlaps(m, range));
  const mayChange = new Set<(typeof others)[number]>();
  for (const other of others) {
    const { row, column } = other.cell;
    const value = beforeAt(row, column);
    if (!other.inputs.known || changed(row, column) || value === '#REF!' || isLoading(value) || isLoading(afterAt(row, column))) {
      mayChange.add(other);
      moved.push(other.reach);
    }
  }
  // A formula reading one that may have changed may have changed too.
  for (let grew = true; grew;) {
    grew = false;
    for (const other of others) {
      if (mayChange.has(other) || !other.inputs.known || !other.inputs.ranges.some(readsMoved)) continue;
      mayChange.add(other);
      moved.push(other.reach);
      grew = true;
    }
  }

  return claims.map(({ anchor, area, cells, rectangle }) => {
    if (!rectangle) return { anchor };
    for (const other of mayChange) {
      const reach = other.reachBefore;
      if (overlaps(area, reach) && cells.some((cell) => overlaps({ ...cell, rows: 1, columns: 1 }, reach)))
        return { anchor, meets: other.cell };
    }
    return { anchor, cells: [anchor, ...cells] };
  });
}
