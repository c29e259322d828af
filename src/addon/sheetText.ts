/** Writing people's text into cells safely, and naming new sheets without overwriting. */

/**
 * Text a person typed lands as text, never as a formula: Sheets reads a leading =, +, - or @
 * as the start of a formula, and a leading apostrophe as "this is text" (it is not shown).
 */
export function asCellText(text: string): string {
  return /^[=+\-@']/.test(text) ? `'${text}` : text;
}

/** A string literal inside a formula: "CA" → "\"CA\"" with inner quotes doubled, as Sheets requires. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `base`, or `base (2)`, `base (3)`… — the first name no sheet uses. Sheet names are case-insensitive. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  // Sheets allows 100 characters and forbids none of ours except these brackets in some APIs.
  const clean =
    base
      .replace(/[[\]*?:/\\]/g, ' ')
      .trim()
      .slice(0, 90) || 'Comparison';
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const name = `${clean} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
