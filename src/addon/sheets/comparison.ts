/**
 * The comparison builder: one new sheet comparing states, credentials, experience levels,
 * roles or settings with the other inputs held fixed. Values by default (the sheet reads the
 * same for a colleague without the add-on), live formulas on request.
 *
 * The label column holds text the custom functions read (state names, credential codes,
 * years, role and setting words), so a live column is one range formula over it, such as
 * `=CODER_SALARY(A6:A56,5,"CPC","coder","any")`: each custom-function call is a round trip to
 * the Apps Script server, and this keeps them to one per column whatever the row count.
 * A figure the compared inputs cannot change (the pay range of the one state held fixed,
 * the national outlook) is shown once, above the table, instead of on every row.
 *
 * Spreadsheet calls do not grow with the number of rows: one setValues for the whole block,
 * one call per kind of format, one chart, a width per column at most.
 */
import { STATES, NATIONAL, parseArea, areaByCode, areaLabel, isLocalArea } from '../../core/places/areas';
import { parseCredentials } from '../../core/pay/credentials';
import { parseRole, ROLES, type Role, type RoleInfo } from '../../core/pay/roles';
import { parseSetting, SETTING_LABELS } from '../../core/pay/settings';
import { estimatePay, type EstimateInputs } from '../../core/pay/estimate';
import { areaDistribution, publishedWages, type PayDistribution } from '../../core/pay/distribution';
import { projectionFor } from '../../core/pay/outlook';
import { areaQuartileNote, distributionCitation, sourceText, wageSourceLines } from '../../core/sources/citations';
import { InputError, NotInDataError } from '../../core/inputError';
import { areasIn } from '../../core/pay/areaList';
import { hasAreaFigures, lastYear } from '../../core/places/areaTables';
import { cellNumber } from '../../sheets/cells';
import { errorMessage } from '../../sheets/broadcast';
import { colAdjust } from '../../sheets/customFunctions';
import { priceParity } from '../../core/places/costOfLiving';
import type { Area, Projection, WageRecord } from '../../core/referenceTypes';
import type { AreaChoice, AreaChoices, BuildResult, CompareDimension, ComparisonRequest } from '../requests';
import type { BarChartSpec, CellValue, GridRange, Workbook } from '../workbook/workbook';
import { asCellText, formulaString, uniqueSheetName } from '../workbook/sheetText';
import { fittedWidth, fitsWidestColumn, shownText, type ColumnText } from '../workbook/columnWidths';
import { CHART_GAP, CHART_MIN_WIDTH, CHART_WIDTH, VISIBLE_WIDTH, barChartHeight, rowsCovered } from './chartLayout';
import { RequestError } from '../requestError';
import { HOURS_PER_YEAR } from '../../core/pay/wageStatistics';

export const MAX_ROWS = 60;
export const MAX_TITLE = 100;
/** Any other text field: the longest real one (every credential code listed) is well under this. */
export const MAX_TEXT = 200;
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
const NOT_PUBLISHED = 'not published';
const NO_PROJECTION = 'no projection';

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

/**
 * Parses with a core parser; an input mistake, or a place the data has no figure for, becomes a
 * RequestError in the core's words.
 */
export function plain<T>(what: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError) throw new RequestError(errorMessage(what, error));
    if (error instanceof NotInDataError) throw new RequestError(`${sentence(error.message)}.`);
    throw error;
  }
}

/** A core message as a sentence of its own: "no figure …" → "No figure …". */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** A text field of a request, capped before it is read further. */
export function text(value: unknown, what: string, max = MAX_TEXT): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') throw new RequestError(`${what} must be text.`);
  // Checked before any parsing, so an oversized value is never echoed back in a message.
  if (value.trim().length > max) throw new RequestError(`${what} is too long: ${value.trim().length} characters, at most ${max}.`);
  return value;
}

