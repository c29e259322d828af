/**
 * `npm run bench`: how the built add-on performs, printed as a table and written to
 * docs/PERFORMANCE.md. Every time figure is set against a baseline measured in the same run
 * on the same machine (a trivial script, a bare loop), so the ratios mean the same on a
 * laptop and in CI; no figure is compared with an absolute time.
 *
 *  - dist/Code.js and dist/AreaTables.html sizes, raw and gzip;
 *  - cold start: fresh global scope + compile + top level + one CODER_SALARY for a state
 *    (target ≤ 8× a one-function script loaded the same way) and one for a metropolitan area
 *    (target ≤ 1.5× the state call), in CPU time, with where the time goes
 *    (scripts/bench/coldStart.ts says how and why);
 *  - the same cold start of a control build holding the custom functions alone
 *    (scripts/bench/customFunctionsOnly.ts): how far moving the add-on's other code out of
 *    Code.js could ever take the state call;
 *  - range throughput: CODER_SALARY over 10,000 rows, against a bare loop over the same arrays,
 *    with repeated inputs (the usual sheet), with every row distinct (no memo can help), and
 *    with states and areas mixed;
 *  - sheet writes: Spreadsheet calls a comparison of 5, 51 and 51×5 rows costs, and a pay
 *    review (reading the roster and writing the review) of 8 and 2,000 roster rows;
 *  - live formulas: custom-function executions a live comparison of 5 and 51 states costs.
 *
 * Options: `--cold-start` prints only the sizes and cold start (quick; nothing written);
 * `--compare DIR` measures another build's dist/ folder beside this one in the same cold-start
 * rounds (e.g. a worktree of an earlier commit, built); `--runs N` loads per cold-start figure.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCustomFunctionsOnly } from './bench/customFunctionsOnly';
import { AREA_CALL, measureColdStart, type ColdStart, type ColdStartReport } from './bench/coldStart';
import { loadInMainRealm, loadScript } from './bench/bundleContext';
import { MIXED_PLACES, salaryColumns, unknownStateColumns } from './bench/rangeInputs';
import { measureFirstCall, measureWarm, type Throughput } from './bench/rangeThroughput';
import { measureLiveExecutions, measurePayReviewWrites, measureSheetWrites } from './bench/sheetWrites';
import { customFunctionNames } from './preview/addonFunctions';
import { projectHtmlService } from './projectFiles';
import { startAddon } from '../src/addon/startAddon';
import { PERFORMANCE_DOC, performanceDoc, ROWS, SEED } from './bench/performanceDoc';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
/** The cold-start targets: a state call against a one-function script, an area call against a state call. */
const STATE_TARGET = 8;
const AREA_TARGET = 1.5;
const THIS_BUILD = 'dist';
const CONTROL = 'custom functions alone';

type Row = [measure: string, result: string, baseline: string, ratio: string];

