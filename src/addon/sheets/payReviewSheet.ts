/**
 * The "Pay review" sheet: a roster in, each person's market position out, on a new sheet (the
 * roster is only read). Title and as-of line, the inputs held, a summary block, one row per
 * roster row (the inputs as read, PAY_REVIEW's five figures, the raise to each person's own
 * market estimate, the local median as context, notes), conditional formatting on the flags, a
 * chart of compa-ratios, and sources. The names stay in view (frozen columns) while the figures
 * scroll, and a long note wraps inside its column rather than running off the screen.
 *
 * The figures are PAY_REVIEW's and STATE_WAGE's own answers over the input columns, so a sheet
 * of values reads exactly as the live formulas would; with live formulas each computed column
 * is one range formula over those columns (PAY_REVIEW spills its five), and the summary
 * formulas read the table.
 *
 * Spreadsheet calls do not grow with the roster: one read of values, formulas and merged
 * cells, then one setValues, one call per kind of format, one set of conditional formats,
 * one chart, a width per run of equal widths.
 */
import { areaLabel, parseArea } from '../../core/places/areas';
import { REMOTE_WORK_NOTE } from '../../core/places/remoteWork';
import { parseRole, ROLES, type RoleInfo } from '../../core/pay/roles';
import { areaDistribution, type PayDistribution } from '../../core/pay/distribution';
import { areaQuartileNote, sourceText, wageSourceLines, yearsOf, yearsRead } from '../../core/sources/citations';
import { COMPA_RATIO_BANDS, inCompaBand, raiseToEstimate, summariseTeam, type ReviewedPay } from '../../core/team/payReview';
import { cellText, type CellOutput } from '../../sheets/cells';
import { payReview, stateWage } from '../../sheets/customFunctions';
import { plain, text } from './comparison';
import { RequestError } from '../requestError';
import { FIELD_LABELS, HOURS_TEXT, MAX_ROSTER_COLUMNS, MAX_ROSTER_ROWS, ROSTER_FIELDS, rosterRows, type RosterRow } from '../roster/roster';
import type { BuildResult, PayReviewRequest, RosterField } from '../requests';
import {
  columnLetters,
  sheetA1Notation,
  type BarChartSpec,
  type CellValue,
  type ConditionalFormat,
  type GridRange,
  type Workbook,
} from '../workbook/workbook';
import { asCellText, uniqueSheetName } from '../workbook/sheetText';
import { fittedWidth, shownText, textWidth, type ColumnText } from '../workbook/columnWidths';
import { CHART_GAP, CHART_WIDTH, VISIBLE_WIDTH, barChartHeight, rowsCovered } from './chartLayout';

const TITLE = 'Pay review';
const ADDON = 'Coding & Billing Pay';
const CURRENCY = '$#,##0';
const CURRENCY_CENTS = '$#,##0.00';
const PERCENT = '0.0%';
const RATIO = '0.00';
/** Beyond this many rows a bar per person is unreadable: the chart counts people per compa-ratio band. */
export const PER_PERSON_CHART_LIMIT = 50;
const BAND_HEADERS = ['Compa-ratio band', 'Number of people'] as const;

const FLAG_COLOURS: readonly { readonly flag: string; readonly background: string; readonly fontColor: string }[] = [
  { flag: 'below p25', background: '#fce8e6', fontColor: '#a50e0e' },
  { flag: 'above p90', background: '#fef7e0', fontColor: '#7a4f01' },
];
const ERROR_COLOUR = '#d93025';

interface ValidatedReview {
  readonly sheetName: string;
  readonly range: GridRange;
  readonly headers: readonly string[];
  readonly fields: readonly (RosterField | null)[];
  readonly area?: string;
  readonly output: 'values' | 'formulas';
}

function wholeNumber(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new RequestError(`${what} must be a whole number from ${min} to ${max}: read the roster again.`);
  return value;
}

