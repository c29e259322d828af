/**
 * The experience curve fitted to every AAPC experience table at once (src/core/pay/experience.ts).
 *
 * The curve is quantile(years) = entry + (limit − entry) × (1 − 2^(−years/halfWay)) on the
 * national May 2025 coder distribution, entry held at the 10th percentile (experience.ts says why).
 * limit and halfWay minimise the sum of squared residuals, each the log of model ÷ published in
 * units of the tolerance the validation gives the table (scripts/validation/comparisons.ts), over:
 *
 * - AAPC 2013, more than 15 years ÷ more than 2 years (CPC in both, as AAPC's members are mostly
 *   certified). AAPC compares the "more than two years" average with the overall one: each band is
 *   everyone past its threshold, not the threshold. Each is read as the average of the estimate
 *   over its members' years; the survey publishes no distribution of years, so members' years are
 *   taken as exponential (a constant rate of joining and leaving) with the median worker's years
 *   as their median, to 60 years.
 * - AAPC 2010, non-certified 7 years ÷ first year and more than 25 years ÷ first year, and
 *   certified more than 25 years ÷ one year (years 1, 7 and 25; the certified one-year coder
 *   priced as a user's CPC with one year is, a CPC-A).
 * - AAPC 2018, 20 years for a non-certified coder to reach the average of a single AAPC
 *   credential: the years (continuous) at which a coder without a credential reaches a CPC at the
 *   median worker's years.
 *
 * Every estimate is the product's own (distribution, credential factor, ceiling), with the curve
 * being fitted in place of the product's; the search is a grid, then a pattern search to 1e-5.
 * Each table is also predicted by a fit to the others (leave one out), the out-of-sample check
 * the validation report prints beside the residuals.
 */
import { areaDistribution, payAtQuantile } from '../../src/core/pay/distribution';
import { distributionCeiling } from '../../src/core/pay/estimate';
import { credentialFactor, parseCredentials } from '../../src/core/pay/credentials';
import { EXPERIENCE_CURVE, MAX_CURVE_YEARS, curveQuantile, medianYears, type ExperienceCurve } from '../../src/core/pay/experience';
import { ROLES } from '../../src/core/pay/roles';
import { NATIONAL } from '../../src/core/places/areas';
import type { PublishedFigures } from './publishedFigures';
import { COMPARISONS, bandAverage } from './comparisons';

/** A coder's national pay, any setting, as the estimate computes it, with `curve` in place of the product's. */
export type CurvePay = (curve: ExperienceCurve, years: number, cert: string) => number;

const distribution = areaDistribution(ROLES.coder, NATIONAL);
const factors = new Map<string, number>();

export const curvePay: CurvePay = (curve, years, cert) => {
  // A credential's factor changes with years only at the apprentice rule's two years.
  const key = `${cert}|${years < 2}`;
  let factor = factors.get(key);
  if (factor === undefined) {
    factor = credentialFactor(parseCredentials([cert]), years).factor;
    factors.set(key, factor);
  }
  return distributionCeiling(payAtQuantile(distribution, curveQuantile(curve, years)) * factor, distribution);
};

/** Continuous years at which `pay` first reaches `target` (pay rises with years); Infinity if never by the curve's end. */
function yearsToReach(pay: (years: number) => number, target: number): number {
  if (pay(MAX_CURVE_YEARS) < target) return Number.POSITIVE_INFINITY;
  let low = 0;
  let high = MAX_CURVE_YEARS;
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (pay(mid) < target) low = mid;
    else high = mid;
  }
  return high;
}

export interface ExperienceTable {
  /** The validation comparison reading the same table (its tolerance weighs the residual). */
  readonly id: string;
  readonly name: string;
  readonly published: number;
  readonly unit: 'ratio' | 'years';
  readonly tolerance: number;
  readonly model: (curve: ExperienceCurve) => number;
}