/** Years as the sidebar sends them: a number, or text such as "5" (capped like any text). */
export function yearsOf(value: unknown, what: string): number {
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

// Row labels are words the custom functions parse (a live column reads them), so each must
// stay one of the aliases in src/core (roles.ts, settings.ts, credentials.ts).
export const ROLE_LABELS: Record<Role, string> = {
  coder: 'Medical coder',
  biller: 'Medical biller',
  hit: 'Health information technologist / medical registrar',
};
const ROLE_PLURALS: Record<Role, string> = {
  coder: 'Medical coders',
  biller: 'Medical billers',
  hit: 'Health information technologists / medical registrars',
};
const NO_CREDENTIAL_LABEL = 'Non-certified';
const LABEL_HEADERS: Record<CompareDimension, string> = {
  states: 'State',
  credentials: 'Credentials',
  years: 'Experience',
  roles: 'Role',
  settings: 'Work setting',
};

/** The label column's header: "Place" when metropolitan or nonmetropolitan areas are among the states. */
function labelHeader(c: ValidatedComparison): string {
  return c.compare === 'states' && c.rows.some((r) => isLocalArea(r.inputs.area)) ? 'Place' : LABEL_HEADERS[c.compare];
}

/** The place's published wages for the role, or why the data has none (in words). */
function wagesOrWhyNot(role: RoleInfo, area: Area): WageRecord | string {
  try {
    return publishedWages(role, area);
  } catch (error) {
    if (error instanceof NotInDataError) return error.message;
    throw error;
  }
}

/**
 * An area BLS defines can lack a figure for the role (suppressed cells, Puerto Rico, no area
 * file for the occupation): said before anything is built, naming every such place or role,
 * with what to change.
 */
function refuseWithoutFigures(compare: CompareDimension, rows: readonly Row[]): void {
  const missing = rows.flatMap((row) => {
    const wages = wagesOrWhyNot(row.inputs.role, row.inputs.area);
    return typeof wages === 'string' ? [{ row, why: wages }] : [];
  });
  if (missing.length === 0) return;
  const first = sentence(missing[0]!.why);
  if (compare === 'states') {
    if (missing.length === 1) throw new RequestError(`${first}. Untick it or choose another role.`);
    const role = ROLE_PLURALS[missing[0]!.row.inputs.role.role].toLowerCase();
    const places = missing.map(({ row }) => areaLabel(row.inputs.area)).join('; ');
    throw new RequestError(
      `No figure in the data for ${role} in ${missing.length} of the places chosen: ${places}. Untick them or choose another role.`,
    );
  }
  // One place held fixed: in a role comparison some roles may have figures there and others not.
  if (compare === 'roles' && missing.length < rows.length) {
    const roles = missing.map(({ row }) => ROLE_LABELS[row.inputs.role.role].toLowerCase()).join(' and ');
    throw new RequestError(`${first}. Untick ${roles} or choose another place.`);
  }
  throw new RequestError(`${first}. Choose another place${compare === 'roles' ? '' : ' or role'}.`);
}

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
    for (const area of statesFor(request.stateSelection, items, fixed.role)) rows.push({ label: area.name, inputs: { ...fixed, area } });
  } else {
    const seen = new Set<string>();
    for (const item of items) {
      let row: Row;
      if (compare === 'credentials') {
        const credentials = plain('Credential', () => parseCredentials([text(item, 'A credential')]));
        row = { label: credentials.map((c) => c.code).join(', ') || NO_CREDENTIAL_LABEL, inputs: { ...fixed, credentials } };
      } else if (compare === 'years') {
        const years = yearsOf(item, 'An experience level');
        row = { label: `${years} ${years === 1 ? 'year' : 'years'}`, inputs: { ...fixed, years } };
      } else if (compare === 'roles') {
        const role = plain('Role', () => parseRole(text(item, 'A role')));
        row = { label: ROLE_LABELS[role.role], inputs: { ...fixed, role } };
      } else {
        const setting = plain('Setting', () => parseSetting(text(item, 'A setting')));
        row = { label: SETTING_LABELS[setting], inputs: { ...fixed, setting } };
      }
      if (!seen.has(row.label)) rows.push(row);
      seen.add(row.label);
    }
  }
  if (rows.length === 0) throw new RequestError('Pick at least one item to compare.');
  refuseWithoutFigures(compare, rows);
  if (request.columns?.costOfLiving === true) for (const row of rows) plain('State', () => priceParity(row.inputs.area));
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
    costOfLivingTo: plain('Cost-of-living state', () => {
      const to = parseArea(text(request.costOfLivingTo, 'The cost-of-living state') || 'US');
      // A place with no price parity (Puerto Rico) is refused before anything is built.
      if (columns.costOfLiving === true) priceParity(to);
      return to;
    }),
    output: request.output === 'formulas' ? 'formulas' : 'values',
    title: title || DEFAULT_TITLES[compare],
  };
}

