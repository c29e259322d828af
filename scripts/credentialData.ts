/**
 * Reads data/credentials.csv (the credential catalogue) and data/credential_salary_surveys.csv
 * (AAPC and AHIMA salary survey averages) into the bundled reference data, and checks them.
 *
 * Survey rows use the shared vocabulary: `source` is the publication (a survey and its year,
 * the unit a ratio may not cross), `source_url` the publisher's page, `retrieved_from` the copy
 * the figure was read from. Rows with status `ok` or `historical` are bundled: the credential
 * method (data/SOURCES.md, file 8) takes within-survey ratios from older surveys too, naming
 * their year. `conflicting` and `uncertain-year` rows stay in the file for the record only: a
 * ratio needs a survey whose year is known.
 */
import { AAPC_CERTIFICATION_URL, isPublisherUrl } from '../src/core/publishers';
import type { ApprenticeRule, CredentialInfo, CredentialSurvey, EqualExperienceGap, SurveyFigure } from '../src/core/referenceTypes';

type Row = Record<string, string>;

const STATUSES = new Set(['ok', 'historical', 'uncertain-year', 'conflicting']);
const BUNDLED_STATUSES = new Set(['ok', 'historical']);
const CONFIDENCES = new Set(['', 'high', 'medium', 'low']);
const DIMENSIONS = new Set([
  'certification',
  'certification x experience',
  'credential',
  'credential_count',
  'overall',
  'experience',
  'region',
  'state',
]);
const FILE = 'credential_salary_surveys.csv';

const surveyPublisher = (url: string): boolean => isPublisherUrl(url) && /^https:\/\/([a-z0-9-]+\.)*(aapc\.com|ahima\.org)\//i.test(url);

export function readCredentialCatalogue(rows: readonly Row[], problems: string[]): CredentialInfo[] {
  const seen = new Set<string>();
  return rows.map((r): CredentialInfo => {
    const credential: CredentialInfo = {
      code: r.code ?? '',
      name: r.name ?? '',
      issuer: r.issuer as CredentialInfo['issuer'],
      focus: r.focus ?? '',
      publication: { title: r.source ?? '', url: r.source_url ?? '' },
    };
    const where = `credentials.csv: ${credential.code || '(no code)'}`;
    if (!credential.code || !credential.name || !credential.focus || !credential.publication.title)
      problems.push(`${where}: incomplete row`);
    if (seen.has(credential.code)) problems.push(`${where}: listed twice`);
    seen.add(credential.code);
    // Each issuer's own site: AAPC's page for the credential, AHIMA's pages.
    const page =
      credential.issuer === 'AAPC' ? AAPC_CERTIFICATION_URL : credential.issuer === 'AHIMA' ? 'https://www.ahima.org/' : undefined;
    if (!page) problems.push(`${where}: issuer "${r.issuer}" is neither AAPC nor AHIMA`);
    else if (!credential.publication.url.startsWith(page))
      problems.push(`${where}: source_url "${credential.publication.url}" is not under ${page}`);
    return credential;
  });
}

function surveyFigure(row: Row): SurveyFigure {
  return {
    label: `${row.source}: ${row.group}`,
    value: Number(row.value_usd),
    year: Number(row.salary_year),
    source: row.source_url!,
    survey: row.source!,
    dimension: row.dimension!,
    group: row.group!,
    code: row.credential_code ?? '',
    confidence: row.confidence ?? '',
  };
}

