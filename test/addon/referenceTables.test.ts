/** Insert reference tables: the published figures, as they are in the data, each table on its own sheet. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemoryWorkbook } from '../../scripts/preview/memoryWorkbook';
import { RequestError } from '../../src/addon/requestError';
import { createServerApi } from '../../src/addon/serverApi';
import { NATIONAL, STATES, parseArea } from '../../src/core/places/areas';
import { NO_FIGURE, areasIn } from '../../src/core/pay/areaList';
import { MAX_COLUMN_WIDTH, shownText, textWidth, twoLineWidth } from '../../src/addon/workbook/columnWidths';
import { VISIBLE_WIDTH } from '../../src/addon/sheets/chartLayout';
import { CREDENTIALS, credentialFactor } from '../../src/core/pay/credentials';
import { areaDistribution } from '../../src/core/pay/distribution';
import { ROLES } from '../../src/core/pay/roles';
import type { CellValue } from '../../src/addon/workbook/workbook';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

function setup() {
  const workbook = new MemoryWorkbook();
  return { workbook, api: createServerApi(() => workbook) };
}

const AREA_HEADER = [
  'Code',
  'Area',
  'Type',
  'State(s)',
  'Median',
  'p25',
  'p75',
  'Mean',
  'Employment',
  'Location quotient',
  'Year',
  'BLS page',
];

/** Inserts the area wage table alone and reads its rows back, keyed by area code. */
function areaTable(areaState: string, role = 'coder') {
  const { workbook, api } = setup();
  const [name] = api.insertReferenceTables({ states: false, credentials: false, outlook: false, areas: true, areaState, role }).sheetNames;
  const sheet = workbook.sheet(name!)!;
  const header = workbook.read(name!, { row: 4, column: 1, rows: 1, columns: 12 })[0]!;
  const body: CellValue[][] = [];
  for (let row = 5; workbook.cellValue(name!, row, 1) !== ''; row++)
    body.push(workbook.read(name!, { row, column: 1, rows: 1, columns: 12 })[0]!);
  const byCode = new Map(body.map((r) => [String(r[0]), r]));
  // The sources block, one line per row: citations whole, prose notes broken at spaces.
  const lines: string[] = [];
  for (let row = 5 + body.length + 2; workbook.cellValue(name!, row, 1) !== ''; row++)
    lines.push(String(workbook.cellValue(name!, row, 1)));
  return { workbook, name: name!, sheet, header: header.map(String), body, byCode, lines, sources: lines.join(' ') };
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
    // At equal experience (raw ratio ^ 0.6885); CPMA from the 2010 table that holds the job fixed: (1.2051 × 42,937 / 39,953)^0.6885.
    expect(byCode('CPMA')).toEqual([
      0.1949,
      1.1949,
      'own survey figure',
      "AAPC 2010 survey (job title 'coder'): CPMA ÷ CPC × current CPC ratio",
    ]);
    expect(byCode('CRC')).toEqual([0.2228, 1.2228, 'own survey figure', 'AAPC 2026 report (2025 survey): CRC ÷ non-certified']);
    expect(byCode('CCS')![2]).toBe('AAPC counterpart (no AHIMA figure)');
    expect(byCode('RHIT')![2]).toBe('certified average (no own figure)');
    expect(byCode('CPC-A')).toEqual([
      0.0867,
      1.0867,
      'apprentice (part of the premium)',
      'AAPC 2010 survey: CPC-A ÷ non-certified first-years',
    ]);
    const sheet = workbook.sheet(name!)!;
    expect(sheet.formats.get('5,4')).toBe('0.0%');
    expect(sheet.formats.get('5,5')).toBe('0.0000');
    const texts = [...sheet.cells.values()].map(String);
    for (const survey of [
      'AAPC 2026 Medical Coding and Billing Salary Report (2025 survey)',
      'AAPC 2018 Salary Survey',
      "AAPC 2010 Salary Survey (respondents with job title 'coder')",
      'AAPC 2010 Salary Survey (credential by experience)',
      'AAPC 2009 Salary Survey',
    ])
      expect(texts).toContain(`${survey}: https://www.aapc.com/resources/medical-coding-salary-survey`);
    expect(texts).toContain('AAPC certification pages: https://www.aapc.com/certification/');
    expect(texts).toContain('AHIMA certifications overview: https://www.ahima.org/certification-careers/certifications-overview/');
    expect(texts.some((t) => t.startsWith('At equal experience: the AAPC 2010 Salary Survey (credential by experience)'))).toBe(true);
    expect(texts.some((t) => t.includes('no AHIMA pay figure by credential is published'))).toBe(true);
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

describe('the area wage table', () => {
  it('shows each area’s published figures, as BLS gives them, with the area’s BLS page', () => {
    const { name, header, byCode, sheet } = areaTable('CA');
    expect(name).toBe('Area wages — Medical Records Specialists (29-2072), California');
    expect(header).toEqual(AREA_HEADER);
    expect(byCode.get('41940')).toEqual([
      '41940',
      'San Jose-Sunnyvale-Santa Clara, CA',
      'metropolitan',
      'CA',
      86890,
      63760,
      123190,
      97430,
      920,
      0.65,
      2025,
      'https://www.bls.gov/oes/2025/may/oes_41940.htm',
    ]);
    expect(sheet.formats.get('5,5')).toBe('$#,##0');
    expect(sheet.formats.get('5,10')).toBe('0.00');
    expect(sheet.frozenRows).toBe(4);
  });

  it('lists exactly the areas BLS defines in the state, an area of several states in each of them', () => {
    const oregon = areaTable('Oregon');
    const washington = areaTable('wa');
    for (const [code, table] of [
      ['OR', oregon],
      ['WA', washington],
    ] as const) {
      expect(new Set(table.byCode.keys())).toEqual(new Set(areasIn(parseArea(code)).map((a) => a.code)));
      for (const row of table.body) expect(String(row[3]).split(', ')).toContain(code);
    }
    expect(oregon.byCode.get('38900')).toEqual(washington.byCode.get('38900'));
    expect(oregon.byCode.get('38900')!.slice(1, 5)).toEqual(['Portland-Vancouver-Hillsboro, OR-WA', 'metropolitan', 'OR, WA', 61890]);
    expect(oregon.sources).toContain(
      'An area reaching into other states (State(s) column) is listed in each of them; its figures are for the whole area.',
    );
    // By name within a state.
    const names = oregon.body.map((r) => String(r[1]));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('says in words where the data has no figure: a whole area, or one figure of it', () => {
    const oregon = areaTable('OR');
    // Albany, OR: BLS defines it; the bundled estimates have no coder figures for it.
    expect(oregon.byCode.get('10540')).toEqual([
      '10540',
      'Albany, OR',
      'metropolitan',
      'OR',
      ...Array(7).fill(NO_FIGURE),
      'https://www.bls.gov/oes/2025/may/oes_10540.htm',
    ]);
    expect(oregon.sources).toContain(
      `No figure in the data for 1 of the 11 areas: BLS defines it, but the bundled estimates have no Medical Records Specialists figures for it; its cells say "${NO_FIGURE}".`,
    );
    // Burlington, VT: a median, but no employment or location quotient in the bundled estimates.
    const burlington = areaTable('VT').byCode.get('15540')!;
    expect(burlington.slice(4, 11)).toEqual([
      59650,
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
      NO_FIGURE,
      NO_FIGURE,
      2025,
    ]);
    // No cell of a figure column is ever empty.
    for (const row of oregon.body) for (const cell of row) expect(cell).not.toBe('');
  });

  it('lists every area nationally, the territories’ areas saying they have no figure, with the sources of what is and is not published', () => {
    const { name, body, byCode, lines, sources } = areaTable('US', 'biller');
    expect(name).toBe('Area wages — Billing and Posting Clerks (43-3021), every area');
    expect(body).toHaveLength(areasIn(NATIONAL).length);
    // San Juan, Puerto Rico: defined by BLS, no figure in the data.
    expect(byCode.get('41980')!.slice(3, 11)).toEqual(['PR', ...Array(7).fill(NO_FIGURE)]);
    // An area whose latest median is from an earlier May release cites that year's page.
    const earlier = body.find((r) => typeof r[10] === 'number' && r[10] < 2025)!;
    expect(earlier[11]).toBe(`https://www.bls.gov/oes/${earlier[10]}/may/oes_${earlier[0]}.htm`);
    expect(lines[0]).toMatch(
      /^Wages: BLS OEWS May 2025, metropolitan and nonmetropolitan area estimates, \d+ areas, one page per area \(e\.g\. \d+ https:\/\/www\.bls\.gov\/oes\/2025\/may\/oes_\d+\.htm\), all listed at https:\/\/www\.bls\.gov\/oes\/tables\.htm$/,
    );
    expect(lines).toContain(
      `Wages (${earlier[0]}): BLS OEWS May ${earlier[10]}, metropolitan and nonmetropolitan area estimates: ${earlier[11]}`,
    );
    expect(lines).toContain('Areas and their counties: BLS OEWS May 2025, area definitions: https://www.bls.gov/oes/2025/may/msa_def.htm');
    expect(sources).toContain("Not in the bundled area estimates, so not shown: an area's 10th and 90th percentiles and hourly figures.");
    expect(sources).toMatch(
      /No figure in the data for \d+ of the 530 areas, every area of the territories Guam, Puerto Rico, Virgin Islands among them: /,
    );
    expect(sources).toContain('Note: BLS 43-3021 covers billing clerks in all industries, not only healthcare.');
    expect(sources).not.toMatch(/github\.com/);
    // A note is prose, in lines a window beside the sidebar shows whole; a citation keeps its line.
    for (const line of lines) if (!line.includes('https://')) expect(textWidth(line), line).toBeLessThanOrEqual(VISIBLE_WIDTH);
    // Nationally, by the state each area is filed under.
    expect(body[0]![3]).toBe('AL');
  });

  it('sizes every column to show its header and values whole, the area name on at most two lines', () => {
    const { sheet, header, body } = areaTable('US');
    const formats = header.map((_, j) => sheet.formats.get(`5,${j + 1}`)!);
    header.forEach((heading, j) => {
      const width = sheet.columnWidths.get(j + 1)!;
      const texts = body.map((r) => shownText(r[j] as string | number, formats[j]!));
      const widest = Math.max(textWidth(heading, true), ...texts.map((t) => (j === 1 ? twoLineWidth(t) : textWidth(t))));
      // The page address is the last column: where it is wider than any column may be, it runs on into the empty cells beside it.
      if (j < header.length - 1) expect(width, heading).toBeGreaterThan(widest);
      else expect(width).toBe(MAX_COLUMN_WIDTH);
    });
    expect(sheet.wrapped.has('5,2')).toBe(true);
    expect(sheet.wrapped.has('5,1')).toBe(false);
  });

  it('refuses a role without area figures, or a place that is not a state, in plain words, and writes nothing', () => {
    const { workbook, api } = setup();
    const request = { states: true, credentials: true, outlook: true, areas: true, areaState: 'OR', role: 'coder' };
    expect(() => api.insertReferenceTables({ ...request, role: 'hit' })).toThrowError(
      'The area wage table has no figures for Health Information Technologists and Medical Registrars (29-9021): the bundled BLS area estimates cover Medical Records Specialists (29-2072) and Billing and Posting Clerks (43-3021) only. Choose one of those roles, or untick the area wage table.',
    );
    expect(() => api.insertReferenceTables({ ...request, areaState: 'Oregn' })).toThrowError(
      'Area wage table: unknown state "Oregn" — did you mean "Oregon" (OR)? Choose a state ("OR", "Oregon") or "US" for every area.',
    );
    expect(() => api.insertReferenceTables({ ...request, areaState: 'Portland, OR' })).toThrowError(
      'Area wage table: "Portland, OR" is itself an area, Portland-Vancouver-Hillsboro, OR-WA (38900); choose its state (Oregon or Washington) or "US" for every area.',
    );
    expect(() => api.insertReferenceTables({ ...request, areaState: '' })).toThrowError(/^Area wage table: missing state\. Choose a state/);
    expect(() => api.insertReferenceTables({ ...request, areaState: undefined })).toThrowError(/^Area wage table: missing state\./);
    expect(() => api.insertReferenceTables({ ...request, areaState: 'x'.repeat(201) })).toThrowError(
      "The area wage table's state is too long: 201 characters, at most 200.",
    );
    expect(() => api.insertReferenceTables({ ...request, areaState: { code: 'OR' } as never })).toThrowError(
      "The area wage table's state must be text.",
    );
    expect(workbook.callCount).toBe(0);
  });

  it('takes whatever the sidebar sends: a table, or a plain-words refusal that writes nothing', () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    const place = fc.oneof(json, fc.constantFrom('OR', 'or', 'Oregon', 'US', 'usa', '41940', 'Portland', 'Portland, OR', 'XX', '', ' '));
    fc.assert(
      fc.property(
        fc.record(
          { areas: fc.oneof(fc.constant(true), json), areaState: place, role: fc.oneof(fc.constantFrom('coder', 'biller', 'hit'), json) },
          { requiredKeys: [] },
        ),
        (request) => {
          const { workbook, api } = setup();
          const sent = JSON.parse(JSON.stringify({ states: false, credentials: false, outlook: false, ...request })) as never;
          try {
            api.insertReferenceTables(sent);
          } catch (error) {
            expect(error).toBeInstanceOf(RequestError);
            expect((error as Error).message.length).toBeLessThan(600);
            expect(workbook.callCount).toBe(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes 530 areas in the same number of calls as one state', () => {
    const calls = ['RI', 'US'].map((areaState) => {
      const { workbook, api } = setup();
      api.insertReferenceTables({ states: false, credentials: false, outlook: false, areas: true, areaState });
      return workbook.calls;
    });
    for (const c of calls) {
      expect(c).toMatchObject({ lock: 1, insertSheet: 1, setValues: 1, setNumberFormats: 1, setFontWeights: 1, setWrap: 1 });
      // One call per run of equal widths: at most one per column.
      expect(c.setColumnWidths).toBeLessThanOrEqual(AREA_HEADER.length);
    }
    const withoutWidths = (c: Record<string, number>) => Object.entries(c).filter(([name]) => name !== 'setColumnWidths');
    expect(withoutWidths(calls[1]!)).toEqual(withoutWidths(calls[0]!));
  });
});