/** An argument of the estimate functions, as the formulas name it. */
type Argument = 'state' | 'years' | 'cert' | 'role' | 'setting';
const COMPARED: Record<CompareDimension, Argument> = {
  states: 'state',
  credentials: 'cert',
  years: 'years',
  roles: 'role',
  settings: 'setting',
};

/** An input held fixed, written into a formula. */
function literal(inputs: EstimateInputs, argument: Argument): string {
  if (argument === 'state') return formulaString(inputs.area.code);
  if (argument === 'years') return String(inputs.years);
  if (argument === 'cert') return formulaString(inputs.credentials.map((c) => c.code).join(', '));
  if (argument === 'role') return formulaString(inputs.role.role);
  return formulaString(inputs.setting);
}

/**
 * One figure of the comparison: a column of the table, or, when the compared inputs cannot
 * change it, one entry above the table. SALARY_RANGE's figure is five cells wide.
 */
interface Figure {
  readonly headers: readonly string[];
  readonly format: string;
  /** False when no compared input enters it: shown once, with the inputs held fixed. */
  readonly varies: boolean;
  /** Its cells for one set of inputs. */
  readonly values: (inputs: EstimateInputs) => CellValue[];
  /**
   * The one live formula that fills the figure for every row. `argument` names each input:
   * the label column's range for the compared one, a literal for the rest; `estimate` is the
   * estimate column's range.
   */
  readonly formula: (argument: (a: Argument) => string, estimate: string) => string;
}

/** "2025-2035" → "2025–35". */
function shortPeriod(period: string): string {
  const m = /^(\d{4})\s*[-\u2013]\s*\d{2}(\d{2})$/.exec(period.trim());
  return m ? `${m[1]}–${m[2]}` : period;
}

function projectionOf(role: RoleInfo): Projection | undefined {
  try {
    return projectionFor(role);
  } catch {
    return undefined;
  }
}