/** Every row's own checks; returns the rows that may be bundled. */
function bundledRows(rows: readonly Row[], problems: string[]): Row[] {
  const out: Row[] = [];
  rows.forEach((row, i) => {
    const where = `${FILE} row ${i + 2} (${row.source} ${row.group})`;
    const status = row.status ?? '';
    if (!STATUSES.has(status)) problems.push(`${where}: status "${status}" is not one of ${[...STATUSES].join(', ')}`);
    if (!CONFIDENCES.has(row.confidence ?? '')) problems.push(`${where}: confidence "${row.confidence}" is not high, medium or low`);
    if (!DIMENSIONS.has(row.dimension ?? '')) problems.push(`${where}: unknown dimension "${row.dimension}"`);
    // Every file's rows are checked for a publication and a publisher's page (checkCitationColumns);
    // a salary survey's page must moreover be the surveying body's own.
    if (!surveyPublisher(row.source_url ?? '')) problems.push(`${where}: source_url "${row.source_url}" is not an AAPC or AHIMA page`);
    if (row.credential_code && row.dimension !== 'credential') problems.push(`${where}: credential_code on a ${row.dimension} row`);
    if (!BUNDLED_STATUSES.has(status)) return;
    if (!/^\d{4}$/.test(row.salary_year ?? ''))
      problems.push(`${where}: status ${status} needs a four-digit salary_year, not "${row.salary_year}"`);
    if (!(Number(row.value_usd) > 0)) problems.push(`${where}: value_usd "${row.value_usd}" is not a positive number`);
    out.push(row);
  });
  // Two copies of one survey may both be kept, but they must agree.
  const byKey = new Map<string, Row>();
  for (const row of out) {
    const key = `${row.source}|${row.salary_year}|${row.group}|${row.metric}`;
    const other = byKey.get(key);
    if (other && other.value_usd !== row.value_usd) {
      problems.push(`${FILE}: ${row.source} ${row.group} ${row.metric} is ${other.value_usd} in one row and ${row.value_usd} in another`);
    }
    byKey.set(key, row);
  }
  return out;
}

const NON_CERTIFIED = 'Non-certified';
const isCertified = (group: string): boolean => /^Certified\b/.test(group);

export function readCredentialSurvey(rows: readonly Row[], catalogue: readonly CredentialInfo[], problems: string[]): CredentialSurvey {
  const usable = bundledRows(rows, problems).filter((r) => r.metric === 'average');
  const codes = new Set(catalogue.map((c) => c.code));
  const figures = usable
    .filter((r) => r.dimension === 'certification' || (r.dimension === 'credential' && codes.has(r.credential_code ?? '')))
    .map(surveyFigure)
    // One figure per survey and group: agreeing copies are one figure.
    .filter((f, i, all) => all.findIndex((g) => g.survey === f.survey && g.year === f.year && g.group === f.group) === i)
    .sort((a, b) => b.year - a.year || a.survey.localeCompare(b.survey));

  // The current report: the newest survey with a non-certified average.
  const latest = figures.find((f) => f.dimension === 'certification' && f.group === NON_CERTIFIED);
  const missing = (group: string): SurveyFigure => {
    problems.push(`${FILE}: the current report (${latest?.survey ?? 'none found'}) has no usable average for "${group}"`);
    return { label: group, value: Number.NaN, year: Number.NaN, source: '', survey: '', dimension: '', group, code: '', confidence: '' };
  };
  const inCurrent = (test: (row: Row) => boolean, group: string): SurveyFigure => {
    const row = latest && usable.find((r) => r.source === latest.survey && Number(r.salary_year) === latest.year && test(r));
    return row ? surveyFigure(row) : missing(group);
  };
  const survey: CredentialSurvey = {
    nonCertified: inCurrent((r) => r.dimension === 'certification' && r.group === NON_CERTIFIED, NON_CERTIFIED),
    certifiedAverage: inCurrent((r) => r.dimension === 'certification' && isCertified(r.group!), 'Certified (any)'),
    twoCredentials: inCurrent((r) => r.dimension === 'credential_count' && /^Two\b/i.test(r.group!), 'Two certifications'),
    threeOrMoreCredentials: inCurrent(
      (r) => r.dimension === 'credential_count' && /^Three or more\b/i.test(r.group!),
      'Three or more certifications',
    ),
    equalExperience: readEqualExperience(usable, problems),
    figures,
  };
  inCurrent((r) => r.credential_code === 'CPC', 'CPC');
  return survey;
}

