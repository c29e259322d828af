/**
 * Spreadsheet calls the comparison builder makes, counted by the in-memory workbook: the
 * number must not grow with the rows (one setValues for the block, one call per kind of
 * format), which is what keeps a 51-state build to a handful of round trips in Sheets.
 * For a live comparison, also the custom-function executions its formulas cost: Sheets runs
 * each call of a custom function as one execution on the Apps Script server.
 */
import { buildComparison } from '../../src/addon/sheets/comparison';
import { MemoryWorkbook } from '../preview/memoryWorkbook';
import type { ComparisonColumns, ComparisonRequest } from '../../src/addon/requests';
import { createServerApi } from '../../src/addon/serverApi';

export interface SheetWrites {
  readonly label: string;
  readonly rows: number;
  /** Non-empty cells on the new sheet. */
  readonly cells: number;
  readonly calls: number;
  /** Calls by Spreadsheet method. */
  readonly byMethod: Readonly<Record<string, number>>;
}

const ESTIMATE_ONLY: ComparisonColumns = { range: false, hourly: false, costOfLiving: false, employment: false, outlook: false };
const EVERY_COLUMN: ComparisonColumns = { range: true, hourly: true, costOfLiving: true, employment: true, outlook: true };

function request(selection: 'chosen' | 'all', columns: ComparisonColumns, output: 'values' | 'formulas' = 'values'): ComparisonRequest {
  return {
    compare: 'states',
    items: selection === 'chosen' ? ['CA', 'TX', 'NY', 'FL', 'OH'] : [],
    stateSelection: selection,
    state: 'US',
    years: 5,
    cert: 'CPC',
    role: 'coder',
    setting: 'any',
    columns,
    costOfLivingTo: 'US',
    output,
    title: 'Pay by state',
  };
}

function measure(label: string, comparison: ComparisonRequest): SheetWrites {
  const workbook = new MemoryWorkbook();
  const result = buildComparison(workbook, comparison);
  return {
    label,
    rows: result.rows,
    cells: workbook.sheet(result.sheetName)!.cells.size,
    calls: workbook.callCount,
    byMethod: { ...workbook.calls },
  };
}

/** 5 states, 51 states, and 51 states with all five optional columns (51 × 5 more figures). */
export function measureSheetWrites(): SheetWrites[] {
  return [
    measure('5 states', request('chosen', ESTIMATE_ONLY)),
    measure('51 states', request('all', ESTIMATE_ONLY)),
    measure('51 states × 5 extra columns', request('all', EVERY_COLUMN)),
  ];
}

export interface LiveExecutions {
  readonly label: string;
  readonly rows: number;
  /** Calls of the add-on's custom functions in the formulas written. */
  readonly executions: number;
  readonly formulas: number;
  readonly calls: number;
  /** The same comparison as values. */
  readonly valuesExecutions: number;
  readonly valuesCalls: number;
}

function executionsIn(workbook: MemoryWorkbook, sheetName: string, functions: readonly string[]): { executions: number; formulas: number } {
  const calls = new RegExp(`\\b(${functions.join('|')})\\(`, 'g');
  let executions = 0;
  let formulas = 0;
  for (const raw of workbook.sheet(sheetName)!.cells.values()) {
    if (typeof raw !== 'string' || !raw.startsWith('=')) continue;
    formulas++;
    executions += raw.match(calls)?.length ?? 0;
  }
  return { executions, formulas };
}

/** A live comparison of 5 and of 51 states with every column, against the same built as values. */
export function measureLiveExecutions(functions: readonly string[]): LiveExecutions[] {
  return (['chosen', 'all'] as const).map((selection) => {
    const built = (output: 'values' | 'formulas') => {
      const workbook = new MemoryWorkbook();
      const result = buildComparison(workbook, request(selection, EVERY_COLUMN, output));
      return { result, calls: workbook.callCount, ...executionsIn(workbook, result.sheetName, functions) };
    };
    const live = built('formulas');
    const values = built('values');
    return {
      label: `${live.result.rows} states × every column`,
      rows: live.result.rows,
      executions: live.executions,
      formulas: live.formulas,
      calls: live.calls,
      valuesExecutions: values.executions,
      valuesCalls: values.calls,
    };
  });
}

/** A team roster as practices keep them, repeated to the size asked: an hourly column, a blank line, a typo. */
const ROSTER_HEADER = ['Employee', 'State', 'Years', 'Certs', 'Title', 'Hourly rate'];
const ROSTER_ROWS: readonly (readonly (string | number)[])[] = [
  ['A. Rivera', 'TX', 1, 'CPC-A', 'Medical Coder I', 21.5],
  ['J. Chen', 'OH', 6, 'CPC', 'Coder II', 31.75],
  ['M. Okafor', 'Georgia', 12, 'CCS', 'Coding lead', 33.65],
  [],
  ['S. Patel', 'Pensylvania', 3, 'RHIT', 'HIM technician', 24],
  ['L. Novak', 'US', 20, 'CPC, CIC', 'Senior coder', 40.4],
  ['D. Kim', 'FL', 4, '', 'Billing specialist', 17.3],
  ['R. Diaz', 'WA', 8, 'CPB', 'Billing lead', 27.9],
];

/** Spreadsheet calls of reading a roster and building its review, as the sidebar does: the roster's size must not matter. */
export function measurePayReviewWrites(sizes: readonly number[] = [8, 2000]): SheetWrites[] {
  return sizes.map((people) => {
    const workbook = new MemoryWorkbook({ sheetNames: ['Roster'] });
    [ROSTER_HEADER, ...Array.from({ length: people }, (_, i) => ROSTER_ROWS[i % ROSTER_ROWS.length]!)].forEach((cells, i) =>
      cells.forEach((value, j) => workbook.setCell('Roster', i + 1, j + 1, value)),
    );
    workbook.select('Roster', { row: 1, column: 1, rows: people + 1, columns: ROSTER_HEADER.length });
    const api = createServerApi(() => workbook);
    const roster = api.readRoster();
    const result = api.buildPayReview({
      sheetName: roster.sheetName,
      range: roster.range,
      headers: roster.columns.map((c) => c.header),
      fields: roster.columns.map((c) => c.field ?? ''),
      output: 'values',
    });
    return {
      label: `${people.toLocaleString('en-US')} roster rows`,
      rows: result.rows,
      cells: workbook.sheet(result.sheetName)!.cells.size,
      calls: workbook.callCount,
      byMethod: { ...workbook.calls },
    };
  });
}
