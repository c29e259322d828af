/**
 * Credential factors from each credential's own survey evidence: every ratio inside one survey
 * and year, CPC-A never above CPC, sets never below their best single credential.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/referenceData';
import { STATES, NATIONAL } from '../../src/core/areas';
import {
  APPRENTICE,
  CREDENTIALS,
  apprenticeEvidence,
  credentialCitation,
  credentialFactor,
  credentialPremium,
  credentialSurveys,
  parseCredentials,
  ratioValue,
  surveyShortName,
  type CredentialFactor,
  type SurveyRatio,
} from '../../src/core/credentials';
import { estimatePay } from '../../src/core/estimate';
import { ROLES, type Role } from '../../src/core/roles';
import { SETTINGS } from '../../src/core/settings';
import type { CredentialInfo, SurveyFigure } from '../../src/core/referenceTypes';
import { certPremium, coderSalary } from '../../src/sheets/customFunctions';

const byCode = (code: string): CredentialInfo => CREDENTIALS.find((c) => c.code === code)!;
const factorOf = (...codes: string[]): CredentialFactor => credentialFactor(codes.map(byCode));
const CURRENT = 'AAPC 2026 Medical Coding and Billing Salary Report (2025 survey)';
const CPC_FACTOR = 67147 / 55721;
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
  it('uses the current report’s own figure for CPC and CRC', () => {
    expect(factorOf('CPC').factor).toBeCloseTo(67147 / 55721, 12);
    expect(factorOf('CRC').factor).toBeCloseTo(74629 / 55721, 12);
    for (const code of ['CPC', 'CRC']) {
      expect(factorOf(code).evidence).toBe('own figure');
      expect(factorOf(code).basis).toBe(`AAPC 2026 report (2025 survey): ${code} ÷ non-certified`);
      expect(factorOf(code).scale).toBeUndefined();
    }
  });

  it('scales an older survey’s credential ÷ CPC by the current CPC factor, from the most recent survey with both', () => {
    expect(factorOf('CIC').factor).toBeCloseTo(CPC_FACTOR * (56045 / 54401), 12);
    expect(factorOf('CIC').basis).toBe('AAPC 2018 survey: CIC ÷ CPC × current CPC factor');
    // COC was surveyed as CPC-H; 2012 is newer than the 2010 and 2009 surveys that also report it.
    expect(factorOf('COC').factor).toBeCloseTo(CPC_FACTOR * (56466 / 47796), 12);
    expect(factorOf('COC').basis).toBe('AAPC 2012 survey: COC ÷ CPC × current CPC factor');
    expect(factorOf('CPMA').factor).toBeCloseTo(CPC_FACTOR * (59365 / 47796), 12);
    expect(factorOf('CPMA').basis).toBe('AAPC 2012 survey: CPMA ÷ CPC × current CPC factor');
  });

  it('uses the current certified average, and says so, where no survey has the credential’s own figure', () => {
    for (const code of ['CPB', 'CPCO', 'CDEI', 'CCA', 'CCS', 'CCS-P', 'RHIT', 'RHIA', 'CDIP', 'CHDA']) {
      const factor = factorOf(code);
      expect(factor.factor).toBeCloseTo(67260 / 55721, 12);
      expect(factor.evidence).toBe('certified average');
      expect(factor.detail).toContain(`no survey in the data gives ${code}'s own average`);
      expect(factor.caveat).toContain(`Not ${code}'s own evidence`);
    }
    expect(factorOf('RHIT').caveat).toContain('No AHIMA per-credential salary is in the data.');
  });

  it('gives the credentials with their own survey figure distinct premiums', () => {
    const own = CREDENTIALS.filter((c) => credentialFactor([c]).evidence === 'own figure');
    expect(own.map((c) => c.code).sort()).toEqual(['CIC', 'COC', 'CPC', 'CPMA', 'CRC']);
    const premiums = own.map((c) => certPremium(c.code));
    expect(new Set(premiums).size).toBe(own.length);
    expect(new Set([...premiums, certPremium('CCS')]).size).toBe(own.length + 1);
  });

  it('names one survey and year in each basis, and every ratio’s numerator and denominator share them', () => {
    const surveys = [...new Set(SURVEY_ROWS.filter((r) => /^\d{4}$/.test(r.salary_year!)).map((r) => r.source!))];
    const shortNames = surveys.map((survey) => surveyShortName({ survey } as SurveyFigure));
    expect(new Set(shortNames).size).toBe(surveys.length);
    for (const credential of CREDENTIALS) {
      const factor = credentialFactor([credential]);
      if (factor.evidence === 'no premium') continue;
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
      expect(factor.factor).toBeCloseTo(product, 12);
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
      `${CURRENT}; credential ÷ CPC ratios from the AAPC 2018 Salary Survey and AAPC 2012 Salary Survey: https://www.aapc.com/resources/medical-coding-salary-survey`,
    );
    expect(credentialSurveys().map((f) => f.year)).toEqual([2025, 2018, 2012, 2010, 2009]);
  });
});

describe('CPC-A, the apprentice designation', () => {
  it('carries no premium, with the reason from the surveys that report it', () => {
    expect(credentialPremium([byCode(APPRENTICE)])).toBe(0);
    expect(certPremium('CPC-A')).toBe(0);
    const factor = factorOf(APPRENTICE);
    expect(factor.evidence).toBe('no premium');
    expect(factor.detail).toContain('Apprentices earned below CPC in every survey in the data that reports both');
    expect(factor.detail).toContain('0.8208 in the AAPC 2010 Salary Survey');
    expect(factor.detail).toContain('0.7668 in the AAPC 2009 Salary Survey');
    expect(factor.detail).toContain('below the non-certified average (CPC-A ÷ non-certified 0.9305 in the AAPC 2009 Salary Survey)');
    expect(factor.caveat).toContain('experience is modelled separately');
  });

  it('rests on evidence that puts apprentices below CPC in every survey that reports both', () => {
    const { toCpc, toNonCertified } = apprenticeEvidence();
    expect(toCpc.map((r) => r.numerator.year)).toEqual([2010, 2009]);
    for (const ratio of [...toCpc, ...toNonCertified]) {
      expect(ratio.numerator.survey).toBe(ratio.denominator.survey);
      expect(ratioValue(ratio)).toBeLessThan(1);
    }
  });

  it('is never estimated above CPC at the same state, years, role and setting', () => {
    expect(coderSalary('US', 0, 'CPC-A')).toBeLessThanOrEqual(coderSalary('US', 0, 'CPC') as number);
    for (const role of Object.keys(ROLES) as Role[])
      for (const area of [NATIONAL, ...STATES])
        for (const years of [0, 1, 2, 5, 10, 20, 40])
          for (const setting of SETTINGS) {
            const pay = (code: string) => estimatePay({ area, years, credentials: [byCode(code)], role: ROLES[role], setting }).pay;
            expect(pay(APPRENTICE)).toBeLessThanOrEqual(pay('CPC'));
            expect(pay(APPRENTICE)).toBe(estimatePay({ area, years, credentials: [], role: ROLES[role], setting }).pay);
          }
  });

  it('does not count towards "two credentials"', () => {
    expect(factorOf('CPC-A', 'CPC').factor).toBe(factorOf('CPC').factor);
    expect(factorOf('CPC-A', 'CCS').factor).toBe(factorOf('CCS').factor);
    expect(factorOf('CPC-A', 'CCS', 'RHIT').factor).toBe(factorOf('CCS', 'RHIT').factor);
    expect(factorOf('CPC-A', 'CPC').detail).toContain('CPC-A adds no premium and is not counted.');
  });
});

describe('several credentials', () => {
  it('use the current report’s two and three-or-more averages', () => {
    expect(factorOf('CCS', 'RHIT').factor).toBeCloseTo(74557 / 55721, 12);
    expect(factorOf('CCS', 'RHIT').evidence).toBe('credential count');
    expect(credentialFactor(parseCredentials(['CPC, CIC, CPB'])).factor).toBeCloseTo(81227 / 55721, 12);
    expect(credentialFactor(parseCredentials(['CPC, CRC, CIC, CPB'])).factor).toBeCloseTo(81227 / 55721, 12);
  });

  it('are never estimated below the best single credential in the set', () => {
    // CRC alone (74,629) is above the two-certification average (74,557).
    expect(factorOf('CPC', 'CRC').factor).toBe(factorOf('CRC').factor);
    expect(factorOf('CPC', 'CRC').basis).toContain("CRC's own factor");
    expect(factorOf('CPC', 'COC').factor).toBe(factorOf('COC').factor);
    expect(factorOf('CPC', 'CRC', 'CPMA').factor).toBe(factorOf('CPMA').factor);
    expect(factorOf('CPC', 'CRC', 'CPMA').detail).toContain('a set is never estimated below the best single credential in it');
  });

  it('never lower the factor when a credential is added, over every set of up to three credentials', () => {
    const sets: CredentialInfo[][] = [[]];
    for (const size of [1, 2, 3])
      for (const set of sets.filter((s) => s.length === size - 1))
        for (const next of CREDENTIALS) if (!set.includes(next)) sets.push([...set, next]);
    expect(sets.length).toBe(1 + 16 + 16 * 15 + 16 * 15 * 14);
    for (const set of sets) {
      if (set.length === 3) continue;
      const base = credentialFactor(set).factor;
      expect(base).toBeGreaterThanOrEqual(1);
      for (const next of CREDENTIALS) {
        if (set.includes(next)) continue;
        expect(credentialFactor([...set, next]).factor, `${set.map((c) => c.code)} + ${next.code}`).toBeGreaterThanOrEqual(base);
      }
    }
  });
});
