/**
 * Reading a team roster from the sheet: which column holds what (by the header names people
 * use), and each row as the inputs of one pay review, with a reason for every row that is not
 * a person. Nothing here writes: the roster is never touched.
 *
 * What rosters hold besides people, and what becomes of it (every roster row is accounted for):
 * - a blank line stays a blank line;
 * - a totals row (a SUM-like formula over a range, or a first cell reading "Total") and a
 *   repeated header row are not reviewed, with the reason;
 * - a merged cell down one column (a location given once for several people) counts for every
 *   row it covers, as it reads; a merged block across the columns the review reads is a heading;
 * - a formula counts by the value it shows, and a note says so; a formula error is a bad value;
 * - text in a number column is the row's own error, the other rows still compute.
 */
import { roleFromTitle } from '../../core/pay/roles';
import { InputError } from '../../core/inputError';
import { cellNumber, cellText, isBlank } from '../../sheets/cells';
import { errorMessage } from '../../sheets/broadcast';
import { RequestError } from '../requestError';
import { HOURS_PER_YEAR } from '../../core/pay/wageStatistics';
import type { RosterColumn, RosterField, RosterPreview } from '../requests';
import { a1Notation, sheetA1Notation, type BlockContents, type CellValue, type GridRange, type Workbook } from '../workbook/workbook';

/** People in one review: far more than a practice has, well inside an Apps Script run. */
export const MAX_ROSTER_ROWS = 10_000;
export const MAX_ROSTER_COLUMNS = 40;
const MAX_HEADER = 100;

// Thousands separators by hand: text must not depend on the runtime's locale data.
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
export const HOURS_TEXT = thousands(HOURS_PER_YEAR);

export const FIELD_LABELS: Readonly<Record<RosterField, string>> = {
  name: 'Name',
  location: 'Location',
  years: 'Years of experience',
  credentials: 'Credentials',
  role: 'Role or title',
  setting: 'Work setting',
  annualPay: 'Annual pay',
  hourlyRate: `Hourly rate (× ${HOURS_TEXT} h)`,
};
export const ROSTER_FIELDS = Object.keys(FIELD_LABELS) as RosterField[];

/**
 * Header words people use for each field, tried in this order: "Hourly pay" is an hourly
 * rate before it is pay, "Years in role" is years before it is a role, "Employee state" a
 * location before a name.
 */
const HEADER_WORDS: readonly (readonly [RosterField, RegExp])[] = [
  ['hourlyRate', /\bhourly\b|\bper hour\b|\/ ?(hr|hour)\b/],
  ['annualPay', /\b(pay|salary|salaries|annual|yearly|wages?|compensation|comp|earnings|income)\b/],
  ['years', /\b(years|yrs?|experience|exp|tenure|seniority)\b/],
  ['credentials', /\b(credentials?|certs?|certifications?|certified|licen[cs]es?)\b/],
  ['setting', /\b(setting|facility|site type)\b/],
  ['role', /\b(role|title|job|position|occupation)\b/],
  ['location', /\b(location|city|state|area|metro|region|town|st)\b/],
  ['name', /\b(name|employee|staff|person|member|worker)\b/],
];

/** A rate that may be hourly or annual: asked, not guessed. */
const AMBIGUOUS_PAY = /\brate\b/;

function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}

/** The field a header names, if it names one. */
export function headerField(header: string): RosterField | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  const hourly = HEADER_WORDS[0]!;
  if (hourly[1].test(key)) return 'hourlyRate';
  if (AMBIGUOUS_PAY.test(key) && !/\b(annual|yearly|salary)\b/.test(key)) return undefined;
  return HEADER_WORDS.find(([, words]) => words.test(key))?.[0];
}

const isPay = (field: RosterField | null | undefined): boolean => field === 'annualPay' || field === 'hourlyRate';

/** Each field from its first column; several name columns (first and last name) all count. */
export function matchColumns(headers: readonly string[], firstColumn: number, empty: readonly boolean[]): RosterColumn[] {
  const taken = new Set<RosterField>();
  return headers.map((header, j) => {
    const shown = header.length > MAX_HEADER ? `${header.slice(0, MAX_HEADER - 1)}…` : header;
    const base = { column: firstColumn + j, header: shown, empty: empty[j] === true };
    const field = headerField(header);
    if (!field) {
      const note =
        header.trim() === '' ? undefined : AMBIGUOUS_PAY.test(headerKey(header)) ? 'annual pay or an hourly rate?' : 'not recognised';
      return { ...base, field: null, ...(note && !base.empty ? { note } : {}) };
    }
    const clash = field !== 'name' && (taken.has(field) || (isPay(field) && (taken.has('annualPay') || taken.has('hourlyRate'))));
    if (clash) return { ...base, field: null, note: `another column already holds ${isPay(field) ? 'the pay' : FIELD_LABELS[field]}` };
    taken.add(field);
    return { ...base, field };
  });
}

