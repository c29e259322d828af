/**
 * The Apps Script side of the Workbook, against a recording stand-in for SpreadsheetApp and
 * LockService: the comparison builder's writes reach the service as a handful of batched calls.
 */
import { describe, expect, it } from 'vitest';
import { appsScriptWorkbook } from '../../src/addon/workbook/appsScriptWorkbook';
import { createServerApi } from '../../src/addon/serverApi';
import { STATES } from '../../src/core/places/areas';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

/** What a read of the active range returns, unless a test gives its own block. */
interface Fixture {
  readonly formulas: string[][];
  readonly values: unknown[][];
}

function recordingServices(fixture?: Fixture) {
  const calls: string[] = [];
  const record =
    (name: string, result: unknown = undefined) =>
    (...args: unknown[]) => {
      calls.push(
        `${name}(${args.map((a) => (Array.isArray(a) && Array.isArray(a[0]) ? `${a.length}×${(a[0] as unknown[]).length}` : JSON.stringify(a))).join(',')})`,
      );
      return result;
    };
  const chain: Record<string, unknown> = {};
  for (const method of ['asBarChart', 'asLineChart', 'addRange', 'setNumHeaders', 'setOption', 'setPosition'])
    chain[method] = record(method, chain);
  chain.build = record('build', {});
  const rule: Record<string, unknown> = {};
  for (const method of ['setRanges', 'whenTextEqualTo', 'whenTextStartsWith', 'setBackground', 'setFontColor'])
    rule[method] = record(method, rule);
  rule.build = record('buildRule', {});
  // What reads return: one formula of ours at B2 with its result spilled into C2, an ordinary
  // formula at A1 with its own spilled cell A2, and typed text at D2. The second read of values
  // comes after B2 was cleared: C2 emptied with it. A test may give its own block instead.
  const formulas = fixture?.formulas ?? [
    ['=SEQUENCE(2)', '', '', ''],
    ['', '=SALARY_RANGE("OH")', '', ''],
  ];
  const readings = fixture
    ? [fixture.values]
    : [
        [
          [1, '', '', ''],
          [2, 36000, 40000, 'note'],
        ],
        [
          [1, '', '', ''],
          [2, '', '', 'note'],
        ],
      ];
  const values = readings[0]!;
  let reads = 0;
  const getValues = record('getValues');
  const range: Record<string, unknown> = {
    setValues: record('setValues'),
    setNumberFormats: record('setNumberFormats'),
    setFontWeights: record('setFontWeights'),
    setWrap: record('setWrap'),
    getFormulas: record('getFormulas', formulas),
    getValues: (...args: unknown[]) => {
      getValues(...args);
      return readings[Math.min(reads++, readings.length - 1)];
    },
    getMergedRanges: record('getMergedRanges', []),
    getRow: () => 1,
    getColumn: () => 1,
    getNumRows: () => values.length,
    getNumColumns: () => values[0]!.length,
  };
  const dataRange = { getNumRows: record('getNumRows', 2), getNumColumns: record('getNumColumns', 4) };
  const rangeList = { clearContent: record('clearContent') };
  const sheet = {
    getName: () => 'Pay by state',
    getRange: record('getRange', range),
    setFrozenRows: record('setFrozenRows'),
    setFrozenColumns: record('setFrozenColumns'),
    setColumnWidths: record('setColumnWidths'),
    newChart: record('newChart', chain),
    insertChart: record('insertChart'),
    activate: record('activate'),
    getDataRange: record('getDataRange', dataRange),
    getRangeList: record('getRangeList', rangeList),
    setConditionalFormatRules: record('setConditionalFormatRules'),
  };
  range.getSheet = () => sheet;
  const spreadsheet = {
    getSheets: record('getSheets', []),
    insertSheet: record('insertSheet', sheet),
    getSheetByName: record('getSheetByName', sheet),
    toast: record('toast'),
    getActiveSheet: record('getActiveSheet', sheet),
    getActiveRange: record('getActiveRange', range),
  };
  const lock = { tryLock: record('tryLock', true), releaseLock: record('releaseLock') };
  const services = {
    spreadsheetApp: {
      getActiveSpreadsheet: () => spreadsheet,
      flush: record('flush'),
      newConditionalFormatRule: record('newConditionalFormatRule', rule),
    } as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    lockService: { getDocumentLock: () => lock } as unknown as GoogleAppsScript.Lock.LockService,
    utilities: { sleep: record('sleep') },
  };
  return { calls, services };
}

