/**
 * The annual pay distribution of one occupation in one area (PRODUCT.md section 2):
 *
 *  - a state or the nation: its published 10th, 25th, 50th, 75th and 90th percentiles, or, where
 *    the data has only the median, that median times the national percentile ratios of the
 *    same occupation;
 *  - a metropolitan or nonmetropolitan area: BLS publishes its 25th, 50th and 75th percentiles,
 *    which set the middle; the tails follow its state's shape (p10 = p25 × the state's p10/p25,
 *    p90 = p75 × the state's p90/p75, each ratio from one state record), national where the
 *    state has no distribution of its own.
 *
 * Between and beyond those points pay is treated as log-normal: log pay is linear in the normal
 * score z within each segment, and the outer segments extend into the tails. This keeps the
 * curve monotone, reproduces every published point exactly, and needs no invented parameters.
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { Area, Soc, WageRecord } from '../referenceTypes';
import { ROLES, type RoleInfo } from './roles';
import { CELL_TEXT_MAX, NotInDataError } from '../inputError';
import { normalCdf, normalQuantile } from './normal';
import { areaRecordYears, areaWageRecord, areasWithCode, earlierStateWages, hasAreaFigures, nameIn } from '../places/areaTables';
import { NATIONAL, areaLabel, stateName, stateOf } from '../places/areas';

/** The percentiles OEWS publishes, as fractions. */
export const PUBLISHED_QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;
const Z = PUBLISHED_QUANTILES.map(normalQuantile);

export interface PayDistribution {
  readonly role: RoleInfo;
  readonly area: Area;
  /** The record the median (and, when published, the percentiles) come from. */
  readonly record: WageRecord;
  /** Annual pay at PUBLISHED_QUANTILES. */
  readonly percentiles: readonly [number, number, number, number, number];
  /**
   * `published`: the state's own percentiles; `national-shape`: median × national ratios;
   * `area-quartiles`: the area's published quartiles with tails in its state's shape.
   */
  readonly basis: 'published' | 'national-shape' | 'area-quartiles';
  /** For `national-shape`: the national record whose ratios were borrowed. */
  readonly shapeFrom?: WageRecord;
  /** For `area-quartiles`: the state (or national) distribution whose tail ratios were used. */
  readonly tailsFrom?: PayDistribution;
}

const byKey = new Map<string, WageRecord>();
function wageRecord(soc: Soc, area: string): WageRecord | undefined {
  if (byKey.size === 0) for (const w of REFERENCE.wages) byKey.set(`${w.soc}|${w.area}`, w);
  return byKey.get(`${soc}|${area}`);
}

const yearsText = (years: readonly number[]): string => years.map((y) => `May ${y}`).join(', ');

/** A state's or the nation's record of one year (the default year's or an earlier one). */
function stateRecordIn(role: RoleInfo, area: Area, year: number): WageRecord {
  const latest = wageRecord(role.soc, area.code);
  if (latest?.year === year) return latest;
  const records = [...(latest ? [latest] : []), ...earlierStateWages()].filter((w) => w.soc === role.soc && w.area === area.code);
  const record = records.find((w) => w.year === year);
  if (record) return record;
  throw new NotInDataError(
    `no May ${year} ${role.occupation} (${role.soc}) figures for ${area.name} in the bundled data; it has ${yearsText(records.map((w) => w.year).sort())}`,
    `#N/A NO ${year} ${area.code}`,
  );
}

/**
 * A range's short error text naming the place, not its code: `#N/A no figure: Guam
 * nonmetropolitan area`, cut to the 80 characters a cell shows.
 */
function cellTextNaming(head: string, area: Area): string {
  const kind = area.kind === 'nonmetropolitan' && !/nonmetropolitan/i.test(area.name) ? ' nonmetropolitan area' : '';
  const text = `${head}${area.name}${kind}`;
  return text.length <= CELL_TEXT_MAX ? text : `${text.slice(0, CELL_TEXT_MAX - 1)}…`;
}

