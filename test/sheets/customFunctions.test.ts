import { describe, expect, it } from 'vitest';
import {
  coderSalary,
  coderSalaryExplain,
  salaryRange,
  stateWage,
  payPercentile,
  certPremium,
  colAdjust,
  jobOutlookCell,
  salarySource,
  areaList,
} from '../../src/sheets/customFunctions';
import { STATES } from '../../src/core/places/areas';
import { MEDIAN_WORKER_YEARS as MEDIAN } from '../../src/core/pay/experience';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

const COMBOS: [string, number, string, string, string][] = [];
for (const state of ['US', 'CA', 'AK', 'MS', 'NY', 'DC'])
  for (const years of [0, 3, 10, 25, 41])
    for (const cert of ['', 'CPC', 'CCS', 'CPC, CRC', 'CPC, CRC, CIC'])
      for (const role of ['coder', 'biller', 'hit'])
        for (const setting of ['any', 'hospital', 'physician office']) COMBOS.push([state, years, cert, role, setting]);

describe('input handling', () => {
  it('reads states as people type them', () => {
    const ca = coderSalary('CA', 5, 'CPC');
    for (const state of ['ca', 'California', ' california ', 'CALIFORNIA']) expect(coderSalary(state, 5, 'CPC')).toBe(ca);
    const ny = coderSalary('NY', 5);
    expect(coderSalary(' new  york ', 5)).toBe(ny);
    const us = coderSalary('US', 5);
    for (const state of ['USA', 'United States', 'national', 'National']) expect(coderSalary(state, 5)).toBe(us);
  });

  it('takes numbers as text and several credentials in one cell or across a row', () => {
    expect(coderSalary('TX', '5')).toBe(coderSalary('TX', 5));
    expect(coderSalary('TX', ' 5 years')).toBe(coderSalary('TX', 5));
    expect(coderSalary('TX', 5, 'cpc, crc')).toBe(coderSalary('TX', 5, 'CPC/CRC'));
    expect(coderSalary('TX', 5, [['CPC', 'CRC']])).toEqual([[coderSalary('TX', 5, 'CPC, CRC')]]);
    expect(coderSalary('TX', 5, 'CPC-A')).toBe(coderSalary('TX', 5, 'cpca'));
    expect(coderSalary('TX', 5, 'none')).toBe(coderSalary('TX', 5));
  });

  it('throws an Error naming function, argument, value, what is accepted and the nearest value', () => {
    expect(() => coderSalary('Calfornia', 5)).toThrowError(
      /^CODER_SALARY: unknown state "Calfornia" — did you mean "California" \(CA\)\? State accepts/,
    );
    expect(() => coderSalary('CA', 'five')).toThrowError(/CODER_SALARY: years must be a number, got "five"\. Years accepts/);
    expect(() => coderSalary('CA', -1)).toThrowError(/years must be between 0 and 60/);
    expect(() => coderSalary('CA', 5, 'CPX')).toThrowError(/unknown credential "CPX" — did you mean "CPC"\?/);
    expect(() => coderSalary('CA', 5, '', 'codr')).toThrowError(/unknown role "codr" — did you mean "coder"\?/);
    expect(() => coderSalary('CA', 5, '', '', 'hospitl')).toThrowError(/unknown setting "hospitl" — did you mean "hospital"\?/);
    expect(() => coderSalary('', 5)).toThrowError(/CODER_SALARY: missing state\. State accepts/);
    expect(() => coderSalary('CA', new Date(2020, 1, 1))).toThrowError(/years must be a number, not a date/);
  });

  it('returns a blank for a single call whose required arguments are all blank (a dragged formula)', () => {
    expect(coderSalary('', '')).toBe('');
    expect(salaryRange('')).toEqual([['', '', '', '', '']]);
  });
});

