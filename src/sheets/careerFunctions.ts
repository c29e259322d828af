/**
 * The career functions, argument by argument: WAGE_TREND, WAGE_GROWTH, CERT_PAYBACK (and its
 * EXPLAIN) and CAREER_PATH. Each delegates the domain work to src/core and the range and error
 * policy to broadcast.ts.
 */
import { parseArea } from '../core/places/areas';
import { parseCredentials } from '../core/pay/credentials';
import { parseRole } from '../core/pay/roles';
import { parseSetting } from '../core/pay/settings';
import { consumerPriceYear, latestPriceYear, CONSUMER_PRICES, PRICE_YEAR_ACCEPTED } from '../core/time/consumerPrices';
import { wageGrowth, wageTrend } from '../core/time/wageTrend';
import {
  certificationPayback,
  paybackAnswer,
  EXTRA_COST_ACCEPTED,
  MONTHS_TO_START_ACCEPTED,
  PREP_COST_ACCEPTED,
  type PaybackInputs,
} from '../core/time/certificationPayback';
import { credentialLabel } from '../core/pay/credentials';
import { explainPayback, paybackSummary } from '../core/sources/paybackExplain';
import { careerPath, parsePlanRows, parsePlanText, yearWords, type CareerPath, type Plan } from '../core/time/careerPath';
import { compareWaysIn, defaultWaysIn, wayLabel, type WaysIn } from '../core/time/waysIn';
import { InputError } from '../core/inputError';
import { cellFlag, cellNumber, cellText, isBlank, type CellOutput } from './cells';
import { cellwise, explained, tablewise, type ArgumentSpec } from './broadcast';

const YEARS = { min: 0, max: 60, accepted: 'years of experience as a number from 0 to 60 (40 and more count as 40)' };
const DATA_YEAR = { min: 2000, max: 2100, accepted: 'a May reference year of the wage data, e.g. 2021' };
const HORIZON = { min: 1, max: 40, accepted: 'a whole number of years from 1 to 40 (default 10)' };
const EXTRA_COST = { min: 0, max: 1_000_000, accepted: EXTRA_COST_ACCEPTED };
const PREP_COST = { min: 0, max: 1_000_000, accepted: PREP_COST_ACCEPTED };
const MONTHS_TO_START = { min: 0, max: 120, accepted: MONTHS_TO_START_ACCEPTED };
const GROWTH_ACCEPTED =
  'a yearly pay growth rate as a decimal (0.02) or a percentage ("2%") from -50% to 50%; blank for none (today\'s dollars)';

const decimal4 = (n: number): number => Math.round(n * 10000) / 10000;

function textList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(cellText) : [cellText(value)];
}

function wholeYear(cell: unknown, argument: string, rule: typeof DATA_YEAR): number {
  const year = cellNumber(cell, argument, rule);
  if (!Number.isInteger(year)) throw new InputError(argument, cellText(cell), rule.accepted, undefined, `${argument} must be a whole year`);
  return year;
}

function priceBase(cell: unknown) {
  if (isBlank(cell)) return latestPriceYear();
  const rule = { min: CONSUMER_PRICES[0]!.year, max: latestPriceYear().year, accepted: PRICE_YEAR_ACCEPTED };
  return consumerPriceYear(wholeYear(cell, 'dollars', rule), 'dollars');
}

/** "2%", "2 %", 0.02 → 0.02; blank → 0. */
export function growthRate(cell: unknown): number {
  if (isBlank(cell)) return 0;
  let rate: number;
  if (typeof cell === 'number') rate = cell;
  else if (typeof cell === 'string' && /%\s*$/.test(cell)) rate = Number(cell.replace(/%\s*$/, '').trim()) / 100;
  else rate = typeof cell === 'string' && cell.trim() !== '' ? Number(cell.trim()) : Number.NaN;
  if (!Number.isFinite(rate)) throw new InputError('growth', cellText(cell), GROWTH_ACCEPTED, undefined, 'growth must be a rate');
  if (rate < -0.5 || rate > 0.5)
    throw new InputError('growth', cellText(cell), GROWTH_ACCEPTED, undefined, 'growth must be between -50% and 50% a year');
  return rate;
}

