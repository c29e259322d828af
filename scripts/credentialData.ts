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
import type { CredentialInfo, CredentialSurvey, SurveyFigure } from '../src/core/referenceTypes';

type Row = Record<string, string>;

const STATUSES = new Set(['ok', 'historical', 'uncertain-year', 'conflicting']);
const BUNDLED_STATUSES = new Set(['ok', 'historical']);
const CONFIDENCES = new Set(['', 'high', 'medium', 'low']);
const DIMENSIONS = new Set(['certification', 'credential', 'credential_count', 'overall', 'experience', 'region', 'state']);
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
    figures,
  };
  inCurrent((r) => r.credential_code === 'CPC', 'CPC');
  return survey;
}