function figures(c: ValidatedComparison): Figure[] {
  const compared = COMPARED[c.compare];
  const byAreaAndRole = compared === 'state' || compared === 'role';
  const estimate = (inputs: EstimateInputs) => estimatePay(inputs).pay;
  const list: Figure[] = [
    {
      headers: ['Estimated annual pay'],
      format: CURRENCY,
      varies: true,
      values: (inputs) => [estimate(inputs)],
      formula: (a) => `=CODER_SALARY(${a('state')},${a('years')},${a('cert')},${a('role')},${a('setting')})`,
    },
  ];
  if (c.columns.range) {
    list.push({
      headers: ['10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile'],
      format: CURRENCY,
      varies: byAreaAndRole,
      values: (inputs) => areaDistribution(inputs.role, inputs.area).percentiles.map(Math.round),
      // SALARY_RANGE spills its five values to the right, one row per label.
      formula: (a) => `=SALARY_RANGE(${a('state')},${a('role')})`,
    });
  }
  if (c.columns.hourly) {
    list.push({
      headers: [`Hourly (annual ÷ ${HOURS_TEXT})`],
      format: CURRENCY_CENTS,
      varies: true,
      values: (inputs) => [Math.round((estimate(inputs) / HOURS_PER_YEAR) * 100) / 100],
      // Over the label column like every other column, so Freeze knows it as ours and a frozen
      // sheet holds no formula at all; one more call, never one per row.
      formula: (a) =>
        `=ARRAYFORMULA(ROUND(CODER_SALARY(${a('state')},${a('years')},${a('cert')},${a('role')},${a('setting')})/${HOURS_PER_YEAR},2))`,
    });
  }
  if (c.columns.costOfLiving) {
    const to = c.costOfLivingTo;
    list.push({
      headers: [`In ${to.code} prices`],
      format: CURRENCY,
      varies: true,
      // What the live formula shows: COL_ADJUST's figure (to the cent), rounded to dollars.
      values: (inputs) => [Math.round(colAdjust(estimate(inputs), inputs.area.code, to.code) as number)],
      formula: (a, pay) => `=ARRAYFORMULA(ROUND(COL_ADJUST(${pay},${a('state')},${formulaString(to.code)}),0))`,
    });
  }
  if (c.columns.employment) {
    list.push({
      headers: ['Employment'],
      format: INTEGER,
      varies: byAreaAndRole,
      values: (inputs) => [publishedWages(inputs.role, inputs.area).values.employment ?? NOT_PUBLISHED],
      // Inside a range a missing figure is a "#N/A NO EMPLOYMENT…" text, which VALUE turns into an error.
      formula: (a) => `=ARRAYFORMULA(IFERROR(VALUE(STATE_WAGE(${a('state')},"employment",${a('role')})),"${NOT_PUBLISHED}"))`,
    });
  }
  if (c.columns.outlook) {
    const period = [c.fixed.role, ...rolesIn(c)].map(projectionOf).find((p) => p)?.period;
    list.push({
      // BLS projects employment for the nation only: the header says so on every sheet.
      headers: [`Projected growth ${period ? `${shortPeriod(period)} ` : ''}(national)`],
      format: PERCENT,
      varies: compared === 'role',
      values: (inputs) => [projectionOf(inputs.role)?.growth ?? NO_PROJECTION],
      formula: (a) => `=ARRAYFORMULA(IFERROR(VALUE(JOB_OUTLOOK(${a('role')},"growth")),"${NO_PROJECTION}"))`,
    });
  }
  return list;
}

function heldFixed(c: ValidatedComparison): string {
  const f = c.fixed;
  const parts: string[] = [];
  if (c.compare !== 'states') parts.push(`${isLocalArea(f.area) ? 'area' : 'state'} ${f.area.name}`);
  if (c.compare !== 'years') parts.push(`${f.years} years of experience`);
  if (c.compare !== 'credentials') parts.push(`credentials: ${f.credentials.map((x) => x.code).join(', ') || 'none'}`);
  if (c.compare !== 'roles') parts.push(`role: ${ROLE_LABELS[f.role.role].toLowerCase()}`);
  if (c.compare !== 'settings') parts.push(`setting: ${SETTING_LABELS[f.setting].toLowerCase()}`);
  return `Held fixed: ${parts.join('; ')}.`;
}

function rolesIn(c: ValidatedComparison): RoleInfo[] {
  return [...new Set(c.rows.map((r) => r.inputs.role))];
}

/** The line under the title: which releases the figures are as of, per role. */
function asOfLine(c: ValidatedComparison): string {
  const distributions = distributionsOf(c);
  const citations = rolesIn(c).map((role) =>
    distributionCitation(
      role,
      distributions.filter((d) => d.role === role),
    ),
  );
  return `As of ${citations.join('; ')}.`;
}

/** The distribution each row reads. */
function distributionsOf(c: ValidatedComparison): PayDistribution[] {
  return c.rows.map((r) => areaDistribution(r.inputs.role, r.inputs.area));
}

/** Whether the cells hold values or formulas; a line of its own, so each fits beside the sidebar. */
function kindLine(c: ValidatedComparison): string {
  const kind =
    c.output === 'values'
      ? 'Values computed by the Coding & Billing Pay add-on: they read the same without it.'
      : 'Live formulas: they need the Coding & Billing Pay add-on (Freeze formulas to values before sharing).';
  return `${kind} Sources below.`;
}

/**
 * Where a role's pay range is its median times national ratios. Said per role: in one state
 * the coder percentiles may be published while the technologist ones are not.
 */
