/**
 * Every custom function with its parameters and the shape its documentation promises, as
 * the fuzz properties check them. A checker returns undefined when a value is as documented,
 * or what is wrong with it.
 */
import type { ArgumentKind } from './cellValues';

export interface Parameter {
  readonly name: string;
  readonly kind: ArgumentKind;
  readonly optional: boolean;
  /** Credentials: each row of a range is one list. */
  readonly list?: boolean;
  /** Not broadcast over ranges (SALARY_RANGE's headers flag). */
  readonly flag?: boolean;
  /** A table function's argument whose whole range is one value (CAREER_PATH's plan). */
  readonly whole?: boolean;
}

export interface FunctionUnderTest {
  readonly name: string;
  readonly params: readonly Parameter[];
  /** A single call's value (blank inputs aside). */
  readonly single: (value: unknown) => string | undefined;
  /** One computed cell of a range call (not blank, not an error text). */
  readonly cell: (value: unknown) => string | undefined;
  /** Functions answering one row per input (SALARY_RANGE): the row's width. */
  readonly rowWidth?: number;
  /** A range cell is checked against this function's single call instead of its own (EXPLAIN). */
  readonly rangeCellsMatch?: string;
  /** For `rangeCellsMatch`: how a one-line explanation ends for that function's answer. */
  readonly summaryEnd?: (answer: unknown) => string;
  /** Answers a whole table for one set of inputs (AREA_LIST, WAGE_TREND, CAREER_PATH): a range of more than one cell is refused. */
  readonly table?: boolean;
}

const p = (name: string, kind: ArgumentKind, optional = false, extra: Partial<Parameter> = {}): Parameter => ({
  name,
  kind,
  optional,
  ...extra,
});

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function number(min: number, max: number, integer = false): (v: unknown) => string | undefined {
  return (v) => {
    if (!isFiniteNumber(v)) return `expected a number, got ${describe(v)}`;
    if (v < min || v > max) return `expected a number in [${min}, ${max}], got ${v}`;
    if (integer && !Number.isInteger(v)) return `expected a whole number, got ${v}`;
    return undefined;
  };
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? undefined : `expected text, got ${describe(v)}`;
}

