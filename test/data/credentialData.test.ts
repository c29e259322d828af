/**
 * The credential files' checks: publisher citations, a known year for every figure a ratio may
 * use, copies of one survey that agree, catalogue pages on the issuers' sites.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/referenceData';
import { readCredentialCatalogue, readCredentialSurvey } from '../../scripts/credentialData';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const SURVEYS = readCsv(join(DATA, 'credential_salary_surveys.csv'));
const CATALOGUE_ROWS = readCsv(join(DATA, 'credentials.csv'));

function check(surveys = SURVEYS, catalogueRows = CATALOGUE_ROWS): string[] {
  const problems: string[] = [];
  readCredentialSurvey(surveys, readCredentialCatalogue(catalogueRows, problems), problems);
  return problems;
}

const changed = (index: number, change: Record<string, string>) => SURVEYS.map((r, i) => (i === index ? { ...r, ...change } : r));
const rowIndex = (source: string, group: string) => SURVEYS.findIndex((r) => r.source === source && r.group === group);

describe('credential data', () => {
  it('passes as shipped', () => {
    expect(check()).toEqual([]);
  });

  it('keeps every row in the shared vocabulary: publication, publisher page, copy read', () => {
    // 76, and the five AAPC 2010 credential-by-experience averages.
    expect(SURVEYS.length).toBe(81);
    for (const row of SURVEYS) {
      expect(row.source).not.toMatch(/^https?:/);
      expect(row.source_url).toMatch(/^https?:\/\/([a-z]+\.)?(aapc\.com|ahima\.org)\//);
      expect(row.retrieved_from ?? '').not.toBe(row.source_url);
    }
  });

  it('takes the current report as the newest survey with a non-certified average', () => {
    const problems: string[] = [];
    const survey = readCredentialSurvey(SURVEYS, readCredentialCatalogue(CATALOGUE_ROWS, problems), problems);
    expect(survey.nonCertified).toMatchObject({ value: 55721, year: 2025, survey: 'AAPC 2026 Medical Coding and Billing Salary Report (2025 survey)' });
    expect(survey.certifiedAverage.value).toBe(67260);
    expect(survey.twoCredentials.value).toBe(74557);
    expect(survey.threeOrMoreCredentials.value).toBe(81227);
    // Conflicting and uncertain-year rows are left out: 66,979, 38,290 and 44,740 never reach the bundle.
    const values = survey.figures.map((f) => f.value);
    for (const left of [66979, 38290, 44740, 57936, 62846]) expect(values).not.toContain(left);
  });

  it('refuses a figure cited to a copy instead of the publisher', () => {
    const i = rowIndex('AAPC 2018 Salary Survey', 'CIC');
    expect(check(changed(i, { source_url: 'https://www.beckersasc.com/some-article.html' }))).toEqual([
      expect.stringMatching(/AAPC 2018 Salary Survey CIC\): source_url "https:\/\/www\.beckersasc\.com\/some-article\.html" is not an AAPC or AHIMA page/),
    ]);
  });

  it('refuses a usable figure without a known year, and two copies of one survey that disagree', () => {
    const i = rowIndex('AAPC 2012 Salary Survey', 'CPMA');
    expect(check(changed(i, { salary_year: 'unclear' }))).toEqual([expect.stringMatching(/needs a four-digit salary_year, not "unclear"/)]);
    const conflicting = SURVEYS.findIndex((r) => r.value_usd === '38290');
    expect(check(changed(conflicting, { status: 'historical' }))).toEqual([
      'credential_salary_surveys.csv: AAPC 2009 Salary Survey Non-certified average is 38290 in one row and 37290 in another',
    ]);
  });

  it('refuses an unknown status and a catalogue page off the issuer’s site', () => {
    const i = rowIndex('AAPC 2015 Salary Survey', 'One AAPC credential');
    expect(check(changed(i, { status: 'medium' }))).toEqual([expect.stringMatching(/One AAPC credential\): status "medium" is not one of/)]);
    const rows = CATALOGUE_ROWS.map((r) => (r.code === 'CIC' ? { ...r, source_url: 'https://www.aapc.com/certifications/cic' } : r));
    expect(check(SURVEYS, rows)).toEqual(['credentials.csv: CIC: source_url "https://www.aapc.com/certifications/cic" is not under https://www.aapc.com/certification/']);
  });
});