/** "no figure in the data for this area", naming the area's state. */
function noAreaFigure(role: RoleInfo, area: Area, detail: string): NotInDataError {
  const state = stateOf(area);
  const pointer = state
    ? `; for ${state.name} as a whole use "${state.code}"`
    : `; the data has no figures for ${stateName(area.states[0]!)}`;
  return new NotInDataError(
    `no figure in the data for this area: ${areaLabel(area)}, ${stateName(area.states[0]!)} — ${detail}${pointer}`,
    cellTextNaming('#N/A no figure: ', area),
  );
}

/** An area's record: of `year`, or of the latest year with a published median. */
function areaRecordIn(role: RoleInfo, area: Area, year?: number): WageRecord {
  if (!hasAreaFigures(role.soc))
    throw noAreaFigure(role, area, `the bundled BLS area estimates do not cover ${role.occupation} (${role.soc})`);
  const years = areaRecordYears(role.soc, area);
  if (year === undefined) {
    const withMedian = years.filter((y) => areaWageRecord(role.soc, area, y)!.values.annual_median !== undefined);
    if (withMedian.length === 0) {
      const detail = years.length
        ? `the bundled BLS area estimates publish no ${role.occupation} (${role.soc}) median for it (${yearsText(years)})`
        : `BLS defines it, but the bundled area estimates have no ${role.occupation} (${role.soc}) figures for it`;
      throw noAreaFigure(role, area, detail);
    }
    return areaWageRecord(role.soc, area, withMedian[withMedian.length - 1]!)!;
  }
  const record = areaWageRecord(role.soc, area, year);
  if (record) return record;
  let reason = `the bundled area estimates have no May ${year} ${role.occupation} (${role.soc}) figures for it`;
  if (nameIn(area, year) === undefined) {
    // Nonmetropolitan codes were reused when BLS redrew those areas: say what the code meant that year.
    const then = areasWithCode(area.code).find((a) => nameIn(a, year) !== undefined);
    reason = then
      ? `in May ${year} BLS code ${area.code} was another area, "${nameIn(then, year)}"`
      : `BLS did not define it for May ${year}`;
  }
  throw new NotInDataError(
    `no figure in the bundled data for this area in May ${year}: ${areaLabel(area)} — ${reason}` +
      (years.length ? `; it has ${yearsText(years)}` : ''),
    `#N/A NO ${year} ${area.code}`,
  );
}

/**
 * The published record for an occupation in an area: of `year`, or by default the most recent
 * year with a published median.
 */
export function publishedWages(role: RoleInfo, area: Area, year?: number): WageRecord {
  if (area.kind === 'metropolitan' || area.kind === 'nonmetropolitan') return areaRecordIn(role, area, year);
  if (year !== undefined) return stateRecordIn(role, area, year);
  const record = wageRecord(role.soc, area.code);
  if (!record) {
    throw new NotInDataError(`no ${role.occupation} (${role.soc}) wages for ${area.name} in the bundled data`, `#N/A NO DATA ${area.code}`);
  }
  return record;
}

function publishedPercentiles(record: WageRecord): [number, number, number, number, number] | undefined {
  const v = record.values;
  if (v.annual_p10 === undefined || v.annual_p25 === undefined || v.annual_p75 === undefined || v.annual_p90 === undefined)
    return undefined;
  return [v.annual_p10, v.annual_p25, v.annual_median!, v.annual_p75, v.annual_p90];
}

/** National shape of the occupation; an occupation without one (29-9021) borrows the coder shape. */
function nationalShape(role: RoleInfo): WageRecord {
  for (const soc of [role.soc, ROLES.coder.soc]) {
    const national = wageRecord(soc, 'US');
    if (national && publishedPercentiles(national)) return national;
  }
  throw new NotInDataError('no national percentile shape in the bundled data', '#N/A NO SHAPE');
}

