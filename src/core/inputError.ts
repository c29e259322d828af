/**
 * A value a person typed that the product cannot use. The sheets layer turns it into a
 * thrown Error for a single call, or a short `#...` cell text inside a range.
 */
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

  /** `#BAD STATE "XX"`: short enough for a cell, says which argument. */
  get cellText(): string {
    if (this.given.trim() === '') return `#MISSING ${this.argument.toUpperCase()}`;
    const given = this.given.length > 24 ? `${this.given.slice(0, 21)}...` : this.given;
    return `#BAD ${this.argument.toUpperCase()} "${given}"`;
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