/** The roster block: the selection, or the sheet's data when a single cell is selected. */
function selectedRoster(workbook: Workbook): BlockContents {
  const selected = workbook.readSelection();
  if (selected && selected.range.rows * selected.range.columns > 1) return selected;
  const sheet = workbook.activeSheet();
  const block = workbook.readBlock(sheet.name, sheet.dataRange());
  if (!block) throw new RequestError('Select the roster, its header row included.');
  return block;
}

/** Without the empty rows and columns a selection of whole columns brings along. */
function trimmed(block: BlockContents): BlockContents {
  const filled = (i: number, j: number) => !isBlank(block.values[i]![j]) || block.formulas[i]![j] !== '';
  let rows = block.range.rows;
  while (rows > 1 && block.values[rows - 1]!.every((_, j) => !filled(rows - 1, j))) rows--;
  let columns = block.range.columns;
  while (columns > 1 && block.values.slice(0, rows).every((_, i) => !filled(i, columns - 1))) columns--;
  if (rows === block.range.rows && columns === block.range.columns) return block;
  return {
    ...block,
    range: { ...block.range, rows, columns },
    values: block.values.slice(0, rows).map((row) => row.slice(0, columns)),
    formulas: block.formulas.slice(0, rows).map((row) => row.slice(0, columns)),
  };
}

function checkSize(range: GridRange): void {
  if (range.rows < 2) throw new RequestError('Select the roster with its header row and at least one person under it.');
  if (range.rows - 1 > MAX_ROSTER_ROWS)
    throw new RequestError(`The roster has ${range.rows - 1} rows: at most ${thousands(MAX_ROSTER_ROWS)} fit in one review.`);
  if (range.columns > MAX_ROSTER_COLUMNS)
    throw new RequestError(
      `The selection is ${range.columns} columns wide: select the roster's columns only (at most ${MAX_ROSTER_COLUMNS}).`,
    );
}

function headersOf(block: BlockContents): string[] {
  return block.values[0]!.map((cell) => cellText(cell).trim());
}

/** The middle value of a column's numbers, to tell hourly rates from annual pay. */
function typicalNumber(block: BlockContents, j: number): number | undefined {
  const numbers = block.values
    .slice(1)
    .map((row) => row[j])
    .filter((v): v is number => typeof v === 'number');
  return numbers.length === 0 ? undefined : numbers.sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
}

/** Pay columns whose figures read as the other kind of pay; said without quoting a figure. */
function payNotes(block: BlockContents, columns: readonly RosterColumn[]): string[] {
  const notes: string[] = [];
  columns.forEach((c, j) => {
    const typical = typicalNumber(block, j);
    if (typical === undefined) return;
    if (c.field === 'annualPay' && typical < 500)
      notes.push(`Most amounts in "${c.header}" are under $500: if they are hourly rates, choose Hourly rate for it.`);
    if (c.field === 'hourlyRate' && typical > 1000)
      notes.push(`Most amounts in "${c.header}" are over $1,000: if they are annual pay, choose Annual pay for it.`);
  });
  return notes;
}

/** Reads the selected roster's headers and size: what the sidebar shows before a review is built. */
export function readRoster(workbook: Workbook): RosterPreview {
  const block = trimmed(selectedRoster(workbook));
  checkSize(block.range);
  const headers = headersOf(block);
  const empty = headers.map((h, j) => h === '' && block.values.every((row) => isBlank(row[j])));
  const columns = matchColumns(headers, block.range.column, empty);
  const notes: string[] = [];
  if (columns.every((c) => c.field === null) && block.values[0]!.some((v) => typeof v === 'number')) {
    notes.push('No header was recognised and the first row holds numbers: the first row is read as headers, so include the header row.');
  }
  notes.push(...payNotes(block, columns));
  return {
    sheetName: block.sheetName,
    range: block.range,
    a1: sheetA1Notation(block.sheetName, block.range),
    columns,
    rows: block.range.rows - 1,
    notes,
  };
}

// --- Rows ---