describe('the Apps Script workbook', () => {
  it('writes a 51-state comparison in one setValues, batched formats, width runs and one chart, inside the document lock', () => {
    const { calls, services } = recordingServices();
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, services.lockService, services.utilities));
    api.buildComparison({
      compare: 'states',
      items: STATES.map((s) => s.code),
      state: 'US',
      years: 5,
      cert: 'CPC',
      role: 'coder',
      setting: 'any',
      columns: { range: true, hourly: false, costOfLiving: false, employment: false, outlook: false },
      costOfLivingTo: 'US',
      output: 'values',
    });
    expect(calls[0]).toBe('tryLock(20000)');
    expect(calls.at(-1)).toBe('releaseLock()');
    expect(calls.filter((c) => c.startsWith('setValues'))).toEqual(['setValues(65×7)']);
    expect(calls.filter((c) => c.startsWith('setNumberFormats'))).toEqual(['setNumberFormats(65×7)']);
    // One call per run of equal widths: labels, estimate, 10th–25th, the narrower median, 75th–90th.
    expect(calls.filter((c) => c.startsWith('setColumnWidths')).map((c) => c.replace(/,\d+\)$/, ')'))).toEqual([
      'setColumnWidths(1,1)',
      'setColumnWidths(2,1)',
      'setColumnWidths(3,2)',
      'setColumnWidths(5,1)',
      'setColumnWidths(6,2)',
    ]);
    expect(calls).toContain('setFrozenRows(6)');
    expect(calls).toContain('getRange(7,1,51,1)');
    expect(calls).toContain('getRange(7,2,51,1)');
    // Below the sources at column A (the table is too wide to sit beside), sized for 51 bars.
    expect(calls).toContain('setPosition(67,1,0,0)');
    expect(calls).toContain('setOption("height",1110)');
    expect(calls).toContain('insertChart({})');
    expect(calls.some((c) => c.startsWith('toast('))).toBe(true);
  });

  it('writes a career plan in one setValues with two line charts, each over its years and series, gaps not bridged', () => {
    const { calls, services } = recordingServices();
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, services.lockService, services.utilities));
    api.buildCareerPlan({
      area: 'US',
      years: 0,
      plan: 'CPC:0, CRC:3',
      horizon: 10,
      role: 'coder',
      setting: 'any',
      growth: '',
      output: 'values',
    });
    expect(calls[0]).toBe('tryLock(20000)');
    expect(calls.at(-1)).toBe('releaseLock()');
    expect(calls.filter((c) => c.startsWith('setValues'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('asLineChart'))).toHaveLength(2);
    expect(calls.filter((c) => c.startsWith('insertChart'))).toHaveLength(2);
    // Each chart: the years, then one range per line, all with their header row.
    expect(calls.filter((c) => c.startsWith('addRange'))).toHaveLength(6);
    expect(calls.filter((c) => c === 'setNumHeaders(1)')).toHaveLength(2);
    expect(calls.filter((c) => c === 'setOption("interpolateNulls",false)')).toHaveLength(2);
    // The years are the axis, never a line of their own.
    expect(calls.filter((c) => c === 'setOption("useFirstColumnAsDomain",true)')).toHaveLength(2);
    expect(calls.filter((c) => c.startsWith('setWrap'))).toHaveLength(3);
  });

  it('freezes a spilled result by clearing its formula, flushing and reading again, then writing its cells in one block', () => {
    const { calls, services } = recordingServices();
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, services.lockService, services.utilities));
    expect(api.freezeFormulas().frozen).toBe(1);
    expect(calls.filter((c) => !/^(getNumRows|getNumColumns)/.test(c))).toEqual([
      'tryLock(20000)',
      'getActiveSheet()',
      'getActiveRange()',
      'getDataRange()',
      'getRange(1,1,2,4)',
      'getFormulas()',
      'getRange(1,1,2,4)',
      'getValues()',
      // B2 may spill (C2 is blank-looking and has no formula): clear it and read again.
      'getRangeList(["B2"])',
      'clearContent()',
      'flush()',
      'getRange(1,1,2,4)',
      'getValues()',
      // B2 and the cell that emptied with it; A1's SEQUENCE, its A2 and the typed D2 are not written.
      'getRange(2,2,1,2)',
      'setValues(1×2)',
      'toast("Froze 1 Coding & Billing Pay formula to values on \\"Pay by state\\".","Coding & Billing Pay")',
      'releaseLock()',
    ]);
  });

  it('reads a roster from the selection in one read each of values, formulas and merged cells, and writes its review in batches', () => {
    const roster = [
      ['Name', 'State', 'Years', 'Salary'],
      ...Array.from({ length: 40 }, (_, i) => [`Person ${i}`, 'TX', i % 30, 40_000 + i * 500]),
    ];
    const { calls, services } = recordingServices({ values: roster, formulas: roster.map((r) => r.map(() => '')) });
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, services.lockService, services.utilities));
    const preview = api.readRoster();
    expect(preview.rows).toBe(40);
    expect(calls.filter((c) => /^(getValues|getFormulas|getMergedRanges)/.test(c))).toEqual([
      'getValues()',
      'getFormulas()',
      'getMergedRanges()',
    ]);
    calls.length = 0;
    api.buildPayReview({
      sheetName: preview.sheetName,
      range: preview.range,
      headers: preview.columns.map((c) => c.header),
      fields: preview.columns.map((c) => c.field ?? ''),
      output: 'values',
    });
    expect(calls.filter((c) => c.startsWith('getRange(1,1,41,4)'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('setValues'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('setConditionalFormatRules'))).toEqual(['setConditionalFormatRules([{},{},{}])']);
    expect(calls.filter((c) => c.startsWith('when'))).toEqual([
      'whenTextEqualTo("below p25")',
      'whenTextEqualTo("above p90")',
      'whenTextStartsWith("#")',
    ]);
    expect(calls).toContain('insertChart({})');
    // Sized as the layout leaves room for it: 40 bars under the table.
    expect(calls).toContain('setOption("height",890)');
    expect(calls[calls.indexOf('tryLock(20000)') - 1]).not.toMatch(/^set/);
    expect(calls.at(-1)).toBe('releaseLock()');
  });

  it('gives up with a plain message when another change holds the lock, writing nothing', () => {
    const { calls, services } = recordingServices();
    const busy = {
      getDocumentLock: () => ({ tryLock: () => false, releaseLock: () => undefined }),
    } as unknown as GoogleAppsScript.Lock.LockService;
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, busy, services.utilities));
    expect(() => api.freezeFormulas()).toThrowError('Another change to this spreadsheet is still running. Try again in a moment.');
    expect(calls).toEqual([]);
  });

  it('says plainly that it needs a spreadsheet when there is no document lock to take', () => {
    const { calls, services } = recordingServices();
    const noDocument = { getDocumentLock: () => null } as unknown as GoogleAppsScript.Lock.LockService;
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, noDocument, services.utilities));
    expect(() => api.freezeFormulas()).toThrowError(/only inside a spreadsheet/);
    expect(calls).toEqual([]);
  });
});