export function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(describe).join(', ')}]`;
  if (typeof v === 'object' && v !== null && v.constructor?.name === 'Date') return `Date(${(v as Date).toISOString()})`;
  return String(v);
}

const pay = number(1, 10_000_000, true);

/** CODER_SALARY_EXPLAIN's table: (step, value) rows ending with the estimate. */
function explainTable(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length < 2) return `expected a table of steps, got ${describe(v)}`;
  for (const row of v) {
    if (!Array.isArray(row) || row.length !== 2) return `expected two columns in every row, got ${describe(row)}`;
    if (typeof row[0] !== 'string' || row[0] === '') return `expected a step name, got ${describe(row[0])}`;
    if (!(typeof row[1] === 'string' || isFiniteNumber(row[1]))) return `expected a step value, got ${describe(row[1])}`;
  }
  const last = v[v.length - 1] as unknown[];
  return last[0] === 'Estimate (annual, USD)' ? pay(last[1]) : `expected the estimate last, got ${describe(last)}`;
}

function percentileRow(row: unknown): string | undefined {
  if (!Array.isArray(row) || row.length !== 5) return `expected five percentiles, got ${describe(row)}`;
  for (const [i, cell] of row.entries()) {
    const problem = pay(cell);
    if (problem) return problem;
    if (i > 0 && (cell as number) < (row[i - 1] as number)) return `percentiles out of order: ${describe(row)}`;
  }
  return undefined;
}

const AREA_HEADER = ['Code', 'Area', 'Type', 'Employment', 'Median', 'Year'];

/** AREA_LIST: the header, then one row per area: code, name, type, employment, median, year. */
function areaTable(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length < 2) return `expected a header and area rows, got ${describe(v)}`;
  if (JSON.stringify(v[0]) !== JSON.stringify(AREA_HEADER)) return `expected the header row, got ${describe(v[0])}`;
  for (const row of v.slice(1) as unknown[][]) {
    if (!Array.isArray(row) || row.length !== 6) return `expected six columns, got ${describe(row)}`;
    const [code, name, type, employment, median, year] = row;
    if (typeof code !== 'string' || !/^\d{5}(\d{2})?$/.test(code)) return `expected a BLS area code, got ${describe(code)}`;
    if (typeof name !== 'string' || name === '') return `expected an area name, got ${describe(name)}`;
    if (type !== 'metropolitan' && type !== 'nonmetropolitan') return `expected the area type, got ${describe(type)}`;
    for (const [value, check] of [
      [employment, number(0, 1e7)],
      [median, pay],
      [year, number(2000, 2100, true)],
    ] as const)
      if (value !== 'no figure in the data' && check(value)) return check(value);
  }
  return undefined;
}

const dollarsText = (n: number): string => `$${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/** A table with a header row of `header.length` columns and at least one row of that width. */
function tableOf(header: readonly string[] | number, row: (cells: unknown[]) => string | undefined): (v: unknown) => string | undefined {
  const width = typeof header === 'number' ? header : header.length;
  return (v) => {
    if (!Array.isArray(v) || v.length < 2) return `expected a header and rows, got ${describe(v)}`;
    if (!v.every((r) => Array.isArray(r) && r.length === width)) return `expected ${width} columns in every row, got ${describe(v)}`;
    const first = v[0] as unknown[];
    if (Array.isArray(header) && JSON.stringify(first.slice(0, header.length)) !== JSON.stringify(header))
      return `expected the header ${describe(header)}, got ${describe(first)}`;
    for (const r of v.slice(1)) {
      const problem = row(r as unknown[]);
      if (problem) return problem;
    }
    return undefined;
  };
}

const blankOr =
  (check: (v: unknown) => string | undefined) =>
  (v: unknown): string | undefined =>
    v === '' ? undefined : check(v);

const trendTable = tableOf(7, (r) => {
  const [year, , median, mean, employment, constant, note] = r;
  return (
    number(2000, 2100, true)(year) ??
    blankOr(pay)(median) ??
    blankOr(pay)(mean) ??
    blankOr(number(0, 10_000_000, true))(employment) ??
    blankOr(pay)(constant) ??
    (typeof note === 'string' ? undefined : `expected a note, got ${describe(note)}`)
  );
});

const CAREER_HEADER = ['Year', 'Years of experience', 'Credentials held'];
/** With school in the plan, the third column names the program too. */
const SCHOOL_HEADER = ['Year', 'Years of experience', 'Education and credentials'];
const careerTable = tableOf(6, (r) => {
  const [year, experience, held, yearPay, earnings, costs] = r;
  return (
    number(0, 40, true)(year) ??
    number(0, 100)(experience) ??
    text(held) ??
    // A school year without work earns no coding pay.
    number(0, 1e9, true)(yearPay) ??
    number(0, 1e11, true)(earnings) ??
    number(0, 1e9)(costs)
  );
});

/** Months to pay back (a tenth of a month at most precise), or the never-pays-back text. */
function paybackCell(v: unknown): string | undefined {
  if (typeof v === 'string')
    return /^never pays back: gain \$[\d,-]+ a year, recurring cost \$[\d,]+ a year$/.test(v)
      ? undefined
      : `expected months or the never text, got ${describe(v)}`;
  const problem = number(0, 1e9)(v);
  if (problem) return problem;
  return Math.abs((v as number) * 10 - Math.round((v as number) * 10)) < 1e-9
    ? undefined
    : `expected tenths of a month, got ${describe(v)}`;
}

function paybackExplainTable(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length < 2) return `expected a table of steps, got ${describe(v)}`;
  for (const row of v)
    if (!Array.isArray(row) || row.length !== 2 || typeof row[0] !== 'string') return `expected (step, value) rows, got ${describe(row)}`;
  const last = v[v.length - 1] as unknown[];
  return last[0] === 'Months to pay back' ? paybackCell(last[1]) : `expected the months last, got ${describe(last)}`;
}

export const HEADER = ['10th percentile', '25th percentile', 'Median', '75th percentile', '90th percentile'];

function salaryRangeTable(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length < 1 || v.length > 2) return `expected one row (and a header), got ${describe(v)}`;
  if (v.length === 2 && JSON.stringify(v[0]) !== JSON.stringify(HEADER)) return `expected the header row, got ${describe(v[0])}`;
  return percentileRow(v[v.length - 1]);
}

export const PAY_REVIEW_HEADER = ['Market estimate', 'Pay percentile', 'Gap to estimate', 'Compa-ratio', 'Flag'];

/** One person's review: estimate, percentile, gap, compa-ratio and a flag, consistent with each other. */
function payReviewRow(row: unknown): string | undefined {
  if (!Array.isArray(row) || row.length !== 5) return `expected five cells, got ${describe(row)}`;
  const [estimate, percentile, gap, compa, flag] = row as unknown[];
  const problem = pay(estimate) ?? number(0.0001, 0.9999)(percentile) ?? number(-1e7, 1e7)(gap) ?? number(0, 1e5)(compa) ?? undefined;
  if (problem) return problem;
  if (!['', 'below p25', 'above p90'].includes(flag as string)) return `expected a flag, got ${describe(flag)}`;
  if (flag === 'below p25' && (percentile as number) > 0.25) return `below p25 at percentile ${String(percentile)}`;
  if (flag === 'above p90' && (percentile as number) < 0.9) return `above p90 at percentile ${String(percentile)}`;
  // Pay is the estimate plus the gap, and the compa-ratio is pay over the estimate, to the rounding shown.
  const payBack = (estimate as number) + (gap as number);
  if (Math.abs(payBack / (estimate as number) - (compa as number)) > 0.0001)
    return `compa-ratio ${String(compa)} does not match the gap: ${describe(row)}`;
  return undefined;
}

