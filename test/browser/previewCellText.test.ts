/**
 * What a cell shows in the preview grid: the number formats the add-on writes, Sheets'
 * General format for the rest, TRUE and FALSE for booleans (scripts/preview/page/cellText.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, shown } from '../../scripts/preview/page/cellText';

describe('the preview grid’s cell text', () => {
  it('shows the add-on’s formats: dollars grouped, cents, percent with one decimal, plain whole numbers', () => {
    expect(formatNumber(68046.4, '$#,##0')).toBe('$68,046');
    expect(formatNumber(-1234.5, '$#,##0.00')).toBe('-$1,234.50');
    expect(formatNumber(0.3674, '0.0%')).toBe('36.7%');
    expect(formatNumber(12345.6, '0')).toBe('12346');
    // Rounded to nothing, a small negative shows no minus sign.
    expect(formatNumber(-0.004, '$#,##0')).toBe('$0');
  });

  it('shows other numbers in General: whole numbers as they are, others to ten significant digits', () => {
    expect(formatNumber(2 / 3, undefined)).toBe('0.6666666667');
    expect(formatNumber(0.1 + 0.2, 'yyyy-mm-dd')).toBe('0.3');
    expect(formatNumber(48780, undefined)).toBe('48780');
  });

  it('shows booleans as Sheets does, text as it is, and a blank cell as nothing', () => {
    expect(shown({ raw: '=TRUE', value: true })).toBe('TRUE');
    expect(shown({ raw: 'CA', value: 'CA' })).toBe('CA');
    expect(shown({ raw: '=A1', value: 0.25, format: '0%' })).toBe('25%');
    expect(shown(undefined)).toBe('');
  });
});
