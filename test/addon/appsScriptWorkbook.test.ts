/**
 * The Apps Script side of the Workbook, against a recording stand-in for SpreadsheetApp and
 * LockService: the comparison builder's writes reach the service as a handful of batched calls.
 */
import { describe, expect, it } from 'vitest';
import { appsScriptWorkbook } from '../../src/addon/appsScriptWorkbook';
import { createServerApi } from '../../src/addon/serverApi';
import { STATES } from '../../src/core/areas';

function recordingServices() {
  const calls: string[] = [];
  const record =
    (name: string, result: unknown = undefined) =>
    (...args: unknown[]) => {
      calls.push(
        `${name}(${args.map((a) => (Array.isArray(a) ? `${a.length}×${(a[0] as unknown[]).length}` : JSON.stringify(a))).join(',')})`,
      );
      return result;
    };
  const chain: Record<string, unknown> = {};
  for (const method of ['asBarChart', 'addRange', 'setOption', 'setPosition']) chain[method] = record(method, chain);
  chain.build = record('build', {});
  // What a read returns: one formula of ours at B2 with its spilled row, an ordinary formula at A1.
  const formulas = [
    ['=NOW()', '', ''],
    ['', '=SALARY_RANGE("OH")', ''],
  ];
  const values = [
    [45000, '', ''],
    ['', 36000, 40000],
  ];
  const range = {
    setValues: record('setValues'),
    setNumberFormats: record('setNumberFormats'),
    setFontWeights: record('setFontWeights'),
    getFormulas: record('getFormulas', formulas),
    getValues: record('getValues', values),
    getRow: () => 1,
    getColumn: () => 1,
    getNumRows: () => 1,
    getNumColumns: () => 1,
  };
  const dataRange = { getNumRows: record('getNumRows', 2), getNumColumns: record('getNumColumns', 3) };
  const sheet = {
    getName: () => 'Pay by state',
    getRange: record('getRange', range),
    setFrozenRows: record('setFrozenRows'),
    setColumnWidths: record('setColumnWidths'),
    newChart: record('newChart', chain),
    insertChart: record('insertChart'),
    activate: record('activate'),
    getDataRange: record('getDataRange', dataRange),
  };
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
    spreadsheetApp: { getActiveSpreadsheet: () => spreadsheet } as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    lockService: { getDocumentLock: () => lock } as unknown as GoogleAppsScript.Lock.LockService,
  };
  return { calls, services };
}

describe('the Apps Script workbook', () => {
  it('writes a 51-state comparison in one setValues, batched formats, width runs and one chart, inside the document lock', () => {
    const { calls, services } = recordingServices();
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, services.lockService));
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
    expect(calls.filter((c) => c.startsWith('setValues'))).toEqual(['setValues(63×7)']);
    expect(calls.filter((c) => c.startsWith('setNumberFormats'))).toEqual(['setNumberFormats(63×7)']);
    expect(calls.filter((c) => c.startsWith('setColumnWidths'))).toEqual(['setColumnWidths(1,1,220)', 'setColumnWidths(2,6,120)']);
    expect(calls).toContain('setFrozenRows(5)');
    expect(calls).toContain('getRange(6,1,51,1)');
    expect(calls).toContain('getRange(6,2,51,1)');
    expect(calls).toContain('insertChart({})');
    expect(calls.some((c) => c.startsWith('toast('))).toBe(true);
  });

  it('freezes the whole sheet for a single selected cell in one read of formulas, one of values and one write', () => {
    const { calls, services } = recordingServices();
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, services.lockService));
    expect(api.freezeFormulas().frozen).toBe(1);
    expect(calls.filter((c) => /^(getRange|getFormulas|getValues|setValues)/.test(c))).toEqual([
      'getRange(1,1,2,3)',
      'getFormulas()',
      'getRange(1,1,2,3)',
      'getValues()',
      // From B2, the first formula of ours, to the last cell with content; A1's formula is not touched.
      'getRange(2,2,1,2)',
      'setValues(1×2)',
    ]);
  });

  it('gives up with a plain message when another change holds the lock, writing nothing', () => {
    const { calls, services } = recordingServices();
    const busy = {
      getDocumentLock: () => ({ tryLock: () => false, releaseLock: () => undefined }),
    } as unknown as GoogleAppsScript.Lock.LockService;
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, busy));
    expect(() => api.freezeFormulas()).toThrowError('Another change to this spreadsheet is still running. Try again in a moment.');
    expect(calls).toEqual([]);
  });

  it('says plainly that it needs a spreadsheet when there is no document lock to take', () => {
    const { calls, services } = recordingServices();
    const noDocument = { getDocumentLock: () => null } as unknown as GoogleAppsScript.Lock.LockService;
    const api = createServerApi(() => appsScriptWorkbook(services.spreadsheetApp, noDocument));
    expect(() => api.freezeFormulas()).toThrowError(/only inside a spreadsheet/);
    expect(calls).toEqual([]);
  });
});
