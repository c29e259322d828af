import { describe, expect, it } from 'vitest';
import { STATES, NATIONAL, parseArea } from '../../src/core/places/areas';
import { CREDENTIALS, credentialFactor, parseCredentials } from '../../src/core/pay/credentials';
import { ROLES, type Role } from '../../src/core/pay/roles';
import { SETTINGS } from '../../src/core/pay/settings';
import { estimatePay, distributionCeiling } from '../../src/core/pay/estimate';
import { areaDistribution, payAtQuantile, quantileOfPay } from '../../src/core/pay/distribution';
import { EXPERIENCE_CURVE, MEDIAN_WORKER_YEARS, experienceQuantile } from '../../src/core/pay/experience';
import { explainEstimate } from '../../src/core/sources/explain';
import type { CredentialInfo } from '../../src/core/referenceTypes';

const YEARS = [0, 1, 2, 3, 5, 7, 10, 15, 20, 25, 30, 40, 45];
const ROLE_NAMES = Object.keys(ROLES) as Role[];
const byCode = (code: string): CredentialInfo => CREDENTIALS.find((c) => c.code === code)!;
const CREDENTIAL_SETS: CredentialInfo[][] = [
  [],
  ...CREDENTIALS.map((c) => [c]),
  [byCode('CPC'), byCode('CRC')],
  [byCode('CCS'), byCode('RHIT')],
  [byCode('CPC'), byCode('CRC'), byCode('CIC')],
  [byCode('CPC'), byCode('COC'), byCode('CIC'), byCode('CPMA')],
  [byCode('COC'), byCode('CPMA')],
  [byCode('CPC-A'), byCode('CRC')],
];
const AREAS = [NATIONAL, ...STATES];

function estimate(area = NATIONAL, years = 10, credentials: CredentialInfo[] = [], role: Role = 'coder', setting = SETTINGS[0]!) {
  return estimatePay({ area, years, credentials, role: ROLES[role], setting });
}

/**
 * The exhaustive checks below run tens of thousands of estimates: each combination's checks are
 * plain comparisons gathered into a list of problems, asserted empty once, because an `expect`
 * per combination cost several times the estimates themselves. A failure names every
 * combination that broke the rule. Each comparison is written as the rule holding (`!(a >= b)`),
 * so a NaN fails it as `expect(a).toBeGreaterThanOrEqual(b)` would.
 */
