import { describe, expect, it } from 'vitest';
import { asCellText, formulaString, uniqueSheetName } from '../../src/addon/sheetText';

describe('text written into cells', () => {
  it('marks with an apostrophe what Sheets would read as a formula, number, boolean or date', () => {
    for (const text of [
      '=HYPERLINK("x")',
      '+1',
      '-1',
      '@x',
      "'quoted",
      '2025',
      '$5',
      '5%',
      '(12)',
      'TRUE',
      '2025-01-31',
      '1/2',
      '12:30',
      '5 Jan',
      'May 2025',
    ])
      expect(asCellText(text), text).toBe(`'${text}`);
  });

  it('leaves ordinary text as it is', () => {
    for (const text of [
      '',
      'Pay by state',
      'California (CA)',
      'CPC, CRC',
      '10th percentile',
      'Medicare 2025',
      '<img src=x onerror=alert(1)>',
    ])
      expect(asCellText(text), text).toBe(text);
  });

  it('quotes formula string arguments the way Sheets reads them', () => {
    expect(formulaString('CA')).toBe('"CA"');
    expect(formulaString('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('new sheet names', () => {
  it('never reuses a name, ignoring case as Sheets does', () => {
    expect(uniqueSheetName('Pay by state', ['Sheet1'])).toBe('Pay by state');
    expect(uniqueSheetName('Pay by state', ['pay by STATE', 'Pay by state (2)'])).toBe('Pay by state (3)');
  });

  it('drops characters that break references and keeps within Sheets’ 100-character limit', () => {
    expect(uniqueSheetName('a/b [c]: *d?', [])).toBe('a b c d');
    expect(uniqueSheetName('   ', [])).toBe('Comparison');
    const long = 'x'.repeat(300);
    expect(uniqueSheetName(long, ['x'.repeat(90)]).length).toBeLessThanOrEqual(100);
  });
});
