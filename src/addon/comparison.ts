/**
 * The comparison builder: one new sheet comparing states, credentials, experience levels,
 * roles or settings with the other inputs held fixed. Values by default (the sheet reads the
 * same for a colleague without the add-on), live formulas on request.
 *
 * Spreadsheet calls do not grow with the number of rows: one setValues for the whole block,
 * one call per kind of format, one chart, a width per column.
 */
import { STATES, NATIONAL, parseArea, areaByCode } from '../core/areas';
import { parseCredentials } from '../core/credentials';
import { parseRole, ROLES, type Role, type RoleInfo } from '../core/roles';
import { parseSetting, type WorkSetting } from '../core/settings';
import { estimatePay, type EstimateInputs } from '../core/estimate';
import { stateDistribution, publishedWages } from '../core/distribution';
import { adjustForCostOfLiving } from '../core/costOfLiving';
import { projectionFor } from '../core/outlook';
import { sourceText, wageCitation, wageSourceLines } from '../core/citations';
import { InputError } from '../core/inputError';
import { cellNumber } from '../sheets/cells';
import { errorMessage } from '../sheets/broadcast';
import type { Area } from '../core/referenceTypes';
import type { BuildResult, CompareDimension, ComparisonRequest } from './requests';
import type { CellValue, Workbook } from './workbook';
import { asCellText, formulaString, uniqueSheetName } from './sheetText';

export const MAX_ROWS = 60;
export const MAX_TITLE = 100;
/** Any other text field: the longest real one (every credential code listed) is well under this. */
export const MAX_TEXT = 200;
/** BLS converts hourly to annual wages with 2,080 hours (52 weeks × 40 hours). */
export const HOURS_PER_YEAR = 2080;
const HOURS_TEXT = String(HOURS_PER_YEAR).replace(/\B(?=(\d{3})+$)/g, ',');
const YEARS_RULE = { min: 0, max: 60, accepted: 'years from 0 to 60' };
const DIMENSIONS: readonly CompareDimension[] = ['states', 'credentials', 'years', 'roles', 'settings'];
const DEFAULT_TITLES: Record<CompareDimension, string> = {
  states: 'Pay by state',
  credentials: 'Pay by credential',
  years: 'Pay by experience',
  roles: 'Pay by role',
  settings: 'Pay by work setting',
};

const CURRENCY = '$#,##0';
const CURRENCY_CENTS = '$#,##0.00';
const PERCENT = '0.0%';
const INTEGER = '#,##0';
const TABLE_TOP = 5;

/** A plain-words error the sidebar shows as it is. */
export class RequestError extends Error {}

interface Row {
  readonly label: string;
  readonly inputs: EstimateInputs;
}

interface ValidatedComparison {
  readonly compare: CompareDimension;
  readonly rows: readonly Row[];
  readonly fixed: EstimateInputs;
  readonly columns: ComparisonRequest['columns'];
  readonly costOfLivingTo: Area;
  readonly output: 'values' | 'formulas';
  readonly title: string;
}

function plain<T>(what: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError) throw new RequestError(errorMessage(what, error));
    throw error;
  }
}

function text(value: unknown, what: string, max = MAX_TEXT): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new RequestError(`${what} must be text.`);
  // Checked before any parsing, so an oversized value is never echoed back in a message.
  if (value.trim().length > max) throw new RequestError(`${what} is too long: ${value.trim().length} characters, at most ${max}.`);
  return value;
}

/** Years as the sidebar sends them: a number, or text such as "5" (capped like any text). */
function yearsOf(value: unknown, what: string): number {
  if (typeof value !== 'number' && typeof value !== 'string' && value !== undefined && value !== null)
    throw new RequestError(`${what} must be a number of years from 0 to 60.`);
  return plain('Years', () => cellNumber(typeof value === 'number' ? value : text(value, what), 'years', YEARS_RULE));
}

function statesFor(selection: unknown, items: readonly unknown[], role: RoleInfo): Area[] {
  if (selection === 'all') return [...STATES];
  // google.script.run may turn a missing field into null: both mean "the states chosen".
  if (selection === 'top10' || selection === 'bottom10') {
    const byMedian = [...STATES].sort(
      (a, b) => publishedWages(role, b).values.annual_median! - publishedWages(role, a).values.annual_median!,
    );
    return selection === 'top10' ? byMedian.slice(0, 10) : byMedian.slice(-10).reverse();
  }
  if (selection !== undefined && selection !== null && selection !== 'chosen')
    throw new RequestError('Choose states from the list, all states, or the top or bottom 10 by median.');
  const areas = items.map((item) => plain('State', () => parseArea(text(item, 'A state'))));
  return areas.filter((area, i) => areas.indexOf(area) === i);
}

