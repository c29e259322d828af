import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/addon/memoryWorkbook';
import { createServerApi } from '../../src/addon/serverApi';
import type { ComparisonRequest } from '../../src/addon/requests';
import { STATES, parseArea } from '../../src/core/areas';
import { parseCredentials } from '../../src/core/credentials';
import { ROLES } from '../../src/core/roles';
import { estimatePay } from '../../src/core/estimate';
import { stateDistribution } from '../../src/core/distribution';

const ALL_COLUMNS = { range: true, hourly: true, costOfLiving: true, employment: true, outlook: true };

function request(overrides: Partial<ComparisonRequest> = {}): ComparisonRequest {
  return {
    compare: 'states',
    items: ['CA', 'TX', 'NY'],
    state: 'US',
    years: 5,
    cert: 'CPC',
    role: 'coder',
    setting: 'any',
    columns: ALL_COLUMNS,
    costOfLivingTo: 'US',
    output: 'values',
    ...overrides,
  };
}

function setup() {
  const workbook = new MemoryWorkbook();
  return { workbook, api: createServerApi(() => workbook) };
}

describe('building a comparison', () => {
  it('writes a 51-state table of estimates, ranges, formats, a chart and sources on a new, active sheet', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ stateSelection: 'all', items: [] }));
    expect(result.rows).toBe(51);
    const sheet = workbook.sheet(result.sheetName)!;
    expect(workbook.activeSheetName).toBe(result.sheetName);
    expect(workbook.rawCell(result.sheetName, 5, 1)).toBe('State');
    expect(workbook.rawCell(result.sheetName, 5, 2)).toBe('Estimated annual pay');
    STATES.forEach((state, i) => {
      const row = 6 + i;
      const inputs = { area: state, years: 5, credentials: parseCredentials(['CPC']), role: ROLES.coder, setting: 'any' as const };
      expect(workbook.rawCell(result.sheetName, row, 1)).toBe(`${state.name} (${state.code})`);
      expect(workbook.rawCell(result.sheetName, row, 2)).toBe(estimatePay(inputs).pay);
      expect(workbook.rawCell(result.sheetName, row, 5)).toBe(Math.round(stateDistribution(ROLES.coder, state).percentiles[2]));
    });
    expect(sheet.formats.get('6,2')).toBe('$#,##0');
    expect(sheet.formats.get('6,8')).toBe('$#,##0.00');
    expect(sheet.frozenRows).toBe(5);
    expect(sheet.bold.has('5,2') && sheet.bold.has('1,1')).toBe(true);
    expect([...sheet.columnWidths.values()]).toEqual([220, ...Array.from({ length: 10 }, () => 120)]);
    expect(sheet.charts).toEqual([
      {
        title: 'Pay by state: estimated annual pay',
        labels: { row: 6, column: 1, rows: 51, columns: 1 },
        values: { row: 6, column: 2, rows: 51, columns: 1 },
        anchorRow: 5,
        anchorColumn: 13,
      },
    ]);
    expect(workbook.rawCell(result.sheetName, 1, 1)).toBe('Pay by state');
    expect(workbook.rawCell(result.sheetName, 2, 1)).toBe(
      'As of BLS OEWS May 2025, SOC 29-2072 Medical Records Specialists. Values computed by the Coding & Billing Pay add-on: they read the same without it. Sources below.',
    );
    // The sources block sits under the table.
    const below = workbook.read(result.sheetName, { row: 57, column: 1, rows: 12, columns: 1 }).flat();
    expect(below[0]).toBe('');
    expect(below[1]).toBe('Sources');
    // Each wage figure's own BLS page: the state pages, and the national page whose shape the states without percentiles borrow.
    expect(below).toContain(
      'Wages: BLS OEWS May 2025, state estimates, 51 states, one page per state (e.g. AL https://www.bls.gov/oes/2025/may/oes_al.htm), all listed at https://www.bls.gov/oes/tables.htm',
    );
    expect(below).toContain(
      'Wages (US, SOC 29-2072): BLS Occupational Employment and Wage Statistics (OEWS), May 2025, national estimates: https://www.bls.gov/oes/2025/may/oes292072.htm',
    );
    expect(below).toContain(
      'Cost of living: BEA Regional Price Parities by state, 2024 (released 19 February 2026): https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
    );
    expect(below.join('\n')).toContain('Only the state median is published for AK, DE, DC, ND, OK, RI');
    expect(below).toContain('Hourly equivalent = annual pay ÷ 2,080 hours (52 weeks × 40 hours, the BLS convention).');
    expect(workbook.toasts.at(-1)!.message).toContain(result.sheetName);
  });

  it('compares credentials with the state, years, role and setting held fixed', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(
      request({
        compare: 'credentials',
        items: ['none', 'CPC', 'CCS', 'CPC, CRC', 'CPC, CRC, CIC'],
        state: 'FL',
        columns: { ...ALL_COLUMNS, range: false },
      }),
    );
    const pays = [1, 2, 3, 4, 5].map((i) => workbook.rawCell(result.sheetName, 5 + i, 2) as number);
    const expected = ['', 'CPC', 'CCS', 'CPC, CRC', 'CPC, CRC, CIC'].map(
      (c) => estimatePay({ area: parseArea('FL'), years: 5, credentials: parseCredentials([c]), role: ROLES.coder, setting: 'any' }).pay,
    );
    expect(pays).toEqual(expected);
    expect(workbook.rawCell(result.sheetName, 6, 1)).toBe('No credential');
    expect(workbook.rawCell(result.sheetName, 3, 1)).toMatch(/^Held fixed: state Florida; 5 years/);
  });

  it('picks the top and bottom 10 states by the chosen role’s published median, as the sidebar shows them', () => {
    const { workbook, api } = setup();
    const options = api.getSidebarOptions();
    for (const [selection, role] of [
      ['top10', 'biller'],
      ['bottom10', 'coder'],
    ] as const) {
      const result = api.buildComparison(request({ stateSelection: selection, items: [], role }));
      const byMedian = options.states.filter((s) => s.code !== 'US').sort((a, b) => b.medians[role]! - a.medians[role]!);
      const expected = selection === 'top10' ? byMedian.slice(0, 10) : byMedian.slice(-10).reverse();
      const labels = workbook.read(result.sheetName, { row: 6, column: 1, rows: 10, columns: 1 }).flat();
      expect(labels).toEqual(expected.map((s) => `${s.name} (${s.code})`));
    }
  });

  it('never overwrites: a second build makes a second sheet and leaves the first as it was', () => {
    const { workbook, api } = setup();
    const first = api.buildComparison(request());
    const before = new Map(workbook.sheet(first.sheetName)!.cells);
    const second = api.buildComparison(request({ items: ['WA'] }));
    expect(second.sheetName).not.toBe(first.sheetName);
    expect(second.sheetName).toBe('Pay by state (2)');
    expect(workbook.sheet(first.sheetName)!.cells).toEqual(before);
  });

  it('writes a hostile title as text, never as a formula', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ title: '=HYPERLINK("x")' }));
    expect(workbook.rawCell(result.sheetName, 1, 1)).toBe(`'=HYPERLINK("x")`);
    expect(workbook.cellValue(result.sheetName, 1, 1)).toBe('=HYPERLINK("x")');
    for (const title of ['+1', '-1', '@x', '2025', 'May 2025', 'TRUE']) {
      const r = api.buildComparison(request({ title }));
      expect(workbook.rawCell(r.sheetName, 1, 1)).toBe(`'${title}`);
    }
  });

  it('costs the same number of Spreadsheet calls for 5 rows and for 51', () => {
    for (const output of ['values', 'formulas'] as const) {
      const counts = [['CA', 'TX', 'NY', 'FL', 'WA'], STATES.map((s) => s.code)].map((items) => {
        const { workbook, api } = setup();
        api.buildComparison(request({ items, output }));
        return { ...workbook.calls };
      });
      expect(counts[0]).toEqual(counts[1]);
      expect(counts[0]).toEqual({
        lock: 1,
        sheetNames: 1,
        insertSheet: 1,
        setNumberFormats: 1,
        setValues: 1,
        setFontWeights: 1,
        setFrozenRows: 1,
        setColumnWidths: 2,
        insertChart: 1,
        activate: 1,
        toast: 1,
      });
    }
  });

  it('lists only the sources the table uses', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(
      request({ columns: { range: false, hourly: false, costOfLiving: false, employment: false, outlook: false } }),
    );
    const texts = [...workbook.sheet(result.sheetName)!.cells.values()].join('\n');
    expect(texts).toContain('Credential premiums: AAPC 2026 Salary Report');
    expect(texts).not.toContain('Cost of living');
    expect(texts).not.toContain('Outlook:');
    expect(texts).not.toContain('Hourly equivalent');
  });

  it('writes live formulas on request', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ items: ['CA'], output: 'formulas' }));
    expect(workbook.rawCell(result.sheetName, 6, 2)).toBe('=CODER_SALARY("CA",5,"CPC","coder","any")');
    expect(workbook.rawCell(result.sheetName, 6, 3)).toBe('=SALARY_RANGE("CA","coder")');
    expect(Array.from({ length: 12 }, (_, i) => workbook.rawCell(result.sheetName, 6, i + 1) ?? '')).toEqual([
      'California (CA)',
      '=CODER_SALARY("CA",5,"CPC","coder","any")',
      '=SALARY_RANGE("CA","coder")',
      // The other four percentiles are SALARY_RANGE's spilled result: the cells stay empty.
      '',
      '',
      '',
      '',
      '=ROUND(B6/2080,2)',
      '=ROUND(COL_ADJUST(B6,"CA","US"),0)',
      '=IFERROR(STATE_WAGE("CA","employment","coder"),"not published")',
      '=IFERROR(JOB_OUTLOOK("coder","growth"),"no projection")',
      '',
    ]);
    expect(workbook.rawCell(result.sheetName, 2, 1)).toMatch(/Live formulas: they need the Coding & Billing Pay add-on/);
  });

  it('re-validates on the server and writes nothing for a bad or oversized request', () => {
    const { workbook, api } = setup();
    const calls = workbook.callCount;
    expect(() => api.buildComparison(request({ items: Array.from({ length: 10_000 }, () => 'CA') }))).toThrowError(
      /Too many rows: 10000 chosen, at most 60/,
    );
    expect(() => api.buildComparison(request({ title: 'x'.repeat(1_000_000) }))).toThrowError(
      /title is too long: 1000000 characters, at most 100/,
    );
    expect(() => api.buildComparison(request({ items: ['Calfornia'] }))).toThrowError(
      /unknown state "Calfornia" — did you mean "California"/,
    );
    expect(() => api.buildComparison(request({ compare: 'planets' as never }))).toThrowError(/Choose what to compare/);
    expect(() => api.buildComparison(request({ years: 'lots' }))).toThrowError(/years must be a number/);
    expect(() => api.buildComparison(request({ items: [] }))).toThrowError(/Pick at least one/);
    expect(workbook.callCount).toBe(calls);
    expect(workbook.sheets).toHaveLength(1);
  });

  it('lets two builds started together both succeed on separate sheets', () => {
    // Two sidebar executions at once: the second takes the document lock just before the first
    // does, and runs to the end. The first must then pick its sheet name under the lock.
    class TwoExecutions extends MemoryWorkbook {
      second?: () => void;
      override withDocumentLock<T>(write: () => T): T {
        const second = this.second;
        this.second = undefined;
        second?.();
        return super.withDocumentLock(write);
      }
    }
    const workbook = new TwoExecutions();
    const api = createServerApi(() => workbook);
    let second: { sheetName: string } | undefined;
    workbook.second = () => (second = api.buildComparison(request({ items: ['WA'] })));
    const first = api.buildComparison(request({ items: ['CA', 'TX'] }));
    expect(second!.sheetName).toBe('Pay by state');
    expect(first.sheetName).toBe('Pay by state (2)');
    expect(workbook.read(second!.sheetName, { row: 6, column: 1, rows: 2, columns: 1 }).flat()).toEqual(['Washington (WA)', '']);
    expect(workbook.read(first.sheetName, { row: 6, column: 1, rows: 2, columns: 1 }).flat()).toEqual(['California (CA)', 'Texas (TX)']);
  });
});

