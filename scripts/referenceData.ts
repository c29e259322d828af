/**
 * Reads the reference CSVs in `data/` into the typed `ReferenceData` the add-on bundles,
 * and checks them. The CSVs are the single source of truth; nothing here invents a figure.
 *
 * Wage files are read by column name, so any CSV named `oews_*.csv` that uses the shared
 * vocabulary (state_abbr, soc_code, year, release, source, source_url, and any of the WageStat
 * columns) contributes rows; `npm run data:update` writes files in the same vocabulary. For every
 * occupation and area the most recent year with a median answers by default; the other years
 * are kept too. Rows of the same year are merged and must agree. Files with an `area_code`
 * column hold metropolitan and nonmetropolitan areas, read and checked in scripts/areaData.ts.
 *
 * Citations (data/CITATIONS.md): in every file `source` names the publication and `source_url`
 * is the publisher's page for it; `retrieved_from` records the copy actually read, where that
 * differs, and is never bundled. The check refuses a row without both, a page outside the
 * publishers' sites, and an OEWS row whose page is not its own year's and area's.
 */
import { readEducationData } from './educationData';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isPublisherUrl, oewsNational, oewsState, type Publication } from '../src/core/publishers';
import {
  WAGE_STATS,
  type StateRecord,
  type AreaTables,
  type PublishedStat,
  type CitedFigure,
  type EarlierOccupationRecord,
  type PriceParity,
  type Projection,
  type ReferenceData,
  type Soc,
  type WageRecord,
  type WageStat,
} from '../src/core/referenceTypes';
import { checkCitationColumns, numberOrUndefined, publicationOf, readCsv, usable, yearOf, type Row, type WageRow } from './referenceCsv';
import { readApprenticeRules, readCredentialCatalogue, readCredentialSurvey } from './credentialData';
import { areaFileKind, readAreaData, type AreaFile, type NationalFigure } from './areaData';
import { isNationalHistory, readCertificationCosts, readConsumerPrices, readNationalHistory } from './careerData';
import { readSettingFigures, SETTING_FIGURES_FILE } from './settingData';
import { AREA_PARITY_FILE_PREFIX, checkParityJoin, readAreaParities } from './priceParityData';

const SOCS: readonly Soc[] = ['29-2072', '43-3021', '29-9021'];
export type { Row } from './referenceCsv';
export { readCsv } from './referenceCsv';

export class ReferenceDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`reference data check failed (${problems.length} problem(s)):\n  - ${problems.join('\n  - ')}`);
  }
}

/** The state files' statistics: the wage statistics and, where a file has it, the location quotient. */
const STATE_STATS: readonly PublishedStat[] = [...WAGE_STATS, 'location_quotient'];

/** An OEWS figure is cited on its own release's page: the state page, or the occupation's national page. */
export function expectedOewsPage(soc: string, area: string, year: number): string {
  return area === 'US' ? oewsNational(year, soc).url : oewsState(year, area).url;
}

/** A wide wage file: one row per area and occupation. */
function wideWageRows(file: string, rows: Row[], problems: string[]): WageRow[] {
  const out: WageRow[] = [];
  for (const row of rows) {
    if (!usable(row) || !SOCS.includes(row.soc_code as Soc)) continue;
    const year = yearOf(row.year ?? '');
    if (!Number.isFinite(year)) {
      problems.push(`${file}: ${row.state_abbr} ${row.soc_code} has no valid year ("${row.year}")`);
      continue;
    }
    const values: Partial<Record<PublishedStat, number>> = {};
    const missing: Partial<Record<PublishedStat, string>> = {};
    for (const stat of STATE_STATS) {
      const raw = row[stat];
      if (raw === undefined) continue;
      const value = numberOrUndefined(raw);
      if (value !== undefined) values[stat] = value;
      else if (raw.trim() !== '') problems.push(`${file}: ${row.state_abbr} ${row.soc_code} ${stat} is not a number ("${raw}")`);
      const reason = row[`${stat}_missing`];
      if (value === undefined && reason) missing[stat] = reason;
    }
    const area = row.state_abbr || 'US';
    const publication = publicationOf(row);
    const expected = expectedOewsPage(row.soc_code!, area, year);
    if (publication.url && publication.url !== expected)
      problems.push(`${file}: ${area} ${row.soc_code} ${year} cites ${publication.url}; its page is ${expected}`);
    out.push({
      soc: row.soc_code as Soc,
      area,
      year,
      release: row.release || `OEWS May ${year}`,
      values,
      missing,
      publication,
      file,
    });
  }
  return out;
}