/**
 * The AAPC 2010 credential-by-experience pairs, and the raw certified and non-certified averages
 * of the survey nearest in time that has both (AAPC 2009): credentials.ts takes the share of the
 * raw gap that survives at equal experience from them.
 */
function readEqualExperience(rows: readonly Row[], problems: string[]): EqualExperienceGap {
  const find = (test: (r: Row) => boolean, what: string): SurveyFigure => {
    const row = rows.find(test);
    if (row) return surveyFigure(row);
    problems.push(`${FILE}: no usable average for ${what}`);
    return {
      label: what,
      value: Number.NaN,
      year: Number.NaN,
      source: '',
      survey: '',
      dimension: '',
      group: what,
      code: '',
      confidence: '',
    };
  };
  const pair = (group: string) => find((r) => r.dimension === 'certification x experience' && r.group === group, group);
  const raw = (test: (group: string) => boolean, what: string) =>
    find((r) => r.source === 'AAPC 2009 Salary Survey' && r.dimension === 'certification' && test(r.group ?? ''), `AAPC 2009 ${what}`);
  const gap: EqualExperienceGap = {
    certifiedFirstYear: pair('Certified, first year of experience'),
    nonCertifiedFirstYear: pair('Non-certified, first year of experience'),
    certifiedLongest: pair('Certified, more than 25 years of experience'),
    nonCertifiedLongest: pair('Non-certified, more than 25 years of experience'),
    firstYears: 1,
    longestYears: 25,
    rawCertified: raw(isCertified, 'certified average'),
    rawNonCertified: raw((g) => g === NON_CERTIFIED, 'non-certified average'),
  };
  const surveys = new Set(
    [gap.certifiedFirstYear, gap.nonCertifiedFirstYear, gap.certifiedLongest, gap.nonCertifiedLongest].map((f) => f.survey),
  );
  if (surveys.size !== 1) problems.push(`${FILE}: the credential-by-experience averages must come from one survey`);
  if (gap.rawCertified.survey !== gap.rawNonCertified.survey)
    problems.push(`${FILE}: the raw certified and non-certified averages must come from one survey`);
  return gap;
}

const RULES_FILE = 'credential_rules.csv';

/** data/credential_rules.csv: which credentials carry AAPC's apprentice status, and how long it lasts. */
export function readApprenticeRules(rows: readonly Row[], catalogue: readonly CredentialInfo[], problems: string[]): ApprenticeRule[] {
  const codes = new Set(catalogue.map((c) => c.code));
  const rules = new Map<string, ApprenticeRule>();
  rows.forEach((row, i) => {
    const where = `${RULES_FILE} row ${i + 2}`;
    const credential = row.credential ?? '';
    const apprentice = row.apprentice ?? '';
    if (!codes.has(credential) || !codes.has(apprentice))
      problems.push(`${where}: ${credential} and ${apprentice} must both be in credentials.csv`);
    const value = Number(row.value);
    if (!(value > 0) || row.unit !== 'years') problems.push(`${where}: value must be a number of years ("${row.value} ${row.unit}")`);
    const rule = rules.get(credential) ?? {
      credential,
      apprentice,
      yearsToRemove: Number.NaN,
      yearsWithCourse: Number.NaN,
      publication: { title: row.source ?? '', url: row.source_url ?? '' },
    };
    if (row.rule === 'experience to remove the -A') rules.set(credential, { ...rule, yearsToRemove: value });
    else if (row.rule === 'experience with Practicode or an 80-hour course') rules.set(credential, { ...rule, yearsWithCourse: value });
    else problems.push(`${where}: unknown rule "${row.rule}"`);
  });
  for (const rule of rules.values()) {
    if (!(rule.yearsWithCourse > 0 && rule.yearsToRemove > rule.yearsWithCourse))
      problems.push(`${RULES_FILE}: ${rule.credential} needs both rules, the shorter one with a course`);
  }
  return [...rules.values()];
}