function payReviewTable(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length < 1 || v.length > 2) return `expected one row (and a header), got ${describe(v)}`;
  if (v.length === 2 && JSON.stringify(v[0]) !== JSON.stringify(PAY_REVIEW_HEADER)) return `expected the header row, got ${describe(v[0])}`;
  return payReviewRow(v[v.length - 1]);
}

const paybackParams = [
  p('area', 'state'),
  p('years', 'years'),
  p('cert', 'cert', false, { list: true }),
  p('have', 'cert', true, { list: true }),
  p('role', 'role', true),
  p('setting', 'setting', true),
  p('extra_cost', 'amount', true),
];

const estimateParams = [
  p('state', 'state'),
  p('years', 'years'),
  p('cert', 'cert', true, { list: true }),
  p('role', 'role', true),
  p('setting', 'setting', true),
];

export const FUNCTIONS: readonly FunctionUnderTest[] = [
  { name: 'CODER_SALARY', params: estimateParams, single: pay, cell: pay },
  {
    name: 'CODER_SALARY_EXPLAIN',
    params: estimateParams,
    single: explainTable,
    cell: (v) => (typeof v === 'string' && /; = \$[\d,]+$/.test(v) ? undefined : `expected a one-line explanation, got ${describe(v)}`),
    rangeCellsMatch: 'CODER_SALARY',
    summaryEnd: (answer) => `= ${dollarsText(answer as number)}`,
  },
  {
    name: 'SALARY_RANGE',
    params: [p('state', 'state'), p('role', 'role', true), p('headers', 'headers', true, { flag: true })],
    single: salaryRangeTable,
    cell: percentileRow,
    rowWidth: 5,
  },
  {
    name: 'STATE_WAGE',
    params: [p('state', 'state'), p('stat', 'stat', true), p('role', 'role', true), p('year', 'year', true)],
    single: number(0, 10_000_000),
    cell: number(0, 10_000_000),
  },
  {
    name: 'AREA_LIST',
    params: [p('state', 'state'), p('role', 'role', true), p('sort', 'sort', true)],
    single: areaTable,
    cell: areaTable,
    table: true,
  },
  {
    name: 'PAY_PERCENTILE',
    params: [p('pay', 'pay'), p('state', 'state'), p('role', 'role', true)],
    single: number(0.0001, 0.9999),
    cell: number(0.0001, 0.9999),
  },
  {
    name: 'PAY_REVIEW',
    params: [
      p('pay', 'pay'),
      p('area', 'state'),
      p('years', 'years'),
      p('cert', 'cert', true, { list: true }),
      p('role', 'role', true),
      p('setting', 'setting', true),
      p('headers', 'headers', true, { flag: true }),
    ],
    single: payReviewTable,
    cell: payReviewRow,
    rowWidth: 5,
  },
  { name: 'CERT_PREMIUM', params: [p('cert', 'cert', false, { list: true })], single: number(0, 1), cell: number(0, 1) },
  {
    name: 'COL_ADJUST',
    params: [p('amount', 'amount'), p('from_state', 'state'), p('to_state', 'state')],
    single: number(0, 1e13),
    cell: number(0, 1e13),
  },
  {
    name: 'JOB_OUTLOOK',
    params: [p('role', 'role', true), p('field', 'field', true)],
    single: (v) => (isFiniteNumber(v) ? undefined : text(v)),
    cell: (v) => (isFiniteNumber(v) ? undefined : text(v)),
  },
  { name: 'SALARY_SOURCE', params: [p('topic', 'topic', true)], single: text, cell: text },
  {
    name: 'WAGE_TREND',
    params: [p('area', 'state'), p('role', 'role', true), p('dollars', 'priceYear', true)],
    single: trendTable,
    cell: trendTable,
    table: true,
  },
  {
    name: 'WAGE_GROWTH',
    params: [p('area', 'state'), p('from_year', 'dataYear'), p('to_year', 'dataYear'), p('role', 'role', true), p('real', 'headers', true)],
    single: number(-0.5, 0.5),
    cell: number(-0.5, 0.5),
  },
  { name: 'CERT_PAYBACK', params: paybackParams, single: paybackCell, cell: paybackCell },
  {
    name: 'CERT_PAYBACK_EXPLAIN',
    params: paybackParams,
    single: paybackExplainTable,
    cell: (v) => (typeof v === 'string' && /; = .+$/.test(v) ? undefined : `expected a one-line explanation, got ${describe(v)}`),
    rangeCellsMatch: 'CERT_PAYBACK',
    summaryEnd: (answer) => (typeof answer === 'number' ? `= ${answer} ${answer === 1 ? 'month' : 'months'}` : `= ${String(answer)}`),
  },
  {
    name: 'CAREER_PATH',
    params: [
      p('area', 'state'),
      p('years_now', 'years'),
      p('plan', 'plan', false, { whole: true }),
      p('horizon', 'horizon', true),
      p('role', 'role', true),
      p('setting', 'setting', true),
      p('growth', 'growth', true),
    ],
    single: (v) =>
      careerTable(v) ??
      ([CAREER_HEADER, SCHOOL_HEADER].some((h) => JSON.stringify((v as unknown[][])[0]!.slice(0, 3)) === JSON.stringify(h))
        ? undefined
        : `bad header ${describe(v)}`),
    cell: careerTable,
    table: true,
  },
  {
    name: 'PATH_COMPARE',
    params: [p('area', 'state'), p('plans', 'plan', true, { whole: true }), p('horizon', 'horizon', true), p('years_now', 'years', true)],
    single: waysInTable,
    cell: waysInTable,
    table: true,
  },
];