/** Re-validates the request: the sidebar is not trusted. */
export function validatePayReview(request: PayReviewRequest): ValidatedReview {
  if (typeof request !== 'object' || request === null) throw new RequestError('The request is empty.');
  const sheetName = text(request.sheetName, 'The roster sheet', 100);
  if (sheetName === '') throw new RequestError('Select the roster and press Read selection first.');
  const r = (typeof request.range === 'object' && request.range !== null ? request.range : {}) as Record<string, unknown>;
  const range: GridRange = {
    row: wholeNumber(r.row, 'The roster’s first row', 1, 10_000_000),
    column: wholeNumber(r.column, 'The roster’s first column', 1, 18_278),
    rows: wholeNumber(r.rows, 'The roster’s height', 2, MAX_ROSTER_ROWS + 1),
    columns: wholeNumber(r.columns, 'The roster’s width', 1, MAX_ROSTER_COLUMNS),
  };
  const headers = Array.isArray(request.headers) ? request.headers : [];
  const given = Array.isArray(request.fields) ? request.fields : [];
  if (headers.length !== range.columns || given.length !== range.columns)
    throw new RequestError('The columns do not match the roster read: press Read selection again.');
  const fields = given.map((f): RosterField | null => {
    if (f === '' || f === null) return null;
    if (!ROSTER_FIELDS.includes(f)) throw new RequestError('Choose what each column holds from the list.');
    return f;
  });
  for (const field of ROSTER_FIELDS) {
    if (field !== 'name' && fields.filter((f) => f === field).length > 1)
      throw new RequestError(`Two columns are set to ${FIELD_LABELS[field]}: choose it for one column only.`);
  }
  const pays = fields.filter((f) => f === 'annualPay' || f === 'hourlyRate').length;
  if (pays === 0) throw new RequestError('Choose the pay column: Annual pay or Hourly rate.');
  if (pays > 1) throw new RequestError('Two columns are set to pay: choose Annual pay or Hourly rate for one column only.');
  if (!fields.includes('years')) throw new RequestError('Choose the column with each person’s years of experience.');
  let area: string | undefined;
  if (!fields.includes('location')) {
    area = text(request.area, 'The location').trim();
    if (area === '') throw new RequestError('Choose the location column, or where everyone works.');
    area = plain('Location', () => parseArea(area!, 'area')).code;
  }
  return {
    sheetName,
    range,
    headers: headers.map((h, j) => text(h, `Header ${j + 1}`)),
    fields,
    ...(area ? { area } : {}),
    output: request.output === 'formulas' ? 'formulas' : 'values',
  };
}

/** One column of the review table. */
interface TableColumn {
  readonly header: string;
  readonly format: string;
  /** The input cells it holds (input columns only). */
  readonly input?: (row: RosterRow) => CellValue;
}

/** A text a person typed lands as that text; numbers and dates stay what they are. */
function asCell(value: CellValue): CellValue {
  return typeof value === 'string' ? asCellText(value) : value;
}

function inputColumns(v: ValidatedReview): TableColumn[] {
  const hourly = v.fields.includes('hourlyRate');
  const columns: TableColumn[] = [{ header: 'Roster row', format: 'General', input: (r) => `Row ${r.rosterRow}` }];
  if (v.fields.includes('name')) columns.push({ header: 'Name', format: 'General', input: (r) => asCellText(r.name) });
  columns.push(
    { header: 'Location', format: 'General', input: (r) => asCell(r.location) },
    { header: 'Years', format: 'General', input: (r) => asCell(r.years) },
    { header: 'Credentials', format: 'General', input: (r) => asCell(r.credentials) },
    { header: 'Role', format: 'General', input: (r) => asCell(r.role) },
    { header: 'Setting', format: 'General', input: (r) => asCell(r.setting) },
  );
  if (hourly) {
    columns.push({ header: 'Hourly rate', format: CURRENCY_CENTS, input: (r) => asCell(r.hourly) });
  }
  columns.push({
    header: hourly ? `Annual pay (hourly × ${HOURS_TEXT})` : 'Annual pay',
    format: CURRENCY,
    input: (r) => asCell(r.pay),
  });
  return columns;
}

