/**
 * The custom functions, argument by argument: coercion, defaults and the output shape.
 * Each delegates the domain work to src/core and the range/error policy to broadcast.ts.
 */
import { parseArea } from '../core/places/areas';
import { parseCredentials, credentialPremium, PREMIUM_YEARS } from '../core/pay/credentials';
import { parseRole } from '../core/pay/roles';
import { parseSetting } from '../core/pay/settings';
import { estimatePay, type EstimateInputs } from '../core/pay/estimate';
import { explainEstimate, explainSummary } from '../core/sources/explain';
import { areaDistribution, quantileOfPay } from '../core/pay/distribution';
import { parseDataYear, parseStat, publishedStatistic } from '../core/pay/wageStatistics';
import { AREA_LIST_HEADER, areaListRows, parseAreaSort } from '../core/pay/areaList';
import { adjustForCostOfLiving } from '../core/places/costOfLiving';
import { jobOutlook, parseOutlookField } from '../core/pay/outlook';
import { parseTopic, sourceText } from '../core/sources/citations';
import { reviewPay, type PayReviewInputs } from '../core/team/payReview';
import { cellFlag, cellNumber, cellText, isBlank, type CellOutput } from './cells';
import { cellwise, explained, rowwise, tablewise, errorMessage, type ArgumentSpec } from './broadcast';

const YEARS = { min: 0, max: 60, accepted: 'years of experience as a number from 0 to 60 (40 and more count as 40)' };
const PAY = { min: 1, max: 10_000_000, accepted: 'an annual pay in dollars, e.g. 52000' };
const AMOUNT = { min: 0, max: 1e12, accepted: 'an amount in dollars, 0 or more' };

/** Rounds a ratio for display without losing what the data supports (4 decimals). */
const decimal4 = (n: number): number => Math.round(n * 10000) / 10000;
/** Money to the cent: a parity ratio has no meaning past it, and a cell should not show 68275.36031839148. */
const cents = (n: number): number => Math.round(n * 100) / 100;
/** Four decimals; the far tails read 0.0001 / 0.9999, never a certain 0 or 1. */
const shownQuantile = (q: number): number => Math.min(0.9999, Math.max(0.0001, decimal4(q)));

function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(cellText) : [cellText(value)];
}

function estimateInputs(values: readonly unknown[]): EstimateInputs {
  const [state, years, cert, role, setting] = values;
  return {
    area: parseArea(cellText(state)),
    years: cellNumber(years, 'years', YEARS),
    credentials: parseCredentials(textList(cert)),
    role: parseRole(cellText(role)),
    setting: parseSetting(cellText(setting)),
  };
}

function estimateSpecs(state: unknown, years: unknown, cert: unknown, role: unknown, setting: unknown): ArgumentSpec[] {
  return [
    { name: 'state', value: state },
    { name: 'years', value: years },
    { name: 'cert', value: cert, list: true, optional: true },
    { name: 'role', value: role, optional: true },
    { name: 'setting', value: setting, optional: true },
  ];
}

export function coderSalary(
  state: unknown,
  years: unknown,
  cert?: unknown,
  role?: unknown,
  setting?: unknown,
): CellOutput | CellOutput[][] {
  return cellwise('CODER_SALARY', estimateSpecs(state, years, cert, role, setting), (v) => estimatePay(estimateInputs(v)).pay);
}

export function coderSalaryExplain(
  state: unknown,
  years: unknown,
  cert?: unknown,
  role?: unknown,
  setting?: unknown,
): CellOutput | CellOutput[][] {
  // A range explains each estimate in one line per cell, next to the CODER_SALARY column it audits.
  return explained(
    'CODER_SALARY_EXPLAIN',
    estimateSpecs(state, years, cert, role, setting),
    (v) => explainEstimate(estimatePay(estimateInputs(v))),
    (v) => explainSummary(estimatePay(estimateInputs(v))),
  );
}

export const SALARY_RANGE_HEADER: CellOutput[] = ['10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile'];

/** The optional `headers` flag of a function answering rows: not broadcast, its first cell decides. */
function headerRow(functionName: string, headers: unknown, header: CellOutput[]): CellOutput[] | undefined {
  try {
    return cellFlag(Array.isArray(headers) ? headers[0]?.[0] : headers, 'headers') ? header : undefined;
  } catch (error) {
    throw new Error(errorMessage(functionName, error));
  }
}

export function salaryRange(state: unknown, role?: unknown, headers?: unknown): CellOutput[][] {
  const header = headerRow('SALARY_RANGE', headers, SALARY_RANGE_HEADER);
  return rowwise(
    'SALARY_RANGE',
    [
      { name: 'state', value: state },
      { name: 'role', value: role, optional: true },
    ],
    5,
    ([s, r]) => areaDistribution(parseRole(cellText(r)), parseArea(cellText(s))).percentiles.map(Math.round),
    header,
  );
}

