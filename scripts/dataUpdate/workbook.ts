/**
 * Reads every sheet of an .xlsx file into plain rows of cell values, with exceljs's streaming
 * reader so the 37,000-row OEWS state file does not have to sit in memory as cell objects.
 */
import ExcelJS from 'exceljs';

export type CellValue = string | number | boolean | null;

export interface SheetRows {
  /** 1-based position of the sheet in the workbook. */
  readonly position: number;
  /** Row by row; each row is 0-based by column. */
  readonly rows: CellValue[][];
}

/** Flattens exceljs's cell value shapes (rich text, formulas, hyperlinks, dates) to a plain value. */
export function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if ('result' in v) return plainCell(v.result);
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

export async function readWorkbook(path: string): Promise<SheetRows[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const sheets: SheetRows[] = [];
  for await (const worksheet of reader) {
    const rows: CellValue[][] = [];
    for await (const row of worksheet) {
      // exceljs rows are 1-based and sparse; keep the row number so blank rows stay in place.
      const values = row.values as unknown[];
      rows[row.number - 1] = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => plainCell(values[i + 1]));
    }
    sheets.push({ position: sheets.length + 1, rows: Array.from(rows, (r) => r ?? []) });
  }
  return sheets;
}

/** Case- and space-insensitive header key: "Employment, 2024" → "employment,2024". */
export function headerKey(value: CellValue): string {
  return String(value ?? '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** The first row (among the first `limit`) for which `isHeader` holds, with its index. */
export function findHeader(rows: CellValue[][], isHeader: (keys: string[]) => boolean, limit = 20): number {
  for (let i = 0; i < Math.min(rows.length, limit); i++) {
    if (isHeader((rows[i] ?? []).map(headerKey))) return i;
  }
  return -1;
}
