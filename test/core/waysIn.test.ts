import { describe, expect, it } from 'vitest';
import { parseArea } from '../../src/core/places/areas';
import { ROLES } from '../../src/core/pay/roles';
import { credentialPremium, parseCredentials } from '../../src/core/pay/credentials';
import { educationFactor, parseProgram, programTerms } from '../../src/core/pay/education';
import { eligibilityRule, isEligible, yearsUntilEligible } from '../../src/core/pay/eligibility';
import { careerPath, parsePlanText, type CareerPathInputs } from '../../src/core/time/careerPath';
import { certificationPayback } from '../../src/core/time/certificationPayback';
import { compareWaysIn, defaultWaysIn, overtakingYear, STRAIGHT_TO_WORK } from '../../src/core/time/waysIn';
import { careerPathTable, pathCompareTable } from '../../src/sheets/careerFunctions';
import { coderSalaryExplain } from '../../src/sheets/customFunctions';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

const US = parseArea('US');
const credentials = (text: string) => parseCredentials([text]);

function plan(text: string, overrides: Partial<CareerPathInputs> = {}) {
  const parsed = parsePlanText(text);
  return careerPath({
    area: US,
    yearsNow: 0,
    plan: parsed.steps,
    school: parsed.school,
    horizon: 10,
    role: ROLES.coder,
    setting: 'any',
    growth: 0,
    ...overrides,
  });
}

