/** Spreadsheet calls the comparison builder makes, counted by the in-memory workbook. */
export interface SheetWrites {
  readonly label: string;
  readonly rows: number;
  readonly cells: number;
  readonly calls: number;
}

/** Undefined while the comparison builder is not part of the add-on. */
export function measureSheetWrites(): SheetWrites[] | undefined {
  return undefined;
}
