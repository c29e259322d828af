/**
 * The annual pay distribution of one occupation in one state: the published 10th, 25th,
 * 50th, 75th and 90th percentiles, or, where the data has only the state's median, that
 * median times the national percentile ratios of the same occupation (PRODUCT.md section 2).
 *
 * Between and beyond the published points pay is treated as log-normal: log pay is linear in
 * the normal score z within each segment, and the outer segments extend into the tails. This
 * keeps the curve monotone, reproduces every published point exactly, and needs no invented
 * parameters.
 */
import { REFERENCE } from '../../data/generated/reference';
import type { Area, Soc, WageRecord } from './referenceTypes';
import { ROLES, type RoleInfo } from './roles';
import { NotInDataError } from './inputError';
import { normalCdf, normalQuantile } from './normal';

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
  /** `published`: the state's own percentiles; `national-shape`: median × national ratios. */
  readonly basis: 'published' | 'national-shape';
  /** For `national-shape`: the national record whose ratios were borrowed. */
  readonly shapeFrom?: WageRecord;
}

const byKey = new Map<string, WageRecord>();
function wageRecord(soc: Soc, area: string): WageRecord | undefined {
  if (byKey.size === 0) for (const w of REFERENCE.wages) byKey.set(`${w.soc}|${w.area}`, w);
  return byKey.get(`${soc}|${area}`);
}

/** The published record for an occupation in an area (most recent year in the data). */
export function publishedWages(role: RoleInfo, area: Area): WageRecord {
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

const cache = new Map<string, PayDistribution>();

export function stateDistribution(role: RoleInfo, area: Area): PayDistribution {
  const key = `${role.soc}|${area.code}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const record = publishedWages(role, area);
  const own = publishedPercentiles(record);
  let distribution: PayDistribution;
  if (own) {
    distribution = { role, area, record, percentiles: own, basis: 'published' };
  } else {
    const shapeFrom = nationalShape(role);
    const national = publishedPercentiles(shapeFrom)!;
    const median = record.values.annual_median!;
    const ratios = national.map((p) => p / national[2]);
    distribution = {
      role,
      area,
      record,
      percentiles: ratios.map((r) => median * r) as unknown as PayDistribution['percentiles'],
      basis: 'national-shape',
      shapeFrom,
    };
  }
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