/** What a totals row's formula adds up: several cells of a range. */
const AGGREGATE = /^=\s*(SUM|SUBTOTAL|AGGREGATE|AVERAGE|AVERAGEA|MEDIAN|COUNT|COUNTA|MIN|MAX|SUMIFS?|AVERAGEIFS?|SUMPRODUCT)\s*\([^)]*:/i;
const TOTAL_WORDS = /^\s*((grand|sub)\s*)?totals?\b|^\s*(sum|average|mean|median|count)\s*:?\s*$/i;
/** What getValues shows for a formula that failed. */
const SHEET_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)/;

export interface RosterMapping {
  /** One per roster column. */
  readonly fields: readonly (RosterField | null)[];
  /** Where everyone works when no column gives a location: an area as PAY_REVIEW reads it. */
  readonly area?: string;
}

/** One roster row, as the review reads it. */
export interface RosterRow {
  /** The row's number in the roster sheet. */
  readonly rosterRow: number;
  /** `person`: reviewed (or its own error says why not); `blank`: a blank line; `skipped`: not a person. */
  readonly kind: 'person' | 'blank' | 'skipped';
  readonly name: string;
  /** PAY_REVIEW's inputs as the review sheet holds them ("" for blank and skipped rows). */
  readonly location: CellValue;
  readonly years: CellValue;
  readonly credentials: CellValue;
  readonly role: CellValue;
  readonly setting: CellValue;
  /** Annual pay: the roster's, or its hourly rate × 2,080. */
  readonly pay: CellValue;
  /** The roster's hourly rate, when the pay column is hourly. */
  readonly hourly: CellValue;
  /** What happened while reading, in plain words. */
  readonly notes: readonly string[];
  /** Why a person cannot be reviewed, found while reading (before the estimate is tried). */
  readonly problem?: string;
}

const HOURLY = { min: 0.01, max: 5000, accepted: 'an hourly rate in dollars, e.g. 27.50' };
const FORMULA_SHOWN = 40;

/** The cells of the block's data rows with each one-column merge's value filled down, and where it came from. */
function filledValues(block: BlockContents): { values: CellValue[][]; filledFrom: (string | undefined)[][] } {
  const values = block.values.map((row) => [...row]);
  const filledFrom = values.map((row) => row.map((): string | undefined => undefined));
  const { row: top, column: left } = block.range;
  for (const m of block.merged) {
    const j = m.column - left;
    const first = m.row - top;
    // Down one column only; a merge starting above the roster has its value out of sight.
    if (m.columns !== 1 || m.rows < 2 || j < 0 || j >= block.range.columns || first < 0) continue;
    for (let i = Math.max(first + 1, 1); i < Math.min(first + m.rows, values.length); i++) {
      values[i]![j] = values[first]![j]!;
      filledFrom[i]![j] = a1Notation(m);
    }
  }
  return { values, filledFrom };
}

/** Merged blocks running across two or more of the columns the review reads, by data row. */
function headingMerges(block: BlockContents, fields: readonly (RosterField | null)[]): Map<number, GridRange> {
  const rows = new Map<number, GridRange>();
  for (const m of block.merged) {
    if (m.columns < 2) continue;
    const read = fields.filter((f, j) => f !== null && block.range.column + j >= m.column && block.range.column + j < m.column + m.columns);
    if (read.length < 2) continue;
    for (let r = m.row; r < m.row + m.rows; r++) if (r > block.range.row) rows.set(r, m);
  }
  return rows;
}

function quote(value: CellValue): string {
  const text = cellText(value).trim();
  return `"${text.length > 30 ? `${text.slice(0, 29)}…` : text}"`;
}

/** A person's review failed: the reason, in the words a single PAY_REVIEW call would use. */
export function notReviewed(error: unknown): string {
  return errorMessage('Not reviewed', error);
}