const ROLE_LABELS: Record<Role, string> = { coder: 'Medical coder', biller: 'Medical biller', hit: 'Health information technologist' };
const SETTING_LABELS: Record<WorkSetting, string> = { any: 'Any setting', hospital: 'Hospital', 'physician office': 'Physician office' };

/** Re-validates everything the client sent: the sidebar is not trusted. */
export function validateComparison(request: ComparisonRequest): ValidatedComparison {
  if (typeof request !== 'object' || request === null) throw new RequestError('The request is empty.');
  const compare = request.compare;
  if (!DIMENSIONS.includes(compare)) throw new RequestError('Choose what to compare: states, credentials, experience, roles or settings.');
  const items: readonly unknown[] = Array.isArray(request.items) ? request.items : [];
  if (items.length > MAX_ROWS) throw new RequestError(`Too many rows: ${items.length} chosen, at most ${MAX_ROWS} fit in one comparison.`);
  const title = text(request.title, 'The title', MAX_TITLE).trim();
  const fixed: EstimateInputs = {
    area: plain('State', () => parseArea(text(request.state, 'The state') || 'US')),
    years: yearsOf(request.years, 'Years of experience'),
    credentials: plain('Credentials', () => parseCredentials([text(request.cert, 'The credentials')])),
    role: plain('Role', () => parseRole(text(request.role, 'The role'))),
    setting: plain('Setting', () => parseSetting(text(request.setting, 'The setting'))),
  };
  const rows: Row[] = [];
  if (compare === 'states') {
    for (const area of statesFor(request.stateSelection, items, fixed.role))
      rows.push({ label: `${area.name} (${area.code})`, inputs: { ...fixed, area } });
  } else {
    const seen = new Set<string>();
    for (const item of items) {
      let row: Row;
      if (compare === 'credentials') {
        const credentials = plain('Credential', () => parseCredentials([text(item, 'A credential')]));
        row = { label: credentials.map((c) => c.code).join(', ') || 'No credential', inputs: { ...fixed, credentials } };
      } else if (compare === 'years') {
        const years = yearsOf(item, 'An experience level');
        row = { label: `${years} ${years === 1 ? 'year' : 'years'}`, inputs: { ...fixed, years } };
      } else if (compare === 'roles') {
        const role = plain('Role', () => parseRole(text(item, 'A role')));
        row = { label: `${ROLE_LABELS[role.role]} (${role.soc})`, inputs: { ...fixed, role } };
      } else {
        const setting = plain('Setting', () => parseSetting(text(item, 'A setting')));
        row = { label: SETTING_LABELS[setting], inputs: { ...fixed, setting } };
      }
      if (!seen.has(row.label)) rows.push(row);
      seen.add(row.label);
    }
  }
  if (rows.length === 0) throw new RequestError('Pick at least one item to compare.');
  if (rows.length > MAX_ROWS) throw new RequestError(`Too many rows: at most ${MAX_ROWS} fit in one comparison.`);
  const columns = request.columns ?? { range: false, hourly: false, costOfLiving: false, employment: false, outlook: false };
  return {
    compare,
    rows,
    fixed,
    columns: {
      range: columns.range === true,
      hourly: columns.hourly === true,
      costOfLiving: columns.costOfLiving === true,
      employment: columns.employment === true,
      outlook: columns.outlook === true,
    },
    costOfLivingTo: plain('Cost-of-living state', () => parseArea(text(request.costOfLivingTo, 'The cost-of-living state') || 'US')),
    output: request.output === 'formulas' ? 'formulas' : 'values',
    title: title || DEFAULT_TITLES[compare],
  };
}

interface Column {
  readonly header: string;
  readonly format: string;
  readonly value: (row: Row, rowNumber: number) => CellValue;
  readonly formula: (row: Row, rowNumber: number) => string;
}

function estimateArgs(inputs: EstimateInputs): string {
  return [
    formulaString(inputs.area.code),
    String(inputs.years),
    formulaString(inputs.credentials.map((c) => c.code).join(', ')),
    formulaString(inputs.role.role),
    formulaString(inputs.setting),
  ].join(',');
}

