/**
 * Freeze formulas to values: this add-on's formulas in the selection (or on the whole active
 * sheet when a single cell is selected, which is what Sheets reports when nothing is) become
 * the values they show, each with its whole spilled result, so the sheet reads the same for
 * anyone. Nothing else is written: other formulas and the cells they spill over (writing there
 * would turn them into #REF!), typed text and links stay exactly as they were. A formula of
 * ours showing an error or still loading stays a formula, as does one whose spilled cells
 * cannot be told apart from another formula's (spillOwnership.ts); the toast says which and why.
 *
 * Spreadsheet calls, whatever the number of formulas: one read of formulas and one of values;
 * when a result may spill, one clear of our formulas' cells, one flush and a second read of
 * values; then one setValues per block of cells written (a column or table of results is one).
 *
 * A second read that may be stale. Apps Script's flush applies pending changes; its
 * documentation does not promise that a cleared formula's spilled cells already read empty.
 * Read too early, a result looks like its formula's cell alone while the cells beside it still
 * show what they showed, and freeze would write one cell and lose the rest. So when a cleared
 * formula that could spill looks like one cell while a neighbour holding no formula shows
 * exactly what it showed, freeze waits STALE_READ_WAIT_MS and reads once more; a formula still
 * in that state is put back as it was, and the toast says so. Never a success for cells not
 * written.
 */
import { a1Notation, cellBlocks, type CellValue, type GridRange, type SheetHandle, type Workbook } from '../workbook/workbook';
import { asCellText } from '../workbook/sheetText';
import { isLoading, sameValue, spillOwnership, type Cell, type Ownership } from './spillOwnership';
import { formulaInputs } from './formulaInputs';

/** Our custom functions, as they appear in formulas (Sheets is case-insensitive). */
export const ADDON_FUNCTIONS = [
  'CODER_SALARY',
  'CODER_SALARY_EXPLAIN',
  'SALARY_RANGE',
  'STATE_WAGE',
  'AREA_LIST',
  'PAY_PERCENTILE',
  'PAY_REVIEW',
  'CERT_PREMIUM',
  'COL_ADJUST',
  'JOB_OUTLOOK',
  'SALARY_SOURCE',
  'WAGE_TREND',
  'WAGE_GROWTH',
  'CERT_PAYBACK',
  'CERT_PAYBACK_EXPLAIN',
  'CAREER_PATH',
  'PATH_COMPARE',
];
const OURS = new RegExp(`(^|[^A-Za-z0-9_.])(${ADDON_FUNCTIONS.join('|')})\\s*\\(`, 'i');

/** Ours that answer one cell for single-cell arguments (the others answer a row or a table). */
const ONE_CELL_FUNCTIONS = [
  'CODER_SALARY',
  'STATE_WAGE',
  'PAY_PERCENTILE',
  'CERT_PREMIUM',
  'COL_ADJUST',
  'JOB_OUTLOOK',
  'SALARY_SOURCE',
  'WAGE_GROWTH',
  'CERT_PAYBACK',
];
/** Sheets functions that give one value for one-value arguments. */
const SCALAR_FUNCTIONS = ['IFERROR', 'IF', 'VALUE', 'ROUND', 'TEXT', 'CONCATENATE', 'CONCAT', 'ABS', 'N'];
const ONE_CELL = new Set([...ONE_CELL_FUNCTIONS, ...SCALAR_FUNCTIONS]);

/** How long freeze waits before reading a second time when a reading looks stale. */
export const STALE_READ_WAIT_MS = 1000;

/**
 * A formula that shows one cell whatever Sheets computes: only one-cell functions of ours and
 * scalar Sheets functions, over literals and single cells (`=CODER_SALARY("CA",5)`,
 * `="Growth, "&JOB_OUTLOOK("coder","period")`, `=CODER_SALARY(A2,B2)`). Any other may spill.
 */