function stateLevelDistribution(role: RoleInfo, area: Area): PayDistribution {
  const record = publishedWages(role, area);
  const own = publishedPercentiles(record);
  if (own) return { role, area, record, percentiles: own, basis: 'published' };
  const shapeFrom = nationalShape(role);
  const national = publishedPercentiles(shapeFrom)!;
  const median = record.values.annual_median!;
  const ratios = national.map((p) => p / national[2]);
  return {
    role,
    area,
    record,
    percentiles: ratios.map((r) => median * r) as unknown as PayDistribution['percentiles'],
    basis: 'national-shape',
    shapeFrom,
  };
}

/** The distribution whose tail ratios an area borrows: its state's own, else the nation's. */
function tailShape(role: RoleInfo, area: Area): PayDistribution {
  const state = stateOf(area);
  const stateShape = state ? areaDistribution(role, state) : undefined;
  return stateShape && stateShape.basis === 'published' ? stateShape : areaDistribution(role, NATIONAL);
}

function localAreaDistribution(role: RoleInfo, area: Area): PayDistribution {
  const record = publishedWages(role, area);
  const { annual_p25: p25, annual_median: median, annual_p75: p75 } = record.values;
  if (p25 === undefined || p75 === undefined)
    throw noAreaFigure(role, area, `the bundled May ${record.year} area estimates have its median but not its 25th and 75th percentiles`);
  const tailsFrom = tailShape(role, area);
  const [s10, s25, , s75, s90] = tailsFrom.percentiles;
  return {
    role,
    area,
    record,
    percentiles: [p25 * (s10 / s25), p25, median!, p75, p75 * (s90 / s75)],
    basis: 'area-quartiles',
    tailsFrom,
  };
}

const cache = new Map<string, PayDistribution>();

/** The pay distribution the estimate, SALARY_RANGE and PAY_PERCENTILE use for an area of any kind. */
export function areaDistribution(role: RoleInfo, area: Area): PayDistribution {
  const key = `${role.soc}|${area.kind}|${area.code}|${area.name}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const distribution =
    area.kind === 'metropolitan' || area.kind === 'nonmetropolitan'
      ? localAreaDistribution(role, area)
      : stateLevelDistribution(role, area);
  cache.set(key, distribution);
  return distribution;
}

/** Log pay at the published points, once per distribution: a range call reads them for every cell. */
const logCache = new WeakMap<PayDistribution, readonly number[]>();
function logPercentiles(distribution: PayDistribution): readonly number[] {
  let logs = logCache.get(distribution);
  if (!logs) {
    logs = distribution.percentiles.map(Math.log);
    logCache.set(distribution, logs);
  }
  return logs;
}

/** Annual pay at normal score z (log-linear between published points, log-normal tails). */
export function payAtScore(distribution: PayDistribution, z: number): number {
  const logs = logPercentiles(distribution);
  let i = 0;
  while (i < Z.length - 2 && z > Z[i + 1]!) i++;
  const slope = (logs[i + 1]! - logs[i]!) / (Z[i + 1]! - Z[i]!);
  return Math.exp(logs[i]! + slope * (z - Z[i]!));
}

export function payAtQuantile(distribution: PayDistribution, quantile: number): number {
  return payAtScore(distribution, normalQuantile(quantile));
}

/** Where an annual pay sits in the distribution, 0–1: the inverse of payAtQuantile. */
export function quantileOfPay(distribution: PayDistribution, pay: number): number {
  const logs = logPercentiles(distribution);
  const target = Math.log(pay);
  let i = 0;
  while (i < logs.length - 2 && target > logs[i + 1]!) i++;
  const span = logs[i + 1]! - logs[i]!;
  // A flat segment (two equal published percentiles) puts the pay at its lower end.
  const z = span > 0 ? Z[i]! + ((target - logs[i]!) / span) * (Z[i + 1]! - Z[i]!) : Z[i]!;
  return normalCdf(z);
}