const COMPUTED: readonly TableColumn[] = [
  { header: 'Market estimate', format: CURRENCY },
  { header: 'Pay percentile', format: PERCENT },
  { header: 'Gap to estimate', format: CURRENCY },
  { header: 'Compa-ratio', format: RATIO },
  { header: 'Flag', format: 'General' },
  { header: 'Local median', format: CURRENCY },
  // After the median: a bad row's error text there runs on over the empty raise cell.
  { header: 'Raise to market estimate', format: CURRENCY },
  { header: 'Notes', format: 'General' },
];

/** The rows' figures exactly as the live formulas would show them. */
function computedValues(rows: readonly RosterRow[], column: (pick: (r: RosterRow) => CellValue) => CellValue[][]) {
  const review = payReview(
    column((r) => r.pay),
    column((r) => r.location),
    column((r) => r.years),
    column((r) => r.credentials),
    column((r) => r.role),
    column((r) => r.setting),
  );
  const medians = stateWage(
    column((r) => r.location),
    'median',
    column((r) => r.role),
  ) as CellOutput[][];
  return rows.map((row, i) => {
    const [estimate, percentile, gap, compa, flag] = review[i]!;
    const median = medians[i]![0]!;
    // No raise line for anyone paid at or above their own estimate.
    const raise =
      typeof compa === 'number' && typeof estimate === 'number' ? (raiseToEstimate({ pay: row.pay as number, estimate }) ?? '') : '';
    return { figures: [estimate!, percentile!, gap!, compa!, flag!, median, raise] as CellValue[], reviewed: typeof compa === 'number' };
  });
}

/** Why a person's row shows an error: the reading problem, or what a single PAY_REVIEW call says. */
function personNote(row: RosterRow): string | undefined {
  if (row.problem) return row.problem;
  try {
    payReview(row.pay, row.location, row.years, row.credentials, row.role, row.setting);
    return undefined;
  } catch (error) {
    return `Not reviewed: ${(error instanceof Error ? error.message : String(error)).replace(/^PAY_REVIEW: /, '')}`;
  }
}

/** The roles of the people read, in the product's order (coder, biller, technologist). */
function rolesUsed(rows: readonly RosterRow[]): RoleInfo[] {
  const roles = new Set<RoleInfo>();
  for (const row of rows) {
    if (row.kind !== 'person') continue;
    try {
      roles.add(parseRole(cellText(row.role)));
    } catch {
      // A role the model does not know is that row's own error.
    }
  }
  const ordered = Object.values(ROLES).filter((role) => roles.has(role));
  return ordered.length > 0 ? ordered : [ROLES.coder];
}

/** The local distributions of the people reviewed: their pages are the wage sources. */
function distributionsUsed(rows: readonly RosterRow[]): PayDistribution[] {
  const used = new Set<PayDistribution>();
  for (const row of rows) {
    if (row.kind !== 'person') continue;
    try {
      used.add(areaDistribution(parseRole(cellText(row.role)), parseArea(cellText(row.location))));
    } catch {
      // The row's own error.
    }
  }
  return [...used];
}

/** Everything the new sheet gets, decided before the document lock is taken. */
interface ReviewLayout {
  readonly cells: CellValue[][];
  readonly formats: string[][];
  readonly weights: ('bold' | 'normal')[][];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** The Notes column of the table, wrapped. */
  readonly notes: GridRange;
  readonly widths: number[];
  readonly chart: BarChartSpec;
  readonly conditionalFormats: ConditionalFormat[];
  readonly people: number;
  readonly reviewed: number;
  readonly notReviewed: number;
}

