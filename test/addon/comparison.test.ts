import { describe, expect, it } from 'vitest';
import { isFormula, MemoryWorkbook, type MemorySheet } from '../../scripts/preview/memoryWorkbook';
import { freezeFormulas, usesAddonFunction } from '../../src/addon/freeze/freeze';
import { createServerApi } from '../../src/addon/serverApi';
import type { ComparisonRequest } from '../../src/addon/requests';
import { textWidth } from '../../src/addon/workbook/columnWidths';
import { STATES, parseArea } from '../../src/core/places/areas';
import { parseCredentials } from '../../src/core/pay/credentials';
import { ROLES } from '../../src/core/pay/roles';
import { estimatePay } from '../../src/core/pay/estimate';
import { areaDistribution } from '../../src/core/pay/distribution';
import { projectionFor } from '../../src/core/pay/outlook';
import { coderSalary } from '../../src/sheets/customFunctions';
import { PreviewSpreadsheet } from '../../scripts/preview/engine';
import { customFunctionNames } from '../../scripts/preview/addonFunctions';
import { readFileSync } from 'node:fs';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

const ALL_COLUMNS = { range: true, hourly: true, costOfLiving: true, employment: true, outlook: true };
const NO_EXTRA_COLUMNS = { range: false, hourly: false, costOfLiving: false, employment: false, outlook: false };

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

/** A row of raw cells. */
function rowOf(workbook: MemoryWorkbook, sheet: string, row: number, columns: number): unknown[] {
  return Array.from({ length: columns }, (_, j) => workbook.rawCell(sheet, row, j + 1) ?? '');
}

/** The table's labels: the rows under the frozen header. */
function labelsOf(workbook: MemoryWorkbook, sheet: string, rows: number): unknown[] {
  const top = workbook.sheet(sheet)!.frozenRows + 1;
  return workbook.read(sheet, { row: top, column: 1, rows, columns: 1 }).flat();
}

function textOf(sheet: MemorySheet): string {
  return [...sheet.cells.values()].join('\n');
}

