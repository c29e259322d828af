import { describe, expect, it } from 'vitest';
import { coderSalary, payPercentile, payReview, PAY_REVIEW_HEADER } from '../../src/sheets/customFunctions';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

/** An eight-row roster as a sheet holds it: one column per argument. */
const ROSTER = [
  // pay, area, years, cert, role, setting
  [44_000, 'Texas', 1, 'CPC-A', 'coder', 'physician office'],
  [66_000, 'OH', 6, 'CPC', 'coder', 'hospital'],
  [70_000, 'Georgia', 12, 'CCS', 'coder', 'hospital'],
  ['', '', '', '', '', ''],
  [50_000, 'Pensylvania', 3, 'RHIT', 'hit', ''],
  [84_000, 'US', 20, 'CPC, CIC', 'coder', 'any'],
  [36_000, 'FL', 4, '', 'biller', ''],
  [58_000, 'WA', 8, 'CPB', 'biller', 'physician office'],
] as const;
const column = (k: number) => ROSTER.map((row) => [row[k]]);
const args = [0, 1, 2, 3, 4, 5].map(column);

describe('PAY_REVIEW', () => {
  it('answers an 8-row roster with 8 rows: 6 computed, 1 # text for the bad row, 1 blank for the blank row', () => {
    const rows = payReview(...(args as [unknown, unknown, unknown, unknown, unknown, unknown]));
    expect(rows).toHaveLength(8);
    const computed = rows.filter((r) => typeof r[0] === 'number');
    const errors = rows.filter((r) => typeof r[0] === 'string' && r[0].startsWith('#'));
    const blank = rows.filter((r) => r.every((c) => c === ''));
    expect([computed.length, errors.length, blank.length]).toEqual([6, 1, 1]);
    expect(rows[3]).toEqual(['', '', '', '', '']);
    expect(rows[4]).toEqual(['#BAD AREA "Pensylvania" → Pennsylvania?', '', '', '', '']);
    // Each row is what a single call with that row's cells gives.
    ROSTER.forEach((row, i) => {
      if (i === 3 || i === 4) return;
      expect(rows[i]).toEqual(payReview(...(row as unknown as [unknown, unknown, unknown, unknown, unknown, unknown]))[0]);
    });
  });

  it('gives the estimate CODER_SALARY gives, the percentile PAY_PERCENTILE gives, and compa-ratio 1 at the estimate', () => {
    const estimate = coderSalary('OH', 6, 'CPC', 'coder', 'hospital') as number;
    const [row] = payReview(estimate, 'OH', 6, 'CPC', 'coder', 'hospital');
    expect(row).toEqual([estimate, payPercentile(estimate, 'OH', 'coder'), 0, 1, '']);
    const [low] = payReview(36_000, 'FL', 4, '', 'biller');
    expect(low![4]).toBe('below p25');
    expect(low![2]).toBe(36_000 - (coderSalary('FL', 4, '', 'biller') as number));
  });

  it('adds the header row on request', () => {
    expect(payReview(52_000, 'TX', 5, 'CPC', '', '', true)[0]).toEqual(PAY_REVIEW_HEADER);
    expect(payReview(column(0), column(1), column(2), column(3), column(4), column(5), 'yes')).toHaveLength(9);
    expect(() => payReview(52_000, 'TX', 5, '', '', '', 'maybe')).toThrowError(/^PAY_REVIEW: unknown headers "maybe"/);
  });

  it('names the function and the argument when a single call is wrong', () => {
    // A place is a state or a metropolitan area: a typo of a metro's city is answered with that area.
    expect(() => payReview(52_000, 'Austn', 5)).toThrowError(
      /^PAY_REVIEW: unknown area "Austn" — did you mean "Austin-Round Rock-San Marcos, TX" \(12420\)\? Area accepts/,
    );
    expect(() => payReview(52_000, 'Xanadu', 5)).toThrowError(/^PAY_REVIEW: unknown area "Xanadu"\. Area accepts/);
    expect(() => payReview('52k', 'TX', 5)).toThrowError(/^PAY_REVIEW: pay must be a number, got "52k"\. Pay accepts/);
    expect(() => payReview(52_000, 'TX', 'ten')).toThrowError(/^PAY_REVIEW: years must be a number/);
    expect(() => payReview([[1], [2]], [['TX'], ['CA'], ['OH']], 5)).toThrowError(
      /PAY_REVIEW: the ranges do not line up \(pay 2×1, area 3×1/,
    );
    expect(payReview('', '', '')).toEqual([['', '', '', '', '']]);
  });

  it('reports the first bad argument of a row in argument order', () => {
    const [row] = payReview([['abc']], [['XX']], [['ten']]);
    expect(row![0]).toBe('#BAD PAY "abc"');
  });
});
