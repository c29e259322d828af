/**
 * WAGE_TREND and WAGE_GROWTH: an occupation's published pay in one area, year by year, in
 * current and constant dollars.
 *
 * Only published figures appear: a year without one in the data is a gap row with a note, never
 * an interpolation. Nationally the coder series reaches back past SOC 29-2072's first OEWS year
 * (May 2021) to its predecessor, 29-2071 Medical Records and Health Information Technicians
 * (May 2010–2018), which the 2018 SOC split into 29-2072 and 29-9021; OEWS used transition codes
 * in May 2019 and 2020. Rows say which occupation each figure measures, the May 2020 figure of
 * the broader transitional group stays out of the columns, and growth is never computed across
 * the change.
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { Area, ConsumerPriceYear, EarlierOccupationRecord, WageRecord } from '../referenceTypes';
import { OEWS_TABLES, cite, type Publication } from '../publishers';
import { areaRecordYears, areaWageRecord, earlierStateWages, nameIn } from '../places/areaTables';
import { ROLES, type RoleInfo } from '../pay/roles';
import { NATIONAL } from '../places/areas';
import { inConstantDollars, latestPriceYear, priceCitation, provisionalNote } from './consumerPrices';
import { InputError, NotInDataError } from '../inputError';
import { dollars } from '../figureText';

/**
 * `current`: the role's own occupation; `predecessor`: the occupation it replaced (a different
 * definition); `transitional`: a change year's broader group (not shown as a number); `gap`: no
 * figure in the data.
 */
export type TrendRowKind = 'current' | 'predecessor' | 'transitional' | 'gap';

export interface TrendRow {
  readonly year: number;
  readonly kind: TrendRowKind;
  /** The SOC code the figures measure (blank for a gap). */
  readonly code: string;
  readonly occupation: string;
  readonly median?: number;
  readonly mean?: number;
  readonly employment?: number;
  /** The median in the base year's dollars. */
  readonly constantMedian?: number;
  readonly note: string;
  /** The page the figures are published on (none for a gap). */
  readonly publication?: Publication;
}

export interface WageTrend {
  readonly role: RoleInfo;
  readonly area: Area;
  readonly base: ConsumerPriceYear;
  readonly rows: readonly TrendRow[];
}

/** Every published year of the role's occupation in the area, oldest first: a state's and the nation's, or a metro or nonmetro area's. */
function publishedYears(role: RoleInfo, area: Area): WageRecord[] {
  const records =
    area.kind === 'metropolitan' || area.kind === 'nonmetropolitan'
      ? areaRecordYears(role.soc, area).map((year) => areaWageRecord(role.soc, area, year)!)
      : [...REFERENCE.wages, ...earlierStateWages()].filter((w) => w.soc === role.soc && w.area === area.code);
  return records.filter((w) => w.values.annual_median !== undefined).sort((a, b) => a.year - b.year);
}

/** The predecessor occupation's national figures, where the role's occupation has one. */
function earlierOccupation(role: RoleInfo, area: Area): EarlierOccupationRecord[] {
  return area.code === 'US' ? REFERENCE.earlierOccupation.filter((r) => r.successor === role.soc) : [];
}