describe('building a comparison', () => {
  it('writes a 51-state table of estimates, ranges, formats, a chart and sources on a new, active sheet', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ stateSelection: 'all', items: [] }));
    expect(result.rows).toBe(51);
    const name = result.sheetName;
    const sheet = workbook.sheet(name)!;
    expect(workbook.activeSheetName).toBe(name);
    expect(rowOf(workbook, name, 1, 1)).toEqual(['Pay by state']);
    expect(workbook.rawCell(name, 2, 1)).toBe('As of BLS OEWS May 2025, SOC 29-2072 Medical Records Specialists.');
    expect(workbook.rawCell(name, 3, 1)).toBe(
      'Values computed by the Coding & Billing Pay add-on: they read the same without it. Sources below.',
    );
    expect(workbook.rawCell(name, 4, 1)).toBe(
      'Held fixed: 5 years of experience; credentials: CPC; role: medical coder; setting: all settings.',
    );
    // The national outlook is the same for every state: shown once, saying it is national.
    expect(rowOf(workbook, name, 5, 2)).toEqual(['', 'Projected growth 2025–35 (national)']);
    expect(rowOf(workbook, name, 6, 2)).toEqual(['Same for every row', projectionFor(ROLES.coder).growth]);
    expect(rowOf(workbook, name, 8, 11)).toEqual([
      'State',
      'Estimated annual pay',
      '10th percentile',
      '25th percentile',
      'Median',
      '75th percentile',
      '90th percentile',
      'Hourly (annual ÷ 2,080)',
      'In US prices',
      'Employment',
      '',
    ]);
    STATES.forEach((state, i) => {
      const row = 9 + i;
      const inputs = { area: state, years: 5, credentials: parseCredentials(['CPC']), role: ROLES.coder, setting: 'any' as const };
      expect(workbook.rawCell(name, row, 1)).toBe(state.name);
      expect(workbook.rawCell(name, row, 2)).toBe(estimatePay(inputs).pay);
      expect(workbook.rawCell(name, row, 5)).toBe(Math.round(areaDistribution(ROLES.coder, state).percentiles[2]));
    });
    expect(workbook.rawCell(name, 9 + STATES.findIndex((s) => s.code === 'VT'), 10)).toBe('not published');
    expect(sheet.formats.get('9,2')).toBe('$#,##0');
    expect(sheet.formats.get('9,8')).toBe('$#,##0.00');
    expect(sheet.formats.get('6,2')).toBe('0.0%');
    expect(sheet.frozenRows).toBe(8);
    expect(sheet.bold.has('8,2') && sheet.bold.has('1,1') && sheet.bold.has('5,2')).toBe(true);
    expect(sheet.wrapped).toEqual(new Set(['5,2']));
    // The sources block sits under the table, the chart under the sources (the table is too wide to sit beside).
    const below = workbook.read(name, { row: 60, column: 1, rows: 12, columns: 1 }).flat();
    expect(below[0]).toBe('');
    expect(below[1]).toBe('Sources');
    // Each wage figure's own BLS page: the state pages, and the national page whose shape the states without percentiles borrow.
    expect(below).toContain(
      'Wages: BLS OEWS May 2025, state estimates, 51 states, one page per state (e.g. AL https://www.bls.gov/oes/2025/may/oes_al.htm), all listed at https://www.bls.gov/oes/tables.htm',
    );
    expect(below).toContain(
      'Wages (US, SOC 29-2072): BLS Occupational Employment and Wage Statistics (OEWS), May 2025, national estimates: https://www.bls.gov/oes/2025/may/oes292072.htm',
    );
    expect(below.join('\n')).toContain(
      'Cost of living: BEA Regional Price Parities by state, 2024 (released 19 February 2026): https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
    );
    expect(below.join('\n')).toContain('Medical coders: only the median is published for AK, DE, DC, ND, OK, RI;');
    expect(below).toContain('Hourly equivalent = annual pay ÷ 2,080 hours (52 weeks × 40 hours, the BLS convention).');
    const lastRow = Math.max(...[...sheet.cells.keys()].map((k) => Number(k.split(',')[0])));
    expect(sheet.charts).toEqual([
      {
        title: 'Pay by state: estimated annual pay',
        labels: { row: 9, column: 1, rows: 51, columns: 1 },
        values: { row: 9, column: 2, rows: 51, columns: 1 },
        anchorRow: lastRow + 2,
        anchorColumn: 1,
        offsetX: 0,
        width: 520,
        height: 90 + 20 * 51,
      },
    ]);
    expect(workbook.toasts.at(-1)!.message).toContain(name);
  });

  it('gives every column the width of its header and widest value, in Sheets’ default font', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ compare: 'roles', items: ['coder', 'biller', 'hit'], state: 'TX' }));
    const sheet = workbook.sheet(result.sheetName)!;
    const header = rowOf(workbook, result.sheetName, sheet.frozenRows, 11) as string[];
    expect(header).toContain('Projected growth 2025–35 (national)');
    header.forEach((text, j) => expect(sheet.columnWidths.get(j + 1)!).toBeGreaterThanOrEqual(textWidth(text, true) + 6));
    expect(sheet.columnWidths.get(1)!).toBeGreaterThanOrEqual(textWidth('Health information technologist / medical registrar') + 6);
  });

  it('shows once, above the table, the figures the compared inputs cannot change', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(
      request({ compare: 'credentials', items: ['none', 'CPC', 'CCS', 'CPC, CRC', 'CPC, CRC, CIC'], state: 'FL' }),
    );
    const name = result.sheetName;
    const pays = [1, 2, 3, 4, 5].map((i) => workbook.rawCell(name, 8 + i, 2) as number);
    const expected = ['', 'CPC', 'CCS', 'CPC, CRC', 'CPC, CRC, CIC'].map(
      (c) => estimatePay({ area: parseArea('FL'), years: 5, credentials: parseCredentials([c]), role: ROLES.coder, setting: 'any' }).pay,
    );
    expect(pays).toEqual(expected);
    expect(labelsOf(workbook, name, 5)).toEqual(['Non-certified', 'CPC', 'CCS', 'CPC, CRC', 'CPC, CRC, CIC']);
    expect(workbook.rawCell(name, 4, 1)).toMatch(/^Held fixed: state Florida; 5 years/);
    expect(rowOf(workbook, name, 5, 8)).toEqual([
      '',
      '10th percentile',
      '25th percentile',
      'Median',
      '75th percentile',
      '90th percentile',
      'Employment',
      'Projected growth 2025–35 (national)',
    ]);
    const fl = areaDistribution(ROLES.coder, parseArea('FL'));
    expect(rowOf(workbook, name, 6, 8)).toEqual([
      'Same for every row',
      ...fl.percentiles.map(Math.round),
      fl.record.values.employment,
      projectionFor(ROLES.coder).growth,
    ]);
    expect(rowOf(workbook, name, 8, 5)).toEqual(['Credentials', 'Estimated annual pay', 'Hourly (annual ÷ 2,080)', 'In US prices', '']);
  });

  it('writes notes that are true for the role on each row', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ compare: 'roles', items: ['coder', 'biller', 'hit'], state: 'TX' }));
    const text = textOf(workbook.sheet(result.sheetName)!);
    // Texas publishes the coder and biller percentiles; only the technologist range is borrowed.
    expect(areaDistribution(ROLES.coder, parseArea('TX')).basis).toBe('published');
    expect(areaDistribution(ROLES.hit, parseArea('TX')).basis).toBe('national-shape');
    expect(text).toContain(
      'Health information technologists / medical registrars: only the median is published for TX; the percentiles there are that median times the national percentile ratios of Medical Records Specialists (29-2072)',
    );
    expect(text).not.toMatch(/Medical (coders|billers): only the median/);
    expect(text).not.toContain('Only the state median is published for TX');
    expect(labelsOf(workbook, result.sheetName, 3)).toEqual([
      'Medical coder',
      'Medical biller',
      'Health information technologist / medical registrar',
    ]);
    // Outlook differs by role: a column, whose header says the figures are national.
    const header = rowOf(workbook, result.sheetName, workbook.sheet(result.sheetName)!.frozenRows, 11);
    expect(header.at(-1)).toBe('Projected growth 2025–35 (national)');
  });

  it('puts the chart beside a narrow table and the sources under the chart, both outside the frozen rows', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ compare: 'years', items: [0, 5, 10], state: 'OH', columns: NO_EXTRA_COLUMNS }));
    const sheet = workbook.sheet(result.sheetName)!;
    const chart = sheet.charts[0]!;
    expect(chart.anchorRow).toBe(sheet.frozenRows + 1);
    expect(chart.anchorColumn).toBe(3);
    const tablePixels = sheet.columnWidths.get(1)! + sheet.columnWidths.get(2)!;
    expect(tablePixels + chart.offsetX + chart.width).toBeLessThanOrEqual(860);
    const sources = Number([...sheet.cells.entries()].find(([, v]) => v === 'Sources')![0].split(',')[0]);
    expect((sources - chart.anchorRow) * 21).toBeGreaterThanOrEqual(chart.height);
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
      expect(labelsOf(workbook, result.sheetName, 10)).toEqual(expected.map((s) => s.name));
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

  it('costs the same Spreadsheet calls for 5 rows and for 51, at most one width call per column', () => {
    for (const output of ['values', 'formulas'] as const) {
      const counts = [['CA', 'TX', 'NY', 'FL', 'WA'], STATES.map((s) => s.code)].map((items) => {
        const { workbook, api } = setup();
        api.buildComparison(request({ items, output }));
        const { setColumnWidths, ...others } = workbook.calls;
        // Equal neighbouring widths share a call, so their number depends on the labels.
        expect(setColumnWidths).toBeLessThanOrEqual(11);
        return others;
      });
      expect(counts[0]).toEqual(counts[1]);
      expect(counts[0]).toEqual({
        lock: 1,
        sheetNames: 1,
        insertSheet: 1,
        setNumberFormats: 1,
        setValues: 1,
        setFontWeights: 1,
        setWrap: 1,
        setFrozenRows: 1,
        insertChart: 1,
        activate: 1,
        toast: 1,
      });
    }
  });

  it('lists only the sources the table uses', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ columns: NO_EXTRA_COLUMNS }));
    const texts = [...workbook.sheet(result.sheetName)!.cells.values()].join('\n');
    expect(texts).toContain('Credential premiums: AAPC 2026 Medical Coding and Billing Salary Report (2025 survey)');
    expect(texts).not.toContain('Cost of living');
    expect(texts).not.toContain('Outlook:');
    expect(texts).not.toContain('Hourly equivalent');
  });

  it('compares states and areas together, given as the sidebar or a person would, citing each area page', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ items: ['CA', '41940', 'Portland, OR', 200006], years: 10, cert: '' }));
    const name = result.sheetName;
    const sheet = workbook.sheet(name)!;
    expect(rowOf(workbook, name, sheet.frozenRows, 2)).toEqual(['Place', 'Estimated annual pay']);
    const pay = (code: string) => estimatePay({ area: parseArea(code), years: 10, credentials: [], role: ROLES.coder, setting: 'any' }).pay;
    expect(workbook.read(name, { row: sheet.frozenRows + 1, column: 1, rows: 4, columns: 2 })).toEqual([
      ['California', pay('CA')],
      ['San Jose-Sunnyvale-Santa Clara, CA', pay('41940')],
      ['Portland-Vancouver-Hillsboro, OR-WA', pay('38900')],
      ['Alaska nonmetropolitan area', pay('0200006')],
    ]);
    // A live column reads its label: each label is a name the functions find again.
    for (const label of labelsOf(workbook, name, 4)) expect(coderSalary(label, 10)).toBe(pay(parseArea(label as string).code));
    const texts = textOf(sheet);
    expect(texts).toContain(
      'Wages (41940): BLS OEWS May 2025, metropolitan and nonmetropolitan area estimates: https://www.bls.gov/oes/2025/may/oes_41940.htm',
    );
    expect(texts).toContain('Wages (OR): BLS OEWS May 2025, state estimates: https://www.bls.gov/oes/2025/may/oes_or.htm');
    expect(texts).toMatch(
      /Metropolitan and nonmetropolitan areas \(41940, 38900, 0200006\): BLS publishes their 25th, 50th and 75th percentiles; p10 and p90 follow their state's shape/,
    );
    expect(texts).toContain(
      "Cost of living in an area uses BEA RPP 2024 of the metropolitan area itself, and of the state's nonmetropolitan portion for a nonmetropolitan area.",
    );
    expect(() => api.buildComparison(request({ items: ['Portland'] }))).toThrowError(/"Portland" is in two areas: .* — add the state/);
  });

  it("adjusts each area for cost of living with its own parity, naming any that takes its state's", () => {
    const { workbook, api } = setup();
    const name = api.buildComparison(
      request({
        items: ['San Francisco', '1000005', 'TX'],
        years: 10,
        cert: '',
        columns: { ...NO_EXTRA_COLUMNS, costOfLiving: true },
        costOfLivingTo: 'CA',
      }),
    ).sheetName;
    const sheet = workbook.sheet(name)!;
    const pay = (code: string) => estimatePay({ area: parseArea(code), years: 10, credentials: [], role: ROLES.coder, setting: 'any' }).pay;
    expect(rowOf(workbook, name, sheet.frozenRows, 3)).toEqual(['Place', 'Estimated annual pay', 'In CA prices']);
    // BEA RPP 2024: San Francisco-Oakland-Fremont 115.613, Delaware 99.808 (no nonmetropolitan portion), Texas 97.057, California 110.72.
    expect(workbook.read(name, { row: sheet.frozenRows + 1, column: 1, rows: 3, columns: 3 })).toEqual([
      ['San Francisco-Oakland-Fremont, CA', pay('41860'), Math.round((pay('41860') * 110.72) / 115.613)],
      ['Sussex Delaware nonmetropolitan area', pay('1000005'), Math.round((pay('1000005') * 110.72) / 99.808)],
      ['Texas', pay('TX'), Math.round((pay('TX') * 110.72) / 97.057)],
    ]);
    const texts = textOf(sheet);
    expect(texts).toContain('Cost of living in an area uses BEA RPP 2024 of the metropolitan area itself.');
    expect(texts).toContain('Cost of living: BEA RPP 2024, Delaware, no nonmetropolitan parity for Sussex Delaware nonmetropolitan area.');
    // A place BEA publishes no parity for is refused before anything is written.
    const calls = workbook.callCount;
    expect(() => api.buildComparison(request({ costOfLivingTo: '10380' }))).toThrowError(
      'No BEA price parity for Aguadilla, PR in the bundled data: none for the area or for Puerto Rico.',
    );
    expect(workbook.callCount).toBe(calls);
  });

  it('refuses, before writing anything, places the data has no figure for, naming each', () => {
    const { workbook, api } = setup();
    const calls = workbook.callCount;
    // Aguadilla, PR: an area BLS defines, with no published figure for either role.
    expect(() => api.buildComparison(request({ items: ['CA', '10380'] }))).toThrowError(
      /^No figure in the data for this area: Aguadilla, PR \(10380\), Puerto Rico — .*\. Untick it or choose another role\.$/,
    );
    // Health information technologists have no area figures at all.
    expect(() => api.buildComparison(request({ items: ['CA', '41940', '0600003'], role: 'hit' }))).toThrowError(
      'No figure in the data for health information technologists / medical registrars in 2 of the places chosen: ' +
        'San Jose-Sunnyvale-Santa Clara, CA (41940); North Coast Region of California nonmetropolitan area (0600003). ' +
        'Untick them or choose another role.',
    );
    // One place held fixed: a role without figures there is named; no role with figures, the place.
    expect(() => api.buildComparison(request({ compare: 'roles', items: ['coder', 'hit'], state: 'Sunnyvale' }))).toThrowError(
      /^No figure in the data for this area: San Jose-Sunnyvale-Santa Clara, CA \(41940\), California — .*\. Untick health information technologist \/ medical registrar or choose another place\.$/,
    );
    expect(() => api.buildComparison(request({ compare: 'years', items: [0, 5], state: '10380' }))).toThrowError(
      /\. Choose another place or role\.$/,
    );
    expect(workbook.callCount).toBe(calls);
    expect(workbook.sheets).toHaveLength(1);
  });

  it('holds an area fixed as it does a state', () => {
    const { workbook, api } = setup();
    const name = api.buildComparison(request({ compare: 'years', items: [0, 10], state: 'Sunnyvale', cert: '' })).sheetName;
    const sheet = workbook.sheet(name)!;
    expect(sheet.cells.get('4,1')).toMatch(/^Held fixed: area San Jose-Sunnyvale-Santa Clara, CA; /);
    expect(workbook.read(name, { row: sheet.frozenRows + 1, column: 1, rows: 2, columns: 2 })).toEqual([
      // Entry at the area's derived 10th percentile (56,994); 10 years a little past the median worker's 9.6 (median 86,890).
      ['0 years', 56994],
      ['10 years', estimatePay({ area: parseArea('41940'), years: 10, credentials: [], role: ROLES.coder, setting: 'any' }).pay],
    ]);
  });

  it('says as of which releases when an area’s latest published median is older than its state’s', () => {
    const { workbook, api } = setup();
    // Lake Charles, LA: BLS last published a coder figure for it in May 2022.
    const asOf = (items: string[]) => workbook.sheet(api.buildComparison(request({ items })).sheetName)!.cells.get('2,1');
    expect(asOf(['LA', '29340'])).toBe('As of BLS OEWS May 2025 and May 2022, SOC 29-2072 Medical Records Specialists.');
    expect(asOf(['LA', '41940'])).toBe('As of BLS OEWS May 2025, SOC 29-2072 Medical Records Specialists.');
  });

  it('wraps a place name too long for the widest column onto two lines, and only the label column', () => {
    const { workbook, api } = setup();
    const items = ['CA', '41940', '0600006'];
    const name = api.buildComparison(request({ items })).sheetName;
    const sheet = workbook.sheet(name)!;
    const first = sheet.frozenRows + 1;
    const wrappedLabels = [...sheet.wrapped].filter((key) => Number(key.split(',')[0]) >= first);
    expect(wrappedLabels.sort()).toEqual(items.map((_, i) => `${first + i},1`).sort());
    const short = setup();
    short.api.buildComparison(request({ items: ['CA', '41940'] }));
    expect(short.workbook.calls.setWrap).toBe(1);
    expect(workbook.calls.setWrap).toBe(2);
  });

  it('writes live formulas as one range formula per column over the label column', () => {
    const { workbook, api } = setup();
    const result = api.buildComparison(request({ output: 'formulas' }));
    const name = result.sheetName;
    expect(workbook.rawCell(name, 3, 1)).toMatch(/^Live formulas: they need the Coding & Billing Pay add-on/);
    // The national outlook, the same for every state, is one single-cell formula above the table.
    expect(rowOf(workbook, name, 6, 3)).toEqual([
      'Same for every row',
      '=ARRAYFORMULA(IFERROR(VALUE(JOB_OUTLOOK("coder","growth")),"no projection"))',
      '',
    ]);
    expect(rowOf(workbook, name, 9, 11)).toEqual([
      'California',
      '=CODER_SALARY(A9:A11,5,"CPC","coder","any")',
      '=SALARY_RANGE(A9:A11,"coder")',
      // The other four percentiles are SALARY_RANGE's spilled result: the cells stay empty.
      '',
      '',
      '',
      '',
      // The hourly column, over the labels like the others: Freeze knows it as ours.
      '=ARRAYFORMULA(ROUND(CODER_SALARY(A9:A11,5,"CPC","coder","any")/2080,2))',
      '=ARRAYFORMULA(ROUND(COL_ADJUST(B9:B11,A9:A11,"US"),0))',
      '=ARRAYFORMULA(IFERROR(VALUE(STATE_WAGE(A9:A11,"employment","coder")),"not published"))',
      '',
    ]);
    // Every other row holds only its label: the formulas above spill into it.
    for (const row of [10, 11]) expect(rowOf(workbook, name, row, 11).slice(1)).toEqual(Array.from({ length: 10 }, () => ''));
    expect(labelsOf(workbook, name, 3)).toEqual(['California', 'Texas', 'New York']);
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
    expect(labelsOf(workbook, second!.sheetName, 2)).toEqual(['Washington', '']);
    expect(labelsOf(workbook, first.sheetName, 2)).toEqual(['California', 'Texas']);
  });
});

