/** STATE_WAGE: one statistic exactly as published, for a state or an area; never a derived stand-in. */
import type { Area, PublishedStat, WageStat } from '../referenceTypes';
import type { RoleInfo } from './roles';
import { publishedWages } from './distribution';
import { InputError, NotInDataError } from '../inputError';

/** BLS converts hourly to annual wages with 2,080 hours (52 weeks × 40 hours). */
export const HOURS_PER_YEAR = 2080;

export type StatName = PublishedStat | 'year';

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
  location_quotient: 'location_quotient',
  lq: 'location_quotient',
});

export const STAT_ACCEPTED =
  '"median" (default), "mean", "p10", "p25", "p75", "p90", "hourly_median", "hourly_mean", "hourly_p10"…"hourly_p90", "employment", "location_quotient" or "year"';

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

/** BLS's area files in the data carry the middle of the distribution only. */
const AREA_TAILS: ReadonlySet<StatName> = new Set(['annual_p10', 'annual_p90', 'hourly_p10', 'hourly_p90']);

/** The statistic from the record of `year`, or of the default year (the latest with a median). */
export function publishedStatistic(role: RoleInfo, area: Area, stat: StatName, year?: number): number {
  const record = publishedWages(role, area, year);
  if (stat === 'year') return record.year;
  const value = record.values[stat];
  if (value !== undefined) return value;
  const available = ['year', ...Object.keys(record.values)].map((s) => statLabel(s as StatName));
  const cellText = `#N/A NO ${statLabel(stat).toUpperCase()} ${area.code} ${record.year}`;
  if ((area.kind === 'metropolitan' || area.kind === 'nonmetropolitan') && AREA_TAILS.has(stat)) {
    throw new NotInDataError(
      `the area's tails are not published: the bundled BLS OEWS May ${record.year} area estimates for ${area.name} carry ` +
        `${available.join(', ')}; SALARY_RANGE derives p10 and p90 from the state's shape`,
      cellText,
    );
  }
  const reason = record.missing[stat];
  throw new NotInDataError(
    `the bundled ${record.release} data has no ${statLabel(stat)} for ${role.occupation} in ${area.name}` +
      (reason ? ` (${reason})` : '') +
      `; it has: ${available.join(', ')}`,
    cellText,
  );
}

export const YEAR_ACCEPTED = 'a May reference year of the data, e.g. 2024 (blank for the latest)';

/** "2023", 2023 or "May 2023" → 2023; blank → undefined (the latest). */
export function parseDataYear(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const match = /^(?:may\s+)?(\d{4})$/i.exec(trimmed);
  if (match) return Number(match[1]);
  throw new InputError('year', text, YEAR_ACCEPTED, undefined, 'year must be a year such as 2024');
}