function layoutReview(v: ValidatedReview, rows: readonly RosterRow[]): ReviewLayout {
  const headerOf = (field: RosterField) => {
    const j = v.fields.indexOf(field);
    return j < 0 ? undefined : v.headers[j];
  };
  const inputs = inputColumns(v);
  const columns = [...inputs, ...COMPUTED];
  const width = columns.length;
  const col = (header: string) => columns.findIndex((c) => c.header === header || c.header.startsWith(`${header} (`)) + 1;
  const payCol = inputs.length;
  const estimateCol = payCol + 1;
  const compaCol = estimateCol + 3;
  const flagCol = estimateCol + 4;
  const raiseCol = estimateCol + 6;
  const notesCol = estimateCol + 7;
  const live = v.output === 'formulas';

  const computed = computedValues(rows, (pick) => rows.map((r) => [pick(r)]));
  const notes = rows.map((row, i) => {
    const own = row.kind === 'person' && !computed[i]!.reviewed ? personNote(row) : undefined;
    return [...row.notes, ...(own ? [own] : [])].join(' ');
  });
  const people = rows.filter((r) => r.kind === 'person').length;
  const reviewedPeople: ReviewedPay[] = [];
  computed.forEach((c, i) => {
    if (!c.reviewed) return;
    const [estimate, , , compa, flag] = c.figures as [number, number, number, number, string];
    reviewedPeople.push({ pay: rows[i]!.pay as number, estimate, compaRatio: compa, flag });
  });
  const summary = summariseTeam(reviewedPeople);
  const notReviewed = rows.filter((r) => r.kind === 'skipped').length + people - summary.reviewed;

  // --- Top: title, as-of, what the cells hold, the inputs held, the summary. ---
  const roles = rolesUsed(rows);
  const distributions = distributionsUsed(rows);
  const top: CellValue[][] = [
    [TITLE],
    [asOfLine(roles, distributions)],
    [
      live
        ? `Live formulas: they need the ${ADDON} add-on (Freeze formulas to values before sharing). Sources below.`
        : `Values computed by the ${ADDON} add-on: they read the same without it. Sources below.`,
    ],
    [readLine(v, people, notReviewed)],
    [],
  ];
  const summaryTop = top.length + 1;
  const tableTop = summaryTop + 5 + 1; // five summary lines, a blank line, then the header row
  const firstRow = tableTop + 1;
  const lastRow = firstRow + rows.length - 1;
  const span = (column: number) => `${columnLetters(column)}${firstRow}:${columnLetters(column)}${Math.max(lastRow, firstRow)}`;

  const summaryLines: [string, CellValue, string][] = [
    ['People reviewed', live ? `=COUNT(${span(compaCol)})` : summary.reviewed, '0'],
    [
      'Team median compa-ratio (pay ÷ market estimate)',
      live ? `=IFERROR(MEDIAN(${span(compaCol)}),"")` : (summary.medianCompaRatio ?? ''),
      RATIO,
    ],
    ['Paid below their local 25th percentile', live ? `=COUNTIF(${span(flagCol)},"below p25")` : summary.belowP25, '0'],
    ['Paid above their local 90th percentile', live ? `=COUNTIF(${span(flagCol)},"above p90")` : summary.aboveP90, '0'],
    [
      'Annual cost of bringing everyone below their market estimate up to it',
      live ? `=SUM(${span(raiseCol)})` : summary.costToEstimate,
      CURRENCY,
    ],
  ];

  // --- The table. ---
  const inputCell = (row: RosterRow, c: TableColumn): CellValue =>
    row.kind === 'person' || c.header === 'Roster row' || c.header === 'Name' ? c.input!(row) : '';
  const reference = (column: number) => span(column);
  const locationCol = col('Location');
  const yearsCol = col('Years');
  const credentialsCol = col('Credentials');
  const roleCol = col('Role');
  const settingCol = col('Setting');
  const liveFigures = (i: number): CellValue[] => {
    if (i > 0) return ['', '', '', '', '', '', ''];
    const args = [payCol, locationCol, yearsCol, credentialsCol, roleCol, settingCol].map(reference).join(',');
    const [pay, estimate] = [reference(payCol), reference(estimateCol)];
    return [
      `=PAY_REVIEW(${args})`,
      '',
      '',
      '',
      '',
      `=STATE_WAGE(${reference(locationCol)},"median",${reference(roleCol)})`,
      `=ARRAYFORMULA(IF(ISNUMBER(${reference(compaCol)}),IF(${pay}<${estimate},ROUND(${estimate}-${pay},2),""),""))`,
    ];
  };
  const tableRows = rows.map((row, i) => [
    ...inputs.map((c) => inputCell(row, c)),
    ...(live ? liveFigures(i) : computed[i]!.figures),
    asCellText(notes[i]!),
  ]);

  // Widths that show every header and figure whole; names and notes up to a limit, past which
  // a note wraps onto more lines inside its column (a bad row's whole message stays on screen
  // instead of running off to the right). A bad row's # text is left out: the cells to its
  // right are empty, so it runs on over them.
  const shownRows = rows.map((row, i) => [...inputs.map((c) => inputCell(row, c)), ...computed[i]!.figures, notes[i]!]);
  const perPerson = rows.length <= PER_PERSON_CHART_LIMIT;
  const bandTexts: ColumnText[][] = perPerson
    ? []
    : [
        [{ text: BAND_HEADERS[0], bold: true }, ...COMPA_RATIO_BANDS.map((band) => ({ text: band.label }))],
        [{ text: BAND_HEADERS[1], bold: true }],
      ];
  const measured = (cell: CellValue, j: number): boolean => !(j >= inputs.length && typeof cell === 'string' && cell.startsWith('#'));
  const widths = columns.map((c, j) =>
    fittedWidth([
      { text: c.header, bold: true },
      ...(bandTexts[j] ?? []),
      ...shownRows.flatMap((cells): ColumnText[] =>
        measured(cells[j]!, j)
          ? [{ text: shownText(cells[j] instanceof Date ? cellText(cells[j]) : (cells[j] as string | number), c.format) }]
          : [],
      ),
    ]),
  );
  // The summary's figures stand in the first column its labels leave free, the pay column at the earliest.
  const labelWidth = Math.max(...summaryLines.map(([label]) => textWidth(label))) + 12;
  let valueCol = payCol;
  while (valueCol < width && widths.slice(0, valueCol - 1).reduce((a, b) => a + b, 0) < labelWidth) valueCol++;

  // --- Under the table: the chart (and for a large team, the bands it counts), then sources. ---
  const belowTable = lastRow + 2;
  const bandRows: CellValue[][] = perPerson
    ? []
    : [
        [...BAND_HEADERS],
        ...COMPA_RATIO_BANDS.map((band) => [
          band.label,
          live
            ? `=COUNTIFS(${[
                ...(band.from === undefined ? [] : [`">=${band.from}"`]),
                ...(band.below === undefined ? [] : [`"<${band.below}"`]),
              ]
                .map((condition) => `${span(compaCol)},${condition}`)
                .join(',')})`
            : reviewedPeople.filter((p) => inCompaBand(p.compaRatio, band)).length,
        ]),
      ];
  const labelColumn = v.fields.includes('name') ? 2 : 1;
  const chartBars = perPerson ? rows.length : COMPA_RATIO_BANDS.length;
  const chartHeight = barChartHeight(chartBars);
  const chartRows = rowsCovered(chartHeight);
  // Beside the bands, in what the window leaves of their two columns.
  const besideBands = VISIBLE_WIDTH - widths[0]! - widths[1]! - CHART_GAP;
  const chart: BarChartSpec = perPerson
    ? {
        title: 'Compa-ratio by person (pay ÷ market estimate)',
        labels: { row: firstRow, column: labelColumn, rows: Math.max(rows.length, 1), columns: 1 },
        values: { row: firstRow, column: compaCol, rows: Math.max(rows.length, 1), columns: 1 },
        anchorRow: belowTable,
        anchorColumn: 1,
        offsetX: 0,
        width: Math.min(CHART_WIDTH, VISIBLE_WIDTH),
        height: chartHeight,
      }
    : {
        title: 'People by compa-ratio band',
        labels: { row: belowTable + 1, column: 1, rows: COMPA_RATIO_BANDS.length, columns: 1 },
        values: { row: belowTable + 1, column: 2, rows: COMPA_RATIO_BANDS.length, columns: 1 },
        anchorRow: belowTable,
        anchorColumn: 3,
        offsetX: CHART_GAP,
        width: Math.min(CHART_WIDTH, besideBands),
        height: chartHeight,
      };
  const sourcesTop = belowTable + Math.max(bandRows.length, chartRows) + 1;
  const held = inputLines(v, headerOf);
  const sources = sourceLines(distributions, roles);

  const pad = (cells: CellValue[]): CellValue[] => [...cells, ...Array.from({ length: Math.max(0, width - cells.length) }, () => '')];
  const cells: CellValue[][] = [...top.map(pad)];
  const formats: string[][] = top.map(() => pad([]).map(() => 'General'));
  for (const [label, value, format] of summaryLines) {
    const line = pad([label]);
    line[valueCol - 1] = value;
    cells.push(line);
    formats.push(line.map((_, j) => (j === valueCol - 1 ? format : 'General')));
  }
  cells.push(pad([]));
  formats.push(pad([]).map(() => 'General'));
  cells.push(columns.map((c) => c.header));
  formats.push(columns.map(() => 'General'));
  for (const row of tableRows) {
    cells.push(row);
    formats.push(columns.map((c) => c.format));
  }
  while (cells.length < belowTable - 1) {
    cells.push(pad([]));
    formats.push(pad([]).map(() => 'General'));
  }
  for (let k = 0; cells.length < sourcesTop - 1; k++) {
    cells.push(pad(bandRows[k] ?? []));
    formats.push(pad([]).map(() => 'General'));
  }
  for (const line of [...held, '', ...sources]) {
    cells.push(pad([asCellText(line)]));
    formats.push(pad([]).map(() => 'General'));
  }
  const bold = new Set([1, tableTop, sourcesTop, sourcesTop + held.length + 1, ...(bandRows.length > 0 ? [belowTable] : [])]);
  const weights = cells.map((_, r) => cells[r]!.map((): 'bold' | 'normal' => (bold.has(r + 1) ? 'bold' : 'normal')));

  const table = (column: number): GridRange => ({ row: firstRow, column, rows: Math.max(rows.length, 1), columns: 1 });
  const conditionalFormats: ConditionalFormat[] = [
    ...FLAG_COLOURS.map((c) => ({ range: table(flagCol), when: { textEquals: c.flag }, background: c.background, fontColor: c.fontColor })),
    { range: table(estimateCol), when: { textStartsWith: '#' }, fontColor: ERROR_COLOUR },
  ];
  return {
    cells,
    formats,
    weights,
    frozenRows: tableTop,
    // Roster row and name stay in view while the figures scroll.
    frozenColumns: labelColumn,
    notes: table(notesCol),
    widths,
    chart,
    conditionalFormats,
    people,
    reviewed: summary.reviewed,
    notReviewed,
  };
}

