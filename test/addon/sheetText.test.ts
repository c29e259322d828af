import { describe, expect, it } from 'vitest';
import { asCellText, formulaString, proseLines, uniqueSheetName } from '../../src/addon/workbook/sheetText';
import { textWidth } from '../../src/addon/workbook/columnWidths';

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

describe('prose on several rows', () => {
  it('breaks between words so each line fits the width, keeping every word and a long address whole', () => {
    const text =
      "Projections from today's pay distribution and survey ratios, not promises: ".repeat(4) +
      'https://www.bls.gov/oes/2025/may/oes292072.htm';
    const lines = proseLines(text, 300);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, -1)) expect(textWidth(line)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(text.replace(/\s+/g, ' ').trim());
    expect(proseLines('https://www.bls.gov/oes/2025/may/oes292072.htm', 50)).toEqual(['https://www.bls.gov/oes/2025/may/oes292072.htm']);
    expect(proseLines('   ', 300)).toEqual([]);
  });
});
