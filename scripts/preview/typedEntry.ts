/**
 * What a cell holds after a person types into it, read the way Sheets reads typing: "=…" is a
 * formula, a leading apostrophe keeps the rest as text, numbers become numbers ("$55,000" and
 * "12.5%" too, with the matching number format), TRUE and FALSE become booleans.
 */
import type { CellValue } from '../../src/addon/workbook/workbook';

export interface TypedEntry {
  readonly raw: CellValue | '';
  /** A number format the typing implies ("$55,000" → currency), if any. */
  readonly format?: string;
}

const NUMBER = /^([-+]?)(\$?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(?:[eE]([-+]?\d+))?(%?)$/;

export function typedEntry(text: string): TypedEntry {
  if (text.trim() === '') return { raw: '' };
  if (text.startsWith('=') || text.startsWith("'")) return { raw: text };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { raw: trimmed.toLowerCase() === 'true' };
  const match = NUMBER.exec(trimmed);
  if (!match || (match[3] === '' && !match[4])) return { raw: text };
  const [, sign, dollar, whole, fraction = '', exponent, percent] = match;
  const magnitude = Number(`${whole!.replace(/,/g, '') || '0'}${fraction}${exponent ? `e${exponent}` : ''}`);
  const value = (sign === '-' ? -magnitude : magnitude) / (percent ? 100 : 1);
  if (!Number.isFinite(value)) return { raw: text };
  const decimals = fraction.length > 0 ? `.${'0'.repeat(Math.min(fraction.length - 1, 2))}` : '';
  if (dollar) return { raw: value, format: `$#,##0${decimals && '.00'}` };
  if (percent) return { raw: value, format: `0${decimals}%` };
  return { raw: value, ...(whole!.includes(',') ? { format: `#,##0${decimals}` } : {}) };
}