/** PATH_COMPARE: Year and two columns a plan; one row a year; the overtaking row last. */
function waysInTable(v: unknown): string | undefined {
  if (!Array.isArray(v) || v.length < 3) return `expected a header, years and the overtaking row, got ${describe(v)}`;
  const width = (v[0] as unknown[]).length;
  if (width < 3 || width % 2 !== 1 || !v.every((r) => Array.isArray(r) && r.length === width))
    return `expected 1 + 2 × plans columns, got ${describe(v)}`;
  if ((v[0] as unknown[])[0] !== 'Year') return `bad header ${describe(v[0])}`;
  const last = v[v.length - 1] as unknown[];
  if (typeof last[0] !== 'string' || !last[0].startsWith('Overtakes ')) return `expected the overtaking row last, got ${describe(last)}`;
  for (const r of v.slice(1, -1) as unknown[][]) {
    const problem =
      number(0, 40, true)(r[0]) ??
      r
        .slice(1)
        .map((c) => number(-1e9, 1e11)(c))
        .find((x) => x !== undefined);
    if (problem) return problem;
  }
  return undefined;
}

/** Anything Sheets would show as an error or an empty cell by accident. */
export function badCell(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const problem = badCell(v);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value === undefined || value === null) return `cell holds ${String(value)}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return `cell holds ${value}`;
  if (typeof value !== 'number' && typeof value !== 'string') return `cell holds a ${typeof value}`;
  return undefined;
}

/** Messages of errors that escaped from inside the code rather than from input checks. */
const INTERNAL =
  /Cannot read|Cannot set|is not a function|is not iterable|is not defined|undefined|Maximum call stack|Invalid array length/;

/**
 * What is wrong with an error a single or range call threw: it must be an Error whose message
 * starts with the function's name and names the argument (or, for a gap in the bundled
 * data, says so), never a JavaScript error from inside the code.
 */
export function thrownProblem(fn: FunctionUnderTest, thrown: unknown, isError: (t: unknown) => t is Error): string | undefined {
  if (!isError(thrown)) return `threw a non-Error: ${describe(thrown)}`;
  const message = thrown.message;
  if (!message.startsWith(`${fn.name}: `)) return `message does not start with "${fn.name}: ": ${message}`;
  if (INTERNAL.test(message)) return `an internal error escaped: ${message}`;
  const names = fn.params.some((param) => new RegExp(`\\b${param.name}\\b`, 'i').test(message));
  if (!names && !/bundled/.test(message)) return `message names no argument: ${message}`;
  return undefined;
}

/** A range cell for a bad row: short text starting with #, never a sign of an internal failure. */
export function errorCellProblem(cell: unknown): string | undefined {
  if (typeof cell !== 'string' || !cell.startsWith('#')) return `expected a # error text, got ${describe(cell)}`;
  // A bad value (up to 24 characters shown) with its suggestion fits in 80.
  if (cell.length > 80) return `error text too long for a cell: ${cell}`;
  if (cell === '#ERROR' || cell === '#NUM!') return `a computation failed inside the code: ${cell}`;
  return undefined;
}