function borrowedShapeNotes(c: ValidatedComparison): string[] {
  return rolesIn(c).flatMap((role) => {
    const areas = [...new Set(c.rows.filter((r) => r.inputs.role === role).map((r) => r.inputs.area))];
    const borrowed = areas.filter((area) => areaDistribution(role, area).basis === 'national-shape');
    if (borrowed.length === 0) return [];
    const shape = areaDistribution(role, borrowed[0]!).shapeFrom!;
    const where =
      borrowed.length > 1 && borrowed.length === areas.length
        ? 'every state shown'
        : borrowed.map((area) => (area.code === NATIONAL.code ? 'the nation' : area.code)).join(', ');
    const lender = Object.values(ROLES).find((r) => r.soc === shape.soc);
    const ratios =
      shape.soc === role.soc
        ? 'the national percentile ratios'
        : `the national percentile ratios of ${lender?.occupation ?? 'another occupation'} (${shape.soc}), as the bundled data has no national percentiles for ${role.occupation}`;
    return [
      `${ROLE_PLURALS[role.role]}: only the median is published for ${where}; the percentiles there are that median times ${ratios}.`,
    ];
  });
}

/**
 * Which price parity each area of the table takes (and the area its prices are expressed in):
 * the rule once for the areas with BEA's own, then every area that takes its state's instead.
 */
function parityNotes(c: ValidatedComparison): string[] {
  const areas = [...new Set([...c.rows.map((r) => r.inputs.area), c.costOfLivingTo])].filter(isLocalArea);
  const used = areas.map(priceParity);
  const year = used[0]?.year;
  const own = [
    ...(used.some((p) => p.basis === 'metropolitan') ? ['of the metropolitan area itself'] : []),
    ...(used.some((p) => p.basis === 'nonmetropolitan portion')
      ? ["of the state's nonmetropolitan portion for a nonmetropolitan area"]
      : []),
  ];
  return [
    ...(own.length > 0 ? [`Cost of living in an area uses BEA RPP ${year} ${own.join(', and ')}.`] : []),
    ...used.filter((p) => p.basis === 'state in place of the area').map((p) => `Cost of living: ${p.label}.`),
  ];
}

/** The sources block: only what this table uses, then the notes a reader needs. */
function sourceLines(c: ValidatedComparison): string[] {
  const distributions = distributionsOf(c);
  const lines = [
    'Sources',
    ...wageSourceLines(distributions),
    sourceText('credentials'),
    sourceText('setting'),
    ...(c.columns.costOfLiving ? [sourceText('cost of living')] : []),
    ...(c.columns.outlook ? [sourceText('outlook')] : []),
    'How each estimate is made: =CODER_SALARY_EXPLAIN(state, years, cert, role, setting) shows every step and its source.',
  ];
  lines.push(...borrowedShapeNotes(c));
  const areaNotes = areaQuartileNote(distributions);
  lines.push(...areaNotes);
  if (c.columns.costOfLiving) lines.push(...parityNotes(c));
  if (c.columns.hourly) lines.push(`Hourly equivalent = annual pay ÷ ${HOURS_TEXT} hours (52 weeks × 40 hours, the BLS convention).`);
  for (const role of rolesIn(c)) if (role.caveat) lines.push(`${ROLE_LABELS[role.role]}s: ${role.caveat}.`);
  return lines;
}

/** The label beside the figures shown once above the table. */
const SAME_FOR_EVERY_ROW = 'Same for every row';

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A live formula in the first cell of a figure; the cells it spills into stay empty. */
function spilled(formula: string, width: number): CellValue[] {
  return [formula, ...Array.from({ length: width - 1 }, () => '')];
}

/** Everything the new sheet gets, decided before the document lock is taken. */
interface ComparisonSheet {
  readonly cells: CellValue[][];
  readonly formats: string[][];
  readonly weights: ('bold' | 'normal')[][];
  readonly frozenRows: number;
  readonly widths: number[];
  readonly chart: BarChartSpec;
  /** The headers of the figures shown once, and row labels too long for one line (nonmetropolitan area titles). */
  readonly wraps: readonly GridRange[];
}