function tableColumns(c: ValidatedComparison): Column[] {
  const estimateRef = (rowNumber: number) => `B${rowNumber}`;
  const columns: Column[] = [
    {
      header: 'Estimated annual pay',
      format: CURRENCY,
      value: (row) => estimatePay(row.inputs).pay,
      formula: (row) => `=CODER_SALARY(${estimateArgs(row.inputs)})`,
    },
  ];
  if (c.columns.range) {
    ['10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile'].forEach((header, i) =>
      columns.push({
        header,
        format: CURRENCY,
        value: (row) => Math.round(stateDistribution(row.inputs.role, row.inputs.area).percentiles[i]!),
        // SALARY_RANGE spills its five values from the first cell, as in Sheets.
        formula: (row) => (i === 0 ? `=SALARY_RANGE(${formulaString(row.inputs.area.code)},${formulaString(row.inputs.role.role)})` : ''),
      }),
    );
  }
  if (c.columns.hourly) {
    columns.push({
      header: `Hourly (annual ÷ ${HOURS_TEXT})`,
      format: CURRENCY_CENTS,
      value: (row) => Math.round((estimatePay(row.inputs).pay / HOURS_PER_YEAR) * 100) / 100,
      formula: (_row, n) => `=ROUND(${estimateRef(n)}/${HOURS_PER_YEAR},2)`,
    });
  }
  if (c.columns.costOfLiving) {
    columns.push({
      header: `In ${c.costOfLivingTo.code} prices`,
      format: CURRENCY,
      value: (row) => Math.round(adjustForCostOfLiving(estimatePay(row.inputs).pay, row.inputs.area, c.costOfLivingTo)),
      formula: (row, n) =>
        `=ROUND(COL_ADJUST(${estimateRef(n)},${formulaString(row.inputs.area.code)},${formulaString(c.costOfLivingTo.code)}),0)`,
    });
  }
  if (c.columns.employment) {
    columns.push({
      header: 'Employment',
      format: INTEGER,
      value: (row) => publishedWages(row.inputs.role, row.inputs.area).values.employment ?? 'not published',
      formula: (row) =>
        `=IFERROR(STATE_WAGE(${formulaString(row.inputs.area.code)},"employment",${formulaString(row.inputs.role.role)}),"not published")`,
    });
  }
  if (c.columns.outlook) {
    columns.push({
      header: 'Projected growth',
      format: PERCENT,
      value: (row) => {
        try {
          return projectionFor(row.inputs.role).growth ?? 'no projection';
        } catch {
          return 'no projection';
        }
      },
      formula: (row) => `=IFERROR(JOB_OUTLOOK(${formulaString(row.inputs.role.role)},"growth"),"no projection")`,
    });
  }
  return columns;
}

function heldFixed(c: ValidatedComparison): string {
  const f = c.fixed;
  const parts: string[] = [];
  if (c.compare !== 'states') parts.push(`state ${f.area.name}`);
  if (c.compare !== 'years') parts.push(`${f.years} years of experience`);
  if (c.compare !== 'credentials') parts.push(`credentials: ${f.credentials.map((x) => x.code).join(', ') || 'none'}`);
  if (c.compare !== 'roles') parts.push(`role: ${ROLE_LABELS[f.role.role].toLowerCase()}`);
  if (c.compare !== 'settings') parts.push(`setting: ${SETTING_LABELS[f.setting].toLowerCase()}`);
  return `Held fixed: ${parts.join('; ')}.`;
}

function rolesIn(c: ValidatedComparison): RoleInfo[] {
  return [...new Set(c.rows.map((r) => r.inputs.role))];
}

/** The line under the title: which data the figures are as of, and whether they are values or formulas. */
function asOfLine(c: ValidatedComparison): string {
  const kind =
    c.output === 'values'
      ? 'Values computed by the Coding & Billing Pay add-on: they read the same without it.'
      : 'Live formulas: they need the Coding & Billing Pay add-on (Freeze formulas to values before sharing).';
  return `As of ${rolesIn(c).map(wageCitation).join('; ')}. ${kind} Sources below.`;
}