export function showsOneCell(formula: string): boolean {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (code.includes('{')) return false;
  for (const [, name] of code.matchAll(/(?<![\w.$])([A-Za-z_][\w.]*)\s*\(/g)) if (!ONE_CELL.has(name!.toUpperCase())) return false;
  const inputs = formulaInputs(formula);
  return inputs.known && inputs.ranges.every((r) => r.rows === 1 && r.columns === 1);
}

export function usesAddonFunction(formula: string): boolean {
  return OURS.test(formula);
}

const TITLE = 'Coding & Billing Pay';

/** The values getValues returns for a cell showing an error. */
const SHEETS_ERROR = /^#(ERROR!|N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!)$/;

export interface FreezeResult {
  readonly frozen: number;
  /** Formulas of ours in the selection left as formulas (the message says why). */
  readonly left: number;
  readonly message: string;
}

type Left =
  | { readonly cell: Cell; readonly reason: 'error'; readonly shows: string }
  | { readonly cell: Cell; readonly reason: 'loading' }
  | { readonly cell: Cell; readonly reason: 'meets'; readonly other?: Cell }
  | { readonly cell: Cell; readonly reason: 'unsettled' };

const key = (cell: Cell): string => `${cell.row},${cell.column}`;
const a1 = (cell: Cell): string => a1Notation({ ...cell, rows: 1, columns: 1 });
const inside = (cell: Cell, range: GridRange): boolean =>
  cell.row >= range.row && cell.row < range.row + range.rows && cell.column >= range.column && cell.column < range.column + range.columns;

export function freezeFormulas(workbook: Workbook): FreezeResult {
  return workbook.withDocumentLock(() => {
    const sheet = workbook.activeSheet();
    const selected = workbook.selection();
    const extent = sheet.dataRange();
    const wholeSheet = !selected || selected.rows * selected.columns === 1;
    const scope = wholeSheet ? extent : selected;
    const formulas = sheet.getFormulas(extent);
    const formulaAt = (cell: Cell): string => formulas[cell.row - 1]?.[cell.column - 1] ?? '';

    const ours: Cell[] = [];
    for (let row = scope.row; row < Math.min(scope.row + scope.rows, extent.rows + 1); row++)
      for (let column = scope.column; column < Math.min(scope.column + scope.columns, extent.columns + 1); column++)
        if (usesAddonFunction(formulaAt({ row, column }))) ours.push({ row, column });
    if (ours.length === 0) {
      const message = nothingToFreeze(sheet.name, wholeSheet, scope, formulas);
      workbook.toast(message, TITLE);
      return { frozen: 0, left: 0, message };
    }

    const before = sheet.getValues(extent);
    const shows = (cell: Cell): CellValue => before[cell.row - 1]![cell.column - 1]!;
    const left: Left[] = [];
    const freezing: Cell[] = [];
    for (const cell of ours) {
      const value = shows(cell);
      if (typeof value === 'string' && SHEETS_ERROR.test(value)) left.push({ cell, reason: 'error', shows: value });
      else if (isLoading(value)) left.push({ cell, reason: 'loading' });
      else freezing.push(cell);
    }

    // A result larger than one cell covers the cell right of or below its formula's, so a formula
    // with formulas (or the sheet's end) on both sides shows one cell and needs no probing.
    const edge = (cell: Cell) => cell.row > extent.rows || cell.column > extent.columns || formulaAt(cell) !== '';
    const oneCell = (cell: Cell) => edge({ row: cell.row, column: cell.column + 1 }) && edge({ row: cell.row + 1, column: cell.column });
    const probed = freezing.filter((cell) => !oneCell(cell));
    let ownership: Ownership[] = freezing.filter(oneCell).map((anchor) => ({ anchor, cells: [anchor] }));
    const written: Cell[] = [];
    /**
     * Cleared formulas whose reading looks stale: one that may spill reads as its own cell alone,
     * while a neighbour right of or below it, holding no formula, shows exactly what it showed.
     */
    function staleLooking(owned: readonly Ownership[], after: readonly (readonly CellValue[])[]): Set<string> {
      const stale = new Set<string>();
      const unchanged = (cell: Cell) =>
        cell.row <= extent.rows &&
        cell.column <= extent.columns &&
        formulaAt(cell) === '' &&
        shows(cell) !== '' &&
        sameValue(shows(cell), after[cell.row - 1]![cell.column - 1]!);
      for (const o of owned) {
        if (o.cells?.length !== 1 || showsOneCell(formulaAt(o.anchor))) continue;
        const { row, column } = o.anchor;
        if (unchanged({ row, column: column + 1 }) || unchanged({ row: row + 1, column })) stale.add(key(o.anchor));
      }
      return stale;
    }

    let unsettled = new Set<string>();
    try {
      if (probed.length > 0) {
        sheet.clearContents(cellBlocks(probed));
        workbook.flush();
        const owners = (after: CellValue[][]) => spillOwnership({ formulas, before, after }, probed, new Set(freezing.map(key)));
        let after = sheet.getValues(extent);
        let owned = owners(after);
        unsettled = staleLooking(owned, after);
        if (unsettled.size > 0) {
          workbook.wait(STALE_READ_WAIT_MS);
          workbook.flush();
          after = sheet.getValues(extent);
          owned = owners(after);
          unsettled = staleLooking(owned, after);
        }
        // Still stale-looking: put back as it was, never frozen as one cell.
        ownership = [...ownership, ...owned.map((o) => (unsettled.has(key(o.anchor)) ? { anchor: o.anchor } : o))];
      }
      const writes = new Map<string, CellValue>();
      for (const owned of ownership) {
        if (owned.cells) {
          // Text stays text: written plainly, "00123" or "May 2025" would turn into a number or a date.
          for (const cell of owned.cells) {
            const value = shows(cell);
            writes.set(key(cell), typeof value === 'string' ? asCellText(value) : value);
          }
        } else {
          // Put back as it was, to spill again.
          writes.set(key(owned.anchor), formulaAt(owned.anchor));
          if (unsettled.has(key(owned.anchor))) left.push({ cell: owned.anchor, reason: 'unsettled' });
          else left.push({ cell: owned.anchor, reason: 'meets', ...(owned.meets ? { other: owned.meets } : {}) });
        }
      }
      writeCells(sheet, writes, written);
    } catch (error) {
      restore(sheet, probed, formulaAt, written);
      throw error;
    }

    const frozen = ownership.filter((o) => o.cells).length;
    const outside = wholeSheet ? 0 : ownership.reduce((n, o) => n + (o.cells ?? []).filter((cell) => !inside(cell, scope)).length, 0);
    left.sort((a, b) => a.cell.row - b.cell.row || a.cell.column - b.cell.column);
    const message = frozenMessage(sheet.name, frozen, outside, left);
    workbook.toast(message, TITLE);
    return { frozen, left: left.length, message };
  });
}

/** One setValues per block; `written` records the cells done, for putting formulas back on failure. */
function writeCells(sheet: SheetHandle, writes: ReadonlyMap<string, CellValue>, written: Cell[]): void {
  const cells = [...writes.keys()].map((k) => {
    const [row, column] = k.split(',').map(Number) as [number, number];
    return { row, column };
  });
  for (const block of cellBlocks(cells)) {
    const values = Array.from({ length: block.rows }, (_, i) =>
      Array.from({ length: block.columns }, (_, j) => writes.get(`${block.row + i},${block.column + j}`)!),
    );
    sheet.setValues(block.row, block.column, values);
    for (let i = 0; i < block.rows; i++)
      for (let j = 0; j < block.columns; j++) written.push({ row: block.row + i, column: block.column + j });
  }
}

/** After a failure once our formulas' cells were cleared: every cleared formula goes back, free to spill again. */
function restore(sheet: SheetHandle, probed: readonly Cell[], formulaAt: (cell: Cell) => string, written: readonly Cell[]): void {
  if (probed.length === 0) return;
  const anchors = new Set(probed.map(key));
  const spilled = written.filter((cell) => !anchors.has(key(cell)) && formulaAt(cell) === '');
  if (spilled.length > 0) sheet.clearContents(cellBlocks(spilled));
  for (const block of cellBlocks(probed)) {
    const values = Array.from({ length: block.rows }, (_, i) =>
      Array.from({ length: block.columns }, (_, j) => formulaAt({ row: block.row + i, column: block.column + j }) || ''),
    );
    sheet.setValues(block.row, block.column, values);
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "B2", "B2 and C4", "B2, C4, D6 and 3 more". */
function cellList(cells: readonly Cell[]): string {
  const names = cells.slice(0, 3).map(a1);
  if (cells.length > 3) return `${names.join(', ')} and ${cells.length - 3} more`;
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]!;
}

function leftText(left: readonly Left[]): string {
  const parts: string[] = [];
  const errors = left.filter((l) => l.reason === 'error');
  if (errors.length === 1) parts.push(`${a1(errors[0]!.cell)} shows ${errors[0]!.shows}`);
  else if (errors.length > 1) parts.push(`${cellList(errors.map((l) => l.cell))} show errors`);
  const loading = left.filter((l) => l.reason === 'loading');
  if (loading.length > 0) parts.push(`${cellList(loading.map((l) => l.cell))} ${loading.length === 1 ? 'is' : 'are'} still loading`);
  for (const l of left.filter((l) => l.reason === 'meets').slice(0, 3)) {
    parts.push(
      l.other
        ? `${a1(l.cell)} spills next to the result of ${a1(l.other)}, which may depend on it, so their cells cannot be told apart`
        : `${a1(l.cell)} spills next to another formula's result, so their cells cannot be told apart`,
    );
  }
  const more = left.filter((l) => l.reason === 'meets').length - 3;
  if (more > 0) parts.push(`${more} more spill next to other formulas' results`);
  const unsettled = left.filter((l) => l.reason === 'unsettled');
  if (unsettled.length > 0)
    parts.push(
      `${cellList(unsettled.map((l) => l.cell))} still ${unsettled.length === 1 ? 'reads' : 'read'} as one cell with the cells beside unchanged after a second read, so Sheets may not have finished recalculating: run Freeze again in a moment`,
    );
  return `Left ${plural(left.length, 'as a formula', 'as formulas')}: ${parts.join('; ')}.`;
}

function frozenMessage(sheetName: string, frozen: number, outside: number, left: readonly Left[]): string {
  const head =
    frozen === 0
      ? `No ${TITLE} formula was frozen on "${sheetName}".`
      : `Froze ${plural(frozen, `${TITLE} formula`, `${TITLE} formulas`)} to values on "${sheetName}".`;
  const whole =
    outside > 0 ? ` Each result was frozen whole, ${plural(outside, 'spilled cell', 'spilled cells')} outside the selection included.` : '';
  return left.length === 0 ? `${head}${whole}` : `${head}${whole} ${leftText(left)}`;
}

/**
 * Nothing of ours in the scope. A selection may still show part of a result whose formula sits
 * above or left of it: name the nearest such formula, so the person can select its cell.
 */
function nothingToFreeze(sheetName: string, wholeSheet: boolean, scope: GridRange, formulas: readonly (readonly string[])[]): string {
  if (wholeSheet) return `No ${TITLE} formulas on "${sheetName}": nothing changed.`;
  const message = `No ${TITLE} formulas in the selection: nothing changed.`;
  const cell = nearestResultAbove(scope, formulas);
  if (!cell) return message;
  const formula = formulas[cell.row - 1]![cell.column - 1]!;
  const shown = formula.length > 60 ? `${formula.slice(0, 57)}…` : formula;
  return `${message} It may show part of the result of ${a1(cell)} (${shown}); select ${a1(cell)} to freeze that result.`;
}

/** A formula of ours above or left of the block with no other formula between them: its result could reach in. */
function nearestResultAbove(scope: GridRange, formulas: readonly (readonly string[])[]): Cell | undefined {
  const at = (row: number, column: number) => formulas[row - 1]?.[column - 1] ?? '';
  const bottom = Math.min(scope.row + scope.rows - 1, formulas.length);
  const right = Math.min(scope.column + scope.columns - 1, formulas[0]?.length ?? 0);
  let best: { cell: Cell; distance: number } | undefined;
  for (let row = 1; row <= bottom; row++) {
    for (let column = 1; column <= right; column++) {
      if (!usesAddonFunction(at(row, column))) continue;
      // The selection's cell nearest to it, right of and below it.
      const target = { row: Math.max(row, scope.row), column: Math.max(column, scope.column) };
      let clear = true;
      for (let r = row; r <= target.row && clear; r++)
        for (let c = column; c <= target.column; c++)
          if ((r !== row || c !== column) && at(r, c) !== '') {
            clear = false;
            break;
          }
      const distance = target.row - row + target.column - column;
      if (clear && (!best || distance < best.distance)) best = { cell: { row, column }, distance };
    }
  }
  return best?.cell;
}