export const WAGE_TREND_HEADER = ['Year', 'SOC', 'Median (annual)', 'Mean (annual)', 'Employment'];

export function wageTrendTable(area: unknown, role?: unknown, dollars?: unknown): CellOutput | CellOutput[][] {
  return tablewise(
    'WAGE_TREND',
    [
      { name: 'area', value: area },
      { name: 'role', value: role, optional: true },
      { name: 'dollars', value: dollars, optional: true },
    ],
    ([a, r, d]) => {
      const trend = wageTrend(parseRole(cellText(r)), parseArea(cellText(a), 'area'), priceBase(d));
      const provisional = trend.base.provisional ? `, ${trend.base.year} average provisional` : '';
      return [
        [...WAGE_TREND_HEADER, `Median in ${trend.base.year} dollars (CPI-U${provisional})`, 'Note'],
        ...trend.rows.map((row) => [
          row.year,
          row.code,
          row.median ?? '',
          row.mean ?? '',
          row.employment ?? '',
          row.constantMedian ?? '',
          row.note,
        ]),
      ];
    },
  );
}

export function wageGrowthCell(
  area: unknown,
  fromYear: unknown,
  toYear: unknown,
  role?: unknown,
  real?: unknown,
): CellOutput | CellOutput[][] {
  return cellwise(
    'WAGE_GROWTH',
    [
      { name: 'area', value: area },
      { name: 'from_year', value: fromYear },
      { name: 'to_year', value: toYear },
      { name: 'role', value: role, optional: true },
      { name: 'real', value: real, optional: true },
    ],
    ([a, f, t, r, re]) =>
      decimal4(
        wageGrowth(
          parseRole(cellText(r)),
          parseArea(cellText(a), 'area'),
          wholeYear(f, 'from_year', DATA_YEAR),
          wholeYear(t, 'to_year', DATA_YEAR),
          cellFlag(re, 'real'),
        ).rate,
      ),
  );
}

function paybackSpecs(
  area: unknown,
  years: unknown,
  cert: unknown,
  have: unknown,
  role: unknown,
  setting: unknown,
  extraCost: unknown,
  prepCost: unknown,
  monthsToStart: unknown,
): ArgumentSpec[] {
  return [
    { name: 'area', value: area },
    { name: 'years', value: years },
    { name: 'cert', value: cert, list: true },
    { name: 'have', value: have, list: true, optional: true },
    { name: 'role', value: role, optional: true },
    { name: 'setting', value: setting, optional: true },
    { name: 'extra_cost', value: extraCost, optional: true },
    { name: 'prep_cost', value: prepCost, optional: true },
    { name: 'months_to_start', value: monthsToStart, optional: true },
  ];
}

function paybackInputs(values: readonly unknown[]): PaybackInputs {
  const [area, years, cert, have, role, setting, extraCost, prepCost, monthsToStart] = values;
  return {
    area: parseArea(cellText(area), 'area'),
    years: cellNumber(years, 'years', YEARS),
    adding: parseCredentials(textList(cert)),
    have: parseCredentials(textList(have)),
    role: parseRole(cellText(role)),
    setting: parseSetting(cellText(setting)),
    ...(isBlank(extraCost) ? {} : { extraCost: cellNumber(extraCost, 'extra_cost', EXTRA_COST) }),
    ...(isBlank(prepCost) ? {} : { prepCost: cellNumber(prepCost, 'prep_cost', PREP_COST) }),
    ...(isBlank(monthsToStart) ? {} : { monthsToStart: cellNumber(monthsToStart, 'months_to_start', MONTHS_TO_START) }),
  };
}