/**
 * The wage releases behind the figures, grouped: "As of BLS OEWS May 2025 (SOC 29-2072, 43-3021) …":
 * the years of the records the people's figures read (an area's latest median may be older than
 * its state's), or the role's years when nobody in it was reviewed.
 */
function asOfLine(roles: readonly RoleInfo[], distributions: readonly PayDistribution[]): string {
  const bySpan = new Map<string, string[]>();
  for (const role of roles) {
    const read = distributions.filter((d) => d.role === role);
    const years = read.length > 0 ? yearsRead(read) : yearsOf(role);
    bySpan.set(years, [...(bySpan.get(years) ?? []), role.soc]);
  }
  return `As of BLS OEWS wage estimates, ${[...bySpan].map(([years, socs]) => `${years} (SOC ${socs.join(', ')})`).join('; ')}.`;
}

function readLine(v: ValidatedReview, people: number, notReviewed: number): string {
  const skipped = notReviewed > 0 ? `; ${notReviewed} ${notReviewed === 1 ? 'row' : 'rows'} not reviewed (reasons in Notes)` : '';
  return `${people} ${people === 1 ? 'person' : 'people'} read from ${sheetA1Notation(v.sheetName, v.range)}, which is not changed${skipped}. Inputs held and sources under the table.`;
}

