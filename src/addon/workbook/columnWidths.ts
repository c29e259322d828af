/**
 * Column widths that fit what the cells show. Sheets sets widths in pixels and cannot fit a
 * column from Apps Script in the same call that writes it, so the width of each text is
 * computed here from the metrics of Sheets' default cell font, Arial 10 pt (Liberation Sans
 * has the same advance widths, so the local preview lays out alike).
 */

/** Arial advance widths in 1/1000 em for ASCII 32–126 (Helvetica-compatible metrics). */
const REGULAR =
  '278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,' +
  '1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,' +
  '333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584';
const BOLD =
  '278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,' +
  '975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,' +
  '333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584';
const ADVANCE = { regular: REGULAR.split(',').map(Number), bold: BOLD.split(',').map(Number) };
/** The few other characters the add-on writes: ÷ × – · and the widest fallback for anything else. */
const OTHER: Readonly<Record<string, number>> = { '÷': 584, '×': 584, '–': 556, '—': 1000, '·': 278, '’': 222 };
const FALLBACK = 1000;

/** 10 pt at 96 dpi. */
const FONT_PX = 40 / 3;
/** Sheets' cell padding on both sides, with a little room so a text never touches the border. */
const CELL_PADDING = 12;

export const MIN_COLUMN_WIDTH = 60;
export const MAX_COLUMN_WIDTH = 320;

/** Rendered width in pixels of one line of text in Arial 10 pt. */
export function textWidth(text: string, bold = false): number {
  const table = bold ? ADVANCE.bold : ADVANCE.regular;
  let units = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    units += code >= 32 && code <= 126 ? table[code - 32]! : (OTHER[ch] ?? FALLBACK);
  }
  return (units / 1000) * FONT_PX;
}

/** A cell's content as the number formats the add-on writes show it ($#,##0, $#,##0.00, 0.0%, #,##0). */
export function shownText(value: string | number, format: string): string {
  if (typeof value !== 'number') return value;
  const match = /^(\$?)(#,##0|0)(?:\.(0+))?(%?)$/.exec(format);
  if (!match) return String(value);
  const [, dollar, digits, decimals = '', percent] = match;
  const n = percent ? value * 100 : value;
  const fixed = Math.abs(n).toFixed(decimals.length);
  const [whole, fraction] = fixed.split('.');
  const grouped = digits === '#,##0' ? whole!.replace(/\B(?=(\d{3})+$)/g, ',') : whole!;
  return `${n < 0 ? '-' : ''}${dollar}${grouped}${fraction ? `.${fraction}` : ''}${percent}`;
}

export interface ColumnText {
  readonly text: string;
  readonly bold?: boolean;
  /** The text wraps (the cell wraps its text): it may take two lines, broken between words. */
  readonly wraps?: boolean;
}

/** The narrowest width at which a text takes at most two lines, broken at a space. */
export function twoLineWidth(text: string, bold = false): number {
  const words = text.split(' ');
  let best = textWidth(text, bold);
  for (let k = 1; k < words.length; k++) {
    const lines = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    best = Math.min(best, Math.max(...lines.map((line) => textWidth(line, bold))));
  }
  return best;
}

/** Whether a text fits on one line in the widest column this add-on sets. */
export function fitsWidestColumn(text: string, bold = false): boolean {
  return Math.ceil(textWidth(text, bold) + CELL_PADDING) <= MAX_COLUMN_WIDTH;
}

/** The width that shows the widest of a column's texts whole, within sensible bounds. */
export function fittedWidth(texts: readonly ColumnText[]): number {
  let widest = 0;
  for (const t of texts) widest = Math.max(widest, t.wraps ? twoLineWidth(t.text, t.bold) : textWidth(t.text, t.bold));
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.ceil(widest + CELL_PADDING)));
}