export function certPayback(
  area: unknown,
  years: unknown,
  cert: unknown,
  have?: unknown,
  role?: unknown,
  setting?: unknown,
  extraCost?: unknown,
  prepCost?: unknown,
  monthsToStart?: unknown,
): CellOutput | CellOutput[][] {
  return cellwise('CERT_PAYBACK', paybackSpecs(area, years, cert, have, role, setting, extraCost, prepCost, monthsToStart), (v) =>
    paybackAnswer(certificationPayback(paybackInputs(v))),
  );
}

export function certPaybackExplain(
  area: unknown,
  years: unknown,
  cert: unknown,
  have?: unknown,
  role?: unknown,
  setting?: unknown,
  extraCost?: unknown,
  prepCost?: unknown,
  monthsToStart?: unknown,
): CellOutput | CellOutput[][] {
  return explained(
    'CERT_PAYBACK_EXPLAIN',
    paybackSpecs(area, years, cert, have, role, setting, extraCost, prepCost, monthsToStart),
    (v) => explainPayback(certificationPayback(paybackInputs(v))),
    (v) => paybackSummary(certificationPayback(paybackInputs(v))),
  );
}

/** A plan in one cell ("CPC:0, CRC:3"), a column of such cells, or rows of credential | year | cost. */
function planFrom(value: unknown): Plan {
  if (!Array.isArray(value)) return parsePlanText(cellText(value));
  const rows = (value.every(Array.isArray) ? value : [value]) as unknown[][];
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width <= 1) return parsePlanText(rows.map((r) => cellText(r[0])).join(', '));
  return parsePlanRows(rows.map((r) => r.map(cellText)));
}

function wholeHorizon(h: unknown): number {
  const years = isBlank(h) ? 10 : cellNumber(h, 'horizon', HORIZON);
  if (!Number.isInteger(years)) throw new InputError('horizon', cellText(h), HORIZON.accepted, undefined, 'horizon must be a whole number');
  return years;
}

export function careerPathTable(
  area: unknown,
  yearsNow: unknown,
  plan: unknown,
  horizon?: unknown,
  role?: unknown,
  setting?: unknown,
  growth?: unknown,
  prepCost?: unknown,
  monthsToStart?: unknown,
  whileStudying?: unknown,
): CellOutput | CellOutput[][] {
  return tablewise(
    'CAREER_PATH',
    [
      { name: 'area', value: area },
      { name: 'years_now', value: yearsNow },
      { name: 'plan', value: plan, whole: true },
      { name: 'horizon', value: horizon, optional: true },
      { name: 'role', value: role, optional: true },
      { name: 'setting', value: setting, optional: true },
      { name: 'growth', value: growth, optional: true },
      { name: 'prep_cost', value: prepCost, optional: true },
      { name: 'months_to_start', value: monthsToStart, optional: true },
      { name: 'while_studying', value: whileStudying, optional: true },
    ],
    ([a, y, p, h, r, s, g, pc, m, w]) => {
      const rate = growthRate(g);
      const parsed = planFrom(p);
      const path = careerPath({
        area: parseArea(cellText(a), 'area'),
        yearsNow: cellNumber(y, 'years_now', YEARS),
        plan: parsed.steps,
        school: parsed.school,
        workWhileStudying: cellFlag(w, 'while_studying'),
        horizon: wholeHorizon(h),
        role: parseRole(cellText(r)),
        setting: parseSetting(cellText(s)),
        growth: rate,
        ...(isBlank(pc) ? {} : { prepCost: cellNumber(pc, 'prep_cost', PREP_COST) }),
        ...(isBlank(m) ? {} : { monthsToStart: cellNumber(m, 'months_to_start', MONTHS_TO_START) }),
      });
      return careerPathRows(path);
    },
  );
}

/** CAREER_PATH's table: the header, then one row a year. */
export function careerPathRows(path: CareerPath): CellOutput[][] {
  const school = (path.inputs.school ?? []).length > 0;
  return [
    careerPathHeader(path.inputs.growth, school),
    ...path.years.map((row) => [
      row.year,
      row.experience,
      school ? yearWords(row, credentialLabel) : row.priced.map(credentialLabel).join(', ') || 'none',
      row.pay,
      row.cumulativeEarnings,
      Math.round(row.cumulativeCosts),
    ]),
  ];
}