/** Where each input came from, one line each, under the table. */
function inputLines(v: ValidatedReview, headerOf: (field: RosterField) => string | undefined): string[] {
  const from = (field: RosterField, otherwise: string, blank = '') => {
    const header = headerOf(field);
    return header === undefined ? otherwise : `the column "${header}"${blank}`;
  };
  const hourly = headerOf('hourlyRate');
  return [
    'Inputs held',
    hourly
      ? `Pay: the column "${hourly}" × ${HOURS_TEXT} hours (52 weeks × 40 hours, the BLS convention).`
      : `Pay: the column "${headerOf('annualPay')}", annual.`,
    `Location: ${v.area ? `everyone in ${areaLabel(parseArea(v.area))}; no location column` : from('location', '')}. ${REMOTE_WORK_NOTE}`,
    `Years of experience: ${from('years', '')}.`,
    `Credentials: ${from('credentials', 'no column; everyone is reviewed as non-certified')}.`,
    `Role: ${from('role', 'no column; everyone is reviewed as a medical coder', ', titles read as coder, biller or health information technologist / medical registrar (blank: coder)')}.`,
    `Setting: ${from('setting', 'no column; any setting', ' (blank: any setting)')}.`,
  ];
}

function sourceLines(distributions: readonly PayDistribution[], roles: readonly RoleInfo[]): string[] {
  const lines = [
    'Sources',
    ...wageSourceLines(distributions),
    sourceText('credentials'),
    sourceText('setting'),
    'Market estimate: CODER_SALARY for each person’s area, years, credentials, role and setting.',
    'Every step of an estimate and its source: =CODER_SALARY_EXPLAIN(area, years, cert, role, setting).',
    'Percentile, flags and local median: the role’s BLS pay distribution in the area, all levels together (PAY_PERCENTILE, STATE_WAGE).',
    'Compa-ratio = annual pay ÷ market estimate: 1.00 is pay at the estimate.',
  ];
  const borrowed = [...new Set(distributions.filter((d) => d.basis === 'national-shape').map((d) => d.area.code))];
  if (borrowed.length > 0) {
    lines.push(
      `Only the median is published for ${borrowed.join(', ')}: percentiles and flags there use that median times the national ratios.`,
    );
  }
  lines.push(...areaQuartileNote(distributions));
  for (const role of roles) if (role.caveat) lines.push(`${role.plural}: ${role.caveat}.`);
  return lines;
}

