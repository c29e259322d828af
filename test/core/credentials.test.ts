/**
 * Credential factors at equal experience from each credential's own survey evidence: every raw
 * ratio inside one survey and year, shrunk by the AAPC 2010/2009 share; the apprentice rule and
 * the apprentices' part of the premium; CPC-A never above CPC; sets never below their best single
 * credential nor below an apprentice designation they hold.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/referenceData';
import { STATES, NATIONAL } from '../../src/core/places/areas';
import {
  APPRENTICE,
  CREDENTIALS,
  apprenticeEvidence,
  apprenticeGap,
  referenceCredentialFactor,
  credentialCitation,
  credentialFactor,
  credentialPremium,
  credentialSurveys,
  experienceShare,
  parseCredentials,
  ratioValue,
  surveyShortName,
  type CredentialFactor,
  type SurveyRatio,
} from '../../src/core/pay/credentials';
import { estimatePay } from '../../src/core/pay/estimate';
import { ROLES, type Role } from '../../src/core/pay/roles';
import { SETTINGS } from '../../src/core/pay/settings';
import type { CredentialInfo, SurveyFigure } from '../../src/core/referenceTypes';
import { certPremium, coderSalary, coderSalaryExplain } from '../../src/sheets/customFunctions';

const byCode = (code: string): CredentialInfo => CREDENTIALS.find((c) => c.code === code)!;
const factorOf = (...codes: string[]): CredentialFactor => credentialFactor(codes.map(byCode));
const CURRENT = 'AAPC 2026 Medical Coding and Billing Salary Report (2025 survey)';
const CPC_RAW = 67147 / 55721;
/** AAPC 2010 certified ÷ non-certified at equal experience (first year, after 25 years); AAPC 2009 raw gap. */
const SHARE = Math.log(Math.sqrt((34551 / 30175) * (53669 / 47805))) / Math.log(44750 / 37290);
const equal = (raw: number): number => Math.pow(raw, SHARE);
const SURVEY_ROWS = readCsv(join(import.meta.dirname, '..', '..', 'data', 'credential_salary_surveys.csv'));

/** The CSV row a bundled figure was read from: same publication, year, group and value. */
function rowOf(figure: SurveyFigure): Record<string, string> {
  const rows = SURVEY_ROWS.filter(
    (r) =>
      r.source === figure.survey &&
      Number(r.salary_year) === figure.year &&
      r.group === figure.group &&
      Number(r.value_usd) === figure.value &&
      ['ok', 'historical'].includes(r.status!),
  );
  expect(rows.length, `${figure.label} in the CSV`).toBeGreaterThan(0);
  return rows[0]!;
}

function ratiosOf(factor: CredentialFactor): SurveyRatio[] {
  return [factor.ratio, factor.scale].filter((r): r is SurveyRatio => r !== undefined);
}

