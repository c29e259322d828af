/**
 * A pay review: where one person's pay sits against the market for their profile, and what a
 * team's reviews add up to.
 *
 * - Market estimate: the model's estimate for the person's area, years, credentials, role and
 *   setting (estimate.ts), the number CODER_SALARY gives.
 * - Pay percentile: where the pay sits in the local BLS distribution of the role (every
 *   experience level, credential and setting together), as PAY_PERCENTILE gives it.
 * - Gap and compa-ratio: pay minus the estimate, and pay ÷ estimate (1 = paid at the estimate).
 * - Flag: `below p25` under the local 25th percentile, `above p90` over the local 90th.
 * - Raise to the estimate: what bringing pay below the person's own market estimate up to it
 *   costs a year; nothing for anyone paid at or above it. The estimate is the fair yardstick: it
 *   already holds the person's years, credentials, role and setting, so a new coder paid below
 *   the local median but above the estimate for one year of experience is not underpaid.
 * - Local median: the published median of that distribution, context for the manager (every
 *   level together, so new staff are meant to sit below it); no raise is measured against it.
 */
import type { PayDistribution } from '../pay/distribution';
import { quantileOfPay } from '../pay/distribution';
import { estimatePay, type Estimate, type EstimateInputs } from '../pay/estimate';

export type PayFlag = 'below p25' | 'above p90' | '';

export interface PayReviewInputs extends EstimateInputs {
  /** Annual pay in dollars. */
  readonly pay: number;
}

export interface PayReview {
  readonly inputs: PayReviewInputs;
  readonly estimate: Estimate;
  /** 0–1, unrounded. */
  readonly percentile: number;
  readonly gap: number;
  readonly compaRatio: number;
  readonly flag: PayFlag;
  readonly localMedian: number;
}

export function payFlag(distribution: PayDistribution, pay: number): PayFlag {
  const [, p25, , , p90] = distribution.percentiles;
  if (pay < p25) return 'below p25';
  if (pay > p90) return 'above p90';
  return '';
}

export function reviewPay(inputs: PayReviewInputs): PayReview {
  const estimate = estimatePay(inputs);
  const { distribution } = estimate;
  return {
    inputs,
    estimate,
    percentile: quantileOfPay(distribution, inputs.pay),
    gap: inputs.pay - estimate.pay,
    compaRatio: inputs.pay / estimate.pay,
    flag: payFlag(distribution, inputs.pay),
    localMedian: distribution.percentiles[2],
  };
}

/** One reviewed person as the summary reads them (the figures a review sheet shows). */
export interface ReviewedPay {
  readonly pay: number;
  /** The market estimate for the person's own profile. */
  readonly estimate: number;
  readonly compaRatio: number;
  readonly flag: PayFlag | string;
}

export interface TeamSummary {
  readonly reviewed: number;
  /** Undefined for an empty team. */
  readonly medianCompaRatio?: number;
  readonly belowP25: number;
  readonly aboveP90: number;
  /** People paid below their own market estimate. */
  readonly belowEstimate: number;
  /** Σ (market estimate − pay) over everyone paid below their own estimate, per year. */
  readonly costToEstimate: number;
}

/**
 * What raising one person to their own market estimate costs a year, to the cent; undefined
 * (no raise line) for anyone paid at or above it.
 */
export function raiseToEstimate(person: Pick<ReviewedPay, 'pay' | 'estimate'>): number | undefined {
  return person.pay < person.estimate ? Math.round((person.estimate - person.pay) * 100) / 100 : undefined;
}

/** The median as spreadsheets compute it: the mean of the middle two for an even count. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summariseTeam(people: readonly ReviewedPay[]): TeamSummary {
  const medianCompaRatio = median(people.map((p) => p.compaRatio));
  return {
    reviewed: people.length,
    ...(medianCompaRatio === undefined ? {} : { medianCompaRatio }),
    belowP25: people.filter((p) => p.flag === 'below p25').length,
    aboveP90: people.filter((p) => p.flag === 'above p90').length,
    belowEstimate: people.filter((p) => raiseToEstimate(p) !== undefined).length,
    costToEstimate: Math.round(people.reduce((sum, p) => sum + (raiseToEstimate(p) ?? 0), 0) * 100) / 100,
  };
}

/**
 * Compa-ratio bands for a team too large to chart person by person: equal steps of 0.10
 * around 1, the open ends below 0.80 and from 1.20.
 */
export const COMPA_RATIO_BANDS: readonly { readonly label: string; readonly from?: number; readonly below?: number }[] = [
  { label: 'below 0.80', below: 0.8 },
  { label: '0.80 to 0.89', from: 0.8, below: 0.9 },
  { label: '0.90 to 0.99', from: 0.9, below: 1 },
  { label: '1.00 to 1.09', from: 1, below: 1.1 },
  { label: '1.10 to 1.19', from: 1.1, below: 1.2 },
  { label: '1.20 and above', from: 1.2 },
];

export function inCompaBand(compaRatio: number, band: (typeof COMPA_RATIO_BANDS)[number]): boolean {
  return (band.from === undefined || compaRatio >= band.from) && (band.below === undefined || compaRatio < band.below);
}