const ms = (n: number): string => `${n < 1 ? n.toFixed(3) : n.toFixed(2)} ms`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`;
const thousands = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function table(rows: readonly Row[]): string {
  const header: Row = ['measure', 'result', 'baseline', 'ratio'];
  const widths = header.map((_, k) => Math.max(...[header, ...rows].map((r) => r[k]!.length)));
  const line = (r: Row): string =>
    r
      .map((cell, k) => cell.padEnd(widths[k]!))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function throughputRow(label: string, t: Throughput): Row {
  return [
    `CODER_SALARY ${label}`,
    `${ms(t.bundle)}, ${thousands((t.rows / t.bundle) * 1000)} rows/s`,
    `bare loop ${ms(t.bareLoop)}`,
    ratio(t.bundle, t.bareLoop),
  ];
}

interface Options {
  /** Only the size and cold-start rows, printed and not written to docs/PERFORMANCE.md. */
  readonly coldStartOnly: boolean;
  /** Another build's dist/ folder, measured beside this one in the same cold-start rounds. */
  readonly compare?: string;
  readonly runs: number;
}

function options(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return { coldStartOnly: argv.includes('--cold-start'), compare: value('--compare'), runs: Number(value('--runs') ?? 60) };
}

function coldStartRows(report: ColdStartReport, compare: string | undefined): Row[] {
  const trivial = report.trivial;
  const build = report.builds[THIS_BUILD]!;
  if (build.stateReadFiles.length > 0) {
    throw new Error(`a state call read ${build.stateReadFiles.join(', ')}: the area tables must be read only for an area`);
  }
  if (!build.area) throw new Error(`the area call did not answer: ${report.builds[THIS_BUILD]!.state.answer}`);
  const { state, area } = build;
  const stateRatio = state.total / trivial.total;
  const areaRatio = area.total / state.total;
  const met = (r: number, target: number): string => `target ≤ ${target}×${r <= target ? ', met' : ', above'}`;
  const phase = (label: string, key: keyof ColdStart['phases']): Row => [
    `  of which: ${label}`,
    ms(state.phases[key]),
    ms(trivial.phases[key]),
    '',
  ];
  const rows: Row[] = [
    [
      'cold start: load + CODER_SALARY("CA",5,"CPC"), CPU time',
      `${ms(state.total)} (wall ${ms(state.wall)})`,
      `1-function script ${ms(trivial.total)} (wall ${ms(trivial.wall)})`,
      `${ratio(state.total, trivial.total)} (${met(stateRatio, STATE_TARGET)})`,
    ],
    phase('new global scope', 'context'),
    phase('compile', 'compile'),
    phase('top level (data, tables)', 'topLevel'),
    phase('first call', 'firstCall'),
    [
      `cold start: load + CODER_SALARY("${AREA_CALL[0]}",5,"CPC"), CPU time`,
      `${ms(area.total)} (wall ${ms(area.wall)})`,
      `state call ${ms(state.total)} (wall ${ms(state.wall)})`,
      `${ratio(area.total, state.total)} (${met(areaRatio, AREA_TARGET)})`,
    ],
    ['  of which: first call (reads and decodes the area tables)', ms(area.phases.firstCall), ms(state.phases.firstCall), ''],
  ];
  rows.push(...besideRows(report, CONTROL, 'a Code.js of the custom functions alone (scripts/bench/customFunctionsOnly.ts)'));
  if (compare) rows.push(...besideRows(report, compare, `build in ${compare}`));
  return rows;
}

/** Another build measured in the same rounds, beside this one. */
function besideRows(report: ColdStartReport, label: string, name: string): Row[] {
  const { state } = report.builds[THIS_BUILD]!;
  const other = report.builds[label];
  if (!other) return [];
  const rows: Row[] = [
    [
      `cold start, state call, ${name}`,
      `${ms(other.state.total)} (wall ${ms(other.state.wall)})`,
      `this build ${ms(state.total)}`,
      `this build ${ratio(state.total, other.state.total)} of it; ${ratio(other.state.total, report.trivial.total)} the 1-function script`,
    ],
    ['  of which: compile', ms(other.state.phases.compile), ms(state.phases.compile), ''],
    [
      '  of which: top level + first call',
      ms(other.state.phases.topLevel + other.state.phases.firstCall),
      ms(state.phases.topLevel + state.phases.firstCall),
      '',
    ],
  ];
  if (other.area) {
    rows.push([
      `cold start, area call, ${name}`,
      ms(other.area.total),
      `its state call ${ms(other.state.total)}`,
      ratio(other.area.total, other.state.total),
    ]);
  }
  return rows;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const code = readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8');
  const bytes = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const areaTables = readFileSync(join(ROOT, 'dist', 'AreaTables.html'));

  const control = await buildCustomFunctionsOnly();
  const dists: Record<string, string> = { [THIS_BUILD]: join(ROOT, 'dist'), [CONTROL]: control };
  if (opts.compare) dists[opts.compare] = opts.compare;
  const cold = measureColdStart(dists, opts.runs);
  rmSync(control, { recursive: true });
  // A control that answers otherwise (say, with an error before any work) would measure nothing.
  const answers = [THIS_BUILD, CONTROL].map((label) => cold.builds[label]!.state.answer);
  if (answers[0] !== answers[1]) throw new Error(`the custom functions alone answered ${answers[1]}, the add-on ${answers[0]}`);
  const rows: Row[] = [
    ['dist/Code.js size', `${thousands(bytes)} B (gzip ${thousands(gzip)} B)`, '', ''],
    [
      'dist/AreaTables.html size (read for the first area)',
      `${thousands(areaTables.length)} B (gzip ${thousands(gzipSync(areaTables, { level: 9 }).length)} B)`,
      '',
      '',
    ],
    ...coldStartRows(cold, opts.compare),
  ];
  if (opts.coldStartOnly) {
    console.log(`${table(rows)}