describe('each credential’s factor', () => {
  it('takes the share of a raw gap that survives at equal experience from AAPC 2010 and 2009', () => {
    expect(experienceShare()).toBeCloseTo(SHARE, 12);
    expect(SHARE).toBeGreaterThan(0.68);
    expect(SHARE).toBeLessThan(0.7);
    expect(factorOf('CPC').detail).toContain('$34,551 ÷ $30,175 = 1.1450 in the first year');
    expect(factorOf('CPC').detail).toContain('$53,669 ÷ $47,805 = 1.1227 after more than 25 years');
    expect(factorOf('CPC').detail).toContain('$44,750 ÷ $37,290 = 1.2001');
  });

  it('uses the current report’s own figure for CPC and CRC, at equal experience', () => {
    expect(factorOf('CPC').factor).toBeCloseTo(equal(67147 / 55721), 12);
    expect(factorOf('CRC').factor).toBeCloseTo(equal(74629 / 55721), 12);
    for (const code of ['CPC', 'CRC']) {
      expect(factorOf(code).evidence).toBe('own figure');
      expect(factorOf(code).basis).toBe(`AAPC 2026 report (2025 survey): ${code} ÷ non-certified`);
      expect(factorOf(code).scale).toBeUndefined();
    }
  });

  it('takes credential ÷ CPC from the 2010 table that holds the job fixed, else the most recent survey with both', () => {
    // AAPC 2010, job title "coder": CPC 39,953; CPC-H (now COC) 42,930; CPMA 42,937; CEMC 45,000; CEDC 50,000; CIRCC 45,595.
    const coder2010: Record<string, number> = { COC: 42930, CPMA: 42937, CEMC: 45000, CEDC: 50000, CIRCC: 45595 };
    for (const [code, value] of Object.entries(coder2010)) {
      expect(factorOf(code).factor, code).toBeCloseTo(equal(CPC_RAW * (value / 39953)), 12);
      expect(factorOf(code).basis).toBe(`AAPC 2010 survey (job title 'coder'): ${code} ÷ CPC × current CPC ratio`);
      expect(factorOf(code).detail).toContain('holds the job fixed');
    }
    // CIC is not in the 2010 table: the 2018 survey, and the detail says why.
    expect(factorOf('CIC').factor).toBeCloseTo(equal(CPC_RAW * (56045 / 54401)), 12);
    expect(factorOf('CIC').basis).toBe('AAPC 2018 survey: CIC ÷ CPC × current CPC ratio');
    expect(factorOf('CIC').detail).toContain('no table holding the job fixed reports CIC');
  });

  it('keeps COC below the three-or-more level', () => {
    expect(certPremium('COC')).toBeLessThan(certPremium('CPC, CRC, CPB') as number);
    expect(factorOf('COC').factor).toBeLessThan(factorOf('CPC', 'CRC', 'CPB').factor);
  });

  it('uses the current certified average, and says so, where no survey has the credential’s own figure', () => {
    for (const code of ['CPB', 'CPCO', 'CDEI', 'RHIT', 'RHIA', 'CDIP', 'CHDA']) {
      const factor = factorOf(code);
      expect(factor.factor).toBeCloseTo(equal(67260 / 55721), 12);
      expect(factor.evidence).toBe('certified average');
      expect(factor.detail).toContain(`no survey in the data gives ${code}'s own average`);
      expect(factor.caveat).toContain(`Not ${code}'s own evidence`);
    }
    expect(factorOf('RHIT').caveat).toContain(
      "No AHIMA pay figure by credential is published; RHIT on a coder is priced as a coder's credential",
    );
  });

  it('places CCA, AHIMA’s entry-level credential, at AAPC’s entry level (CPC-A): below CPC at every experience', () => {
    expect(factorOf('CCA').factor).toBe(factorOf('CPC-A').factor);
    expect(factorOf('CCA').evidence).toBe('counterpart');
    expect(factorOf('CCA').detail).toContain("AHIMA's entry-level credential");
    for (const years of [0, 2, 5, 10, 25])
      expect(credentialFactor([byCode('CCA')], years).factor).toBeLessThan(credentialFactor([byCode('CPC')], Math.max(years, 2)).factor);
  });

  it('prices CCS at the better of its AAPC facility counterparts and CCS-P at CPC, as no AHIMA figure is published', () => {
    expect(factorOf('CCS').factor).toBe(Math.max(factorOf('COC').factor, factorOf('CIC').factor));
    expect(factorOf('CCS').factor).toBeGreaterThanOrEqual(factorOf('COC').factor);
    expect(factorOf('CCS').evidence).toBe('counterpart');
    expect(factorOf('CCS').detail).toContain('no AHIMA pay figure by credential is published');
    expect(factorOf('CCS-P').factor).toBe(factorOf('CPC').factor);
    // In a hospital at 10 years, the inpatient-and-outpatient credential is not below the outpatient one.
    expect(coderSalary('US', 10, 'CCS', 'coder', 'hospital')).toBeGreaterThanOrEqual(
      coderSalary('US', 10, 'COC', 'coder', 'hospital') as number,
    );
  });

  it('names one survey and year in each basis, and every ratio’s numerator and denominator share them', () => {
    const surveys = [...new Set(SURVEY_ROWS.filter((r) => /^\d{4}$/.test(r.salary_year!)).map((r) => r.source!))];
    const shortNames = surveys.map((survey) => surveyShortName({ survey } as SurveyFigure));
    expect(new Set(shortNames).size).toBe(surveys.length);
    for (const credential of CREDENTIALS) {
      const factor = credentialFactor([credential]);
      if (factor.evidence === 'apprentice' || factor.ratio?.numerator.code === APPRENTICE) {
        // Two tables of one survey and year: the job-title table and the credential-by-experience table.
        const [top, bottom] = [rowOf(factor.ratio!.numerator), rowOf(factor.ratio!.denominator)];
        const publication = (source: string) => source.replace(/\s*\(.*\)$/, '');
        expect(publication(top.source!)).toBe(publication(bottom.source!));
        expect(top.salary_year).toBe(bottom.salary_year);
        expect(factor.basis).toContain('AAPC 2010 survey');
        continue;
      }
      const named = shortNames.filter((s) => factor.basis.includes(s));
      expect(named, `${credential.code}: ${factor.basis}`).toEqual([surveyShortName(factor.ratio!.numerator)]);
      expect(factor.basis).toContain(String(factor.ratio!.numerator.year));
      for (const ratio of ratiosOf(factor)) {
        // Back to the data: both rows of the ratio are the same publication and the same year.
        const [top, bottom] = [rowOf(ratio.numerator), rowOf(ratio.denominator)];
        expect(top.source, `${credential.code}`).toBe(bottom.source);
        expect(top.salary_year, `${credential.code}`).toBe(bottom.salary_year);
      }
      if (factor.scale) {
        expect(factor.scale.numerator.survey).toBe(CURRENT);
        expect(factor.scale.numerator.code).toBe('CPC');
        expect(factor.ratio!.denominator.code).toBe('CPC');
      }
      const product = ratiosOf(factor).reduce((p, r) => p * ratioValue(r), 1);
      expect(factor.raw).toBeCloseTo(product, 12);
      expect(factor.factor).toBeCloseTo(equal(product), 12);
    }
  });

  it('cites the AAPC salary survey page, never the copy a figure was read from', () => {
    for (const credential of CREDENTIALS) {
      const factor = credentialFactor([credential]);
      for (const ratio of ratiosOf(factor)) {
        for (const figure of [ratio.numerator, ratio.denominator]) {
          expect(figure.source).toBe('https://www.aapc.com/resources/medical-coding-salary-survey');
        }
      }
      expect(factor.detail).not.toMatch(/github|beckersasc|fdocuments|open-exam-prep|careerskillscenter/);
      expect(credential.publication.url).toMatch(/^https:\/\/www\.(aapc\.com\/certification\/|ahima\.org\/)/);
    }
    expect(credentialCitation()).toBe(
      `${CURRENT}; credential ÷ CPC ratios from the AAPC 2018 Salary Survey and AAPC 2010 Salary Survey (respondents with job title 'coder'); ` +
        'equal experience from the AAPC 2010 Salary Survey (credential by experience) and the AAPC 2009 Salary Survey: https://www.aapc.com/resources/medical-coding-salary-survey',
    );
    expect(credentialSurveys().map((f) => f.year)).toEqual([2025, 2018, 2010, 2010, 2009]);
  });
});