/** The tables the curve is fitted to, read from the published figures. */
export function experienceTables(figures: PublishedFigures, pay: CurvePay = curvePay): ExperienceTable[] {
  const f = (id: string): number => {
    const figure = figures.get(id);
    if (!figure) throw new Error(`no published figure "${id}"`);
    return figure.value;
  };
  const tolerance = (id: string): number => {
    const comparison = COMPARISONS.find((c) => c.id === id);
    if (!comparison) throw new Error(`no comparison "${id}"`);
    return comparison.tolerance;
  };
  const table = (id: string, name: string, published: number, unit: ExperienceTable['unit'], model: ExperienceTable['model']) => ({
    id,
    name,
    published,
    unit,
    tolerance: tolerance(id),
    model,
  });
  return [
    table(
      'experience-2013',
      'AAPC 2013: more than 15 years ÷ more than 2 years (CPC, band averages)',
      f('aapc2013_over15') / f('aapc2013_over2'),
      'ratio',
      (c) => {
        const cpc = (y: number) => pay(c, y, 'CPC');
        return bandAverage(cpc, 15, medianYears(c)) / bandAverage(cpc, 2, medianYears(c));
      },
    ),
    table(
      'experience-2010-noncertified-7',
      'AAPC 2010: non-certified, 7 years ÷ first year',
      f('aapc2010_noncert_7') / f('aapc2010_noncert_1'),
      'ratio',
      (c) => pay(c, 7, '') / pay(c, 1, ''),
    ),
    table(
      'experience-2010-noncertified-25',
      'AAPC 2010: non-certified, more than 25 years ÷ first year',
      f('aapc2010_noncert_25') / f('aapc2010_noncert_1'),
      'ratio',
      (c) => pay(c, 25, '') / pay(c, 1, ''),
    ),
    table(
      'experience-2010-certified-25',
      'AAPC 2010: certified, more than 25 years ÷ one year',
      f('aapc2010_cert_25') / f('aapc2010_cert_1'),
      'ratio',
      (c) => pay(c, 25, 'CPC') / pay(c, 1, 'CPC'),
    ),
    table(
      'years-to-single-credential-2018',
      'AAPC 2018: years for a non-certified coder to reach a single-credential average',
      f('aapc2018_years_to_single_credential'),
      'years',
      (c) => yearsToReach((y) => pay(c, y, ''), pay(c, medianYears(c), 'CPC')),
    ),
  ];
}

const residual = (table: ExperienceTable, curve: ExperienceCurve): number =>
  Math.log(table.model(curve) / table.published) / table.tolerance;

function loss(tables: readonly ExperienceTable[], curve: ExperienceCurve): number {
  // The curve must reach the median (limit above 0.5) to place a median worker.
  if (!(curve.limit > 0.5 && curve.limit < 1 && curve.halfWayYears > 0)) return Number.POSITIVE_INFINITY;
  let sum = 0;
  for (const table of tables) {
    const r = residual(table, curve);
    sum += Number.isFinite(r) ? r * r : 1e6;
  }
  return sum;
}

/** The least-squares curve for `tables`, entry held at the product's. */
export function fitCurve(tables: readonly ExperienceTable[], entry = EXPERIENCE_CURVE.entry): ExperienceCurve {
  let best: ExperienceCurve = { entry, limit: 0.75, halfWayYears: 8 };
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let limit = 0.52; limit <= 0.95 + 1e-9; limit += 0.01) {
    for (let halfWayYears = 1; halfWayYears <= 25 + 1e-9; halfWayYears += 0.5) {
      const curve = { entry, limit, halfWayYears };
      const value = loss(tables, curve);
      if (value < bestLoss) [best, bestLoss] = [curve, value];
    }
  }
  // Pattern search around the grid's best, halving the steps until they are below 1e-5.
  let steps = [0.005, 0.25];
  while (steps[0]! > 1e-5) {
    let moved = false;
    for (const [dl, dh] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
      [1, 1],
      [-1, -1],
      [1, -1],
      [-1, 1],
    ] as const) {
      const curve = { entry, limit: best.limit + dl * steps[0]!, halfWayYears: best.halfWayYears + dh * steps[1]! };
      const value = loss(tables, curve);
      if (value < bestLoss) {
        [best, bestLoss] = [curve, value];
        moved = true;
      }
    }
    if (!moved) steps = steps.map((s) => s / 2);
  }
  return best;
}

export interface TableResult {
  readonly table: ExperienceTable;
  /** The fitted curve's value, and model ÷ published − 1. */
  readonly model: number;
  readonly error: number;
  /** The value and error of a curve fitted to the other tables. */
  readonly leftOut: number;
  readonly leftOutError: number;
  readonly leftOutCurve: ExperienceCurve;
}

export interface ExperienceFit {
  readonly curve: ExperienceCurve;
  readonly medianWorkerYears: number;
  readonly results: readonly TableResult[];
}

/** The fit, its residuals, and each table predicted by a fit to the others. */
export function experienceFit(figures: PublishedFigures, pay: CurvePay = curvePay): ExperienceFit {
  const tables = experienceTables(figures, pay);
  const curve = fitCurve(tables);
  return {
    curve,
    medianWorkerYears: medianYears(curve),
    results: tables.map((table) => {
      const model = table.model(curve);
      const leftOutCurve = fitCurve(tables.filter((t) => t !== table));
      const leftOut = table.model(leftOutCurve);
      return { table, model, error: model / table.published - 1, leftOut, leftOutError: leftOut / table.published - 1, leftOutCurve };
    }),
  };
}
