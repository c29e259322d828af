/**
 * Freeze formulas to values: this add-on's formulas in the selection (or the whole active
 * sheet when a single cell is selected, which is what Sheets reports when nothing is) become
 * their current values, so the sheet reads the same for anyone; every other formula stays a
 * formula. One read of formulas, one of values, one write, whatever the size.
 */
import type { CellValue, GridRange, Workbook } from './workbook';
import { asCellText } from './sheetText';

/** Our custom functions, as they appear in formulas (Sheets is case-insensitive). */
export const ADDON_FUNCTIONS = [
  'CODER_SALARY',
  'CODER_SALARY_EXPLAIN',
  'SALARY_RANGE',
  'STATE_WAGE',
  'PAY_PERCENTILE',
  'CERT_PREMIUM',
  'COL_ADJUST',
  'JOB_OUTLOOK',
  'SALARY_SOURCE',
];
const OURS = new RegExp(`(^|[^A-Za-z0-9_.])(${ADDON_FUNCTIONS.join('|')})\\s*\\(`, 'i');

export function usesAddonFunction(formula: string): boolean {
  return OURS.test(formula);
}

const TITLE = 'Coding & Billing Pay';

/**
 * The block to write back: from the first row and column holding one of our formulas to the
 * last cell with content. A formula's spilled result (SALARY_RANGE, a range call) lies right
 * of and below it, and disappears when the formula does, so those cells are written as the
 * values they show; cells above and left of every formula of ours are not touched at all.
 */
function writeBlock(formulas: readonly string[][], values: readonly CellValue[][], ours: (f: string) => boolean): GridRange | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  formulas.forEach((row, i) =>
    row.forEach((formula, j) => {
      if (formula !== '' && ours(formula)) {
        top = Math.min(top, i);
        left = Math.min(left, j);
      }
      if (formula !== '' || values[i]![j] !== '') {
        bottom = Math.max(bottom, i);
        right = Math.max(right, j);
      }
    }),
  );
  if (top === Infinity) return undefined;
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function freezeFormulas(workbook: Workbook): { frozen: number; message: string } {
  return workbook.withDocumentLock(() => {
    const sheet = workbook.activeSheet();
    const selected = workbook.selection();
    const range = selected && selected.rows * selected.columns > 1 ? selected : sheet.dataRange();
    const formulas = sheet.getFormulas(range);
    const frozen = formulas.flat().filter((f) => f !== '' && usesAddonFunction(f)).length;
    if (frozen === 0) {
      const where = range === selected ? 'in the selection' : `on "${sheet.name}"`;
      const message = `No ${TITLE} formulas ${where}: nothing changed.`;
      workbook.toast(message, TITLE);
      return { frozen: 0, message };
    }
    const values = sheet.getValues(range);
    const block = writeBlock(formulas, values, usesAddonFunction)!;
    const merged: CellValue[][] = Array.from({ length: block.rows }, (_, i) =>
      Array.from({ length: block.columns }, (_, j) => {
        const formula = formulas[block.row + i]![block.column + j]!;
        // Other formulas are written back as they were.
        if (formula !== '' && !usesAddonFunction(formula)) return formula;
        // Text stays text: written plainly, "00123" or "May 2025" would turn into a number or a date.
        const value = values[block.row + i]![block.column + j]!;
        return typeof value === 'string' ? asCellText(value) : value;
      }),
    );
    sheet.setValues(range.row + block.row, range.column + block.column, merged);
    const message = `Froze ${frozen} ${TITLE} formula${frozen === 1 ? '' : 's'} to values on "${sheet.name}".`;
    workbook.toast(message, TITLE);
    return { frozen, message };
  });
}
