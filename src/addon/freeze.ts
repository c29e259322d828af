/**
 * Freeze formulas to values: this add-on's formulas in the selection (or the whole active
 * sheet) become their current values, so the sheet reads the same for anyone; every other
 * formula stays a formula. One read of formulas, one of values, one write.
 */
import type { CellValue, Workbook } from './workbook';
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

export function freezeFormulas(workbook: Workbook): { frozen: number; message: string } {
  return workbook.withDocumentLock(() => {
    const sheet = workbook.activeSheet();
    const range = workbook.selection() ?? sheet.dataRange();
    const formulas = sheet.getFormulas(range);
    const frozenCount = formulas.flat().filter((f) => f !== '' && usesAddonFunction(f)).length;
    if (frozenCount === 0) {
      const message = 'No Coding & Billing Pay formulas in the selection: nothing changed.';
      workbook.toast(message, 'Coding & Billing Pay');
      return { frozen: 0, message };
    }
    const values = sheet.getValues(range);
    // Other formulas are written back as formulas; text that looks like a formula stays text.
    const merged: CellValue[][] = formulas.map((row, i) =>
      row.map((formula, j) => {
        if (formula !== '' && !usesAddonFunction(formula)) return formula;
        const value = values[i]![j]!;
        return typeof value === 'string' ? asCellText(value) : value;
      }),
    );
    sheet.setValues(range.row, range.column, merged);
    const message = `Froze ${frozenCount} Coding & Billing Pay formula${frozenCount === 1 ? '' : 's'} to values on "${sheet.name}".`;
    workbook.toast(message, 'Coding & Billing Pay');
    return { frozen: frozenCount, message };
  });
}