/** The pay column says which dollars it is in; a plan with school says its costs include tuition. */
export function careerPathHeader(growth: number, school = false): string[] {
  const pay = growth === 0 ? "Estimated pay (today's dollars)" : `Estimated pay (growing ${decimal4(growth * 100)}% a year)`;
  return school
    ? ['Year', 'Years of experience', 'Education and credentials', pay, 'Cumulative earnings', 'Cumulative school and credential costs']
    : ['Year', 'Years of experience', 'Credentials held', pay, 'Cumulative earnings', 'Cumulative credential costs'];
}

/** Plans from a range of plan cells (one plan a cell; a blank cell is straight to work), or the default ways in when none is given. */
function waysFrom(value: unknown): { label: string; plan: Plan }[] {
  if (isBlank(value)) return defaultWaysIn();
  const cells = (Array.isArray(value) ? (value as unknown[]).flat() : [value]).map(cellText);
  if (cells.length > MAX_WAYS)
    throw new InputError('plans', `${cells.length} plans`, WAYS_ACCEPTED, undefined, `at most ${MAX_WAYS} plans side by side`);
  return cells.map((text) => ({ label: wayLabel(text), plan: asPlans(() => parsePlanText(text)) }));
}

/** A plan's refusal names PATH_COMPARE's own argument, plans. */
function asPlans<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError && error.argument === 'plan')
      throw new InputError('plans', error.given, error.accepted, () => error.suggestion, error.problem);
    throw error;
  }
}

const MAX_WAYS = 8;
const WAYS_ACCEPTED =
  'a range of plan cells, one plan a cell ("certificate:0, CPC:1"; blank for straight to work), up to 8; blank for the default ways in';

/** PATH_COMPARE's table: pay and cumulative net earnings of each plan by year, then the year each overtakes the first. */
export function waysInRows(compared: WaysIn): CellOutput[][] {
  const first = compared.ways[0]!;
  const header: CellOutput[] = ['Year', ...compared.ways.flatMap((w) => [`${w.label}: pay`, `${w.label}: cumulative net`])];
  const rows: CellOutput[][] = first.path.years.map((y, i) => [y.year, ...compared.ways.flatMap((w) => [w.path.years[i]!.pay, w.net[i]!])]);
  const overtaking: CellOutput[] = [
    `Overtakes ${first.label} in year`,
    ...compared.ways.flatMap((w, i) => ['', i === 0 ? '' : (w.overtakes ?? `not within ${compared.horizon} years`)]),
  ];
  return [header, ...rows, overtaking];
}

export function pathCompareTable(
  area: unknown,
  plans?: unknown,
  horizon?: unknown,
  yearsNow?: unknown,
  role?: unknown,
  setting?: unknown,
  growth?: unknown,
  whileStudying?: unknown,
): CellOutput | CellOutput[][] {
  return tablewise(
    'PATH_COMPARE',
    [
      { name: 'area', value: area },
      { name: 'plans', value: plans, whole: true, optional: true },
      { name: 'horizon', value: horizon, optional: true },
      { name: 'years_now', value: yearsNow, optional: true },
      { name: 'role', value: role, optional: true },
      { name: 'setting', value: setting, optional: true },
      { name: 'growth', value: growth, optional: true },
      { name: 'while_studying', value: whileStudying, optional: true },
    ],
    ([a, p, h, y, r, s, g, w]) =>
      waysInRows(
        asPlans(() =>
          compareWaysIn(
            {
              area: parseArea(cellText(a), 'area'),
              yearsNow: isBlank(y) ? 0 : cellNumber(y, 'years_now', YEARS),
              horizon: wholeHorizon(h),
              role: parseRole(cellText(r)),
              setting: parseSetting(cellText(s)),
              growth: growthRate(g),
              workWhileStudying: cellFlag(w, 'while_studying'),
            },
            waysFrom(p),
          ),
        ),
      ),
  );
}