export function stateWage(state: unknown, stat?: unknown, role?: unknown, year?: unknown): CellOutput | CellOutput[][] {
  return cellwise(
    'STATE_WAGE',
    [
      { name: 'state', value: state },
      { name: 'stat', value: stat, optional: true },
      { name: 'role', value: role, optional: true },
      { name: 'year', value: year, optional: true },
    ],
    ([s, st, r, y]) =>
      publishedStatistic(parseRole(cellText(r)), parseArea(cellText(s)), parseStat(cellText(st)), parseDataYear(cellText(y))),
  );
}

export function areaList(state: unknown, role?: unknown, sort?: unknown): CellOutput | CellOutput[][] {
  return tablewise(
    'AREA_LIST',
    [
      { name: 'state', value: state },
      { name: 'role', value: role, optional: true },
      { name: 'sort', value: sort, optional: true },
    ],
    ([s, r, so]) => [[...AREA_LIST_HEADER], ...areaListRows(parseArea(cellText(s)), parseRole(cellText(r)), parseAreaSort(cellText(so)))],
  );
}

export function payPercentile(pay: unknown, state: unknown, role?: unknown): CellOutput | CellOutput[][] {
  return cellwise(
    'PAY_PERCENTILE',
    [
      { name: 'pay', value: pay },
      { name: 'state', value: state },
      { name: 'role', value: role, optional: true },
    ],
    ([p, s, r]) => {
      const quantile = quantileOfPay(areaDistribution(parseRole(cellText(r)), parseArea(cellText(s))), cellNumber(p, 'pay', PAY));
      return shownQuantile(quantile);
    },
  );
}

export function certPremium(cert: unknown, years?: unknown): CellOutput | CellOutput[][] {
  return cellwise(
    'CERT_PREMIUM',
    [
      { name: 'cert', value: cert, list: true },
      { name: 'years', value: years, optional: true },
    ],
    ([c, y]) => decimal4(credentialPremium(parseCredentials(textList(c)), isBlank(y) ? PREMIUM_YEARS : cellNumber(y, 'years', YEARS))),
  );
}

export function colAdjust(amount: unknown, fromState: unknown, toState: unknown): CellOutput | CellOutput[][] {
  return cellwise(
    'COL_ADJUST',
    [
      { name: 'amount', value: amount },
      { name: 'from_state', value: fromState },
      { name: 'to_state', value: toState },
    ],
    ([a, f, t]) =>
      cents(
        adjustForCostOfLiving(cellNumber(a, 'amount', AMOUNT), parseArea(cellText(f), 'from_state'), parseArea(cellText(t), 'to_state')),
      ),
  );
}

export function jobOutlookCell(role?: unknown, field?: unknown): CellOutput | CellOutput[][] {
  return cellwise(
    'JOB_OUTLOOK',
    [
      { name: 'role', value: role, optional: true },
      { name: 'field', value: field, optional: true },
    ],
    ([r, f]) => jobOutlook(parseRole(cellText(r)), parseOutlookField(cellText(f))),
  );
}

export function salarySource(topic?: unknown): CellOutput | CellOutput[][] {
  return cellwise('SALARY_SOURCE', [{ name: 'topic', value: topic, optional: true }], ([t]) => sourceText(parseTopic(cellText(t))));
}

export const PAY_REVIEW_HEADER: CellOutput[] = ['Market estimate', 'Pay percentile', 'Gap to estimate', 'Compa-ratio', 'Flag'];

/** One person's inputs, in argument order: the first bad one is the one a cell reports. */
function payReviewInputs(values: readonly unknown[]): PayReviewInputs {
  const [pay, area, years, cert, role, setting] = values;
  return {
    pay: cellNumber(pay, 'pay', PAY),
    area: parseArea(cellText(area), 'area'),
    years: cellNumber(years, 'years', YEARS),
    credentials: parseCredentials(textList(cert)),
    role: parseRole(cellText(role)),
    setting: parseSetting(cellText(setting)),
  };
}

/** PAY_REVIEW: one row per person (estimate, percentile, gap, compa-ratio, flag). */
export function payReview(
  pay: unknown,
  area: unknown,
  years: unknown,
  cert?: unknown,
  role?: unknown,
  setting?: unknown,
  headers?: unknown,
): CellOutput[][] {
  const header = headerRow('PAY_REVIEW', headers, PAY_REVIEW_HEADER);
  return rowwise(
    'PAY_REVIEW',
    [
      { name: 'pay', value: pay },
      { name: 'area', value: area },
      { name: 'years', value: years },
      { name: 'cert', value: cert, list: true, optional: true },
      { name: 'role', value: role, optional: true },
      { name: 'setting', value: setting, optional: true },
    ],
    PAY_REVIEW_HEADER.length,
    (values) => {
      const review = reviewPay(payReviewInputs(values));
      return [review.estimate.pay, shownQuantile(review.percentile), cents(review.gap), decimal4(review.compaRatio), review.flag];
    },
    header,
  );
}