describe('ranges', () => {
  it('gives a number, a # error text and a blank for good, bad and empty rows', () => {
    const result = coderSalary([['CA'], ['XX'], ['']], 5, 'CPC');
    expect(result).toEqual([[coderSalary('CA', 5, 'CPC')], ['#BAD STATE "XX" → Texas?'], ['']]);
  });

  it('gives a bad row the suggestion a single call gives, within 80 characters', () => {
    expect(() => coderSalary('Pensylvania', 5)).toThrowError(/did you mean "Pennsylvania"/);
    expect(coderSalary([['Pensylvania'], ['TX'], ['Calfornia'], ['CPCX']], 5, 'CPC')).toEqual([
      ['#BAD STATE "Pensylvania" → Pennsylvania?'],
      [coderSalary('TX', 5, 'CPC')],
      ['#BAD STATE "Calfornia" → California?'],
      ['#BAD STATE "CPCX"'],
    ]);
    expect(coderSalary('TX', 5, [['CPC'], ['CRCC']])).toEqual([[coderSalary('TX', 5, 'CPC')], ['#BAD CERT "CRCC" → CRC?']]);
    const long = coderSalary([['Pennsylvania and some more words typed by mistake'], ['TX']], 5) as string[][];
    expect(long[0]![0]!.length).toBeLessThanOrEqual(80);
  });

  it('broadcasts a column against a column, and a column of states against a row of years', () => {
    expect(coderSalary([['CA'], ['TX']], [[1], [20]])).toEqual([[coderSalary('CA', 1)], [coderSalary('TX', 20)]]);
    const grid = coderSalary([['CA'], ['TX']], [[0, 10, 20]]) as number[][];
    expect(grid).toEqual([[0, 10, 20].map((y) => coderSalary('CA', y)), [0, 10, 20].map((y) => coderSalary('TX', y))]);
  });

  it('throws for ranges that do not line up, naming the shapes', () => {
    expect(() => coderSalary([['CA'], ['TX'], ['NY']], [[1], [2]])).toThrowError(/ranges do not line up \(state 3×1, years 2×1/);
  });

  it('keeps every good row when one row is bad, whatever the argument', () => {
    const states = [['CA'], ['TX'], ['NY'], ['FL']];
    const years = [[5], ['abc'], [70], [3]];
    const certs = [['CPC'], ['CPC'], ['CPC'], ['BOGUS']];
    expect(coderSalary(states, years, certs)).toEqual([
      [coderSalary('CA', 5, 'CPC')],
      ['#BAD YEARS "abc"'],
      ['#BAD YEARS "70"'],
      ['#BAD CERT "BOGUS"'],
    ]);
  });

  it('computes 10,000 rows in one call with the same answers as single calls', () => {
    const states = STATES.map((s) => s.code);
    const rows = Array.from({ length: 10_000 }, (_, i) => [states[i % states.length]!, i % 31]);
    const result = coderSalary(
      rows.map((r) => [r[0]!]),
      rows.map((r) => [r[1]!]),
      'CPC',
    ) as number[][];
    expect(result).toHaveLength(10_000);
    for (const i of [0, 17, 4999, 9999]) expect(result[i]![0]).toBe(coderSalary(rows[i]![0], rows[i]![1], 'CPC'));
  });
});

describe('the function family', () => {
  it('EXPLAIN reproduces CODER_SALARY exactly for every combination in the sweep', () => {
    for (const args of COMBOS) {
      const table = coderSalaryExplain(...args) as (string | number)[][];
      expect(table.at(-1)![1]).toBe(coderSalary(...args));
    }
    expect(COMBOS.length).toBeGreaterThan(1000);
  });

  it('EXPLAIN over a range gives one summary line per cell ending with the estimate', () => {
    const lines = coderSalaryExplain([['CA'], ['XX']], 5, 'CPC') as string[][];
    expect(lines[0]![0]).toMatch(new RegExp(`= \\$${(coderSalary('CA', 5, 'CPC') as number).toLocaleString('en-US')}$`));
    expect(lines[1]![0]).toBe('#BAD STATE "XX" → Texas?');
  });

  it('SALARY_RANGE gives p10..p90 as a row, with an optional header, and a row per state', () => {
    expect(salaryRange('US')).toEqual([[37000, 43490, 51140, 64820, 81150]]);
    const withHeader = salaryRange([['US'], ['ZZ']], 'coder', true);
    expect(withHeader[0]).toEqual(['10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile']);
    expect(withHeader[2]![0]).toBe('#BAD STATE "ZZ" → Arizona?');
  });

  it('PAY_PERCENTILE of every state median is 0.5, and rises with pay', () => {
    for (const state of [...STATES.map((s) => s.code), 'US']) {
      for (const role of ['coder', 'biller', 'hit']) {
        const median = (salaryRange(state, role) as number[][])[0]![2]!;
        expect(payPercentile(median, state, role)).toBeCloseTo(0.5, 3);
      }
    }
    expect(payPercentile(40000, 'TX')).toBeLessThan(payPercentile(60000, 'TX') as number);
    expect(payPercentile('$1,000,000', 'TX')).toBe(0.9999);
    expect(payPercentile(1000, 'TX')).toBe(0.0001);
  });

  it('STATE_WAGE returns published statistics and names what exists where a figure is missing', () => {
    expect(stateWage('US')).toBe(51140);
    expect(stateWage('CA', 'p90')).toBe(102470);
    expect(stateWage('AK', 'year')).toBe(2025);
    expect(() => stateWage('AK', 'mean')).toThrowError(
      /no mean for Medical Records Specialists in Alaska; it has: year, employment, median, hourly_median/,
    );
    expect(stateWage([['AK'], ['CA']], 'mean')).toEqual([['#N/A NO MEAN AK 2025'], [68230]]);
  });

  it('CERT_PREMIUM reads the AAPC report, COL_ADJUST round-trips, JOB_OUTLOOK and SALARY_SOURCE cite', () => {
    // At equal experience: each AAPC ratio to the power ln 1.1338 ÷ ln 1.2001 = 0.6885 (AAPC 2010 and 2009).
    // CCS, with no AHIMA figure, is priced at COC, the better of its facility counterparts: (1.2051 × 42,930 / 39,953)^0.6885.
    expect(certPremium('CCS')).toBe(0.1947);
    expect(certPremium('CCS')).toBe(certPremium('COC'));
    // CRC alone (74,629) is above the two-certification average (74,557): a set is never below its best credential.
    expect(certPremium('CPC, CRC')).toBe(0.2228);
    expect(certPremium('CPC, CRC')).toBe(certPremium('CRC'));
    expect(certPremium('CCS, RHIT')).toBe(0.222);
    expect(certPremium('CPC, CRC, CPB')).toBe(0.2963);
    // Years: a CPC with under two years is CPC-A, with the apprentices' part (AAPC 2010: 32,792 ÷ 30,175); the same at any later experience.
    expect(certPremium('CPC', 0)).toBe(0.0867);
    expect(certPremium('CPC-A')).toBe(0.0867);
    expect(certPremium('CPC', 25)).toBe(certPremium('CPC'));
    expect(certPremium('none')).toBe(0);
    for (const [a, b] of [
      ['TX', 'CA'],
      ['MS', 'DC'],
      ['US', 'HI'],
    ]) {
      const there = colAdjust(60000, a, b) as number;
      // Each way is rounded to the cent, so the round trip is exact to within a cent or two.
      expect(Math.abs((colAdjust(there, b, a) as number) - 60000)).toBeLessThanOrEqual(0.02);
    }
    const adjusted = colAdjust(55000, 'AR', 'NY') as number;
    expect(Math.round(adjusted * 100) / 100).toBe(adjusted);
    expect(adjusted).toBeGreaterThan(55000);
    expect(jobOutlookCell()).toBe(0.078);
    expect(jobOutlookCell('coder', 'openings')).toBe(14000);
    expect(() => jobOutlookCell('biller')).toThrowError(/no BLS employment projection for Billing and Posting Clerks/);
    expect(salarySource()).toMatch(
      /SOC 29-2072 Medical Records Specialists, May 2025: national https:\/\/www\.bls\.gov\/oes\/2025\/may\/oes292072\.htm/,
    );
    expect(salarySource('cost of living')).toMatch(/BEA Regional Price Parities by state, 2024 .*: https:\/\/www\.bea\.gov\//);
  });
});

describe('areas wherever a state is accepted', () => {
  it('meets the published May 2025 figures: San Jose median 86,890 at the median worker’s years, p25 63,760', () => {
    expect(coderSalary('San Jose-Sunnyvale-Santa Clara, CA', MEDIAN)).toBe(86890);
    expect(coderSalary('41940', MEDIAN)).toBe(86890);
    expect(coderSalary(41940, MEDIAN)).toBe(86890);
    expect(stateWage('41940', 'p25')).toBe(63760);
    expect(stateWage(41940, 'median', 'coder', 2025)).toBe(86890);
  });

  it('computes the good rows of a range mixing states, areas and bad rows, each bad row with its short text', () => {
    const places = [['CA'], ['41940'], [41940], ['Portland'], ['Portland, OR'], ['Nowhere'], [''], ['10380'], [200006]];
    expect(coderSalary(places, MEDIAN)).toEqual([
      [coderSalary('CA', MEDIAN)],
      [86890],
      [86890],
      ['#AMBIGUOUS "Portland": Portland, ME (38860) or Portland, OR (38900)'],
      [coderSalary('38900', MEDIAN)],
      ['#BAD STATE "Nowhere"'],
      [''],
      ['#N/A no figure: Aguadilla, PR'],
      [coderSalary('0200006', MEDIAN)],
    ]);
    expect(salaryRange([['Sunnyvale'], ['Portland']])).toEqual([
      (salaryRange('41940') as number[][])[0],
      ['#AMBIGUOUS "Portland": Portland, ME (38860) or Portland, OR (38900)', '', '', '', ''],
    ]);
    // A range's error text names the place, and lists an ambiguous name's areas as briefly as 80 characters allow.
    expect(coderSalary([['Guam'], ['Puerto Rico'], ['Springfield'], ['Columbus']], 10)).toEqual([
      ['#N/A no figure: Guam nonmetropolitan area'],
      ['#N/A no figure: Puerto Rico nonmetropolitan area'],
      ['#AMBIGUOUS "Springfield": Springfield, IL, MA, MO, OH or OR'],
      ['#AMBIGUOUS "Columbus": Columbus, GA; Columbus, IN or Columbus, OH'],
    ]);
    const long = coderSalary([['Springfield'], ['Columbus'], ['Jacksonville'], ['Guam']], 10) as string[][];
    for (const [text] of long) expect(text!.length).toBeLessThanOrEqual(80);
    // The hover message of a single call still says everything.
    expect(() => coderSalary('Guam', 10)).toThrowError(/no figure in the data for this area: Guam \(6600001\)/);
    expect(stateWage([['41940'], ['CA'], ['41940']], [['p10'], ['p10'], ['employment']])).toEqual([
      ['#N/A NO P10 41940 2025'],
      [stateWage('CA', 'p10')],
      [stateWage('41940', 'employment')],
    ]);
  });

  it('names the function, the ambiguity and the fix in a single call', () => {
    expect(() => coderSalary('Portland', 5)).toThrowError(
      /^CODER_SALARY: "Portland" is in two areas: Portland-South Portland, ME \(38860\); Portland-Vancouver-Hillsboro, OR-WA \(38900\) — add the state\. State accepts/,
    );
    expect(() => colAdjust(100, 'TX', 'Seatle')).toThrowError(
      /^COL_ADJUST: unknown to_state "Seatle" — did you mean "Seattle-Tacoma-Bellevue, WA" \(42660\)\?/,
    );
    expect(() => payPercentile(50000, 'Sunnyvale', 'hit')).toThrowError(/^PAY_PERCENTILE: no figure in the data for this area: San Jose/);
    expect(() => stateWage('41940', 'median', 'coder', 'last year')).toThrowError(/year must be a year such as 2024, got "last year"/);
  });

  it("adjusts cost of living for an area with the area's own parity, and explains an area estimate", () => {
    // BEA RPP 2024: Texarkana, TX-AR 84.012, San Jose-Sunnyvale-Santa Clara 110.423 (test/core/costOfLiving.test.ts).
    expect(colAdjust(60000, 'Sunnyvale', 'Texarkana, AR')).toBe(45649.19);
    expect(colAdjust(60000, 'Sunnyvale', 'Texarkana, AR')).not.toBe(colAdjust(60000, 'CA', 'TX'));
    const table = coderSalaryExplain('41940', MEDIAN) as (string | number)[][];
    expect(table.at(-1)).toEqual(['Estimate (annual, USD)', 86890]);
    expect((coderSalaryExplain([['41940']], MEDIAN) as string[][])[0]![0]).toMatch(
      /^41940 29-2072 OEWS May 2025 \(area\) median \$86,890; area quartiles, CA tails; .*= \$86,890$/,
    );
  });
});

describe('AREA_LIST', () => {
  it("lists a state's areas under a header, multi-state areas in each of their states", () => {
    const oregon = areaList('OR') as (string | number)[][];
    expect(oregon[0]).toEqual(['Code', 'Area', 'Type', 'Employment', 'Median', 'Year']);
    const portland = oregon.find((row) => row[0] === '38900')!;
    expect(portland.slice(1, 3)).toEqual(['Portland-Vancouver-Hillsboro, OR-WA', 'metropolitan']);
    expect(portland[4]).toBe(stateWage('38900'));
    expect((areaList('Washington') as unknown[][]).some((row) => row[0] === '38900')).toBe(true);
    expect(oregon.slice(1).some((row) => row[2] === 'nonmetropolitan')).toBe(true);
    const names = oregon.slice(1).map((row) => row[1] as string);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('lists every area for "US", sorts by median or employment highest first, and says where the data has no figure', () => {
    const all = areaList('US') as (string | number)[][];
    expect(all.length - 1).toBe(530);
    const byMedian = (areaList('CA', 'coder', 'median') as (string | number)[][]).slice(1);
    expect(byMedian[0]!.slice(0, 2)).toEqual(['41940', 'San Jose-Sunnyvale-Santa Clara, CA']);
    const medians = byMedian.map((row) => row[4]).filter((m): m is number => typeof m === 'number');
    expect(medians).toEqual([...medians].sort((a, b) => b - a));
    const billers = (areaList('CA', 'biller', 'employment') as (string | number)[][]).slice(1).map((row) => row[3]);
    const numbers = billers.filter((e): e is number => typeof e === 'number');
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const puertoRico = (areaList('US', 'coder', 'code') as (string | number)[][]).find((row) => row[0] === '10380')!;
    expect(puertoRico.slice(3)).toEqual(['no figure in the data', 'no figure in the data', 'no figure in the data']);
  });

  it('refuses what has no list: a role without area figures, an area, a range, a bad sort', () => {
    expect(() => areaList('CA', 'hit')).toThrowError(
      /^AREA_LIST: the bundled BLS area estimates do not cover Health Information Technologists/,
    );
    expect(() => areaList('Sunnyvale')).toThrowError(/^AREA_LIST: AREA_LIST lists the areas of a state or of the nation/);
    expect(() => areaList([['CA'], ['TX']])).toThrowError(/^AREA_LIST: give single cells \(state 2×1/);
    expect(() => areaList('CA', 'coder', 'medain')).toThrowError(/unknown sort "medain" — did you mean "median"\?/);
    expect(areaList([['CA']])).toEqual(areaList('CA'));
    expect(areaList('')).toBe('');
  });
});
