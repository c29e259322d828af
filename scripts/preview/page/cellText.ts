/** What a cell shows, as Sheets would show it: the number formats the add-on writes, TRUE/FALSE, text as is. */
import type { DisplayCell } from './previewState';

/** Sheets' "General" format: whole numbers as they are, others to ten significant digits. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(10)));
}

/** The number formats the add-on writes: [$]#,##0 or 0, optional decimals, optional %. */
export function formatNumber(value: number, format: string | undefined): string {
  const match = /^(\$?)(#,##0|0)(?:\.(0+))?(%?)$/.exec(format || '');
  if (!match) return general(value);
  const [, dollar = '', digits, decimals = '', percent = ''] = match;
  const n = percent ? value * 100 : value;
  const text = Math.abs(n).toLocaleString('en-US', {
    minimumFractionDigits: decimals.length,
    maximumFractionDigits: decimals.length,
    useGrouping: digits === '#,##0',
  });
  const negative = n < 0 && /[1-9]/.test(text);
  return (negative ? '-' : '') + dollar + text + percent;
}

export function shown(cell: DisplayCell | undefined): string {
  if (!cell) return '';
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  if (typeof cell.value === 'number') return formatNumber(cell.value, cell.format);
  return String(cell.value);
}