describe('the apprentice rule (AAPC: CPC-A and COC-A)', () => {
  it('carries the apprentices’ part of the premium: AAPC 2010 CPC-A ÷ non-certified first-years, as it is', () => {
    const gap = 32792 / 30175;
    expect(ratioValue(apprenticeGap())).toBeCloseTo(gap, 12);
    expect(credentialPremium([byCode(APPRENTICE)])).toBeCloseTo(gap - 1, 12);
    expect(certPremium('CPC-A')).toBe(Math.round((gap - 1) * 10000) / 10000);
    expect(certPremium('COC-A')).toBe(certPremium('CPC-A'));
    const factor = factorOf(APPRENTICE);
    expect(factor.evidence).toBe('apprentice');
    expect(factor.share).toBe(1);
    // Part, not all: about two thirds of a CPC's premium in log terms, and below the certified first-years' 1.145.
    expect(Math.log(factor.factor) / Math.log(referenceCredentialFactor())).toBeCloseTo(0.65, 2);
    expect(factor.factor).toBeLessThan(34551 / 30175);
    expect(factor.detail).toContain('CPC-A $32,792 (respondents with the job title "coder") ÷ non-certified first-years $30,175');
    expect(factor.detail).toContain('0.8208 in the AAPC 2010 Salary Survey');
    expect(factor.detail).toContain('0.7668 in the AAPC 2009 Salary Survey');
    expect(factor.caveat).toContain('may lean high');
  });

  it('rests on evidence that puts apprentices below CPC in every survey that reports both', () => {
    const { toCpc, toNonCertified } = apprenticeEvidence();
    expect(toCpc.map((r) => r.numerator.year)).toEqual([2010, 2009]);
    for (const ratio of [...toCpc, ...toNonCertified]) {
      expect(ratio.numerator.survey).toBe(ratio.denominator.survey);
      expect(ratioValue(ratio)).toBeLessThan(1);
    }
  });

  it('prices a CPC or COC with under two years as its apprentice designation, and EXPLAIN names the rule', () => {
    expect(coderSalary('US', 0, 'CPC')).toBe(coderSalary('US', 0, 'CPC-A'));
    expect(coderSalary('US', 1, 'COC')).toBe(coderSalary('US', 1, 'COC-A'));
    expect(coderSalary('US', 1.9, 'CPC')).toBe(coderSalary('US', 1.9, 'CPC-A'));
    expect(coderSalary('US', 1.9, 'CPC')).toBeGreaterThan(coderSalary('US', 1.9) as number);
    expect(coderSalary('US', 2, 'CPC')).toBeGreaterThan(coderSalary('US', 2, 'CPC-A') as number);
    const rows = coderSalaryExplain('US', 0, 'CPC') as unknown[][];
    const rule = rows.find((r) => r[0] === 'Apprentice rule')?.[1] as string;
    expect(rule).toContain("CPC at 0 years is priced as CPC-A, with the apprentice's part of the premium");
    expect(rule).toContain("after 2 years of experience, or after 1 year with AAPC's Practicode or an 80-hour coding course");
    expect(rule).toContain('https://www.aapc.com/certifications/cpc/complete-your-cpc-apprenticeship');
    expect(certPremium('CPC', 0)).toBe(certPremium('CPC-A'));
    expect(certPremium('CPC', 2)).toBe(certPremium('CPC'));
  });

  it('takes "CPC (A removed)" as an apprenticeship removed early: the full credential from one year', () => {
    const [early] = parseCredentials(['CPC (A removed)']);
    expect(early!.code).toBe('CPC');
    expect(early!.apprenticeRemovedEarly).toBe(true);
    expect(parseCredentials(['coc (-a removed), CRC']).map((c) => c.code)).toEqual(['COC', 'CRC']);
    expect(coderSalary('US', 0.5, 'CPC (A removed)')).toBe(coderSalary('US', 0.5, 'CPC-A'));
    // From one year the full CPC factor applies (no ceiling this low in the national distribution).
    expect((coderSalary('US', 1, 'CPC (A removed)') as number) / (coderSalary('US', 1) as number)).toBeCloseTo(factorOf('CPC').factor, 4);
    expect(coderSalary('US', 1, 'CPC (A removed)')).toBeGreaterThan(coderSalary('US', 1, 'CPC') as number);
    expect(() => parseCredentials(['CRC (A removed)'])).toThrow(/only CPC and COC have an apprenticeship to remove/);
  });

  it('is estimated between no credential and the full credential at the same place, years, role and setting', () => {
    for (const role of Object.keys(ROLES) as Role[])
      for (const area of [NATIONAL, ...STATES])
        for (const years of [0, 1, 2, 5, 10, 20, 40])
          for (const setting of SETTINGS) {
            const pay = (code: string) => estimatePay({ area, years, credentials: [byCode(code)], role: ROLES[role], setting }).pay;
            expect(pay(APPRENTICE)).toBeLessThanOrEqual(pay('CPC'));
            expect(pay('COC-A')).toBeLessThanOrEqual(pay('COC'));
            expect(pay(APPRENTICE)).toBeGreaterThanOrEqual(estimatePay({ area, years, credentials: [], role: ROLES[role], setting }).pay);
          }
  });

  it('does not count towards "two credentials", and a set is never priced below an apprentice designation it holds', () => {
    expect(factorOf('CPC-A', 'CPC').factor).toBe(factorOf('CPC').factor);
    expect(factorOf('CPC-A', 'CCA').factor).toBe(Math.max(factorOf('CCA').factor, factorOf('CPC-A').factor));
    expect(factorOf('CPC-A', 'CCA', 'RHIT').factor).toBe(factorOf('CCA', 'RHIT').factor);
    expect(factorOf('CPC-A', 'CCA').detail).toContain('CPC-A is not counted beside a full credential.');
  });
});

