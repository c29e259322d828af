/**
 * Constant dollars with the CPI-U (BLS series CUUR0000SA0, U.S. city average, all items): an
 * amount of one year is worth amount × CPI(base) / CPI(year) in the base year's dollars. OEWS
 * "May YYYY" figures are deflated by the annual average of the same year, the usual convention
 * for an annual series. The 2025 average is provisional (11 months: BLS published no October
 * 2025 index); every text that uses it says so.
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { ConsumerPriceYear } from '../referenceTypes';
import { InputError, NotInDataError } from '../inputError';

export const CONSUMER_PRICES: readonly ConsumerPriceYear[] = REFERENCE.consumerPrices;

/** The latest year with a CPI-U average: the default base of constant dollars. */
export function latestPriceYear(): ConsumerPriceYear {
  return CONSUMER_PRICES[CONSUMER_PRICES.length - 1]!;
}

const FIRST = CONSUMER_PRICES[0]!.year;

export const PRICE_YEAR_ACCEPTED = `a year from ${FIRST} to ${latestPriceYear().year} (the CPI-U years in the data), or blank for ${latestPriceYear().year}`;

export function consumerPriceYear(year: number, argument = 'dollars'): ConsumerPriceYear {
  const found = CONSUMER_PRICES.find((y) => y.year === year);
  if (found) return found;
  throw new InputError(argument, String(year), PRICE_YEAR_ACCEPTED, undefined, `no CPI-U average for ${year} in the data`);
}

/** `amount` of `year` in dollars of `base`. */
export function inConstantDollars(amount: number, year: number, base: ConsumerPriceYear): number {
  const from = CONSUMER_PRICES.find((y) => y.year === year);
  if (!from) throw new NotInDataError(`no CPI-U average for ${year} in the bundled data`, `#N/A NO CPI ${year}`);
  return (amount * base.index) / from.index;
}

/** "2025 dollars (CPI-U 2025 average provisional: …)" — what a column or note says about its base. */
export function dollarsOf(base: ConsumerPriceYear): string {
  return `${base.year} dollars`;
}

/** The caveat a base year carries, or undefined for a full-year average. */
export function provisionalNote(year: ConsumerPriceYear): string | undefined {
  return year.provisional ? `the CPI-U ${year.year} average is provisional: ${year.provisional}` : undefined;
}

/** The citation line for constant dollars. */
export function priceCitation(base: ConsumerPriceYear): string {
  const note = provisionalNote(base);
  return `Prices: BLS CPI-U, U.S. city average, all items (CUUR0000SA0), annual averages ${FIRST}–${latestPriceYear().year}, ${base.publication.url}${note ? `; ${note}` : ''}`;
}
