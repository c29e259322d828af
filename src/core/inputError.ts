/**
 * A value a person typed that the product cannot use. The sheets layer turns it into a
 * thrown Error for a single call, or a short `#...` cell text inside a range.
 */
/** The longest error text a cell of a range shows: readable in a column of ordinary width. */
export const CELL_TEXT_MAX = 80;

export class InputError extends Error {
  constructor(
    /** The parameter name as the function reference shows it (`state`, `years`, ...). */
    readonly argument: string,
    /** What was given, as text. */
    readonly given: string,
    /** What is accepted, in plain words. */
    readonly accepted: string,
    /**
     * Finds the nearest valid value, when one is close. Lazy: inside a range a bad cell shows
     * only a short text, so the search runs only when a message needs it.
     */
    private readonly suggest?: () => string | undefined,
    /** The problem in a few words, used when the value itself is fine but unusable. */
    readonly problem: string = `unknown ${argument}`,
  ) {
    super(`${problem} "${given}"`);
    this.name = 'InputError';
  }

  private suggested?: { value: string | undefined };

  /** The nearest valid value, quoted, when one is close. */
  get suggestion(): string | undefined {
    this.suggested ??= { value: this.suggest?.() };
    return this.suggested.value;
  }

  /** What went wrong, with the value: `unknown state "XX"`, `years must be a number, got "five"`. */
  get sentence(): string {
    if (this.given === '') return this.problem;
    return this.problem.startsWith('unknown') ? `${this.problem} "${this.given}"` : `${this.problem}, got "${this.given}"`;
  }

  /**
   * `#BAD STATE "Pensylvania" → Pennsylvania?`: short enough for a cell, says which argument,
   * and carries the nearest valid value when there is one, as a single call's message does.
   */
  get cellText(): string {
    if (this.given.trim() === '') return `#MISSING ${this.argument.toUpperCase()}`;
    const given = this.given.length > 24 ? `${this.given.slice(0, 21)}...` : this.given;
    const text = `#BAD ${this.argument.toUpperCase()} "${given}"`;
    const suggestion = this.suggestion;
    if (!suggestion) return text;
    // The first quoted name of the suggestion ("Pennsylvania" of `"Pennsylvania" (PA)`).
    const name = /"([^"]*)"/.exec(suggestion)?.[1] ?? suggestion;
    const withSuggestion = `${text} → ${name}?`;
    return withSuggestion.length <= CELL_TEXT_MAX ? withSuggestion : text;
  }
}

/** A statistic or projection the bundled data does not have (not an input mistake). */
export class NotInDataError extends Error {
  constructor(
    message: string,
    /** Short cell text, e.g. `#N/A NO MEAN (AK 2025)`. */
    readonly cellText: string,
  ) {
    super(message);
    this.name = 'NotInDataError';
  }
}