export function wageTrend(role: RoleInfo, area: Area, base: ConsumerPriceYear = latestPriceYear()): WageTrend {
  const current = publishedYears(role, area);
  if (current.length === 0) {
    throw new NotInDataError(`no ${role.occupation} (${role.soc}) wages for ${area.name} in the bundled data`, `#N/A NO DATA ${area.code}`);
  }
  const earlier = earlierOccupation(role, area);
  const first = Math.min(current[0]!.year, ...earlier.map((r) => r.year));
  const last = current[current.length - 1]!.year;
  const firstCurrent = current[0]!.year;
  const lastEarlier = Math.max(...earlier.filter((r) => r.kind === 'predecessor').map((r) => r.year));
  const predecessor = earlier.find((r) => r.kind === 'predecessor');
  const constant = (median: number | undefined, year: number): number | undefined => {
    if (median === undefined || !REFERENCE.consumerPrices.some((p) => p.year === year)) return undefined;
    return Math.round(inConstantDollars(median, year, base));
  };
  const baseNote = provisionalNote(base);
  const rows: TrendRow[] = [];
  for (let year = first; year <= last; year++) {
    const notes: string[] = [];
    const record = current.find((w) => w.year === year);
    const other = earlier.find((r) => r.year === year);
    let row: TrendRow;
    if (record) {
      // An MSA keeps its code when OMB redraws it: a year under another title says so.
      const title = area.names ? nameIn(area, year) : undefined;
      if (title !== undefined && title !== area.name) notes.push(`BLS titled the area "${title}" in May ${year}`);
      if (year === firstCurrent && predecessor)
        notes.push(`first May of SOC ${role.soc} in OEWS: not the same occupation as ${predecessor.code} (${lastEarlier} and before)`);
      row = {
        year,
        kind: 'current',
        code: role.soc,
        occupation: role.occupation,
        median: record.values.annual_median,
        mean: record.values.annual_mean,
        employment: record.values.employment,
        constantMedian: constant(record.values.annual_median, year),
        note: '',
        publication: record.publication,
      };
    } else if (other && other.kind === 'predecessor') {
      notes.push(
        `SOC ${other.code} ${other.occupation}: a different, broader occupation, split in 2018 into ${other.successor} and 29-9021`,
      );
      row = {
        year,
        kind: 'predecessor',
        code: other.code,
        occupation: other.occupation,
        median: other.values.annual_median,
        mean: other.values.annual_mean,
        employment: other.values.employment,
        constantMedian: constant(other.values.annual_median, year),
        note: '',
        publication: other.publication,
      };
    } else if (other) {
      notes.push(
        `May ${year} median ${dollars(other.values.annual_median!)} was published for ${other.occupation}, the broader group of the ` +
          `2019–2021 change from SOC ${predecessor?.code ?? '29-2071'} to ${other.successor}: not comparable with the years before or after, so not in the columns`,
      );
      // Its label is not an SOC code: the SOC column stays blank and the note says what it was.
      row = { year, kind: 'transitional', code: '', occupation: other.occupation, note: '', publication: other.publication };
    } else {
      notes.push(
        year > lastEarlier && year < firstCurrent
          ? `no May ${year} figure in the data: OEWS used transition codes while SOC ${predecessor?.code ?? '29-2071'} was being split into ${role.soc} and 29-9021`
          : `no May ${year} figure in the data`,
      );
      row = { year, kind: 'gap', code: '', occupation: '', note: '' };
    }
    if (row.median !== undefined && row.constantMedian === undefined) notes.push(`no CPI-U average for ${year} in the data`);
    if (year === base.year && baseNote && row.constantMedian !== undefined) notes.push(baseNote);
    rows.push({ ...row, note: notes.join('; ') });
  }
  return { role, area, base, rows };
}

export interface WageGrowth {
  /** Annualised growth as a decimal (0.025 = 2.5% a year). */
  readonly rate: number;
  readonly from: TrendRow;
  readonly to: TrendRow;
  readonly real: boolean;
}

function yearsWith(trend: WageTrend): string {
  return trend.rows
    .filter((r) => r.median !== undefined)
    .map((r) => r.year)
    .join(', ');
}

/** Annualised growth of the median between two published years of the same occupation. */
export function wageGrowth(role: RoleInfo, area: Area, fromYear: number, toYear: number, real: boolean): WageGrowth {
  if (toYear <= fromYear) {
    throw new InputError('to_year', String(toYear), `a year after from_year (${fromYear})`, undefined, 'to_year must come after from_year');
  }
  const trend = wageTrend(role, area);
  const row = (year: number, argument: string): TrendRow => {
    const found = trend.rows.find((r) => r.year === year);
    if (found?.median !== undefined) return found;
    const why = found?.kind === 'transitional' ? ` (${found.note})` : '';
    throw new NotInDataError(
      `${argument} ${year}: no comparable May ${year} median for ${role.occupation} in ${area.name} in the bundled data${why}; years with one: ${yearsWith(trend)}`,
      `#N/A NO ${year} ${area.code}`,
    );
  };
  const from = row(fromYear, 'from_year');
  const to = row(toYear, 'to_year');
  if (from.code !== to.code) {
    throw new NotInDataError(
      `from_year May ${fromYear} measures SOC ${from.code} ${from.occupation}, to_year May ${toYear} SOC ${to.code} ${to.occupation}: ` +
        `BLS redefined the occupation in 2019–2021, so growth across the change is not computed; choose two years of the same occupation`,
      `#N/A NOT COMPARABLE ${fromYear}-${toYear}`,
    );
  }
  // Real growth deflates the published medians themselves, not the rounded constant-dollar column.
  const value = (r: TrendRow): number => (real ? inConstantDollars(r.median!, r.year, trend.base) : r.median!);
  return { rate: Math.pow(value(to) / value(from), 1 / (toYear - fromYear)) - 1, from, to, real };
}