describe('the estimate over every state × years × credential × setting × role', () => {
  it('stays between 0.9 × state p10 and 1.25 × state p90, as a whole-dollar number', () => {
    let combinations = 0;
    const problems: string[] = [];
    for (const role of ROLE_NAMES)
      for (const area of AREAS) {
        const [p10, , , , p90] = areaDistribution(ROLES[role], area).percentiles;
        for (const years of YEARS)
          for (const credentials of CREDENTIAL_SETS)
            for (const setting of SETTINGS) {
              const { pay } = estimate(area, years, credentials, role, setting);
              combinations++;
              const where = () => `${role} ${area.code} ${years}y ${credentials.map((c) => c.code).join('+') || 'none'} ${setting}: ${pay}`;
              if (!Number.isInteger(pay)) problems.push(`${where()} is not a whole number`);
              if (!(pay >= 0.9 * p10)) problems.push(`${where()} below ${0.9 * p10}`);
              if (!(pay <= 1.25 * p90)) problems.push(`${where()} above ${1.25 * p90}`);
            }
      }
    expect(problems).toEqual([]);
    expect(combinations).toBeGreaterThan(40_000);
  });

  it('never lowers pay for more years', () => {
    const problems: string[] = [];
    for (const role of ROLE_NAMES)
      for (const area of AREAS)
        for (const credentials of CREDENTIAL_SETS.slice(0, 1 + CREDENTIALS.length))
          for (const setting of SETTINGS) {
            const pays = YEARS.map((y) => estimate(area, y, credentials, role, setting).pay);
            for (let i = 1; i < pays.length; i++)
              if (!(pays[i]! >= pays[i - 1]!))
                problems.push(
                  `${role} ${area.code} ${credentials.map((c) => c.code).join('+') || 'none'} ${setting}: ${pays[i]} at ${YEARS[i]}y below ${pays[i - 1]} at ${YEARS[i - 1]}y`,
                );
          }
    expect(problems).toEqual([]);
  });

  it('never lowers pay for any credential against none, nor for adding a credential to it', () => {
    const n = CREDENTIALS.length;
    const problems: string[] = [];
    for (const area of AREAS)
      for (const years of YEARS)
        for (const setting of SETTINGS) {
          const where = `${area.code} ${years}y ${setting}`;
          const none = estimate(area, years, [], 'coder', setting).pay;
          CREDENTIALS.forEach((credential, i) => {
            const [next, after] = [CREDENTIALS[(i + 1) % n]!, CREDENTIALS[(i + 2) % n]!];
            const one = estimate(area, years, [credential], 'coder', setting).pay;
            const two = estimate(area, years, [credential, next], 'coder', setting).pay;
            const three = estimate(area, years, [credential, next, after], 'coder', setting).pay;
            if (!(one >= none)) problems.push(`${where}: ${credential.code} ${one} below none ${none}`);
            if (!(two >= one)) problems.push(`${where}: ${credential.code}+${next.code} ${two} below ${credential.code} ${one}`);
            if (!(three >= two))
              problems.push(
                `${where}: ${credential.code}+${next.code}+${after.code} ${three} below ${credential.code}+${next.code} ${two}`,
              );
          });
          for (const credentials of CREDENTIAL_SETS) {
            const pay = estimate(area, years, credentials, 'coder', setting).pay;
            if (!(pay >= none)) problems.push(`${where}: ${credentials.map((c) => c.code).join('+') || 'none'} ${pay} below none ${none}`);
          }
        }
    expect(problems).toEqual([]);
  });

  it('ranks a state higher when its whole distribution is higher', () => {
    const coder = ROLES.coder;
    let pairs = 0;
    for (const a of STATES)
      for (const b of STATES) {
        const pa = areaDistribution(coder, a).percentiles;
        const pb = areaDistribution(coder, b).percentiles;
        if (!pa.every((p, i) => p > pb[i]!)) continue;
        pairs++;
        for (const years of [0, 10, 30])
          expect(estimate(a, years, [byCode('CPC')]).pay).toBeGreaterThan(estimate(b, years, [byCode('CPC')]).pay);
      }
    expect(pairs).toBeGreaterThan(100);
  });
});

describe('calibration points', () => {
  it('reproduces the national May 2025 coder 10th percentile and median without credential or setting', () => {
    const national = areaDistribution(ROLES.coder, NATIONAL).record.values;
    expect(estimate(NATIONAL, 0).pay).toBe(national.annual_p10);
    expect(estimate(NATIONAL, MEDIAN_WORKER_YEARS).pay).toBe(national.annual_median);
    expect(national.annual_median).toBe(51140);
  });

  it('places entry at the 10th percentile, the median worker at 9.6 years, 40 years near the 73rd', () => {
    expect(experienceQuantile(0)).toBe(0.1);
    expect(experienceQuantile(MEDIAN_WORKER_YEARS)).toBeCloseTo(0.5, 12);
    expect(MEDIAN_WORKER_YEARS).toBeCloseTo(9.62, 2);
    expect(experienceQuantile(40)).toBeCloseTo(
      0.1 + (EXPERIENCE_CURVE.limit - 0.1) * (1 - Math.pow(2, -40 / EXPERIENCE_CURVE.halfWayYears)),
      12,
    );
    expect(experienceQuantile(40)).toBeCloseTo(0.727, 3);
    expect(experienceQuantile(60)).toBe(experienceQuantile(40));
  });

  it('rises and flattens: every year adds pay, each less than the year before', () => {
    const pay = (y: number) => estimate(NATIONAL, y).experiencePay;
    for (let y = 0; y < 40; y++) {
      expect(pay(y + 1)).toBeGreaterThan(pay(y));
      if (y > 0) expect(experienceQuantile(y + 1) - experienceQuantile(y)).toBeLessThan(experienceQuantile(y) - experienceQuantile(y - 1));
    }
  });

  it('reads the AAPC 2010 first years far below its later years: non-certified 7 years ÷ 1 year about 1.22 (published 1.39)', () => {
    const ratio = estimate(NATIONAL, 7).pay / estimate(NATIONAL, 1).pay;
    expect(ratio).toBeGreaterThan(1.2);
    expect(ratio).toBeLessThan(1.25);
  });

  it('reads the AAPC 2026 report (2025 survey) at equal experience: each raw ratio to the AAPC 2010/2009 share', () => {
    // AAPC 2010: certified ÷ non-certified at equal experience, first year and after 25 years; AAPC 2009: the raw gap.
    const gap = Math.sqrt((34551 / 30175) * (53669 / 47805));
    const share = Math.log(gap) / Math.log(44750 / 37290);
    const atEqualExperience = (raw: number) => Math.pow(raw, share);
    expect(credentialFactor([byCode('CPC')]).factor).toBeCloseTo(atEqualExperience(67147 / 55721), 12);
    expect(credentialFactor([byCode('CRC')]).factor).toBeCloseTo(atEqualExperience(74629 / 55721), 12);
    expect(credentialFactor([byCode('RHIT')]).factor).toBeCloseTo(atEqualExperience(67260 / 55721), 12);
    expect(credentialFactor([byCode('CCA'), byCode('RHIT')]).factor).toBeCloseTo(atEqualExperience(74557 / 55721), 12);
    expect(credentialFactor(parseCredentials(['CPC, CRC, CIC, CPB'])).factor).toBeCloseTo(atEqualExperience(81227 / 55721), 12);
    // The raw 20.7% certified gap becomes about 13.8% at equal experience.
    expect(Math.round((credentialFactor([byCode('RHIT')]).factor - 1) * 1000) / 1000).toBe(0.138);
  });
});