describe('reference tables and freezing', () => {
  it('inserts the state wage table, credential catalogue and outlook table on their own sheets with sources', () => {
    const { workbook, api } = setup();
    const result = api.insertReferenceTables({ states: true, credentials: true, outlook: true });
    expect(result.sheetNames).toEqual(['State wages — Medical Records Specialists (29-2072)', 'Credential catalogue', 'Job outlook']);
    const [states, credentials, outlook] = result.sheetNames;
    expect(workbook.rawCell(states!, 5, 1)).toBe('United States');
    expect(workbook.rawCell(states!, 5, 3)).toBe(51140);
    expect(workbook.read(credentials!, { row: 5, column: 1, rows: 1, columns: 5 })[0]).toEqual([
      'CPC',
      'Certified Professional Coder',
      'AAPC',
      expect.any(String),
      0.2051,
    ]);
    expect(workbook.rawCell(outlook!, 6, 3)).toBe('no projection in the data');
    for (const name of result.sheetNames) expect([...workbook.sheet(name)!.cells.values()]).toContain('Sources');
  });

  it('freezes only this add-on’s formulas in the selection', () => {
    const values: Record<string, number> = { '1,1': 61234, '1,2': 4 };
    const workbook = new MemoryWorkbook({ evaluate: (_s, r, c) => values[`${r},${c}`] ?? 0 });
    const api = createServerApi(() => workbook);
    workbook.setCell('Sheet1', 1, 1, '=CODER_SALARY("CA",5)');
    workbook.setCell('Sheet1', 1, 2, '=SUM(2,2)');
    workbook.setCell('Sheet1', 1, 3, "'=not a formula");
    workbook.select('Sheet1', { row: 1, column: 1, rows: 1, columns: 3 });
    expect(api.freezeFormulas().frozen).toBe(1);
    expect(workbook.rawCell('Sheet1', 1, 1)).toBe(61234);
    expect(workbook.rawCell('Sheet1', 1, 2)).toBe('=SUM(2,2)');
    expect(workbook.rawCell('Sheet1', 1, 3)).toBe("'=not a formula");
  });
});
