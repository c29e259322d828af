/**
 * The preview's spreadsheet without a browser: HyperFormula running the built Code.js gives
 * what Sheets would — the bundle's own answers, ranges spilled to the shape the functions
 * return, thrown errors as #ERROR! with their message — and the add-on's server code sees
 * computed values, spilled cells included. Also the typing rules and the menu stand-ins.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PreviewSpreadsheet } from '../../scripts/preview/engine';
import { customFunctionNames, type AddonBundle } from '../../scripts/preview/addonFunctions';
import { PreviewHost } from '../../scripts/preview/addonHost';
import { typedEntry } from '../../scripts/preview/typedEntry';
import { addExampleSheets } from '../../scripts/preview/exampleSheet';
import { createServerApi } from '../../src/addon/serverApi';
import { usesAddonFunction } from '../../src/addon/freeze/freeze';
import { isFormula } from '../../scripts/preview/memoryWorkbook';
import { MENU_ITEMS } from '../../src/addon/menu';
import { readFileSync } from 'node:fs';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

let spreadsheet: PreviewSpreadsheet;
let bundle: AddonBundle;
const SHEET = 'Sheet1';

beforeAll(() => {
  spreadsheet = new PreviewSpreadsheet('dist');
  bundle = spreadsheet.bundle.functions;
  // A: states (a blank row and a bad state among them), B: years, C:D credentials, F1:H1 years across.
  const rows = [['CA', 5, 'CPC', '', '', 0, 10, 20], ['Texas', 2, 'CPC', 'CRC'], [], ['XX', 4, 'CCS'], ['US', 40, '', '']];
  rows.forEach((cells, i) => cells.forEach((v, j) => v !== '' && spreadsheet.workbook.setCell(SHEET, i + 1, j + 1, v)));
});

/** Values of a block (1-based top-left), read back from the engine. */
function block(row: number, column: number, rows: number, columns: number): unknown[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => spreadsheet.value(SHEET, row + i, column + j)));
}

function enter(row: number, column: number, formula: string): void {
  spreadsheet.workbook.setCell(SHEET, row, column, formula);
}

const A = [['CA'], ['Texas'], [''], ['XX'], ['US']];
const B = [[5], [2], [''], [4], [40]];
const CD = [
  ['CPC', ''],
  ['CPC', 'CRC'],
  ['', ''],
  ['CCS', ''],
  ['', ''],
];

