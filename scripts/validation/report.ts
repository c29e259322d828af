/**
 * The validation as text: a table for the terminal, README's "How good are the estimates"
 * section and docs/VALIDATION.md (the table with how each row is read), all from one run, so no
 * figure in the docs is copied by hand.
 */
import { errorText, modelText, publishedText, summaryLine, type ComparisonResult, type ValidationReport } from './comparisons';
import type { ExperienceFit } from './experienceFit';

const tolerance = (r: ComparisonResult): string =>
  r.comparison.tolerance === 0 ? 'none' : `±${Math.round(r.comparison.tolerance * 100)}%`;
const within = (r: ComparisonResult): string => (r.within ? 'yes' : r.refusal ? 'no (refused)' : 'no');
const basis = (r: ComparisonResult): string => (r.calibrated ? 'calibration' : 'held out');

const HEADER = ['#', 'comparison', 'source', 'model', 'published', 'error', 'tolerance', 'within', 'basis'];

function columns(r: ComparisonResult, i: number): string[] {
  return [
    String(i + 1),
    r.comparison.name,
    r.source,
    modelText(r),
    publishedText(r.published, r.comparison.unit),
    errorText(r),
    tolerance(r),
    within(r),
    basis(r),
  ];
}

function details(r: ComparisonResult, code: (formula: string) => string = (f) => f): string {
  const c = r.comparison;
  return (
    `${c.topic}, ${c.name}: ${code(r.formula)}. ${c.matching.charAt(0).toUpperCase()}${c.matching.slice(1)} Tolerance ${tolerance(r)}: ${c.toleranceReason}.` +
    (c.basisReason ? ` Calibration: ${c.basisReason}.` : '') +
    (r.refusal ? ` The model refuses these inputs: “${r.refusal}”` : '')
  );
}

const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(1)}%`;
const fitValue = (value: number, unit: 'ratio' | 'years'): string =>
  !Number.isFinite(value) ? 'never' : unit === 'years' ? `${value.toFixed(1)} years` : value.toFixed(4);

const FIT_HEADER = ['table', 'published', 'fitted curve', 'residual', 'fit to the other tables', 'its error'];

function fitRows(fit: ExperienceFit): string[][] {
  return fit.results.map((r) => [
    r.table.name,
    fitValue(r.table.published, r.table.unit),
    fitValue(r.model, r.table.unit),
    signed(r.error),
    fitValue(r.leftOut, r.table.unit),
    Number.isFinite(r.leftOutError) ? signed(r.leftOutError) : 'never',
  ]);
}

function fitIntro(fit: ExperienceFit): string {
  const c = fit.curve;
  return (
    `The experience curve, quantile = ${c.entry} + (limit − ${c.entry}) × (1 − 2^(−years/halfWay)) on the national May 2025 distribution, ` +
    `fitted by least squares to every AAPC experience table at once, each residual in units of its tolerance: limit ${c.limit.toFixed(4)}, ` +
    `halfWay ${c.halfWayYears.toFixed(3)} years (the product rounds them to the stored constants), entry held at the 10th percentile; ` +
    `the median worker at ${fit.medianWorkerYears.toFixed(2)} years. Residual: fitted ÷ published − 1 (continuous years for the 2018 table); ` +
    `beside it, each table as predicted by a curve fitted to the other tables only.`
  );
}

/** The experience fit as console lines. */
export function fitConsoleReport(fit: ExperienceFit): string {
  const rows = fitRows(fit);
  const widths = FIT_HEADER.map((_, k) => Math.max(...[FIT_HEADER, ...rows].map((row) => row[k]!.length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, k) => cell.padEnd(widths[k]!))
      .join('  ')
      .trimEnd();
  return [fitIntro(fit), '', line(FIT_HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The experience fit in Markdown. */
export function fitMarkdown(fit: ExperienceFit): string {
  return [
    fitIntro(fit),
    '',
    `| ${FIT_HEADER.join(' | ')} |`,
    `|${FIT_HEADER.map(() => '---').join('|')}|`,
    ...fitRows(fit).map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const medianWorker = (report: ValidationReport): string =>
  `The median worker is the fewest years at which the model's national coder without a credential reaches the national median: ${report.medianWorkerYears} years.`;

/** What `npm run validate` prints. */
export function consoleReport(report: ValidationReport, fit: ExperienceFit): string {
  const rows = report.results.map(columns);
  const widths = HEADER.map((_, k) => Math.max(...[HEADER, ...rows].map((row) => row[k]!.length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, k) => cell.padEnd(widths[k]!))
      .join('  ')
      .trimEnd();
  return [
    line(HEADER),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    summaryLine(report),
    '',
    fitConsoleReport(fit),
    '',
    medianWorker(report),
    ...report.results.map((r, i) => `${i + 1}. ${details(r)}`),
  ].join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

const LEGEND =
  '“Held out”: the model is not read from the figure; “calibration”: the model quotes the figure or is fitted to it, so the row ' +
  'checks how well it is reproduced. Each row’s basis is declared in scripts/validation/comparisons.ts and a test checks that no ' +
  'held-out figure appears in the model’s EXPLAIN. Error: model ÷ published − 1; for a range, 0 inside it and the distance to the nearer end ' +
  'outside. Survey levels (AAPC members) differ from BLS levels, so survey figures are compared as ratios within one survey.';

/** The summary line and the table, in Markdown. */
export function markdownTable(report: ValidationReport): string {
  return [
    `**${summaryLine(report)}**`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((h) => (h === '#' ? '--:' : '---')).join('|')}|`,
    ...report.results.map((r, i) => `| ${columns(r, i).map(cell).join(' | ')} |`),
    '',
    LEGEND,
  ].join('\n');
}

/** docs/VALIDATION.md: the table and how each row is read. */
export function validationDocument(report: ValidationReport, fit: ExperienceFit): string {
  return [
    '# How good are the estimates',
    '',
    '<!-- Generated by `npm run validate -- --write` from scripts/validation/ and data/validation_published_figures.csv. Do not edit. -->',
    '',
    'Every published figure the estimate can be checked against: AAPC salary surveys (experience bands, credential × ' +
      'experience, certified and non-certified, work settings), BLS setting medians and industry means, and the product ' +
      'brief’s claims. Each row gives the model’s value at matching inputs (the `CODER_SALARY` calls below, which a sheet can ' +
      'repeat), the published value and the error, with a tolerance the evidence supports. Rows the model is fitted to or ' +
      'quotes are calibration and are summarised apart from the held-out ones; `test/validation/` pins which rows are held out, ' +
      'checks that the model quotes none of their figures, and holds every row within its tolerance except those it names, with why.',
    '',
    markdownTable(report),
    '',
    '## The experience curve’s fit',
    '',
    fitMarkdown(fit),
    '',
    '## How each row is read',
    '',
    medianWorker(report),
    '',
    ...report.results.map((r, i) => `${i + 1}. ${cell(details(r, (f) => `\`${f}\``))}`),
    '',
  ].join('\n');
}

export const README_START = '<!-- validation:start (generated by npm run validate -- --write) -->';
export const README_END = '<!-- validation:end -->';

export function readmeWithValidation(readme: string, report: ValidationReport): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${README_START} … ${README_END}`);
  // README is the front page: the summary line; the table and how each row is read are in docs/VALIDATION.md.
  const section = `**${summaryLine(report)}** The table, and how each row is read: [docs/VALIDATION.md](docs/VALIDATION.md).`;
  return `${readme.slice(0, start)}${README_START}\n\n${section}\n\n${readme.slice(end)}`;
}