describe('experience-dependent credentials for someone new', () => {
  it('raise pay at most to the local 75th percentile under two years, never lowering it', () => {
    for (const area of [NATIONAL, ...STATES])
      for (const code of ['CPMA', 'CRC', 'CDEI', 'CDIP'])
        for (const years of [0, 1]) {
          const estimate = estimatePay({ area, years, credentials: [byCode(code)], role: ROLES.coder, setting: 'hospital' });
          expect(estimate.pay, `${area.code} ${code} ${years}`).toBeLessThanOrEqual(Math.round(estimate.distribution.percentiles[3]));
          expect(estimate.newHolder).toBeDefined();
        }
    expect(coderSalary('US', 0, 'CPMA')).toBeLessThanOrEqual(64820);
    const rows = coderSalaryExplain('US', 0, 'CRC', 'coder', 'hospital') as unknown[][];
    expect(rows.find((r) => r[0] === 'New holder limit')?.[1]).toContain('raise pay at most to the national p75 ($64,820)');
  });
});

describe('several credentials', () => {
  it('use the current report’s two and three-or-more averages, at equal experience', () => {
    expect(factorOf('CCA', 'RHIT').factor).toBeCloseTo(equal(74557 / 55721), 12);
    expect(factorOf('CCA', 'RHIT').evidence).toBe('credential count');
    expect(credentialFactor(parseCredentials(['CPC, CIC, CPB'])).factor).toBeCloseTo(equal(81227 / 55721), 12);
    expect(credentialFactor(parseCredentials(['CPC, CRC, CIC, CPB'])).factor).toBeCloseTo(equal(81227 / 55721), 12);
  });

  it('are never estimated below the best single credential in the set', () => {
    // CRC alone (74,629) is above the two-certification average (74,557).
    expect(factorOf('CPC', 'CRC').factor).toBe(factorOf('CRC').factor);
    expect(factorOf('CPC', 'CRC').basis).toContain("CRC's own ratio");
    expect(factorOf('CPC', 'CEDC').factor).toBe(factorOf('CEDC').factor);
    expect(factorOf('CPC', 'CEDC').detail).toContain('a set is never estimated below the best single credential in it');
  });

  it('never lower the factor when a credential is added, over every set of up to three credentials', () => {
    const sets: CredentialInfo[][] = [[]];
    for (const size of [1, 2, 3])
      for (const set of sets.filter((s) => s.length === size - 1))
        for (const next of CREDENTIALS) if (!set.includes(next)) sets.push([...set, next]);
    const n = CREDENTIALS.length;
    expect(sets.length).toBe(1 + n + n * (n - 1) + n * (n - 1) * (n - 2));
    for (const years of [0, 1, 2, 10])
      for (const set of sets) {
        if (set.length === 3) continue;
        const base = credentialFactor(set, years).factor;
        expect(base).toBeGreaterThanOrEqual(1);
        for (const next of CREDENTIALS) {
          if (set.includes(next)) continue;
          expect(
            credentialFactor([...set, next], years).factor,
            `${set.map((c) => c.code)} + ${next.code} at ${years}`,
          ).toBeGreaterThanOrEqual(base);
        }
      }
  });
});

describe('done when (issue: credentials at equal experience)', () => {
  it('puts CPC at 10 years between 1.08 and 1.17 times no credential', () => {
    const ratio = (coderSalary('US', 10, 'CPC') as number) / (coderSalary('US', 10) as number);
    expect(ratio).toBeGreaterThanOrEqual(1.08);
    expect(ratio).toBeLessThanOrEqual(1.17);
  });
});