function layoutComparison(c: ValidatedComparison): ComparisonSheet {
  const all = figures(c);
  const table = all.filter((f) => f.varies);
  const fixed = all.filter((f) => !f.varies);
  const tableHeaders = table.flatMap((f) => f.headers);
  const fixedHeaders = fixed.flatMap((f) => f.headers);
  const width = 1 + Math.max(tableHeaders.length, fixedHeaders.length);
  const live = c.output === 'formulas';
  const longLabels = c.rows.some((row) => !fitsWidestColumn(row.label));

  // Title, as-of line, what is held fixed, and the figures the compared inputs cannot change.
  const fixedValues = fixed.flatMap((f) => f.values(c.fixed));
  const top: CellValue[][] = [[asCellText(c.title)], [asCellText(asOfLine(c))], [kindLine(c)], [heldFixed(c)]];
  const fixedRow = fixed.length > 0 ? top.length + 2 : 0;
  if (fixed.length > 0) {
    const heldArgument = (a: Argument) => literal(c.fixed, a);
    top.push(['', ...fixedHeaders]);
    top.push([SAME_FOR_EVERY_ROW, ...(live ? fixed.flatMap((f) => spilled(f.formula(heldArgument, ''), f.headers.length)) : fixedValues)]);
  }
  top.push([]);
  top.push([labelHeader(c), ...tableHeaders]);
  const headerRow = top.length;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + c.rows.length;

  // The table: labels, then one value per cell, or one formula per figure over the label column.
  const range = (column: number) => `${columnLetter(column)}${firstRow}:${columnLetter(column)}${lastRow}`;
  const tableArgument = (a: Argument) => (a === COMPARED[c.compare] ? range(1) : literal(c.fixed, a));
  const values = c.rows.map((row) => table.flatMap((f) => f.values(row.inputs)));
  const formulas = table.flatMap((f) => spilled(f.formula(tableArgument, range(2)), f.headers.length));
  const body = c.rows.map((row, i) => [asCellText(row.label), ...(live ? (i === 0 ? formulas : formulas.map(() => '')) : values[i]!)]);
  // Widths that show every header and value whole; the title, as-of, held-fixed and source
  // lines run on over the empty cells to their right, as text does in Sheets.
  const tableFormats = table.flatMap((f) => f.headers.map(() => f.format));
  const fixedFormats = fixed.flatMap((f) => f.headers.map(() => f.format));
  const widths = Array.from({ length: width }, (_, j) => {
    const texts: ColumnText[] = [];
    if (j === 0) {
      // A label too long for the widest column wraps onto two lines; the rest stay on one.
      texts.push({ text: labelHeader(c), bold: true }, ...c.rows.map((row) => ({ text: row.label, wraps: !fitsWidestColumn(row.label) })));
      if (fixed.length > 0) texts.push({ text: SAME_FOR_EVERY_ROW });
    } else {
      const k = j - 1;
      if (k < tableHeaders.length) {
        texts.push(
          { text: tableHeaders[k]!, bold: true },
          ...values.map((v) => ({ text: shownText(v[k] as string | number, tableFormats[k]!) })),
        );
      }
      // A header shown once wraps onto two lines rather than widen its column much.
      if (k < fixedHeaders.length) {
        texts.push(
          { text: fixedHeaders[k]!, bold: true, wraps: true },
          { text: shownText(fixedValues[k] as string | number, fixedFormats[k]!) },
        );
      }
    }
    return fittedWidth(texts);
  });

  // The chart, and the sources under both the table and a chart beside it (their lines run on
  // to the right, where the chart would hide them).
  const tableColumns = 1 + tableHeaders.length;
  const tablePixels = widths.slice(0, tableColumns).reduce((a, b) => a + b, 0);
  const room = VISIBLE_WIDTH - tablePixels - CHART_GAP;
  const beside = room >= CHART_MIN_WIDTH;
  // The chart goes beside the table only when both fit in the window, otherwise under the sources.
  const chartHeight = barChartHeight(c.rows.length);
  const sourcesTop = Math.max(lastRow + 2, beside ? firstRow + rowsCovered(chartHeight) + 1 : 0);
  const sources = sourceLines(c);
  const pad = (cells: CellValue[]): CellValue[] => [...cells, ...Array.from({ length: width - cells.length }, () => '')];
  const gap = Array.from({ length: sourcesTop - lastRow - 1 }, (): CellValue[] => []);
  const cells = [...top, ...body, ...gap, ...sources.map((line) => [asCellText(line)])].map(pad);
  const chart: BarChartSpec = {
    title: `${c.title}: estimated annual pay`,
    labels: { row: firstRow, column: 1, rows: c.rows.length, columns: 1 },
    values: { row: firstRow, column: 2, rows: c.rows.length, columns: 1 },
    anchorRow: beside ? firstRow : cells.length + 2,
    anchorColumn: beside ? tableColumns + 1 : 1,
    offsetX: beside ? CHART_GAP : 0,
    width: Math.min(CHART_WIDTH, beside ? room : VISIBLE_WIDTH),
    height: chartHeight,
  };

  const formats = cells.map((_, r) => {
    const row = r + 1;
    const rowFormats = row === fixedRow ? fixedFormats : row >= firstRow && row <= lastRow ? tableFormats : [];
    return Array.from({ length: width }, (_, j) => (j > 0 ? (rowFormats[j - 1] ?? 'General') : 'General'));
  });
  const boldRows = new Set([1, headerRow, sourcesTop, ...(fixedRow ? [fixedRow - 1] : [])]);
  const weights = cells.map((_, r) => Array.from({ length: width }, (): 'bold' | 'normal' => (boldRows.has(r + 1) ? 'bold' : 'normal')));
  const wraps = [
    ...(fixedRow ? [{ row: fixedRow - 1, column: 2, rows: 1, columns: fixedHeaders.length }] : []),
    ...(longLabels ? [{ row: firstRow, column: 1, rows: c.rows.length, columns: 1 }] : []),
  ];
  return { cells, formats, weights, frozenRows: headerRow, widths, chart, wraps };
}