describe('programs of study', () => {
  it('reads the names people type, and gives each its cited length and tuition', () => {
    expect(['associate', "Associate's degree", 'AAS', 'associate degree'].map(parseProgram)).toEqual(Array(4).fill('associate'));
    expect(["bachelor's", 'Bachelors', 'BS'].map(parseProgram)).toEqual(Array(3).fill('bachelor'));
    expect(parseProgram('certificate')).toBe('certificate');
    expect(parseProgram('CPC')).toBeUndefined();
    expect(programTerms('certificate')).toMatchObject({ years: 1, tuitionPerYear: 4150 });
    expect(programTerms('associate')).toMatchObject({ years: 2, tuitionPerYear: 4150 });
    expect(programTerms('bachelor')).toMatchObject({ years: 4, tuitionPerYear: 11950 });
    expect(programTerms('associate').tuition.publication.url).toBe('https://research.collegeboard.org/trends/college-pricing');
    expect(programTerms('bachelor').length.publication.url).toMatch(/^https:\/\/surveys\.nces\.ed\.gov\//);
  });

  it('prices education from one AAPC survey at a time, at equal experience, below the raw gap', () => {
    const bachelor = educationFactor('bachelor');
    expect(bachelor.raw).toBeCloseTo(51820 / 40746, 12);
    expect(bachelor.factor).toBeCloseTo(Math.pow(51820 / 40746, bachelor.share), 12);
    expect(educationFactor('associate').raw).toBeCloseTo(1.09, 12);
    expect(educationFactor('certificate').factor).toBe(educationFactor('associate').factor);
    expect(educationFactor('associate').factor).toBeLessThan(bachelor.factor);
    expect(bachelor.caveat).toMatch(/Old and thin evidence/);
  });
});

describe('a plan with school', () => {
  it('associate:0, RHIT:2:299 — no coding pay in years 0–1, the degree’s tuition counted, rows naming the degree', () => {
    const years = plan('associate:0, RHIT:2:299').years;
    expect(years.slice(0, 2).map((y) => y.pay)).toEqual([0, 0]);
    expect(years.slice(0, 3).map((y) => y.experience)).toEqual([0, 0, 0]);
    expect(years[0]!.schoolCosts).toBe(4150);
    expect(years[1]!.cumulativeCosts).toBe(2 * 4150);
    // Year 2: the RHIT exam the person priced.
    expect(years[2]!.cumulativeCosts).toBe(2 * 4150 + 299);
    expect(years[2]!.pay).toBeGreaterThan(0);
    expect(years[3]!.experience).toBe(1);
    const table = careerPathTable('US', 0, 'associate:0, RHIT:2:299', 10) as unknown[][];
    expect(table[0]![2]).toBe('Education and credentials');
    expect(table[0]![5]).toBe('Cumulative school and credential costs');
    expect(table[1]![2]).toBe('associate degree (in school)');
    expect(table[3]![2]).toBe('RHIT; associate degree');
  });

  it('refuses RHIT without an associate degree and RHIA without a bachelor’s, with the rule, its source and a plan that works', () => {
    expect(() => plan('RHIT:0:299')).toThrow(/RHIT needs an accredited associate degree in HIM \(or higher\).*ahima\.org/);
    expect(() => careerPathTable('US', 0, 'RHIT:0:299')).toThrow(
      /RHIT needs .* Plan accepts a plan that meets the rule, e.g. "associate:0, RHIT:2:299"/,
    );
    expect(() => plan('RHIA:0')).toThrow(/RHIA needs an accredited bachelor's degree in HIM/);
    expect(() => careerPathTable('US', 0, 'RHIA:0')).toThrow(/RHIA needs .*"bachelor:0, RHIA:4"/);
    expect(() => plan('associate:0, RHIA:2')).toThrow(/RHIA needs/);
    expect(() => plan('associate:0, RHIT:1:299')).toThrow(/RHIT needs/);
    expect(plan('bachelor:0, RHIT:4:299').years[4]!.pay).toBeGreaterThan(0);
    expect(() => careerPathTable('US', 0, 'RHIT:0:299', 10)).toThrow(/^CAREER_PATH: .*RHIT needs/);
  });

  it('holds CCS to AHIMA’s pathways: two years, coursework and one year, or RHIT', () => {
    expect(() => plan('CCS:0')).toThrow(/CCS needs 2 years of coding experience/);
    expect(() => careerPathTable('US', 0, 'CCS:0')).toThrow(/CCS needs .*"CCS:2"/);
    expect(plan('CCS:2').years).toHaveLength(11);
    expect(plan('certificate:0, CCS:2').years[2]!.pay).toBeGreaterThan(0);
    expect(() => plan('certificate:0, CCS:1')).toThrow(/CCS needs/);
    expect(plan('associate:0, RHIT:2:299, CCS:2').years).toHaveLength(11);
    expect(isEligible('CCA', { programs: [], years: 0, held: [] })).toBe(true);
    expect(yearsUntilEligible('CCS', [])).toBe(2);
    expect(yearsUntilEligible('CCS', ['RHIA'])).toBe(0);
    expect(yearsUntilEligible('RHIT', [])).toBeUndefined();
    expect(eligibilityRule('RHIT')).toContain('https://www.ahima.org/');
  });

  it('starts experience when the coding job does, unless the person keeps coding while studying', () => {
    const studying = plan('bachelor:0, RHIA:4');
    expect(studying.years.slice(0, 4).every((y) => y.pay === 0)).toBe(true);
    expect(studying.years[4]!.experience).toBe(0);
    const working = plan('bachelor:0, RHIA:4', { workWhileStudying: true, yearsNow: 3 });
    expect(working.years[0]!.pay).toBeGreaterThan(0);
    expect(working.years[4]!.experience).toBe(7);
  });

  it('counts a completed program as AAPC’s course credit: a CPC after a certificate loses the -A after one year', () => {
    const years = plan('certificate:0, CPC:1').years;
    expect(years[2]!.priced.map((c) => c.code)).toEqual(['CPC']);
    expect(plan('CPC:0').years[1]!.priced.map((c) => c.code)).toEqual(['CPC-A']);
  });

  it('takes the cost the person gives for the whole program, spread over its years', () => {
    const years = plan('associate:0:6000, RHIT:2:299').years;
    expect(years[0]!.schoolCosts).toBe(3000);
    expect(years[1]!.cumulativeCosts).toBe(6000);
  });
});

describe('the credential ladder', () => {
  it('puts CCA below CPC, and counts the wait until a new person is eligible for CCS', () => {
    expect(credentialPremium(credentials('CCA'))).toBeLessThan(credentialPremium(credentials('CPC')));
    const payback = certificationPayback({ area: US, years: 0, have: [], adding: credentials('CCS'), role: ROLES.coder, setting: 'any' });
    expect(payback.eligibilityMonths).toBe(24);
    expect(payback.waitMonths).toBe(24);
    expect(payback.months).toBeGreaterThan(24);
    const viaRhit = certificationPayback({
      area: US,
      years: 0,
      have: credentials('RHIT'),
      adding: credentials('CCS'),
      role: ROLES.coder,
      setting: 'any',
    });
    expect(viaRhit.eligibilityMonths).toBe(0);
  });

  it('reads RHIA at 0 years in CODER_SALARY as held with its degree, and says so', () => {
    const rows = coderSalaryExplain('US', 0, 'RHIA') as unknown[][];
    const eligibility = rows.find((r) => r[0] === 'Eligibility')!;
    expect(eligibility[1]).toMatch(/RHIA needs an accredited bachelor's degree in HIM.*read as held/);
    const none = coderSalaryExplain('US', 5, 'CPC') as unknown[][];
    expect(none.find((r) => r[0] === 'Eligibility')![1]).toMatch(/^nothing to read/);
  });
});

describe('ways in side by side', () => {
  it('finds the year a path overtakes the first: from when it passes and stays above', () => {
    expect(overtakingYear([0, 5, 20, 30], [10, 10, 10, 10])).toBe(2);
    expect(overtakingYear([0, 20, 5, 30], [10, 10, 10, 10])).toBe(3);
    expect(overtakingYear([0, 5], [10, 10])).toBeUndefined();
  });

  it('compares the default ways in: straight to work, certificate then CPC, associate then CCS, bachelor’s then RHIA', () => {
    const compared = compareWaysIn({ area: US, yearsNow: 0, horizon: 10, role: ROLES.coder, setting: 'any', growth: 0 }, defaultWaysIn());
    expect(compared.ways.map((w) => w.label)).toEqual([
      STRAIGHT_TO_WORK,
      'certificate:0, CPC:1',
      'associate:0, CCS:3',
      'bachelor:0, RHIA:4',
    ]);
    const [work, certificate] = compared.ways;
    expect(work!.net[0]).toBe(work!.path.years[0]!.pay);
    expect(certificate!.net[0]).toBe(-4150);
    for (const way of compared.ways)
      for (const [i, y] of way.path.years.entries()) expect(way.net[i]).toBe(y.cumulativeEarnings - Math.round(y.cumulativeCosts));
    const table = pathCompareTable('US') as unknown[][];
    expect(table[0]).toEqual([
      'Year',
      'Straight to work: pay',
      'Straight to work: cumulative net',
      'certificate:0, CPC:1: pay',
      'certificate:0, CPC:1: cumulative net',
      'associate:0, CCS:3: pay',
      'associate:0, CCS:3: cumulative net',
      'bachelor:0, RHIA:4: pay',
      'bachelor:0, RHIA:4: cumulative net',
    ]);
    expect(table).toHaveLength(1 + 11 + 1);
    expect(table[12]![0]).toBe('Overtakes Straight to work in year');
    expect(table[12]![4]).toBe(certificate!.overtakes ?? 'not within 10 years');
  });

  it('takes plans from a range, a blank cell meaning straight to work, and refuses a bad one in its own words', () => {
    const table = pathCompareTable('TX', [[''], ['CPC:0']], 5) as unknown[][];
    expect(table[0]).toEqual(['Year', 'Straight to work: pay', 'Straight to work: cumulative net', 'CPC:0: pay', 'CPC:0: cumulative net']);
    expect(() => pathCompareTable('TX', [['RHIA:0']])).toThrow(/^PATH_COMPARE: .*RHIA needs/);
  });
});
