/** Insert reference tables: the published figures, as they are in the data, each table on its own sheet. */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/addon/memoryWorkbook';
import { createServerApi } from '../../src/addon/serverApi';
import { NATIONAL, STATES } from '../../src/core/areas';
import { CREDENTIALS, credentialFactor } from '../../src/core/credentials';
import { areaDistribution } from '../../src/core/distribution';
import { ROLES } from '../../src/core/roles';

function setup() {
  const workbook = new MemoryWorkbook();
  return { workbook, api: createServerApi(() => workbook) };
}

describe('reference tables', () => {
  it('writes every state’s median, p10–p90, employment, year and percentile basis for the chosen role', () => {
    const { workbook, api } = setup();
    const [name] = api.insertReferenceTables({ states: true, credentials: false, outlook: false, role: 'biller' }).sheetNames;
    expect(name).toBe('State wages — Billing and Posting Clerks (43-3021)');
    expect(workbook.read(name!, { row: 4, column: 1, rows: 1, columns: 11 })[0]).toEqual([
      'State',
      'Code',
      'Median',
      'p10',
      'p25',
      'p75',
      'p90',
      'Mean',
      'Employment',
      'Year',
      'Percentile basis',
    ]);
    [NATIONAL, ...STATES].forEach((area, i) => {
      const d = areaDistribution(ROLES.biller, area);
      const row = workbook.read(name!, { row: 5 + i, column: 1, rows: 1, columns: 11 })[0]!;
      expect(row.slice(0, 7)).toEqual([
        area.name,
        area.code,
        d.record.values.annual_median,
        ...[0, 1, 3, 4].map((k) => Math.round(d.percentiles[k]!)),
      ]);
      expect(row[9]).toBe(d.record.year);
    });
    const sheet = workbook.sheet(name!)!;
    expect(sheet.formats.get('5,3')).toBe('$#,##0');
    expect(sheet.frozenRows).toBe(4);
    expect([...sheet.cells.values()]).toContain('Note: BLS 43-3021 covers billing clerks in all industries, not only healthcare.');
  });

  it('lists every credential with its premium, factor, evidence, basis (survey and year) and the issuer’s page', () => {
    const { workbook, api } = setup();
    const [name] = api.insertReferenceTables({ states: false, credentials: true, outlook: false }).sheetNames;
    expect(workbook.read(name!, { row: 4, column: 1, rows: 1, columns: 9 })[0]).toEqual([
      'Code',
      'Credential',
      'Issuing body',
      'Premium',
      'Factor',
      'Evidence',
      'Basis (survey and year)',
      'Focus',
      'Credential page',
    ]);
    CREDENTIALS.forEach((credential, i) => {
      const row = workbook.read(name!, { row: 5 + i, column: 1, rows: 1, columns: 9 })[0]!;
      const factor = credentialFactor([credential]);
      expect(row).toEqual([
        credential.code,
        credential.name,
        credential.issuer,
        expect.closeTo(factor.factor - 1, 4),
        expect.closeTo(factor.factor, 4),
        expect.any(String),
        factor.basis,
        credential.focus,
        credential.publication.url,
      ]);
    });
    const byCode = (code: string) =>
      workbook.read(name!, { row: 5 + CREDENTIALS.findIndex((c) => c.code === code), column: 4, rows: 1, columns: 4 })[0];
    expect(byCode('CPMA')).toEqual([0.4967, 1.4967, 'own survey figure', 'AAPC 2012 survey: CPMA ÷ CPC × current CPC factor']);
    expect(byCode('CRC')).toEqual([0.3393, 1.3393, 'own survey figure', 'AAPC 2026 report (2025 survey): CRC ÷ non-certified']);
    expect(byCode('CCS')![2]).toBe('certified average (no own figure)');
    expect(byCode('CPC-A')).toEqual([
      0,
      1,
      'no premium (apprentice)',
      'CPC-A ÷ CPC 0.82 (AAPC 2010 survey), 0.77 (AAPC 2009 survey): no premium',
    ]);
    const sheet = workbook.sheet(name!)!;
    expect(sheet.formats.get('5,4')).toBe('0.0%');
    expect(sheet.formats.get('5,5')).toBe('0.0000');
    const texts = [...sheet.cells.values()].map(String);
    for (const survey of [
      'AAPC 2026 Medical Coding and Billing Salary Report (2025 survey)',
      'AAPC 2018 Salary Survey',
      'AAPC 2012 Salary Survey',
      "AAPC 2010 Salary Survey (respondents with job title 'coder')",
      'AAPC 2009 Salary Survey',
    ])
      expect(texts).toContain(`${survey}: https://www.aapc.com/resources/medical-coding-salary-survey`);
    expect(texts).toContain('AAPC certification pages: https://www.aapc.com/certification/');
    expect(texts).toContain('AHIMA certifications overview: https://www.ahima.org/certification-careers/certifications-overview/');
    expect(texts.some((t) => t.startsWith('Survey averages do not control for experience'))).toBe(true);
    expect(texts.some((t) => t.includes('never below the best single credential in the set'))).toBe(true);
    // Citations only: no copy a figure was read from appears on the sheet.
    expect(texts.join('\n')).not.toMatch(/github\.com|beckersasc|fdocuments|open-exam-prep|worldpopulationreview/);
  });

  it('writes codes and periods as text, never as dates or formulas', () => {
    const { workbook, api } = setup();
    const [name] = api.insertReferenceTables({ states: false, credentials: false, outlook: true }).sheetNames;
    const coder = 5 + Object.keys(ROLES).indexOf('coder');
    // The leading apostrophe is Sheets' own text mark: written plainly, "29-2072" is read as a date.
    expect(workbook.rawCell(name!, coder, 2)).toBe("'29-2072");
    expect(workbook.rawCell(name!, coder, 3)).toBe("'2025-2035");
    expect(workbook.read(name!, { row: coder, column: 2, rows: 1, columns: 2 })[0]).toEqual(['29-2072', '2025-2035']);
  });

  it('refuses an empty or bad request in plain words and writes nothing', () => {
    const { workbook, api } = setup();
    expect(() => api.insertReferenceTables({ states: false, credentials: false, outlook: false })).toThrowError(
      'Pick at least one table to insert.',
    );
    expect(() => api.insertReferenceTables({ states: true, credentials: false, outlook: false, role: 'coderr' })).toThrowError(
      /^Reference tables: unknown role "coderr" — did you mean "coder"\?/,
    );
    expect(() => api.insertReferenceTables(null as never)).toThrowError('The request is empty.');
    expect(workbook.callCount).toBe(0);
  });

  it('writes each table in a fixed number of calls, inside one document lock', () => {
    const { workbook, api } = setup();
    api.insertReferenceTables({ states: true, credentials: true, outlook: true });
    expect(workbook.calls).toMatchObject({
      lock: 1,
      insertSheet: 3,
      setValues: 3,
      setNumberFormats: 3,
      setFontWeights: 3,
      activate: 1,
      toast: 1,
    });
  });
});