/** Calls of the add-on's custom functions in a formula: each is one execution on the Apps Script server. */
const CUSTOM_FUNCTIONS = customFunctionNames(readFileSync('dist/Code.js', 'utf8'));
function executions(formula: string): number {
  return CUSTOM_FUNCTIONS.reduce((n, name) => n + (formula.match(new RegExp(`\\b${name}\\(`, 'g'))?.length ?? 0), 0);
}

/** One comparison built twice in the preview's spreadsheet (the built Code.js in a formula engine): values, then live formulas. */
function bothWays(overrides: Partial<ComparisonRequest>) {
  const preview = new PreviewSpreadsheet('dist');
  const api = createServerApi(() => preview.workbook);
  const values = api.buildComparison(request({ ...overrides, output: 'values' })).sheetName;
  const live = api.buildComparison(request({ ...overrides, output: 'formulas' })).sheetName;
  const sheet = preview.workbook.sheet(live)!;
  const keys = [...sheet.cells.keys()].map((k) => k.split(',').map(Number) as [number, number]);
  const extent = { row: 1, column: 1, rows: Math.max(...keys.map((k) => k[0])), columns: Math.max(...keys.map((k) => k[1])) };
  const formulas = [...sheet.cells.entries()].filter(([, v]) => typeof v === 'string' && v.startsWith('=')) as [string, string][];
  return {
    preview,
    api,
    name: live,
    extent,
    sheet,
    formulas,
    values: preview.workbook.read(values, extent),
    live: preview.workbook.read(live, extent),
  };
}