describe('state distributions', () => {
  it("use the state's own percentiles where published, the national shape only where not", () => {
    expect(areaDistribution(ROLES.coder, parseArea('CA')).basis).toBe('published');
    const alaska = areaDistribution(ROLES.coder, parseArea('AK'));
    expect(alaska.basis).toBe('national-shape');
    expect(alaska.percentiles[2]).toBe(61090);
    expect(alaska.percentiles[0] / alaska.percentiles[2]).toBeCloseTo(37000 / 51140, 12);
    const hit = areaDistribution(ROLES.hit, NATIONAL);
    expect(hit.basis).toBe('national-shape');
    expect(hit.shapeFrom?.soc).toBe('29-2072');
  });

  it('interpolates monotonically and inverts exactly', () => {
    for (const area of AREAS) {
      const d = areaDistribution(ROLES.biller, area);
      let last = 0;
      for (let q = 0.01; q < 1; q += 0.01) {
        const pay = payAtQuantile(d, q);
        expect(pay).toBeGreaterThan(last);
        expect(quantileOfPay(d, pay)).toBeCloseTo(q, 6);
        last = pay;
      }
      expect(quantileOfPay(d, d.percentiles[2])).toBeCloseTo(0.5, 6);
    }
  });

  it('has a ceiling that leaves pay below p75 alone and never passes p90', () => {
    const d = areaDistribution(ROLES.coder, parseArea('TX'));
    expect(distributionCeiling(d.percentiles[3] - 1, d)).toBe(d.percentiles[3] - 1);
    expect(distributionCeiling(d.percentiles[4] * 5, d)).toBeLessThanOrEqual(d.percentiles[4]);
    expect(distributionCeiling(d.percentiles[3] * 1.1, d)).toBeLessThan(d.percentiles[3] * 1.1);
  });
});

describe('EXPLAIN', () => {
  it('ends with exactly the estimate and names the sources and the basis', () => {
    const e = estimate(parseArea('AK'), 7, [byCode('CPC'), byCode('CRC')], 'biller', 'hospital');
    const rows = explainEstimate(e);
    expect(rows.at(-1)).toEqual(['Estimate (annual, USD)', e.pay]);
    const text = rows.map((r) => r.join(' ')).join('\n');
    expect(text).toContain('national-shape fallback');
    expect(text).toContain('all industries');
    expect(text).toContain('AAPC 2026 Medical Coding and Billing Salary Report (2025 survey)');
    expect(text).toContain('Credential caveat');
    expect(text).toContain('applied to this role as the nearest evidence');
  });

  it('has the same steps whatever the credentials, so the spilled table never changes height', () => {
    const steps = (credentials: CredentialInfo[]) => explainEstimate(estimate(NATIONAL, 5, credentials)).map(([step]) => step);
    const expected = steps([byCode('CPC')]);
    expect(expected).toContain('Credential caveat');
    for (const credentials of CREDENTIAL_SETS) expect(steps(credentials)).toEqual(expected);
  });
});
