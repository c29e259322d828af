import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parseArea, STATES } from '../../src/core/places/areas';
import { parseCredentials, credentialFactor, CREDENTIALS } from '../../src/core/pay/credentials';
import { ROLES } from '../../src/core/pay/roles';
import { consumerPriceYear, latestPriceYear } from '../../src/core/time/consumerPrices';
import { wageGrowth, wageTrend } from '../../src/core/time/wageTrend';
import { credentialCost } from '../../src/core/time/certificationCosts';
import {
  certificationPayback,
  paybackAnswer,
  paybackMonths,
  phasedPaybackMonths,
  type PaybackInputs,
} from '../../src/core/time/certificationPayback';
import { explainPayback } from '../../src/core/sources/paybackExplain';
import { careerPath, parsePlanRows, parsePlanText, type CareerPathInputs } from '../../src/core/time/careerPath';
import { pathwaysOf } from '../../src/core/pay/eligibility';
import { estimatePay } from '../../src/core/pay/estimate';
import { InputError, NotInDataError } from '../../src/core/inputError';
import { careerPathTable, certPayback } from '../../src/sheets/careerFunctions';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

/** The CPI-U annual averages straight from the CSV, independently of the generated module. */
const CPI = new Map(
  (parse(readFileSync('data/cpi_u_annual_average_2009_2025.csv', 'utf8'), { columns: true }) as Record<string, string>[]).map((r) => [
    Number(r.year),
    Number(r.cpi_u_annual_average),
  ]),
);

const US = parseArea('US');
const TX = parseArea('TX');
const credentials = (text: string) => parseCredentials([text]);

describe('WAGE_TREND', () => {
  const trend = wageTrend(ROLES.coder, US);
  const row = (year: number) => trend.rows.find((r) => r.year === year)!;

  it('lists the national coder medians as published, May 2010 to 2025', () => {
    expect(trend.rows.map((r) => r.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2010 + i));
    expect(row(2023).median).toBe(48780);
    expect(row(2025).median).toBe(51140);
    expect(row(2025).employment).toBe(194720);
    expect(row(2010).median).toBe(32350);
  });

  it('computes the constant-dollar median from the CPI-U rows in data/', () => {
    expect(trend.base.year).toBe(2025);
    for (const r of trend.rows.filter((x) => x.median !== undefined)) {
      expect(r.constantMedian, String(r.year)).toBe(Math.round((r.median! * CPI.get(2025)!) / CPI.get(r.year)!));
    }
    const in2015 = wageTrend(ROLES.coder, US, consumerPriceYear(2015));
    expect(in2015.rows.find((r) => r.year === 2015)!.constantMedian).toBe(37110);
    expect(in2015.rows.find((r) => r.year === 2023)!.constantMedian).toBe(Math.round((48780 * CPI.get(2015)!) / CPI.get(2023)!));
  });

  it('says the 2025 CPI-U average is provisional where it is the base', () => {
    expect(latestPriceYear().months).toBe(11);
    expect(row(2025).note).toMatch(/CPI-U 2025 average is provisional: BLS published no October 2025 index/);
    expect(wageTrend(ROLES.coder, US, consumerPriceYear(2024)).rows.find((r) => r.year === 2025)!.note).toBe('');
  });

  it('keeps gaps as gaps and marks the 2019–2021 redefinition instead of bridging it', () => {
    for (const year of [2013, 2016, 2017, 2019]) {
      expect([row(year).kind, row(year).median, row(year).constantMedian]).toEqual(['gap', undefined, undefined]);
      expect(row(year).note).toMatch(new RegExp(`no May ${year} figure in the data`));
    }
    expect(row(2019).note).toMatch(/transition codes/);
    expect([row(2020).kind, row(2020).code, row(2020).median, row(2020).constantMedian]).toEqual([
      'transitional',
      '',
      undefined,
      undefined,
    ]);
    expect(row(2020).note).toMatch(/\$44,090.*not comparable/);
    expect(row(2018)).toMatchObject({ kind: 'predecessor', code: '29-2071', median: 40350 });
    expect(row(2018).note).toMatch(/a different, broader occupation, split in 2018 into 29-2072 and 29-9021/);
    expect(row(2021)).toMatchObject({ kind: 'current', code: '29-2072', median: 46660 });
    expect(row(2021).note).toMatch(/first May of SOC 29-2072 in OEWS: not the same occupation as 29-2071/);
  });

  it('has the state years the data holds: 2022–2025 where the state history has them, 2023–2025 elsewhere', () => {
    expect(wageTrend(ROLES.coder, TX).rows.map((r) => [r.year, r.median])).toEqual([
      [2022, 39410],
      [2023, 44180],
      [2024, 47230],
      [2025, 48860],
    ]);
    expect(wageTrend(ROLES.coder, parseArea('OH')).rows.map((r) => r.year)).toEqual([2023, 2024, 2025]);
    for (const state of STATES) {
      const rows = wageTrend(ROLES.coder, state).rows;
      expect(rows.at(-1)!.year, state.code).toBe(2025);
      expect(rows.every((r) => r.kind === 'current' || r.kind === 'gap')).toBe(true);
    }
  });
});

