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
} from '../../src/sheets/customFunctions';
import { STATES } from '../../src/core/areas';

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
    expect(certPremium('CCS')).toBe(0.2071);
    // CRC alone (74,629) is above the two-certification average (74,557): a set is never below its best credential.
    expect(certPremium('CPC, CRC')).toBe(0.3393);
    expect(certPremium('CCS, RHIT')).toBe(0.338);
    expect(certPremium('CPC-A')).toBe(0);
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
