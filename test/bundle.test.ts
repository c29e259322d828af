/**
 * The pushed file as Apps Script sees it: dist/Code.js loaded into a fresh context with no
 * Apps Script globals, functions called from the context's global object.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { readEntryExports } from '../scripts/build';
import { bundleGlobals } from '../scripts/projectFiles';

const code = readFileSync('dist/Code.js', 'utf8');
type Fn = (...args: unknown[]) => unknown;
let sheet: Record<string, Fn>;

beforeAll(() => {
  const context = vm.createContext(bundleGlobals());
  vm.runInContext(code, context);
  sheet = context as Record<string, Fn>;
});

const CUSTOM_FUNCTIONS = {
  CODER_SALARY: ['state', 'years', 'cert', 'role', 'setting'],
  CODER_SALARY_EXPLAIN: ['state', 'years', 'cert', 'role', 'setting'],
  SALARY_RANGE: ['state', 'role', 'headers'],
  STATE_WAGE: ['state', 'stat', 'role', 'year'],
  AREA_LIST: ['state', 'role', 'sort'],
  PAY_PERCENTILE: ['pay', 'state', 'role'],
  CERT_PREMIUM: ['cert', 'years'],
  COL_ADJUST: ['amount', 'from_state', 'to_state'],
  JOB_OUTLOOK: ['role', 'field'],
  SALARY_SOURCE: ['topic'],
};

describe('dist/Code.js', () => {
  it('has no import or export and compiles as a classic script', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it('declares every custom function at top level, directly under its JSDoc, with its real parameter names', () => {
    for (const [name, params] of Object.entries(CUSTOM_FUNCTIONS)) {
      const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(${params.join(', ')}\\) \\{`);
      const match = declaration.exec(code);
      expect(match, name).not.toBeNull();
      expect(match![1]).toContain('@customfunction');
      for (const param of params) expect(match![1]).toMatch(new RegExp(`@param \\{[^}]*\\} \\[?${param}\\]? \\S`));
    }
  });

  it('exposes exactly the entry exports and the bundle object as globals', () => {
    const context = vm.createContext({});
    const before = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', context)));
    vm.runInContext(code, context);
    const added = Object.getOwnPropertyNames(vm.runInContext('globalThis', context)).filter((n) => !before.has(n));
    expect(added.sort()).toEqual(['__addon', ...readEntryExports().map((e) => e.name)].sort());
  });

  it('answers CODER_SALARY("CA", 5, "CPC") with a plausible whole-dollar number', () => {
    const pay = sheet.CODER_SALARY!('CA', 5, 'CPC') as number;
    expect(Number.isInteger(pay)).toBe(true);
    expect(pay).toBeGreaterThan(50_000);
    expect(pay).toBeLessThan(100_000);
  });

  it('answers a range with a number, a # error text and a blank', () => {
    const result = sheet.CODER_SALARY!([['CA'], ['XX'], ['']], 5, 'CPC') as unknown[][];
    expect(result).toHaveLength(3);
    expect(typeof result[0]![0]).toBe('number');
    expect(result[1]![0]).toMatch(/^#BAD STATE/);
    expect(result[2]![0]).toBe('');
  });

  it('throws an Error suggesting California for "Calfornia"', () => {
    let thrown: unknown;
    try {
      sheet.CODER_SALARY!('Calfornia', 5);
    } catch (error) {
      thrown = error;
    }
    // The bundle runs in its own realm: check the constructor by name.
    expect((thrown as Error).constructor.name).toBe('Error');
    expect((thrown as Error).message).toContain('did you mean "California" (CA)?');
  });

  it('calls every custom function with single values and with ranges', () => {
    expect(Array.isArray(sheet.CODER_SALARY_EXPLAIN!('TX', 3))).toBe(true);
    expect((sheet.SALARY_RANGE!('TX') as unknown[][])[0]).toHaveLength(5);
    expect(sheet.STATE_WAGE!('TX', 'employment')).toBeGreaterThan(0);
    expect(sheet.PAY_PERCENTILE!(50000, 'TX')).toBeGreaterThan(0);
    expect((sheet.PAY_REVIEW!(sheet.CODER_SALARY!('TX', 5, 'CPC'), 'TX', 5, 'CPC') as unknown[][])[0]![3]).toBe(1);
    // At equal experience (AAPC 2010), 10 years by default; a CPC with no experience is a CPC-A.
    expect(sheet.CERT_PREMIUM!('CPC')).toBeCloseTo(0.137, 3);
    // A new CPC is an apprentice: CPC-A's part of the premium (AAPC 2010 first-year figures), below CPC's.
    expect(sheet.CERT_PREMIUM!('CPC', 0)).toBe(sheet.CERT_PREMIUM!('CPC-A', 0));
    expect(sheet.CERT_PREMIUM!('CPC', 0)).toBeGreaterThan(0);
    expect(sheet.CERT_PREMIUM!('CPC', 0)).toBeLessThan(sheet.CERT_PREMIUM!('CPC') as number);
    expect(sheet.COL_ADJUST!(50000, 'TX', 'CA')).toBeGreaterThan(50000);
    expect(sheet.JOB_OUTLOOK!('hit')).toBe(0.159);
    expect(sheet.SALARY_SOURCE!()).toMatch(/OEWS/);
    expect(sheet.STATE_WAGE!([['TX'], ['Texs']])).toEqual([[48860], ['#BAD STATE "Texs" → Texas?']]);
    expect(sheet.CERT_PREMIUM!([['CPC'], ['XYZ']])).toEqual([[0.137], ['#BAD CERT "XYZ"']]);
    expect(sheet.JOB_OUTLOOK!([['coder'], ['biller']])).toEqual([[0.078], ['#N/A NO PROJECTION 43-3021']]);
  });
});

describe('dist/Code.js and the sidebar', () => {
  it('exposes every server API function the sidebar calls, and every menu handler, as a global', async () => {
    const { createServerApi } = await import('../src/addon/serverApi');
    const { MENU_ITEMS } = await import('../src/addon/menu');
    const names = [...Object.keys(createServerApi(() => undefined as never)), ...MENU_ITEMS.map((m) => m.functionName)];
    for (const name of names) expect(typeof sheet[name], name).toBe('function');
  });

  it('builds the menu with every item when the spreadsheet opens', () => {
    const items: string[][] = [];
    const menu = { addItem: (caption: string, fn: string) => (items.push([caption, fn]), menu), addToUi: () => undefined };
    const context = vm.createContext({ SpreadsheetApp: { getUi: () => ({ createAddonMenu: () => menu }) } });
    vm.runInContext(code, context);
    vm.runInContext('onInstall({ authMode: "NONE" })', context);
    expect(items.map((i) => i[0])).toEqual([
      'Build comparison…',
      'Insert reference tables…',
      'Review team pay…',
      'Plan a career…',
      'Freeze formulas to values',
      'Function help',
      'About the data',
    ]);
  });
});
