/** What Sheets hands a custom function, and how each kind of cell is read. */
import { InputError } from '../core/inputError';

/** One cell as Sheets passes it: text, number, boolean, date, or empty (""). */
export type CellInput = string | number | boolean | Date | null | undefined;
/** A value a custom function writes into a cell. Never NaN, Infinity, undefined or null. */
export type CellOutput = string | number;

export function isBlank(cell: unknown): boolean {
  // An empty range nested in a cell (never from Sheets, possible from a caller) is blank too.
  if (Array.isArray(cell)) return cell.every(isBlank);
  return cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell read as text: numbers keep their digits, dates become an ISO date, booleans TRUE/FALSE. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid date' : cell.toISOString().slice(0, 10);
  if (Array.isArray(cell)) return cell.map(cellText).join(', ');
  return String(cell);
}

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  /** What is accepted, for the error message. */
  readonly accepted: string;
}

/** "5", " 5 years", "$55,000" or 55000 → a number inside the rule's bounds; anything else → InputError. */
export function cellNumber(cell: unknown, argument: string, rule: NumberRule): number {
  let value: number;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    const match = /^\s*\$?\s*(-?[\d,]*\.?\d+)\s*(years?|yrs?|y)?\s*$/i.exec(cell);
    value = match ? Number(match[1]!.replace(/,/g, '')) : Number.NaN;
  } else value = Number.NaN;
  if (isBlank(cell)) throw new InputError(argument, '', rule.accepted, undefined, `missing ${argument}`);
  if (!Number.isFinite(value)) {
    const problem = cell instanceof Date ? `${argument} must be a number, not a date` : `${argument} must be a number`;
    throw new InputError(argument, cellText(cell), rule.accepted, undefined, problem);
  }
  if (value < rule.min || value > rule.max) {
    throw new InputError(argument, cellText(cell), rule.accepted, undefined, `${argument} must be between ${rule.min} and ${rule.max}`);
  }
  return value;
}

/** Optional boolean: TRUE/FALSE, 1/0, "yes"/"no"; blank → false. */
export function cellFlag(cell: unknown, argument: string): boolean {
  if (isBlank(cell)) return false;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return cell === 1;
  const text = cellText(cell).trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  throw new InputError(argument, cellText(cell), 'TRUE or FALSE');
}
