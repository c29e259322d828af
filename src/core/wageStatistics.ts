/** STATE_WAGE: one statistic exactly as published; never a derived stand-in. */
import type { Area, WageStat } from './referenceTypes';
import type { RoleInfo } from './roles';
import { publishedWages } from './distribution';
import { InputError, NotInDataError } from './inputError';

export type StatName = WageStat | 'year';

// No prototype: "constructor" or "__proto__" typed in a cell must not find Object's own members.
const ALIASES: Readonly<Record<string, StatName>> = Object.assign(Object.create(null), {
  '': 'annual_median',
  median: 'annual_median',
  p50: 'annual_median',
  mean: 'annual_mean',
  average: 'annual_mean',
  p10: 'annual_p10',
  p25: 'annual_p25',
  p75: 'annual_p75',
  p90: 'annual_p90',
  hourly: 'hourly_median',
  employment: 'employment',
  jobs: 'employment',
  year: 'year',
});

export const STAT_ACCEPTED =
  '"median" (default), "mean", "p10", "p25", "p75", "p90", "hourly_median", "hourly_mean", "hourly_p10"…"hourly_p90", "employment" or "year"';

/** The user-facing name of a statistic: "mean", "p10", "hourly_median". */
export function statLabel(stat: StatName): string {
  return stat.replace(/^annual_/, '');
}

export function parseStat(text: string): StatName {
  const key = text.trim().toLowerCase().replace(/\s+/g, '_');
  const alias = ALIASES[key];
  if (alias) return alias;
  if (/^(annual|hourly)_(mean|median|p10|p25|p75|p90)$/.test(key)) return key as WageStat;
  if (key === 'hourly_p50') return 'hourly_median';
  throw new InputError('stat', text, STAT_ACCEPTED);
}

export function publishedStatistic(role: RoleInfo, area: Area, stat: StatName): number {
  const record = publishedWages(role, area);
  if (stat === 'year') return record.year;
  const value = record.values[stat];
  if (value !== undefined) return value;
  const available = ['year', ...Object.keys(record.values)].map((s) => statLabel(s as StatName));
  const reason = record.missing[stat];
  throw new NotInDataError(
    `the bundled ${record.release} data has no ${statLabel(stat)} for ${role.occupation} in ${area.name}` +
      (reason ? ` (${reason})` : '') +
      `; it has: ${available.join(', ')}`,
    `#N/A NO ${statLabel(stat).toUpperCase()} ${area.code} ${record.year}`,
  );
}