describe('WAGE_GROWTH', () => {
  it('annualises the published medians, nominal and after CPI-U', () => {
    expect(wageGrowth(ROLES.coder, US, 2021, 2025, false).rate).toBeCloseTo(Math.pow(51140 / 46660, 1 / 4) - 1, 12);
    const real = Math.pow(51140 / CPI.get(2025)! / (46660 / CPI.get(2021)!), 1 / 4) - 1;
    expect(wageGrowth(ROLES.coder, US, 2021, 2025, true).rate).toBeCloseTo(real, 12);
    expect(wageGrowth(ROLES.coder, US, 2010, 2018, false).rate).toBeCloseTo(Math.pow(40350 / 32350, 1 / 8) - 1, 12);
  });

  it('refuses to compute growth across the occupation change, into a gap, or backwards', () => {
    expect(() => wageGrowth(ROLES.coder, US, 2015, 2025, false)).toThrow(NotInDataError);
    expect(() => wageGrowth(ROLES.coder, US, 2015, 2025, false)).toThrow(/redefined the occupation in 2019–2021/);
    expect(() => wageGrowth(ROLES.coder, US, 2013, 2025, false)).toThrow(/no comparable May 2013 median/);
    expect(() => wageGrowth(ROLES.coder, US, 2020, 2025, false)).toThrow(/no comparable May 2020 median.*not comparable/);
    expect(() => wageGrowth(ROLES.coder, US, 2025, 2021, false)).toThrow(InputError);
  });
});

function payback(overrides: Partial<PaybackInputs> & { adding: PaybackInputs['adding'] }) {
  return certificationPayback({ area: US, years: 2, role: ROLES.coder, setting: 'any', have: [], ...overrides });
}

