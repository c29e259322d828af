/**
 * Custom functions run without authorisation, so they must touch no Apps Script service that
 * needs it. dist/Code.js is loaded into a context whose every service global is a recording
 * Proxy (any property read, call or construction is logged with its path), every custom
 * function is called with valid, invalid and ranged inputs, and the log must stay empty but
 * for one thing: reading the project file that holds the area tables,
 * `HtmlService.createHtmlOutputFromFile('AreaTables').getContent()` (the HTML service needs no
 * authorisation, and Google's custom-function guide lists it among the services a custom
 * function may use). onOpen in AuthMode.NONE may only build the menu.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../fuzz/catalogue';
import { cellArbitraries } from '../fuzz/cellValues';
import { projectHtmlService } from '../../scripts/projectFiles';

/** The one service use custom functions may make: reading the area tables' project file. */
const AREA_TABLES_READ = [
  'HtmlService',
  'HtmlService.createHtmlOutputFromFile',
  "HtmlService.createHtmlOutputFromFile('AreaTables')",
  'getContent()',
];

/** Apps Script's global services, and the names advanced services would take. */
const SERVICES = [
  'SpreadsheetApp',
  'UrlFetchApp',
  'DriveApp',
  'GmailApp',
  'MailApp',
  'PropertiesService',
  'Session',
  'ScriptApp',
  'CacheService',
  'LockService',
  'HtmlService',
  'Utilities',
  'Logger',
  'CalendarApp',
  'ContactsApp',
  'DocumentApp',
  'FormApp',
  'SlidesApp',
  'Browser',
  'CardService',
  'ContentService',
  'XmlService',
  'LanguageApp',
  'Charts',
  'Jdbc',
  'Maps',
  'Drive',
  'Sheets',
  'People',
];

/**
 * A callable Proxy standing for `path`: every read or call is logged and answers with the
 * Proxy for the longer path, the same object each time (so enum comparisons work).
 */
function recorder(log: string[]): (path: string) => unknown {
  const made = new Map<string, unknown>();
  const at = (path: string): unknown => {
    const existing = made.get(path);
    if (existing) return existing;
    const proxy = new Proxy(function service() {}, {
      get(_target, key) {
        if (key === Symbol.toPrimitive) return () => path;
        if (typeof key === 'symbol') return undefined;
        log.push(`${path}.${key}`);
        return at(`${path}.${key}`);
      },
      apply() {
        log.push(`${path}()`);
        return at(`${path}()`);
      },
      construct() {
        log.push(`new ${path}()`);
        return at(`new ${path}()`) as object;
      },
      set(_target, key) {
        log.push(`${path}.${String(key)} =`);
        return true;
      },
    });
    made.set(path, proxy);
    return proxy;
  };
  return at;
}

/** SpreadsheetApp.getUi() and the menu built on it, or reading ScriptApp.AuthMode. */
const MENU_STEPS = new Set(['getUi', 'createAddonMenu', 'createMenu', 'addItem', 'addSeparator', 'addSubMenu', 'addToUi']);
function menuOnly(entry: string): boolean {
  const [service, ...steps] = entry.split('.').map((step) => step.replace(/\(\)$/, ''));
  if (service === 'ScriptApp') return steps.length === 0 || (steps[0] === 'AuthMode' && steps.length <= 2);
  return service === 'SpreadsheetApp' && steps.every((step) => MENU_STEPS.has(step));
}

let log: string[];
/** Reads of project files through HtmlService, in the order made. */
let fileReads: string[];
let context: vm.Context;
let sheet: Record<string, (...args: unknown[]) => unknown>;
let date: (time: number) => Date;

beforeEach(() => {
  log = [];
  fileReads = [];
  const at = recorder(log);
  const sandbox: Record<string, unknown> = {};
  const files = projectHtmlService();
  // HtmlService reads project files for real and records each step; any other use of it is logged as for every service.
  const html = new Proxy(
    {},
    {
      get(_target, key) {
        if (key === 'createHtmlOutputFromFile')
          return (name: string) => {
            fileReads.push('HtmlService.createHtmlOutputFromFile', `HtmlService.createHtmlOutputFromFile('${name}')`);
            const output = files.createHtmlOutputFromFile(name);
            return {
              getContent: () => {
                fileReads.push('getContent()');
                return output.getContent();
              },
            };
          };
        log.push(`HtmlService.${String(key)}`);
        return at(`HtmlService.${String(key)}`);
      },
    },
  );
  Object.defineProperty(sandbox, 'HtmlService', {
    get: () => {
      fileReads.push('HtmlService');
      return html;
    },
    configurable: true,
  });
  for (const name of SERVICES.filter((s) => s !== 'HtmlService')) {
    Object.defineProperty(sandbox, name, {
      get: () => {
        log.push(name);
        return at(name);
      },
      configurable: true,
    });
  }
  context = vm.createContext(sandbox);
  vm.runInContext(readFileSync('dist/Code.js', 'utf8'), context, { filename: 'Code.js' });
  sheet = context as typeof sheet;
  date = vm.runInContext('(t) => new Date(t)', context) as typeof date;
});

describe('services the bundle touches', () => {
  it('are all recorded by the trap (a call made on purpose shows up)', () => {
    vm.runInContext('UrlFetchApp.fetch("https://example.com"); SpreadsheetApp.openById("x")', context);
    expect(log).toEqual([
      'UrlFetchApp',
      'UrlFetchApp.fetch',
      'UrlFetchApp.fetch()',
      'SpreadsheetApp',
      'SpreadsheetApp.openById',
      'SpreadsheetApp.openById()',
    ]);
  });

  it('none while loading', () => {
    expect(log).toEqual([]);
    expect(fileReads).toEqual([]);
  });

  it('none for a state; for an area, one read of the area tables file, once per loaded script', () => {
    sheet.CODER_SALARY!('CA', 5, 'CPC');
    sheet.STATE_WAGE!([['TX'], ['US']], 'p25');
    expect(fileReads).toEqual([]);
    sheet.CODER_SALARY!('Sunnyvale', 5, 'CPC');
    sheet.AREA_LIST!('CA');
    sheet.STATE_WAGE!('CA', 'median', 'coder', 2024);
    expect(fileReads).toEqual(AREA_TABLES_READ);
    expect(log).toEqual([]);
  });

  it('none from any custom function but that read, over valid, invalid and ranged inputs', () => {
    const cells = cellArbitraries(date);
    for (const fn of FUNCTIONS) {
      const args = fc.tuple(...fn.params.map((p) => cells.cell(p.kind)));
      fc.assert(
        fc.property(args, fc.boolean(), (values, ranged) => {
          const call = ranged ? values.map((v, k) => (fn.params[k]!.flag ? v : [[v], ['']])) : values;
          try {
            sheet[fn.name]!(...call);
          } catch {
            // Bad inputs throw; what matters here is which globals were touched.
          }
        }),
        { numRuns: 1000 },
      );
      expect(log, fn.name).toEqual([]);
      expect([...new Set(fileReads)], fn.name).toEqual(fileReads.length ? AREA_TABLES_READ : []);
    }
  });

  it('onOpen in AuthMode.NONE only reads the UI to build the menu', () => {
    const authMode = (sheet as unknown as Record<string, Record<string, Record<string, unknown>>>).ScriptApp!.AuthMode!.NONE;
    log.length = 0;
    sheet.onOpen!({ authMode });
    expect(log).toContain('SpreadsheetApp.getUi()');
    expect(log.filter((entry) => !menuOnly(entry))).toEqual([]);
  });
});