Medians of ${cold.runs} loads each.`);
    return;
  }
  const inputs = {
    'mixed inputs': salaryColumns(ROWS, SEED, false),
    'every row distinct': salaryColumns(ROWS, SEED, true),
    'every state unknown': unknownStateColumns(ROWS, SEED),
    'states and areas mixed': salaryColumns(ROWS, SEED, false, MIXED_PLACES),
  };
  for (const [label, columns] of Object.entries(inputs)) {
    rows.push(throughputRow(`${thousands(ROWS)} rows, vm context: ${label}`, measureWarm(loadScript, code, columns, 30)));
  }
  rows.push(
    throughputRow(`${thousands(ROWS)} rows, vm context: mixed, first call`, measureFirstCall(loadScript, code, inputs['mixed inputs'], 15)),
    throughputRow(
      `${thousands(ROWS)} rows, vm context: states and areas mixed, first call`,
      measureFirstCall(loadScript, code, inputs['states and areas mixed'], 15),
    ),
  );
  for (const [label, columns] of Object.entries(inputs)) {
    rows.push(throughputRow(`${thousands(ROWS)} rows, ordinary global: ${label}`, measureWarm(loadInMainRealm, code, columns, 30)));
  }
  // The sheet builders below run the server code in this process: started as every host starts it.
  startAddon({ HtmlService: projectHtmlService(join(ROOT, 'dist')) });
  const writes = measureSheetWrites();
  const fewest = writes[0]!;
  for (const w of writes) {
    rows.push([
      `sheet writes: comparison of ${w.label}`,
      `${w.calls} Spreadsheet calls (${w.rows} rows, ${thousands(w.cells)} cells)`,
      `${fewest.label}: ${fewest.calls} calls`,
      ratio(w.calls, fewest.calls),
    ]);
  }
  for (const live of measureLiveExecutions(customFunctionNames(code))) {
    rows.push([
      `live formulas: comparison of ${live.label}`,
      `${live.executions} custom-function executions (${live.formulas} formulas), ${live.calls} Spreadsheet calls`,
      `values: ${live.valuesExecutions} executions, ${live.valuesCalls} calls`,
      `${(live.executions / live.rows).toFixed(2)} executions per row`,
    ]);
  }
  const reviews = measurePayReviewWrites();
  const smallest = reviews[0]!;
  for (const r of reviews) {
    rows.push([
      `sheet calls: pay review of ${r.label}`,
      `${r.calls} Spreadsheet calls (${thousands(r.rows)} rows, ${thousands(r.cells)} cells)`,
      `${smallest.label}: ${smallest.calls} calls`,
      ratio(r.calls, smallest.calls),
    ]);
  }
  const byMethod = (w: (typeof writes)[number]) =>
    Object.entries(w.byMethod)
      .map(([method, n]) => `${method} ${n}`)
      .join(', ');
  const widest = writes.at(-1)!;
  const largest = reviews.at(-1)!;
  const output =
    `${table(rows)}\n\nSpreadsheet calls by method, comparison of ${widest.label}: ${byMethod(widest)}` +
    `\nSpreadsheet calls by method, pay review of ${largest.label}: ${byMethod(largest)}`;
  console.log(output);
  writeFileSync(PERFORMANCE_DOC, performanceDoc(output));
  console.log(`\nbench: wrote ${relative(ROOT, PERFORMANCE_DOC)}`);
}

await main();
