/**
 * The rows of a built sheet before they are written: each row's cells and how they are shown,
 * turned into the rectangular blocks one setValues, one setNumberFormats and one setFontWeights
 * write (the career plan and the ways-in comparison are built this way).
 */
import type { CellValue } from '../workbook/workbook';

/** A row of the sheet: its cells, and how each is shown. */
export interface SheetRow {
  readonly cells: readonly CellValue[];
  readonly formats?: readonly string[];
  readonly bold?: boolean;
}

/** Rows padded to `width` columns: values, number formats and font weights, one rectangle each. */
export function sheetBlocks(
  rows: readonly SheetRow[],
  width: number,
): { values: CellValue[][]; formats: string[][]; weights: ('bold' | 'normal')[][] } {
  const pad = <T>(cells: readonly T[], fill: T): T[] => [...cells, ...Array.from({ length: width - cells.length }, () => fill)];
  return {
    values: rows.map((r) => pad(r.cells, '')),
    formats: rows.map((r) => pad(r.formats ?? [], 'General')),
    weights: rows.map((r) => pad<'bold' | 'normal'>([], r.bold ? 'bold' : 'normal')),
  };
}