/** Beyond this many pages, a trend's sources name the pattern instead of every page. */
const LISTED_PAGES = 6;

/** The trend's sources for a sheet: a line per page its figures come from, or the pattern when there are many. */
export function trendSourceLines(trend: WageTrend): string[] {
  const pages = trend.rows.filter((r) => r.publication).map((r) => r.publication!);
  const label = `Wage trend (${trend.area.code}, ${trend.role.soc})`;
  const lines =
    pages.length <= LISTED_PAGES
      ? pages.map((p) => `${label}: ${cite(p)}`)
      : [
          `${label}: BLS OEWS May ${trend.rows[0]!.year}–${trend.rows[trend.rows.length - 1]!.year}, each year on its own page (e.g. ${cite(pages[pages.length - 1]!)}), all listed at ${OEWS_TABLES.url}`,
          ...pages.filter((p) => !p.url.includes('/oes/')).map((p) => `${label}: ${cite(p)}`),
        ];
  return [...lines, priceCitation(trend.base)];
}

/** SALARY_SOURCE("history"): the publications the trends come from, read off the data. */
export function historyCitation(): string {
  // Read from the years summary, not the earlier records: a citation must not load the area tables.
  const { national, states } = REFERENCE.coderHistoryYears;
  const predecessor = REFERENCE.earlierOccupation.filter((r) => r.kind === 'predecessor');
  const transitional = REFERENCE.earlierOccupation.filter((r) => r.kind === 'transitional');
  const span = (years: readonly number[]) => `May ${Math.min(...years)}–${Math.max(...years)}`;
  return (
    `Wage history: BLS OEWS national estimates, SOC ${predecessor[0]?.code ?? '29-2071'} ${span(predecessor.map((r) => r.year))} and 29-2072 ${span(national)}, ` +
    `state estimates ${span(states)} where in the data` +
    (REFERENCE.areaYears.length ? ` and metropolitan and nonmetropolitan area estimates ${span(REFERENCE.areaYears)}` : '') +
    `, each year on its own page, all listed at ${OEWS_TABLES.url}` +
    transitional.map((r) => `; May ${r.year}: ${cite(r.publication)} (not comparable)`).join('') +
    `. ${priceCitation(latestPriceYear())}`
  );
}

/** What the wage history and prices lack, for About the data, read off the data. */
export function historyGaps(): string[] {
  const rows = wageTrend(ROLES.coder, NATIONAL).rows;
  const years = (kind: TrendRowKind) => rows.filter((r) => r.kind === kind).map((r) => r.year);
  const predecessor = years('predecessor');
  const stateYears = new Map<number, string[]>();
  for (const w of [...REFERENCE.wages, ...earlierStateWages()])
    if (w.soc === ROLES.coder.soc && w.area !== 'US') stateYears.set(w.year, [...(stateYears.get(w.year) ?? []), w.area]);
  const everyState = REFERENCE.areas.length;
  const stateText = [...stateYears.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, codes]) => `May ${year}: ${codes.length >= everyState ? 'every state and DC' : codes.sort().join(', ')}`)
    .join('; ');
  const base = latestPriceYear();
  return [
    `National coder wage history: no figure in the data for May ${years('gap').join(', ')}; ` +
      `May ${Math.min(...predecessor)}–${Math.max(...predecessor)} measure SOC 29-2071, a different occupation; ` +
      `May ${years('transitional').join(', ')} a broader transitional group, not comparable.`,
    `State coder wage history (29-2072): ${stateText}.`,
    ...(base.provisional ? [`Prices: the CPI-U ${base.year} average is provisional: ${base.provisional}.`] : []),
  ];
}
