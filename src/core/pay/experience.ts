/**
 * Where years of experience place a worker inside the state's pay distribution.
 *
 * PRODUCT.md asks for entry level near the lower quartile, mid-career near the median and
 * senior near the upper quartile. The curve is
 *
 *     quantile(years) = 0.25 + 0.50 × (1 − 2^(−years / 10)),  years capped at 40
 *
 * so 0 years → 25th percentile, 10 years → median (half of the way), 20 → 62.5th, 40+ → 71.9th.
 * It is monotone non-decreasing and concave: early years add the most, as in every published
 * experience series.
 *
 * Evidence it is calibrated on:
 * - BLS and state LMI offices define the entry wage as the mean of the lowest third of the
 *   distribution and the experienced wage as the mean of the upper two-thirds. On a log-normal
 *   pay curve those sit near the 15th–18th and 65th–68th percentiles; the entry point here is
 *   a little higher (25th) because a coder starts after the postsecondary award the OOH gives
 *   as typical entry education, and the senior end (72nd at 40 years) stays near the
 *   experienced-wage convention rather than at the very top.
 * - AAPC 2013 Salary Survey (data/credential_salary_surveys.csv): "more than 2 years" 48,925 and
 *   "more than 15 years" 56,667, a ratio of 1.158. On the national May 2025 coder distribution
 *   this curve gives 2 years → 31.5th percentile and 15 years → 57.3rd, a ratio of 1.20
 *   (pinned in test/core/experience.test.ts). The survey's members are more often certified,
 *   which narrows its experience spread; the curve is left slightly steeper than the survey.
 */
export const ENTRY_QUANTILE = 0.25;
export const SENIOR_QUANTILE_LIMIT = 0.75;
/** Years to cover half the way from entry to the senior limit: the median at 10 years. */
export const HALF_WAY_YEARS = 10;
/** Beyond 40 years the curve is flat ("40+"). */
export const MAX_CURVE_YEARS = 40;

export function experienceQuantile(years: number): number {
  const capped = Math.min(Math.max(years, 0), MAX_CURVE_YEARS);
  return ENTRY_QUANTILE + (SENIOR_QUANTILE_LIMIT - ENTRY_QUANTILE) * (1 - Math.pow(2, -capped / HALF_WAY_YEARS));
}