/** The sources block: only what this table uses, then the notes a reader needs. */
function sourceLines(c: ValidatedComparison): string[] {
  const lines = [
    'Sources',
    ...wageSourceLines(c.rows.map((r) => stateDistribution(r.inputs.role, r.inputs.area))),
    sourceText('credentials'),
    sourceText('setting'),
    ...(c.columns.costOfLiving ? [sourceText('cost of living')] : []),
    ...(c.columns.outlook ? [sourceText('outlook')] : []),
    'How each estimate is made: =CODER_SALARY_EXPLAIN(state, years, cert, role, setting) shows every step and its source.',
  ];
  const fallback = c.rows
    .filter((r) => stateDistribution(r.inputs.role, r.inputs.area).basis === 'national-shape')
    .map((r) => r.inputs.area.code);
  if (fallback.length > 0) {
    lines.push(
      `Only the state median is published for ${[...new Set(fallback)].join(', ')}: their percentiles are that median times the national percentile ratios.`,
    );
  }
  if (c.columns.hourly) lines.push(`Hourly equivalent = annual pay ÷ ${HOURS_TEXT} hours (52 weeks × 40 hours, the BLS convention).`);
  for (const role of rolesIn(c)) if (role.caveat) lines.push(`${ROLE_LABELS[role.role]}s: ${role.caveat}.`);
  return lines;
}

/** Builds the comparison on a new sheet; never touches an existing one. */
export function buildComparison(workbook: Workbook, request: ComparisonRequest): BuildResult {
  const c = validateComparison(request);
  const columns = tableColumns(c);
  const width = columns.length + 1;
  const firstRow = TABLE_TOP + 1;
  const tableRows = c.rows.map((row, i) => {
    const n = firstRow + i;
    return [asCellText(row.label), ...columns.map((col) => (c.output === 'formulas' ? col.formula(row, n) : col.value(row, n)))];
  });
  const pad = (cells: CellValue[]): CellValue[] => [...cells, ...Array.from({ length: width - cells.length }, () => '')];
  const sources = sourceLines(c);
  const block: CellValue[][] = [
    pad([asCellText(c.title)]),
    pad([asCellText(asOfLine(c))]),
    pad([heldFixed(c)]),
    pad([]),
    pad([c.compare === 'states' ? 'State' : 'Compared', ...columns.map((col) => col.header)]),
    ...tableRows,
    pad([]),
    ...sources.map((line) => pad([asCellText(line)])),
  ];
  const formats = block.map((_, r) =>
    Array.from({ length: width }, (_, j) =>
      r >= TABLE_TOP && r < TABLE_TOP + tableRows.length && j > 0 ? columns[j - 1]!.format : 'General',
    ),
  );
  const sourcesTop = TABLE_TOP + tableRows.length + 1;
  const weights = block.map((_, r) =>
    Array.from({ length: width }, (): 'bold' | 'normal' => (r === 0 || r === TABLE_TOP - 1 || r === sourcesTop ? 'bold' : 'normal')),
  );

  return workbook.withDocumentLock(() => {
    const sheet = workbook.insertSheet(uniqueSheetName(c.title, workbook.sheetNames()));
    sheet.setNumberFormats(1, 1, formats);
    sheet.setValues(1, 1, block);
    sheet.setFontWeights(1, 1, weights);
    sheet.setFrozenRows(TABLE_TOP);
    sheet.setColumnWidths(1, [220, ...columns.map(() => 120)]);
    sheet.addBarChart({
      title: `${c.title}: estimated annual pay`,
      labels: { row: firstRow, column: 1, rows: tableRows.length, columns: 1 },
      values: { row: firstRow, column: 2, rows: tableRows.length, columns: 1 },
      anchorRow: TABLE_TOP,
      anchorColumn: width + 2,
    });
    workbook.activate(sheet);
    const message = `Built "${sheet.name}": ${tableRows.length} rows${c.output === 'formulas' ? ' of live formulas' : ''}.`;
    workbook.toast(message, 'Coding & Billing Pay');
    return { sheetName: sheet.name, rows: tableRows.length, message };
  });
}

/** The state list the sidebar offers, with each role's median so it can show "top/bottom 10". */
export function stateChoices(): { code: string; name: string; medians: Record<string, number> }[] {
  return [NATIONAL, ...STATES].map((area) => ({
    code: area.code,
    name: area.name,
    medians: Object.fromEntries(
      Object.values(ROLES).map((role) => [role.role, publishedWages(role, areaByCode(area.code)).values.annual_median!]),
    ),
  }));
}