describe('the preview formula engine', () => {
  it('registers every custom function the bundle declares', () => {
    const declared = customFunctionNames(readFileSync('dist/Code.js', 'utf8'));
    expect(declared).toEqual(expect.arrayContaining(['CODER_SALARY', 'SALARY_RANGE', 'SALARY_SOURCE']));
    expect(spreadsheet.bundle.names).toEqual(declared);
  });

  it('answers a single call exactly as the bundle does', () => {
    enter(10, 1, '=CODER_SALARY("NY",10,"CPC")');
    enter(10, 2, '=COL_ADJUST(60000,"TX","CA")');
    enter(10, 3, '=SALARY_SOURCE()');
    enter(10, 4, '=CERT_PREMIUM("CPC, CRC")');
    expect(block(10, 1, 1, 4)).toEqual([
      [
        bundle.CODER_SALARY!('NY', 10, 'CPC'),
        bundle.COL_ADJUST!(60000, 'TX', 'CA'),
        bundle.SALARY_SOURCE!(),
        bundle.CERT_PREMIUM!('CPC, CRC'),
      ],
    ]);
  });

  it('spills a column of estimates, with a blank for the blank row and a short error for the bad one', () => {
    enter(12, 1, '=CODER_SALARY(A1:A5,B1:B5,"CPC")');
    const expected = bundle.CODER_SALARY!(A, B, 'CPC') as unknown[][];
    expect(block(12, 1, 5, 1)).toEqual(expected);
    expect(expected[2]).toEqual(['']);
    expect(expected[3]![0]).toMatch(/^#BAD STATE "XX"/);
    expect(spreadsheet.value(SHEET, 17, 1)).toBe('');
  });

  it('reads each row of a credentials range as one list', () => {
    enter(12, 2, '=CODER_SALARY(A1:A5,B1:B5,C1:D5)');
    expect(block(12, 2, 5, 1)).toEqual(bundle.CODER_SALARY!(A, B, CD));
    enter(12, 3, '=CERT_PREMIUM(C1:D5)');
    expect(block(12, 3, 5, 1)).toEqual(bundle.CERT_PREMIUM!(CD));
  });

  it('broadcasts a column of states against a row of years into a grid', () => {
    enter(20, 1, '=CODER_SALARY(A1:A2,F1:H1)');
    expect(block(20, 1, 2, 3)).toEqual(bundle.CODER_SALARY!(A.slice(0, 2), [[0, 10, 20]]));
  });

  it('spills SALARY_RANGE one row per state, with the header row only when asked', () => {
    enter(25, 1, '=SALARY_RANGE(A1:A2)');
    expect(block(25, 1, 2, 5)).toEqual(bundle.SALARY_RANGE!(A.slice(0, 2)));
    enter(28, 1, '=SALARY_RANGE("TX",,TRUE)');
    expect(block(28, 1, 2, 5)).toEqual(bundle.SALARY_RANGE!('TX', '', true));
    // No header: nothing is reserved under the row, so a value right below it is not in the way.
    enter(31, 1, '=SALARY_RANGE("TX","coder",FALSE)');
    enter(32, 1, 'below');
    expect(block(31, 1, 1, 5)).toEqual(bundle.SALARY_RANGE!('TX', 'coder', false));
  });

  it('answers for areas and spills AREA_LIST as its table, as tall as its answer', () => {
    enter(300, 12, '=CODER_SALARY("San Jose-Sunnyvale-Santa Clara, CA",10)');
    // 10 years is a little past the median worker's 9.6, so a little above San Jose's published median, 86,890.
    expect(spreadsheet.value(SHEET, 300, 12)).toBe(87930);
    enter(302, 12, '=AREA_LIST("OR","coder","median")');
    const oregon = bundle.AREA_LIST!('OR', 'coder', 'median') as unknown[][];
    expect(oregon[0]).toEqual(['Code', 'Area', 'Type', 'Employment', 'Median', 'Year']);
    expect(block(302, 12, oregon.length, 6)).toEqual(oregon);
    // Given a reference, the height is not known before evaluation: the answer fills the top, blanks the rest.
    enter(320, 19, 'RI');
    enter(320, 12, '=AREA_LIST(S320)');
    const rhodeIsland = bundle.AREA_LIST!('RI') as unknown[][];
    expect(block(320, 12, rhodeIsland.length + 1, 6)).toEqual([...rhodeIsland, ['', '', '', '', '', '']]);
  });

  it('spills CODER_SALARY_EXPLAIN as its two-column table', () => {
    enter(40, 1, '=CODER_SALARY_EXPLAIN("CA",5,"CPC")');
    const table = bundle.CODER_SALARY_EXPLAIN!('CA', 5, 'CPC') as unknown[][];
    expect(table.length).toBeGreaterThan(5);
    expect(block(40, 1, table.length, 2)).toEqual(table);
  });

  it('shows a thrown error as #ERROR! carrying the add-on message', () => {
    enter(60, 1, '=CODER_SALARY("Calfornia",5)');
    expect(spreadsheet.value(SHEET, 60, 1)).toBe('#ERROR!');
    const shown = spreadsheet.view(SHEET).cells['60,1']!;
    expect(shown.error).toBe(errorOf(() => bundle.CODER_SALARY!('Calfornia', 5)));
    expect(shown.error).toContain('did you mean "California" (CA)?');
  });

  it('shows an array result with no room to spill as #REF!, as Sheets does', () => {
    enter(50, 1, 'in the way');
    enter(49, 1, '=SALARY_RANGE(A1:A2)');
    expect(spreadsheet.value(SHEET, 49, 1)).toBe('#REF!');
    expect(spreadsheet.view(SHEET).cells['49,1']!.error).toMatch(/would overwrite data/);
  });

  it('recalculates dependants when an input cell changes', () => {
    enter(70, 1, 'TX');
    enter(70, 2, '=CODER_SALARY(A70,5)');
    expect(spreadsheet.value(SHEET, 70, 2)).toBe(bundle.CODER_SALARY!('TX', 5));
    enter(70, 1, 'WA');
    expect(spreadsheet.value(SHEET, 70, 2)).toBe(bundle.CODER_SALARY!('WA', 5));
  });

  it('lets the add-on freeze a spilled formula without losing the spilled cells', () => {
    const api = createServerApi(() => spreadsheet.workbook);
    enter(80, 1, '=SALARY_RANGE("OH")');
    spreadsheet.workbook.select(SHEET, { row: 80, column: 1, rows: 1, columns: 5 });
    expect(api.freezeFormulas().frozen).toBe(1);
    const raw = [1, 2, 3, 4, 5].map((c) => spreadsheet.workbook.rawCell(SHEET, 80, c));
    expect(raw).toEqual((bundle.SALARY_RANGE!('OH') as unknown[][])[0]);
  });

  it('lays out the engine’s arrays where the engine shows them, so the add-on reads the same', () => {
    enter(90, 1, '=SALARY_RANGE("TX")');
    enter(90, 6, '=SEQUENCE(1,2)');
    enter(91, 1, '=ARRAYFORMULA(A90:E90*2)');
    expect(spreadsheet.workbook.spillArea(SHEET, 90, 1)).toEqual({ row: 90, column: 1, rows: 1, columns: 5 });
    expect(spreadsheet.workbook.spillArea(SHEET, 90, 6)).toEqual({ row: 90, column: 6, rows: 1, columns: 2 });
    expect(spreadsheet.workbook.spillArea(SHEET, 91, 1)).toEqual({ row: 91, column: 1, rows: 1, columns: 5 });
    expect(spreadsheet.workbook.read(SHEET, { row: 90, column: 1, rows: 2, columns: 7 })).toEqual(block(90, 1, 2, 7));
  });
});

describe('freezing in the preview', () => {
  it('turns every formula of ours on the examples into values, except the one showing an error, and changes nothing else', () => {
    const preview = new PreviewSpreadsheet('dist', { sheetNames: [] });
    addExampleSheets(preview.workbook);
    preview.workbook.setCell('Examples', 20, 1, '=SEQUENCE(2)');
    preview.workbook.setCell('Examples', 20, 2, '=CODER_SALARY("CA",5)');
    const sheet = preview.workbook.sheet('Examples')!;
    const before = preview.view('Examples');
    const contents = new Map(sheet.cells);
    const result = createServerApi(() => preview.workbook).freezeFormulas();
    expect(result.message).toBe('Froze 11 Coding & Billing Pay formulas to values on "Examples". Left 1 as a formula: B16 shows #ERROR!.');
    const after = preview.view('Examples');
    expect(Object.fromEntries(Object.entries(after.cells).map(([k, c]) => [k, c.value]))).toEqual(
      Object.fromEntries(Object.entries(before.cells).map(([k, c]) => [k, c.value])),
    );
    for (const [key, raw] of contents) {
      const stays = !isFormula(raw) || !usesAddonFunction(raw) || key === '16,2';
      if (stays) expect({ key, raw: sheet.cells.get(key) }).toEqual({ key, raw });
      else expect({ key, formula: String(sheet.cells.get(key)).startsWith('=') }).toEqual({ key, formula: false });
    }
    expect(sheet.cells.get('20,1')).toBe('=SEQUENCE(2)');
    expect(preview.workbook.spillArea('Examples', 20, 1)).toEqual({ row: 20, column: 1, rows: 2, columns: 1 });
  });
});

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

describe('the example sheets', () => {
  it('compute, with errors only where they are the example, and formats on numbers', () => {
    const preview = new PreviewSpreadsheet('dist', { sheetNames: [] });
    addExampleSheets(preview.workbook);
    expect(preview.workbook.activeSheetName).toBe('Examples');
    const problems: string[] = [];
    for (const sheet of preview.workbook.sheets) {
      for (const [key, cell] of Object.entries(preview.view(sheet.name).cells)) {
        const where = `${sheet.name}!${key}`;
        const errorText = cell.error ?? (typeof cell.value === 'string' && cell.value.startsWith('#') ? cell.value : undefined);
        const intended = ['Examples!16,2', 'Areas!7,2', 'Team!6,9'].includes(where) || /^Offers!5,[678]$/.test(where);
        if (errorText && !intended) problems.push(`${where}: ${errorText}`);
        // A blank cell of a spilled table may carry its column's format, as in Sheets.
        if (!errorText && cell.format && typeof cell.value !== 'number' && cell.value !== '')
          problems.push(`${where}: ${cell.format} on ${JSON.stringify(cell.value)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('a pay review of the Team tab', () => {
  it('reads the same in live formulas, evaluated by the formula engine, as in values', () => {
    const preview = new PreviewSpreadsheet('dist', { sheetNames: [] });
    addExampleSheets(preview.workbook);
    const api = createServerApi(() => preview.workbook);
    preview.workbook.select('Team', { row: 1, column: 1, rows: 9, columns: 7 });
    const roster = api.readRoster();
    const request = {
      sheetName: roster.sheetName,
      range: roster.range,
      headers: roster.columns.map((c) => c.header),
      fields: roster.columns.map((c) => c.field ?? ''),
    };
    const live = preview.view(api.buildPayReview({ ...request, output: 'formulas' }).sheetName);
    const values = preview.view(api.buildPayReview({ ...request, output: 'values' }).sheetName);
    const shown = (view: typeof live) =>
      // Row 3 says whether the cells are values or formulas; blank cells a formula spills over are left out.
      Object.fromEntries(
        Object.entries(view.cells).flatMap(([key, cell]) => (key.startsWith('3,') || cell.value === '' ? [] : [[key, cell.value]])),
      );
    expect(Object.values(live.cells).filter((c) => c.error)).toEqual([]);
    expect(shown(live)).toEqual(shown(values));
    // Formulas in the summary and the first table row only: one per computed column.
    expect(Object.values(live.cells).filter((c) => c.raw.startsWith('=')).length).toBe(8);
    expect(values.cells['6,8']?.value).toBe(6);

    // Freeze turns the add-on's formulas into the values they show; the sheet reads the same.
    preview.workbook.select(live.name, { row: 1, column: 1, rows: 1, columns: 1 });
    expect(api.freezeFormulas()).toMatchObject({ frozen: 2, left: 0 });
    const frozen = preview.view(live.name);
    expect(shown(frozen)).toEqual(shown(live));
    expect(Object.values(frozen.cells).filter((c) => /^=.*(PAY_REVIEW|STATE_WAGE)/.test(c.raw))).toEqual([]);
  });
});

describe('typing into a cell', () => {
  it('reads numbers, money, percentages, booleans, formulas and text the way Sheets does', () => {
    expect(typedEntry('5')).toEqual({ raw: 5 });
    expect(typedEntry('-2.5')).toEqual({ raw: -2.5 });
    expect(typedEntry('$55,000')).toEqual({ raw: 55000, format: '$#,##0' });
    expect(typedEntry('$12.50')).toEqual({ raw: 12.5, format: '$#,##0.00' });
    expect(typedEntry('12.5%')).toEqual({ raw: 0.125, format: '0.0%' });
    expect(typedEntry('1,234')).toEqual({ raw: 1234, format: '#,##0' });
    expect(typedEntry('true')).toEqual({ raw: true });
    expect(typedEntry('=CODER_SALARY("CA",5)')).toEqual({ raw: '=CODER_SALARY("CA",5)' });
    expect(typedEntry("'007")).toEqual({ raw: "'007" });
    expect(typedEntry('CA')).toEqual({ raw: 'CA' });
    expect(typedEntry('1,23')).toEqual({ raw: '1,23' });
    expect(typedEntry('  ')).toEqual({ raw: '' });
  });
});

describe('the menu in the preview', () => {
  it('runs every item of the add-on menu the way its handler in src/index.ts does', () => {
    const preview = new PreviewSpreadsheet('dist');
    const api = createServerApi(() => preview.workbook);
    let changes = 0;
    const host = new PreviewHost('dist', api, () => changes++);
    host.runMenuItem('showReferenceTablesSidebar');
    expect(host.sidebar?.title).toBe('Coding & Billing Pay');
    expect(host.sidebar?.html).toContain('data-page="reference"');
    host.runMenuItem('showComparisonSidebar');
    expect(host.sidebar?.html).toContain('data-page="comparison"');
    host.runMenuItem('showTeamSidebar');
    expect(host.sidebar?.html).toContain('data-page="team"');
    host.runMenuItem('showCareerPlanSidebar');
    expect(host.sidebar?.html).toContain('data-page="career"');
    host.runMenuItem('showFunctionHelp');
    expect(host.dialog).toMatchObject({ title: 'Function help', width: 560, height: 520 });
    host.runMenuItem('showAboutData');
    expect(host.dialog?.html).toContain('Known gaps');
    host.runMenuItem('freezeFormulasToValues');
    expect(preview.workbook.toasts.at(-1)?.message).toMatch(/nothing changed/);
    expect(changes).toBe(6);
    expect(MENU_ITEMS.map((m) => m.functionName)).toEqual([
      'showComparisonSidebar',
      'showReferenceTablesSidebar',
      'showTeamSidebar',
      'showCareerPlanSidebar',
      'freezeFormulasToValues',
      'showFunctionHelp',
      'showAboutData',
    ]);
    expect(() => host.runMenuItem('onOpen')).toThrow(/No menu item/);
  });
});