/** Builds the review on a new sheet; reads the roster, never writes to it. */
export function buildPayReview(workbook: Workbook, request: PayReviewRequest): BuildResult {
  const v = validatePayReview(request);
  const block = workbook.readBlock(v.sheetName, v.range);
  if (!block) throw new RequestError(`No sheet named "${v.sheetName}" any more: select the roster and press Read selection again.`);
  const now = block.values[0]!.map((h) => cellText(h).trim());
  if (now.some((h, j) => h !== v.headers[j]!.trim()))
    throw new RequestError('The roster’s headers changed since it was read: press Read selection again.');
  const rows = rosterRows(block, { fields: v.fields, ...(v.area ? { area: v.area } : {}) });
  const layout = layoutReview(v, rows);
  return workbook.withDocumentLock(() => {
    const sheet = workbook.insertSheet(uniqueSheetName(TITLE, workbook.sheetNames()));
    sheet.setNumberFormats(1, 1, layout.formats);
    sheet.setValues(1, 1, layout.cells);
    sheet.setFontWeights(1, 1, layout.weights);
    sheet.setFrozenRows(layout.frozenRows);
    sheet.setFrozenColumns(layout.frozenColumns);
    sheet.setColumnWidths(1, layout.widths);
    sheet.setWrap(layout.notes);
    sheet.setConditionalFormats(layout.conditionalFormats);
    sheet.addBarChart(layout.chart);
    workbook.activate(sheet);
    const skipped = layout.notReviewed > 0 ? `, ${layout.notReviewed} not reviewed (see Notes)` : '';
    const message = `Built "${sheet.name}": ${layout.reviewed} of ${layout.people} ${layout.people === 1 ? 'person' : 'people'} reviewed${skipped}${v.output === 'formulas' ? ', as live formulas' : ''}.`;
    workbook.toast(message, ADDON);
    return { sheetName: sheet.name, rows: rows.length, message };
  });
}