describe('CERT_PAYBACK', () => {
  it('pays CPC back in a positive number of months: exam and first-year membership against the model gain', () => {
    const p = payback({ adding: credentials('CPC') });
    const without = estimatePay({ area: US, years: 2, role: ROLES.coder, setting: 'any', credentials: [] }).pay;
    const withIt = estimatePay({ area: US, years: 2, role: ROLES.coder, setting: 'any', credentials: credentials('CPC') }).pay;
    expect(p.annualGain).toBe(withIt - without);
    expect(p.examFees).toBe(425);
    expect(p.membership?.value).toBe(222);
    expect(p.upFront).toBe(425 + 222);
    expect(p.recurringPerYear).toBe(222);
    expect(p.months).toBeGreaterThan(0);
    expect(p.months).toBe(Math.ceil((12 * 647 * 10) / p.annualGain) / 10);
  });

  it('follows the months formula: first year against the up-front cost, then the gain net of the membership', () => {
    expect(paybackMonths(1200, 600, 222)).toEqual({ months: 6 });
    expect(paybackMonths(1200, 1200, 222)).toEqual({ months: 12 });
    // 600 up front beyond the membership, paid at 500 − 222 a year after the first.
    expect(paybackMonths(500, 822, 222)).toEqual({ months: Math.ceil((12 * 600 * 10) / 278) / 10 });
    expect(paybackMonths(222, 822, 222)).toEqual({});
    expect(paybackMonths(0, 425, 0)).toEqual({});
    expect(paybackMonths(100, 0, 0)).toEqual({ months: 0 });
  });

  it('answers the never-pays-back text when the gain is below the recurring cost', () => {
    // Three credentials already: a fourth adds no pay, and an AAPC one brings a membership.
    const p = payback({ adding: credentials('CPB'), have: credentials('CCS, RHIA, CCA') });
    expect(p.annualGain).toBeLessThan(p.recurringPerYear);
    expect(p.months).toBeUndefined();
    expect(paybackAnswer(p)).toBe(`never pays back: gain $${p.annualGain} a year, recurring cost $222 a year`);
  });

  it('charges one membership for every AAPC credential and none for AHIMA credentials', () => {
    const crc = payback({ adding: credentials('CRC'), have: credentials('CPC') });
    expect([crc.upFront, crc.recurringPerYear, crc.membership]).toEqual([425, 0, undefined]);
    const ccs = payback({ adding: credentials('CCS') });
    expect([ccs.examFees, ccs.recurringPerYear]).toEqual([399, 0]);
    expect(credentialCost(credentials('CPC-A')[0]!).exam?.value).toBe(425);
  });

  it('asks for the cost of a credential without a cited price instead of assuming one', () => {
    for (const code of ['COC', 'CIC', 'RHIT']) {
      expect(() => payback({ adding: credentials(code) }), code).toThrow(/missing extra_cost: the data has no cited current .* exam price/);
      const given = payback({ adding: credentials(code), extraCost: 400 });
      expect(given.examFees).toBe(0);
      expect(given.upFront).toBe(400 + (given.membership?.value ?? 0));
    }
    expect(payback({ adding: credentials('CPC'), extraCost: 300 }).upFront).toBe(425 + 222 + 300);
  });

  it('refuses a credential already held', () => {
    expect(() => payback({ adding: credentials('CPC'), have: credentials('CPC') })).toThrow(/already held/);
  });

  it('explains every step, with each cost cited on its publisher page, ending with the answer', () => {
    const p = payback({ adding: credentials('CPC') });
    const rows = explainPayback(p);
    expect(rows.at(-1)).toEqual(['Months to pay back', p.months]);
    const text = rows.map((r) => r.join(' ')).join('\n');
    expect(text).toMatch(/\$425 one attempt \(AAPC certification exams: CPC exam fee, 2026; https:\/\/www\.aapc\.com\/certification\/\)/);
    expect(text).toMatch(/https:\/\/www\.aapc\.com\/membership\//);
    expect(text).toMatch(/not promises/);
    expect(text).not.toMatch(/github|pages\.dev|open-exam-prep/);
  });
});

function path(overrides: Partial<CareerPathInputs> = {}) {
  return careerPath({
    area: TX,
    yearsNow: 0,
    plan: parsePlanText('CPC:0, CRC:3').steps,
    horizon: 10,
    role: ROLES.coder,
    setting: 'any',
    growth: 0,
    ...overrides,
  });
}

describe('CAREER_PATH', () => {
  it('gives 11 year rows for a 10-year horizon, pay never falling, with a step when the -A comes off (year 2) and when CRC arrives (year 3)', () => {
    const years = path().years;
    expect(years).toHaveLength(11);
    expect(years.map((y) => y.held.map((c) => c.code).join(', '))).toEqual([...Array(3).fill('CPC'), ...Array(8).fill('CPC, CRC')]);
    // A CPC earned with no experience is CPC-A until two years of experience.
    expect(years.map((y) => y.priced.map((c) => c.code).join(', '))).toEqual(['CPC-A', 'CPC-A', 'CPC', ...Array(8).fill('CPC, CRC')]);
    for (let i = 1; i < years.length; i++) expect(years[i]!.pay).toBeGreaterThanOrEqual(years[i - 1]!.pay);
    const rise = (i: number) => years[i]!.pay - years[i - 1]!.pay;
    // The -A comes off: the step outweighs the slowing of the experience curve; CRC's arrival more so.
    expect(rise(2)).toBeGreaterThan(rise(1));
    expect(rise(3)).toBeGreaterThan(2 * rise(4));
    years.forEach((y) =>
      expect(y.pay).toBe(estimatePay({ area: TX, years: y.experience, credentials: y.held, role: ROLES.coder, setting: 'any' }).pay),
    );
  });

  it('adds up earnings, and counts each exam once and the membership every year', () => {
    const years = path().years;
    expect(years.map((y) => y.costs)).toEqual([647, 222, 222, 647, 222, 222, 222, 222, 222, 222, 222]);
    let earned = 0;
    let spent = 0;
    for (const y of years) {
      earned += y.pay;
      spent += y.costs;
      expect([y.cumulativeEarnings, y.cumulativeCosts]).toEqual([earned, spent]);
    }
    // A credential already held costs the plan nothing, and pays the membership the plan's CRC needs.
    expect(path({ plan: parsePlanText('CPC:held, CRC:3').steps }).years.map((y) => y.costs)).toEqual([0, 0, 0, 425, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('assumes no wage growth unless given a rate', () => {
    const flat = path().years;
    const grown = path({ growth: 0.02 }).years;
    grown.forEach((y, i) =>
      expect(y.pay).toBe(Math.round(estimatePay({ ...TX_INPUTS, years: y.experience, credentials: y.held }).pay * 1.02 ** i)),
    );
    expect(grown[0]!.pay).toBe(flat[0]!.pay);
  });

  it('never lowers pay from one year to the next without a negative growth rate', () => {
    // Credentials with a cited exam and no degree or experience prerequisite (eligibility.ts): any year works.
    const codes = CREDENTIALS.map((c) => c.code).filter(
      (c) =>
        credentialCost(parseCredentials([c])[0]!).exam &&
        pathwaysOf(c).every((p) => !p.program && !p.yearsExperience && p.credentialsHeld.length === 0),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...STATES.map((s) => s.code), 'US'),
        fc.integer({ min: 0, max: 45 }),
        fc.uniqueArray(fc.tuple(fc.constantFrom(...codes), fc.integer({ min: 0, max: 10 })), { maxLength: 4, selector: ([c]) => c }),
        fc.constantFrom('coder', 'biller', 'hit'),
        fc.constantFrom('any', 'hospital', 'physician office'),
        fc.constantFrom(0, 0.01, 0.03),
        (state, yearsNow, plan, role, setting, growth) => {
          const years = careerPath({
            area: parseArea(state),
            yearsNow,
            plan: parsePlanText(plan.map(([c, y]) => `${c}:${y}`).join(', ')).steps,
            horizon: 10,
            role: ROLES[role as keyof typeof ROLES],
            setting: setting as CareerPathInputs['setting'],
            growth,
          }).years;
          for (let i = 1; i < years.length; i++) if (years[i]!.pay < years[i - 1]!.pay) throw new Error(`pay fell in year ${i}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads plans as text or as rows, and says what is wrong with a bad one', () => {
    const steps = (text: string) => parsePlanText(text).steps.map((s) => [s.credential.code, s.year, s.extraCost]);
    expect(steps('CPC')).toEqual([['CPC', 0, undefined]]);
    expect(steps(' cpc : 0 ; crc:3 ')).toEqual([
      ['CPC', 0, undefined],
      ['CRC', 3, undefined],
    ]);
    expect(steps('CPC:held, COC:2:$400')).toEqual([
      ['CPC', 'held', undefined],
      ['COC', 2, 400],
    ]);
    expect(steps('none')).toEqual([]);
    expect(
      parsePlanRows([
        ['CPC', '0', ''],
        ['', '', ''],
        ['CRC', '3', ''],
      ]).steps.map((s) => [s.credential.code, s.year]),
    ).toEqual([
      ['CPC', 0],
      ['CRC', 3],
    ]);
    expect(() => parsePlanText('CPC:0, CPC:2').steps).toThrow(/CPC appears twice/);
    expect(() => parsePlanText('CPC:two').steps).toThrow(/whole number from 0 to 40/);
    expect(() => parsePlanText('CPX:1').steps).toThrow(/unknown credential "CPX"/);
    expect(() => path({ plan: parsePlanText('CRC:12').steps })).toThrow(/after the horizon of 10 years/);
    expect(() => path({ plan: parsePlanText('COC:2').steps })).toThrow(/no cited current COC exam price.*"COC:2:400"/);
    expect(path({ plan: parsePlanText('COC:2:400').steps }).years[2]!.costs).toBe(400 + 222);
  });
});

const TX_INPUTS = { area: TX, role: ROLES.coder, setting: 'any' as const };

describe('apprentice waits, preparation and months to a new job', () => {
  const payback = (overrides: Partial<PaybackInputs> = {}) =>
    certificationPayback({
      area: US,
      years: 0,
      have: [],
      adding: credentials('CPC'),
      role: ROLES.coder,
      setting: 'any',
      ...overrides,
    });

  it('counts the apprentice’s part of the premium until the apprenticeship ends, then the full credential’s', () => {
    const p = payback();
    expect(p.apprenticeMonths).toBe(24);
    expect(p.startMonths).toBe(0);
    expect(p.waitMonths).toBe(24);
    expect(p.gainYears).toBe(2);
    const apprentice = p.apprenticePhase!;
    expect(apprentice.with.credential.priced.map((c) => c.code)).toEqual(['CPC-A']);
    expect(apprentice.annualGain).toBeGreaterThan(0);
    expect(apprentice.annualGain).toBeLessThan(p.annualGain);
    // Paid back within the first year by the apprentice's gain alone: 12U ÷ G_A.
    expect(p.months!).toBeCloseTo((12 * p.upFront) / apprentice.annualGain, 0);
    expect(p.months!).toBeLessThan(12);
    expect(certPayback('US', 0, 'CPC')).toBe(p.months);
    // With the apprenticeship removed early (Practicode or an 80-hour course) the full credential starts at one year.
    expect(payback({ adding: credentials('CPC (A removed)') }).waitMonths).toBe(12);
    // From two years of experience there is no apprenticeship.
    expect(payback({ years: 2 }).waitMonths).toBe(0);
    expect(payback({ years: 2 }).apprenticePhase).toBeUndefined();
  });

  it('solves the months phase by phase: the apprentice gain from the start month, the full gain from the end of the apprenticeship', () => {
    // 1,200 a year from month 0, 2,400 from month 24: 600 up front and 222 a year paid back at month 6.
    expect(
      phasedPaybackMonths(
        [
          { from: 0, annualGain: 1200 },
          { from: 24, annualGain: 2400 },
        ],
        600,
        222,
      ),
    ).toEqual({ months: 6 });
    // Nothing until month 24 then 2,400 a year: the single-phase formula, G(m − w) = 12U + M(m − 12).
    expect(
      phasedPaybackMonths(
        [
          { from: 0, annualGain: 0 },
          { from: 24, annualGain: 2400 },
        ],
        600,
        222,
      ),
    ).toEqual(paybackMonths(2400, 600, 222, 24));
    // 300 a year does not cover 2,000 up front by month 24 (1,622 still owed: 2,000 − 300 in the first year − 78 in the second,
    // net of the membership); from then 2,400 a year less the membership pays the rest.
    const both = phasedPaybackMonths(
      [
        { from: 0, annualGain: 300 },
        { from: 24, annualGain: 2400 },
      ],
      2000,
      222,
    ).months!;
    expect(both).toBe(Math.ceil((24 + (12 * (2000 - 300 - 78)) / (2400 - 222)) * 10) / 10);
    expect(
      phasedPaybackMonths(
        [
          { from: 0, annualGain: 100 },
          { from: 24, annualGain: 200 },
        ],
        2000,
        222,
      ),
    ).toEqual({});
  });

  it('counts the preparation up front and the months to a hire or promotion as a wait', () => {
    const base = payback({ years: 3 });
    const prepared = payback({ years: 3, prepCost: 2500, monthsToStart: 6 });
    expect(prepared.upFront).toBe(base.upFront + 2500);
    expect(prepared.waitMonths).toBe(6);
    expect(prepared.months!).toBeGreaterThan(base.months! + 6);
    // The months formula: G(m − w) = 12U + M(m − 12) once past the first year.
    const { annualGain: g, upFront: u, recurringPerYear: r } = prepared;
    expect(prepared.months!).toBeCloseTo((12 * u - 12 * r + g * 6) / (g - r), 0);
    // The apprentice's gain starts with the new job; the full credential's at the later of the two.
    expect(payback({ monthsToStart: 6 }).waitMonths).toBe(24);
    expect(payback({ monthsToStart: 6 }).apprenticePhase).toBeDefined();
    expect(payback({ monthsToStart: 30 }).waitMonths).toBe(30);
    expect(payback({ monthsToStart: 30 }).apprenticePhase).toBeUndefined();
  });

  it('lists every cost included and every cost not included, with the cited preparation range', () => {
    const rows = explainPayback(payback());
    const row = (step: string) => rows.find((r) => r[0] === step)?.[1] as string;
    expect(row('Wait until the new pay starts')).toMatch(
      /^0\.0 months: your months to a hire or promotion: 0\.0 \(not given\)\. No gain is counted before then\.$/,
    );
    expect(row('Apprenticeship')).toMatch(
      /^24\.0 months until the experience rule is met .*priced as its apprentice designation \(CPC-A\)/,
    );
    expect(row('Costs included')).toBe('exam fees $425; membership $222 a year');
    const missing = row('Costs not included');
    expect(missing).toContain('$1,748 (community-college certificate, California resident)');
    expect(missing).toContain('$12,578 (community-college certificate, non-resident)');
    expect(missing).toContain('$2,000 (medical coding programme, typical range: low end), $7,500');
    expect(missing).toContain('a retake of CPC (two attempts cost $499 instead of $425)');
    expect(missing).toContain('wages given up');
    expect(missing).not.toMatch(/collegelearners\.com/);
    const given = explainPayback(payback({ prepCost: 1748 }));
    expect(given.find((r) => r[0] === 'Costs included')?.[1]).toContain('your preparation $1,748');
    expect(given.find((r) => r[0] === 'Costs not included')?.[1]).not.toContain('not given as prep_cost');
  });
});

describe('CAREER_PATH with an apprentice credential', () => {
  it('carries the apprentices’ part of the premium in years 0–1 and the full one from year 2 (TX, CPC now)', () => {
    const table = careerPathTable('TX', 0, 'CPC:0', 10) as unknown[][];
    const none = careerPathTable('TX', 0, 'none', 10) as unknown[][];
    const pay = (t: unknown[][], year: number) => t[year + 1]![3] as number;
    const apprentice = credentialFactor(credentials('CPC-A')).factor;
    const full = credentialFactor(credentials('CPC')).factor;
    expect(pay(table, 0) / pay(none, 0)).toBeCloseTo(apprentice, 3);
    expect(pay(table, 1) / pay(none, 1)).toBeCloseTo(apprentice, 3);
    expect(pay(table, 2) / pay(none, 2)).toBeCloseTo(full, 3);
    expect(table.slice(1, 4).map((r) => r[2])).toEqual(['CPC-A', 'CPC-A', 'CPC']);
  });

  it('charges the exam once when the plan names the apprentice and the full credential', () => {
    const both = path({ plan: parsePlanText('CPC-A:0, CPC:2').steps, horizon: 4 }).years;
    const one = path({ plan: parsePlanText('CPC:0').steps, horizon: 4 }).years;
    expect(both.map((y) => y.costs)).toEqual(one.map((y) => y.costs));
    expect(both.map((y) => y.pay)).toEqual(one.map((y) => y.pay));
  });

  it('pays the preparation in the year of the first planned credential and starts new pay after the months given', () => {
    const plan = parsePlanText('CPC:held, CRC:3').steps;
    const plain = path({ plan }).years;
    const delayed = path({ plan, prepCost: 2000, monthsToStart: 6 }).years;
    expect(delayed.map((y) => y.costs)).toEqual(plain.map((y, i) => y.costs + (i === 3 ? 2000 : 0)));
    // Year 3: six months without CRC, six with.
    expect(delayed[3]!.pay).toBe(Math.round((plain[3]!.payWithout + plain[3]!.pay) / 2));
    expect(delayed[4]!.pay).toBe(plain[4]!.pay);
  });
});