/** Builds the comparison on a new sheet; never touches an existing one. */
export function buildComparison(workbook: Workbook, request: ComparisonRequest): BuildResult {
  const c = validateComparison(request);
  const layout = layoutComparison(c);
  return workbook.withDocumentLock(() => {
    const sheet = workbook.insertSheet(uniqueSheetName(c.title, workbook.sheetNames()));
    sheet.setNumberFormats(1, 1, layout.formats);
    sheet.setValues(1, 1, layout.cells);
    sheet.setFontWeights(1, 1, layout.weights);
    for (const range of layout.wraps) sheet.setWrap(range);
    sheet.setFrozenRows(layout.frozenRows);
    sheet.setColumnWidths(1, layout.widths);
    sheet.addBarChart(layout.chart);
    workbook.activate(sheet);
    const rows = c.rows.length;
    const message = `Built "${sheet.name}": ${rows} rows${c.output === 'formulas' ? ' of live formulas' : ''}.`;
    workbook.toast(message, 'Coding & Billing Pay');
    return { sheetName: sheet.name, rows, message };
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

/**
 * The metropolitan and nonmetropolitan areas BLS defines in the latest year, with each role's
 * published median where the data has one, for the sidebar's area lists and top/bottom 10.
 */
export function areaChoices(): AreaChoices {
  const areas = areasIn(NATIONAL);
  const roles = Object.values(ROLES).filter((role) => hasAreaFigures(role.soc));
  const choices: AreaChoice[] = areas.map((area) => ({
    code: area.code,
    name: area.name,
    kind: area.kind === 'nonmetropolitan' ? 'nonmetropolitan' : 'metropolitan',
    states: [...area.states],
    medians: Object.fromEntries(
      roles.flatMap((role) => {
        const wages = wagesOrWhyNot(role, area);
        const median = typeof wages === 'string' ? undefined : wages.values.annual_median;
        return median === undefined ? [] : [[role.role, median]];
      }),
    ),
  }));
  return { year: Math.max(...areas.map(lastYear)), areas: choices };
}