/** The roster's data rows as review inputs, one per row, none left out. */
export function rosterRows(block: BlockContents, mapping: RosterMapping): RosterRow[] {
  const { fields } = mapping;
  const headers = headersOf(block);
  const { values, filledFrom } = filledValues(block);
  const headings = headingMerges(block, fields);
  const columnsOf = (field: RosterField) => fields.flatMap((f, j) => (f === field ? [j] : []));
  const one = (field: RosterField) => columnsOf(field)[0];
  const hourlyColumn = one('hourlyRate');
  const payColumn = one('annualPay') ?? hourlyColumn;
  const read = fields.flatMap((f, j) => (f === null ? [] : [j]));
  const blank = (rosterRow: number, kind: 'blank' | 'skipped', notes: string[], name = ''): RosterRow => ({
    rosterRow,
    kind,
    name,
    location: '',
    years: '',
    credentials: '',
    role: '',
    setting: '',
    pay: '',
    hourly: '',
    notes,
  });

  return values.slice(1).map((cells, k) => {
    const i = k + 1;
    const rosterRow = block.range.row + i;
    const formulas = block.formulas[i]!;
    const cell = (j: number | undefined): CellValue => (j === undefined ? '' : cells[j]!);
    const label = (j: number) => `"${headers[j]}"`;

    if (cells.every(isBlank) && formulas.every((f) => f === '')) return blank(rosterRow, 'blank', ['Blank line in the roster.']);
    const heading = headings.get(rosterRow);
    if (heading) {
      return blank(rosterRow, 'skipped', [
        `Not reviewed: the merged cells ${a1Notation(heading)} run across the columns the review reads, as a heading does (${quote(block.values[heading.row - block.range.row]?.[heading.column - block.range.column] ?? '')}).`,
      ]);
    }
    const aggregate = read.find((j) => AGGREGATE.test(formulas[j]!));
    if (aggregate !== undefined) {
      const formula = formulas[aggregate]!;
      return blank(rosterRow, 'skipped', [
        `Not reviewed: a totals row (${label(aggregate)} is ${formula.length > FORMULA_SHOWN ? `${formula.slice(0, FORMULA_SHOWN - 1)}…` : formula}).`,
      ]);
    }
    const firstText = cells.find((c) => typeof c === 'string' && c.trim() !== '');
    if (typeof firstText === 'string' && TOTAL_WORDS.test(firstText)) {
      return blank(rosterRow, 'skipped', [`Not reviewed: a totals row (${quote(firstText)}).`]);
    }
    if (read.every((j) => isBlank(cells[j]))) {
      return blank(rosterRow, 'skipped', ['Not reviewed: nothing in the columns the review reads.']);
    }
    if (read.every((j) => cellText(cells[j]).trim().toLowerCase() === headers[j]!.toLowerCase())) {
      return blank(rosterRow, 'skipped', ['Not reviewed: it repeats the header row.']);
    }

    const notes: string[] = [];
    for (const j of read) {
      if (filledFrom[i]![j]) notes.push(`${FIELD_LABELS[fields[j]!]} from the merged cells ${filledFrom[i]![j]}.`);
      const formula = formulas[j]!;
      if (formula === '') continue;
      const shown = formula.length > FORMULA_SHOWN ? `${formula.slice(0, FORMULA_SHOWN - 1)}…` : formula;
      notes.push(
        typeof cells[j] === 'string' && SHEET_ERROR.test(cells[j])
          ? `${label(j)} shows ${cells[j]}: its formula (${shown}) fails in the roster.`
          : `${label(j)} is a formula (${shown}): the value it shows is used.`,
      );
    }
    const name = columnsOf('name')
      .map((j) => cellText(cells[j]).trim())
      .filter((t) => t !== '')
      .join(' ');

    let role: CellValue = 'coder';
    const roleColumn = one('role');
    if (roleColumn !== undefined && !isBlank(cells[roleColumn])) {
      const title = cellText(cells[roleColumn]).trim();
      const found = roleFromTitle(title);
      role = found ? found.role : cells[roleColumn]!;
      if (found && found.role !== title.toLowerCase()) notes.push(`Role: "${title}" read as ${found.role}.`);
    }
    const settingColumn = one('setting');
    const setting = settingColumn !== undefined && !isBlank(cells[settingColumn]) ? cells[settingColumn]! : 'any';
    const locationColumn = one('location');
    const location = locationColumn !== undefined ? cell(locationColumn) : (mapping.area ?? '');

    let pay = cell(payColumn);
    let problem: string | undefined;
    const hourly = hourlyColumn !== undefined ? cell(hourlyColumn) : '';
    if (hourlyColumn !== undefined && !isBlank(hourly)) {
      try {
        pay = Math.round(cellNumber(hourly, 'hourly rate', HOURLY) * HOURS_PER_YEAR * 100) / 100;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        problem = notReviewed(error);
      }
    }
    return {
      rosterRow,
      kind: 'person',
      name,
      location,
      years: cell(one('years')),
      credentials: cell(one('credentials')),
      role,
      setting,
      pay,
      hourly,
      notes,
      ...(problem ? { problem } : {}),
    };
  });
}
