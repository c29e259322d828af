/**
 * Reading and writing the reference CSVs without losing anything: the column order, every
 * cell as the text it was, and the file's line ending are kept, so a rewritten file differs
 * from the old one only in the rows that changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
  /** Line ending of the file read ("\r\n" for the files in data/). */
  eol: string;
}

/** The line ending the files in data/ use. */
export const DATA_EOL = '\r\n';

export function readTable(path: string): CsvTable {
  const text = readFileSync(path, 'utf8');
  const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  const columns = (records[0] ?? []).map((c) => c.trim());
  const rows = records.slice(1).map((record) => Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])));
  return { columns, rows, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatTable(table: CsvTable): string {
  const lines = [table.columns, ...table.rows.map((row) => table.columns.map((c) => row[c] ?? ''))];
  return lines.map((cells) => cells.map(csvField).join(',')).join(table.eol) + table.eol;
}

export function writeTable(path: string, table: CsvTable): void {
  writeFileSync(path, formatTable(table));
}

/** Appends rows to a CSV, creating it or widening its columns as needed. */
export function appendRows(path: string, columns: readonly string[], rows: Record<string, string>[]): void {
  const table: CsvTable = existsSync(path) ? readTable(path) : { columns: [], rows: [], eol: DATA_EOL };
  for (const column of columns) if (!table.columns.includes(column)) table.columns.push(column);
  table.rows.push(...rows);
  writeTable(path, table);
}
