/**
 * Telling a formula's own spilled cells from two readings of a sheet, taken before and after
 * its cell was cleared (freeze's probe), straight from the readings.
 */
import { describe, expect, it } from 'vitest';
import { spillOwnership } from '../../src/addon/freeze/spillOwnership';

const A1 = { row: 1, column: 1 };

describe('spilled cells from two readings', () => {
  it('are the cells that emptied with the formula, blanks inside the result left out', () => {
    const readings = {
      formulas: [
        ['=CODER_SALARY(D1:D3,5)', '', 'x'],
        ['', '', ''],
        ['', '', ''],
      ],
      before: [
        [61000, '', 'x'],
        ['', '', ''],
        [52000, '', ''],
      ],
      after: [
        ['', '', 'x'],
        ['', '', ''],
        ['', '', ''],
      ],
    };
    expect(spillOwnership(readings, [A1], new Set(['1,1']))).toEqual([{ anchor: A1, cells: [A1, { row: 3, column: 1 }] }]);
  });

  it('stop at content and at other formulas', () => {
    const readings = {
      formulas: [
        ['=SALARY_RANGE("TX")', '', '=SEQUENCE(1,2)', ''],
        ['typed', '', '', ''],
      ],
      before: [
        [34440, 39470, 1, 2],
        ['typed', '', '', ''],
      ],
      // The SEQUENCE's cells do not move; nothing below the formula is its result.
      after: [
        ['', '', 1, 2],
        ['typed', '', '', ''],
      ],
    };
    expect(spillOwnership(readings, [A1], new Set(['1,1']))).toEqual([{ anchor: A1, cells: [A1, { row: 1, column: 2 }] }]);
  });

  it('are refused when the cells that changed do not form a rectangle from the formula, which no single result does', () => {
    const readings = {
      formulas: [
        ['=SALARY_RANGE("TX")', ''],
        ['', ''],
      ],
      before: [
        [34440, 39470],
        [1, 'typed'],
      ],
      after: [
        ['', ''],
        ['', 'typed'],
      ],
    };
    expect(spillOwnership(readings, [A1], new Set(['1,1']))).toEqual([{ anchor: A1 }]);
  });
});
