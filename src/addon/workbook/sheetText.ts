/** Writing people's text into cells safely, and naming new sheets without overwriting. */
import { textWidth } from './columnWidths';

// What Sheets would read as something other than the text typed: the start of a formula
// (=, +, -, @), a leading apostrophe (Sheets' own "this is text" mark, which it hides), a
// number, money or a percentage ("2025", "$5", "5%", "(12)"), a boolean, or a date or time
// ("2025-01-31", "1/2", "12:30", "5 Jan", "May 2025"). Marking a little more than Sheets would
// parse costs nothing: the apostrophe is never shown and getValues returns the text without it.
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const NOT_TEXT = [
  /^[=+\-@']/,
  /^\s*[($\u20ac\u00a3]*\s*[\d.,]+\s*[%)]?\s*(e[+-]?\d+)?\s*$/i,
  /^\s*(true|false)\s*$/i,
  /^\s*\d{1,4}\s*[-/.:]\s*\d{1,2}/,
  new RegExp(`^\\s*\\d{1,2}\\s+${MONTH}`, 'i'),
  new RegExp(`^\\s*${MONTH}[a-z]*\\.?\\s+\\d`, 'i'),
];

/**
 * Text lands as the same text, never as a formula, number or date: where Sheets would read it
 * otherwise, it gets the leading apostrophe Sheets itself uses to mark text.
 */
export function asCellText(text: string): string {
  return NOT_TEXT.some((pattern) => pattern.test(text)) ? `'${text}` : text;
}

/** A string literal inside a formula: "CA" → "\"CA\"" with inner quotes doubled, as Sheets requires. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `base`, or `base (2)`, `base (3)`… — the first name no sheet uses. Sheet names are case-insensitive. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  // Sheet names hold at most 100 characters; leave room for " (n)". Brackets, *, ?, :, / and \
  // break A1 references and chart ranges, so they become spaces.
  const clean =
    base
      .replace(/[[\]*?:/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 90) || 'Comparison';
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const name = `${clean} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Prose broken at spaces into lines at most `pixels` wide in Sheets' default font, one per row:
 * a long note stays inside the columns a window shows instead of running on past them. A word
 * wider than that (an address) keeps a line of its own.
 */
export function proseLines(text: string, pixels: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer) > pixels) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}
