/**
 * Where years of experience place a worker inside the pay distribution of a place.
 *
 *     quantile(years) = entry + (limit − entry) × (1 − 2^(−years / halfWay)),  years capped at 40
 *
 * monotone increasing and concave: early years add the most, as in every published experience
 * series. The three constants are not chosen by hand:
 *
 * - entry = 0.10, the 10th percentile, the lowest point BLS publishes. The fit below would put a
 *   first-year coder lower still; below p10 the distribution is extrapolated, and a coder with no
 *   credential in a physician office (×0.92 of all settings) would fall under the product's floor
 *   of 0.9 × p10. So the entry is held at the bound.
 * - limit and halfWay are fitted, by least squares on the national May 2025 distribution, to every
 *   AAPC experience table at once, each reading in units of the tolerance its evidence supports
 *   (scripts/validation/experienceFit.ts; docs/METHOD.md "Experience"):
 *   AAPC 2010 credential × experience (non-certified 7 years ÷ first year 1.388, more than
 *   25 years ÷ first year 1.584; certified more than 25 years ÷ one year 1.553), AAPC 2013's open
 *   bands (more than 15 years ÷ more than 2 years 1.158, each band the average over its members'
 *   years) and AAPC 2018 (a non-certified coder needs 20 years to reach the average of a single
 *   credential). A test refits them and fails when these constants drift from the fit.
 *
 * The median worker, the years at which the curve reaches the median, follows from them
 * (MEDIAN_WORKER_YEARS): EXPLAIN says so beside every estimate.
 */
export interface ExperienceCurve {
  /** Quantile at 0 years. */
  readonly entry: number;
  /** Quantile the curve approaches with years. */
  readonly limit: number;
  /** Years to cover half the way from entry to limit. */
  readonly halfWayYears: number;
}

/** Fitted (scripts/validation/experienceFit.ts); test/validation/experienceFit.test.ts refits them. */
export const EXPERIENCE_CURVE: ExperienceCurve = { entry: 0.1, limit: 0.738, halfWayYears: 6.76 };

/** Beyond 40 years the curve is flat ("40+"). */
export const MAX_CURVE_YEARS = 40;

/** The quantile `curve` places `years` at. */
export function curveQuantile(curve: ExperienceCurve, years: number): number {
  const capped = Math.min(Math.max(years, 0), MAX_CURVE_YEARS);
  return curve.entry + (curve.limit - curve.entry) * (1 - Math.pow(2, -capped / curve.halfWayYears));
}

export function experienceQuantile(years: number): number {
  return curveQuantile(EXPERIENCE_CURVE, years);
}

/** Years at which `curve` reaches the median: the inverse of curveQuantile at 0.5. */
export function medianYears(curve: ExperienceCurve): number {
  return -curve.halfWayYears * Math.log2(1 - (0.5 - curve.entry) / (curve.limit - curve.entry));
}

/** The national median worker: the years at which this curve places a worker at the published median. */
export const MEDIAN_WORKER_YEARS = medianYears(EXPERIENCE_CURVE);

/** The curve in words with its constants, for EXPLAIN. */
export function experienceCurveText(): string {
  const c = EXPERIENCE_CURVE;
  const percent = (q: number): string => `${Math.round(q * 1000) / 10}th`;
  return (
    `entry at the ${percent(c.entry)} percentile, the median at ${MEDIAN_WORKER_YEARS.toFixed(1)} years (the median worker), ` +
    `towards the ${percent(c.limit)}: ${c.entry} + (${c.limit} − ${c.entry}) × (1 − 2^(−years/${c.halfWayYears})), fitted to the AAPC 2010, ` +
    `2013 and 2018 experience tables`
  );
}