/** The long national summary: one row per occupation, statistic and period. */
function nationalSummaryRows(file: string, rows: Row[], problems: string[]): WageRow[] {
  const out: WageRow[] = [];
  for (const row of rows) {
    if (!usable(row) || !SOCS.includes(row.soc_code as Soc)) continue;
    const stat = row.metric as WageStat;
    const year = yearOf(row.reference_period ?? '');
    const value = numberOrUndefined(row.value);
    if (!WAGE_STATS.includes(stat) || !Number.isFinite(year) || value === undefined) continue;
    const publication = publicationOf(row);
    const expected = expectedOewsPage(row.soc_code!, 'US', year);
    if (publication.url && publication.url !== expected)
      problems.push(`${file}: ${row.soc_code} ${stat} ${year} cites ${publication.url}; its page is ${expected}`);
    out.push({
      soc: row.soc_code as Soc,
      area: 'US',
      year,
      release: `OEWS May ${year} (national)`,
      values: { [stat]: value },
      missing: {},
      publication,
      file,
    });
  }
  return out;
}

/** Per occupation and area: the latest year with a median (`latest`) and every other year (`earlier`). */
function mergeWageRows(rows: WageRow[], problems: string[]): { latest: WageRecord[]; earlier: WageRecord[] } {
  const groups = new Map<string, WageRow[]>();
  for (const row of rows) {
    const key = `${row.soc}|${row.area}|${row.year}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const latest = new Map<string, WageRecord>();
  const all: WageRecord[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const values: Partial<Record<PublishedStat, number>> = {};
    const missing: Partial<Record<PublishedStat, string>> = {};
    const pages = new Map<string, Publication>();
    let release = first.release;
    for (const row of group) {
      for (const [stat, value] of Object.entries(row.values) as [PublishedStat, number][]) {
        const existing = values[stat];
        if (existing !== undefined && existing !== value) {
          problems.push(`${first.area} ${first.soc} ${first.year} ${stat}: ${row.file} says ${value}, another file says ${existing}`);
        }
        values[stat] = value;
      }
      Object.assign(missing, row.missing);
      pages.set(`${row.publication.title}|${row.publication.url}`, row.publication);
      // A state-file release label ("OEWS May 2025 (state)") is more specific than a generic one.
      if (row.release.includes('(')) release = row.release;
    }
    for (const stat of Object.keys(values) as PublishedStat[]) delete missing[stat];
    if (pages.size > 1) {
      const cited = [...pages.values()].map((p) => `"${p.title}" ${p.url}`).join(' and ');
      problems.push(`${first.area} ${first.soc} ${first.year}: rows of one release cite different publications (${cited})`);
    }
    const record: WageRecord = {
      soc: first.soc,
      area: first.area,
      year: first.year,
      release,
      values,
      missing,
      publication: [...pages.values()][0]!,
    };
    all.push(record);
    const key = `${first.soc}|${first.area}`;
    const current = latest.get(key);
    // Only a year with a published median can serve as the base of an estimate.
    if (values.annual_median === undefined) continue;
    if (!current || current.year < record.year) latest.set(key, record);
  }
  const order = (a: WageRecord, b: WageRecord): number => (a.soc + a.area).localeCompare(b.soc + b.area) || b.year - a.year;
  const chosen = new Set(latest.values());
  return { latest: [...chosen].sort(order), earlier: all.filter((r) => !chosen.has(r)).sort(order) };
}

function readAreas(rows: Row[]): StateRecord[] {
  const areas = new Map<string, StateRecord>();
  for (const row of rows) {
    if (row.state_abbr && row.state_abbr !== 'US' && row.state_name) {
      areas.set(row.state_abbr, { code: row.state_abbr, name: row.state_name, fips: row.state_fips ?? '' });
    }
  }
  return [...areas.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function readPriceParities(rows: Row[]): PriceParity[] {
  const latest = new Map<string, PriceParity>();
  for (const row of rows) {
    if (!usable(row)) continue;
    const rpp = numberOrUndefined(row.rpp_all_items);
    const year = yearOf(row.year ?? '');
    if (rpp === undefined || !Number.isFinite(year)) continue;
    const parity: PriceParity = {
      area: row.state_abbr!,
      year,
      rpp,
      release: `BEA Regional Price Parities ${year} (release of ${(row.bea_release ?? '').replace(/\s*\(.*\)$/, '')})`,
      publication: publicationOf(row),
    };
    const current = latest.get(parity.area);
    if (!current || current.year < year) latest.set(parity.area, parity);
  }
  return [...latest.values()].sort((a, b) => a.area.localeCompare(b.area));
}

/** The newest usable median for a work setting (the handbook's own figure). */
function settingRow(rows: Row[], industry: string): Row | undefined {
  return rows
    .filter((r) => r.industry === industry && usable(r) && numberOrUndefined(r.annual_median) !== undefined)
    .sort((a, b) => yearOf(b.reference_period ?? '') - yearOf(a.reference_period ?? ''))[0];
}

const HOSPITALS = 'Hospitals (OOH setting)';
const PHYSICIAN_OFFICES = 'Offices of physicians (OOH setting)';

function settingFigure(rows: Row[], industry: string, problems: string[]): CitedFigure {
  const row = settingRow(rows, industry);
  if (!row) {
    problems.push(`industry_29-2072.csv: no usable median for "${industry}"`);
    return { label: industry, value: Number.NaN, year: Number.NaN, source: '' };
  }
  return {
    label: `${industry.replace(' (OOH setting)', '')} median, ${row.reference_period}`,
    value: Number(row.annual_median),
    year: yearOf(row.reference_period!),
    source: row.source_url!,
  };
}

function readProjections(rows: Row[]): Projection[] {
  const latest = new Map<Soc, Projection>();
  for (const row of rows) {
    if (!usable(row) || !SOCS.includes(row.soc_code as Soc)) continue;
    const matrix = numberOrUndefined(row.growth_pct_matrix);
    const rounded = numberOrUndefined(row.growth_pct_ooh_rounded);
    const projection: Projection = {
      soc: row.soc_code as Soc,
      occupation: row.occupation!,
      period: row.projection_period!,
      growth: matrix !== undefined ? matrix / 100 : rounded !== undefined ? rounded / 100 : undefined,
      growthRounded: rounded !== undefined ? rounded / 100 : undefined,
      openings: numberOrUndefined(row.annual_openings),
      median: numberOrUndefined(row.median_annual_pay),
      medianReference: row.pay_reference || undefined,
      education: row.typical_entry_education || undefined,
      publication: publicationOf(row),
    };
    const current = latest.get(projection.soc);
    if (!current || current.period < projection.period) latest.set(projection.soc, projection);
  }
  return [...latest.values()];
}

/** What the build ships: the state data in Code.js, and the area tables read only when first needed. */
export interface LoadedData extends ReferenceData {
  readonly areaTables: AreaTables;
}

/** Reads every reference CSV in `dir`; throws ReferenceDataError listing every problem. */
export function loadReferenceData(dir: string): LoadedData {
  const problems: string[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  for (const file of files) checkCitationColumns(file, readCsv(join(dir, file)), problems);
  const wageRows: WageRow[] = [];
  const areaFiles: AreaFile[] = [];
  let areaRows: Row[] = [];
  const earlierOccupation: EarlierOccupationRecord[] = [];
  for (const file of files.filter((f) => f.startsWith('oews_'))) {
    const rows = readCsv(join(dir, file));
    const kind = areaFileKind(Object.keys(rows[0] ?? {}));
    if (kind) {
      areaFiles.push({ file, kind, rows });
      continue;
    }
    if (isNationalHistory(rows)) {
      const history = readNationalHistory(file, rows, problems);
      wageRows.push(...history.wageRows);
      earlierOccupation.push(...history.earlierOccupation);
      continue;
    }
    wageRows.push(...wideWageRows(file, rows, problems));
    areaRows = areaRows.concat(rows);
  }
  const nationalFile = files.find((f) => f.startsWith('national_summary'));
  if (nationalFile) wageRows.push(...nationalSummaryRows(nationalFile, readCsv(join(dir, nationalFile)), problems));

  const credentials = readCredentialCatalogue(readCsv(join(dir, 'credentials.csv')), problems);
  const industries = readCsv(join(dir, 'industry_29-2072.csv'));
  const rppFile = files.find((f) => f.startsWith('bea_rpp'));
  if (!rppFile) problems.push('no bea_rpp_*.csv file in data/');
  const priceParities = rppFile ? readPriceParities(readCsv(join(dir, rppFile))) : [];
  const areaParityFiles = files.filter((f) => f.startsWith(AREA_PARITY_FILE_PREFIX));
  if (areaParityFiles.length !== 1)
    problems.push(`${areaParityFiles.length} ${AREA_PARITY_FILE_PREFIX}_*.csv files in data/, expected one`);
  const areaParities = readAreaParities(
    areaParityFiles[0] ?? `${AREA_PARITY_FILE_PREFIX}_*.csv`,
    areaParityFiles[0] ? readCsv(join(dir, areaParityFiles[0])) : [],
    priceParities.filter((p) => p.area !== 'US'),
    problems,
  );

  const states = readAreas(areaRows);
  const wages = mergeWageRows(wageRows, problems);
  const areaData = readAreaData(areaFiles, problems);
  problems.push(...checkNationalFigures(areaData.national, [...wages.latest, ...wages.earlier]));
  problems.push(...checkParityJoin(areaParities.parities, areaData.tables.areas));
  const data: LoadedData = {
    areas: states,
    areaYears: [...new Set(areaData.tables.wages.map((w) => w.year))].sort(),
    wages: wages.latest,
    coderHistoryYears: historyYears([...wages.latest, ...wages.earlier]),
    earlierOccupation,
    consumerPrices: readConsumerPrices(dir, problems),
    certificationCosts: readCertificationCosts(dir, problems),
    priceParities,
    areaParitySources: areaParities.sources,
    credentials,
    credentialSurvey: readCredentialSurvey(readCsv(join(dir, 'credential_salary_surveys.csv')), credentials, problems),
    apprenticeRules: readApprenticeRules(readCsv(join(dir, 'credential_rules.csv')), credentials, problems),
    education: readEducationData(dir, credentials, problems),
    settings: {
      soc: '29-2072',
      publication: publicationOf(settingRow(industries, HOSPITALS) ?? {}),
      allSettings: nationalMedianFigure(wageRows, problems),
      hospital: settingFigure(industries, HOSPITALS, problems),
      physicianOffice: settingFigure(industries, PHYSICIAN_OFFICES, problems),
      ...readSettingFigures(readCsv(join(dir, SETTING_FIGURES_FILE)), problems),
    },
    projections: readProjections(readCsv(join(dir, 'projections_ooh.csv'))),
    areaTables: { ...areaData.tables, earlierStateWages: wages.earlier, priceParities: areaParities.parities },
  };
  problems.push(...checkReferenceData(data));
  if (problems.length > 0) throw new ReferenceDataError(problems);
  return data;
}

/** The May years of 29-2072 figures, nationally and in any state: what SALARY_SOURCE("history") cites without reading the earlier years. */
function historyYears(records: readonly WageRecord[]): { national: number[]; states: number[] } {
  const years = (national: boolean) =>
    [...new Set(records.filter((r) => r.soc === '29-2072' && (r.area === 'US') === national).map((r) => r.year))].sort();
  return { national: years(true), states: years(false) };
}

/** An area file's national row must say what the national estimates say, where both have the figure. */
function checkNationalFigures(figures: readonly NationalFigure[], records: readonly WageRecord[]): string[] {
  const problems: string[] = [];
  for (const f of figures) {
    const record = records.find((r) => r.soc === f.soc && r.area === 'US' && r.year === f.year);
    const value = record?.values[f.stat];
    if (value !== undefined && value !== f.value)
      problems.push(`${f.file}: national ${f.soc} ${f.year} ${f.stat} is ${f.value}, the national estimates say ${value}`);
  }
  return problems;
}

/** The all-settings median the setting ratios divide by: the latest national 29-2072 median. */
function nationalMedianFigure(rows: WageRow[], problems: string[]): CitedFigure {
  const row = rows
    .filter((r) => r.soc === '29-2072' && r.area === 'US' && r.values.annual_median !== undefined)
    .sort((a, b) => b.year - a.year)[0];
  if (!row) {
    problems.push('no national 29-2072 median');
    return { label: '', value: Number.NaN, year: Number.NaN, source: '' };
  }
  return {
    label: `BLS OEWS May ${row.year} national median, all settings`,
    value: row.values.annual_median!,
    year: row.year,
    source: row.publication.url,
  };
}

const PERCENTILE_ORDER: readonly WageStat[] = ['annual_p10', 'annual_p25', 'annual_median', 'annual_p75', 'annual_p90'];
const HOURLY_ORDER: readonly WageStat[] = ['hourly_p10', 'hourly_p25', 'hourly_median', 'hourly_p75', 'hourly_p90'];

/** One record: a source and a year, percentiles non-decreasing, the median inside [p10, p90], positive values. */
function checkWageRecord(record: WageRecord): string[] {
  const problems: string[] = [];
  const { area, soc } = record;
  if (!record.publication.title || !record.publication.url) problems.push(`${area} ${soc} ${record.year}: no source`);
  if (!Number.isInteger(record.year) || record.year < 2000) problems.push(`${area} ${soc}: bad year ${record.year}`);
  for (const order of [PERCENTILE_ORDER, HOURLY_ORDER]) {
    const present = order.filter((s) => record.values[s] !== undefined);
    for (let i = 1; i < present.length; i++) {
      const lower = record.values[present[i - 1]!]!;
      const upper = record.values[present[i]!]!;
      if (upper < lower) {
        problems.push(`${area} ${soc} ${record.year}: ${present[i]} (${upper}) is below ${present[i - 1]} (${lower})`);
      }
    }
  }
  const { annual_median: median, annual_p10: p10, annual_p90: p90 } = record.values;
  if (median !== undefined && p10 !== undefined && p90 !== undefined && (median < p10 || median > p90)) {
    problems.push(`${area} ${soc} ${record.year}: annual_median ${median} is outside [p10 ${p10}, p90 ${p90}]`);
  }
  for (const [stat, value] of Object.entries(record.values)) {
    if (!(value > 0)) problems.push(`${area} ${soc} ${record.year}: ${stat} must be positive (${value})`);
  }
  return problems;
}

/**
 * The checks `npm run data:check` runs: every state present for each role, percentiles
 * non-decreasing, medians inside [p10, p90], every figure with a source and a year, price
 * parities in a sane range. Returns one line per problem, naming area and field.
 */
export function checkReferenceData(data: LoadedData): string[] {
  const problems: string[] = [];
  if (data.areas.length < 51) problems.push(`only ${data.areas.length} states and DC found (expected 51)`);
  for (const soc of SOCS) {
    for (const area of [...data.areas.map((a) => a.code), 'US']) {
      const record = data.wages.find((w) => w.soc === soc && w.area === area);
      if (!record) problems.push(`${area} ${soc}: no wage record with a median`);
    }
  }
  for (const record of [...data.wages, ...data.areaTables.earlierStateWages]) problems.push(...checkWageRecord(record));
  for (const area of data.areas) {
    const parity = data.priceParities.find((p) => p.area === area.code);
    if (!parity) problems.push(`${area.code}: no price parity`);
    else if (!(parity.rpp >= 70 && parity.rpp <= 140)) problems.push(`${area.code}: price parity ${parity.rpp} outside 70..140`);
    else if (!parity.publication.title || !parity.publication.url) problems.push(`${area.code}: price parity without source`);
  }
  for (const figure of [data.settings.allSettings, data.settings.hospital, data.settings.physicianOffice]) {
    if (!(figure.value > 0) || !figure.source || !(figure.year > 2000)) problems.push(`setting figure "${figure.label}" incomplete`);
  }
  // A setting factor is one release's ratio: the setting median over the all-settings median of the same year.
  for (const figure of [data.settings.hospital, data.settings.physicianOffice]) {
    if (figure.year !== data.settings.allSettings.year)
      problems.push(
        `setting figure "${figure.label}" is May ${figure.year}, the all-settings median May ${data.settings.allSettings.year}`,
      );
    if (figure.source !== data.settings.publication.url)
      problems.push(`setting figure "${figure.label}" cites ${figure.source}, the other setting ${data.settings.publication.url}`);
  }
  // The payer ratio's denominator is the national mean of its year: the wage files must agree.
  const { payerAllIndustries } = data.settings;
  const national = [...data.wages, ...data.areaTables.earlierStateWages].find(
    (r) => r.soc === data.settings.soc && r.area === 'US' && r.year === payerAllIndustries.year,
  );
  const mean = national?.values.annual_mean;
  if (mean !== undefined && mean !== payerAllIndustries.value)
    problems.push(`setting figure "${payerAllIndustries.label}" is ${payerAllIndustries.value}, the national estimates say ${mean}`);
  for (const { path, url } of addressesIn(data)) {
    if (!isPublisherUrl(url))
      problems.push(`${path}: ${url} is not a publisher's page; the copy it was read from belongs in retrieved_from`);
  }
  return problems;
}

/** Every web address anywhere in the bundled data, with where it sits: all of them can reach a user. */
function addressesIn(value: unknown, path = 'data'): { path: string; url: string }[] {
  if (typeof value === 'string') return (value.match(/\bhttps?:\/\/[^\s,;)"']+/gi) ?? []).map((url) => ({ path, url }));
  if (Array.isArray(value)) return value.flatMap((v, i) => addressesIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => addressesIn(v, `${path}.${k}`));
  return [];
}