describe('live comparisons', () => {
  const comparisons: [string, Partial<ComparisonRequest>][] = [
    ['51 states', { stateSelection: 'all', items: [], costOfLivingTo: 'NY' }],
    ['credentials', { compare: 'credentials', items: ['none', 'CPC', 'CCS', 'CPC, CRC', 'CPC, CRC, CIC'], state: 'FL' }],
    ['experience', { compare: 'years', items: [0, 1, 5, 10, 40], state: 'TX', cert: 'CPC, CRC' }],
    ['roles', { compare: 'roles', items: ['coder', 'biller', 'hit'], state: 'DE', costOfLivingTo: 'CA' }],
    ['settings', { compare: 'settings', items: ['any', 'hospital', 'physician office'], state: 'VT', role: 'biller' }],
  ];

  it.each(comparisons)(
    '%s with every column: one custom-function formula per column at most, computing the values build’s numbers',
    (_label, overrides) => {
      const { sheet, formulas, values, live } = bothWays(overrides);
      const header = sheet.frozenRows;
      // Each sheet column holds at most one call of ours in the table, and the whole sheet no more
      // than one per figure column (ten: estimate, five percentiles, hourly, prices, employment, growth).
      const byColumn = new Map<number, number>();
      for (const [key, formula] of formulas) {
        const [row, column] = key.split(',').map(Number) as [number, number];
        if (row > header) byColumn.set(column, (byColumn.get(column) ?? 0) + executions(formula));
      }
      for (const n of byColumn.values()) expect(n).toBeLessThanOrEqual(1);
      const total = formulas.reduce((n, [, f]) => n + executions(f), 0);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(10);
      // Below the lines that say which kind of sheet it is, the two read the same, cell for cell.
      expect(live.slice(3)).toEqual(values.slice(3));
      const numbers = values
        .slice(header)
        .flat()
        .filter((v) => typeof v === 'number');
      expect(numbers.length).toBeGreaterThan(0);
    },
  );

  it.each(comparisons)(
    '%s: one run of Freeze turns every formula of ours into its values and changes nothing else',
    (_label, overrides) => {
      const { preview, name, extent, sheet, live } = bothWays(overrides);
      const contents = new Map(sheet.cells);
      preview.workbook.select(name, { row: 1, column: 1, rows: 1, columns: 1 });
      const ours = [...contents.values()].filter((v) => isFormula(v) && usesAddonFunction(v)).length;
      expect(freezeFormulas(preview.workbook)).toEqual({
        frozen: ours,
        left: 0,
        message: `Froze ${ours} Coding & Billing Pay formulas to values on "${name}".`,
      });
      // The sheet reads the same, cell for cell; no formula of ours is left, and every other
      // formula and typed cell holds exactly what it held.
      expect(preview.workbook.read(name, extent)).toEqual(live);
      for (const [key, raw] of contents) {
        if (isFormula(raw) && usesAddonFunction(raw))
          expect({ key, formula: isFormula(sheet.cells.get(key)) }).toEqual({ key, formula: false });
        else expect({ key, raw: sheet.cells.get(key) }).toEqual({ key, raw });
      }
      expect([...sheet.cells.values()].filter((v) => isFormula(v) && usesAddonFunction(v))).toEqual([]);
      // Every formula of a comparison is the add-on's: one run leaves none at all.
      expect([...sheet.cells.values()].filter(isFormula)).toEqual([]);
    },
  );

  it('costs the same number of executions for 5 states as for 51', () => {
    const count = (items: string[]) => {
      const { workbook, api } = setup();
      const name = api.buildComparison(request({ items, output: 'formulas' })).sheetName;
      return [...workbook.sheet(name)!.cells.values()].reduce<number>(
        (n, v) => n + (typeof v === 'string' && v.startsWith('=') ? executions(v) : 0),
        0,
      );
    };
    expect(count(['CA', 'TX', 'NY', 'FL', 'WA'])).toBe(6);
    expect(count(STATES.map((s) => s.code))).toBe(6);
  });

  it('labels rows with text the functions read: a column of credentials gives one estimate per row', () => {
    // A row of credential cells is one person's list; a column is one list per row.
    const column = coderSalary('FL', 5, [['Non-certified'], ['CPC'], ['CPC, CRC']]);
    expect(column).toEqual([[coderSalary('FL', 5, 'none')], [coderSalary('FL', 5, 'CPC')], [coderSalary('FL', 5, 'CPC, CRC')]]);
    expect(coderSalary('FL', 5, [['CPC', 'CRC']])).toEqual([[coderSalary('FL', 5, 'CPC, CRC')]]);
    expect(coderSalary([['District of Columbia'], ['United States']], 5)).toEqual([[coderSalary('DC', 5)], [coderSalary('US', 5)]]);
    expect(coderSalary('TX', [['0 years'], ['1 year'], ['40 years']])).toEqual([
      [coderSalary('TX', 0)],
      [coderSalary('TX', 1)],
      [coderSalary('TX', 40)],
    ]);
    expect(
      coderSalary('TX', 5, 'CPC', [['Medical coder'], ['Medical biller'], ['Health information technologist / medical registrar']]),
    ).toEqual(['coder', 'biller', 'hit'].map((role) => [coderSalary('TX', 5, 'CPC', role)]));
    expect(coderSalary('TX', 5, 'CPC', 'coder', [['All settings'], ['Hospital'], ['Physician office']])).toEqual(
      ['any', 'hospital', 'physician office'].map((setting) => [coderSalary('TX', 5, 'CPC', 'coder', setting)]),
    );
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
    expect(workbook.read(credentials!, { row: 5, column: 1, rows: 1, columns: 4 })[0]).toEqual([
      'CPC',
      'Certified Professional Coder',
      'AAPC',
      // CPC at equal experience: (67,147 ÷ 55,721)^0.6885.
      0.137,
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

describe('the places the sidebar offers', () => {
  it('lists every area BLS defines in the latest year, with each role’s published median where there is one', () => {
    const { areas, year } = setup().api.getAreaChoices();
    expect(year).toBe(2025);
    expect(areas).toHaveLength(530);
    expect(areas.find((a) => a.code === '41940')).toEqual({
      code: '41940',
      name: 'San Jose-Sunnyvale-Santa Clara, CA',
      kind: 'metropolitan',
      states: ['CA'],
      medians: { coder: 86890, biller: 70280 },
    });
    expect(areas.find((a) => a.code === '38900')!.states).toEqual(['OR', 'WA']);
    expect(areas.find((a) => a.code === '0600003')!.kind).toBe('nonmetropolitan');
    // No figure is never a guess: Aguadilla has none, and no area has one for HIT.
    expect(areas.find((a) => a.code === '10380')!.medians).toEqual({});
    expect(areas.filter((a) => 'hit' in a.medians)).toEqual([]);
    expect(new Set(areas.map((a) => a.code)).size).toBe(areas.length);
  });
});
