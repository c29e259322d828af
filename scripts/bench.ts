/**
 * `npm run bench`: how the built add-on performs, printed as a table and written to
 * docs/PERFORMANCE.md. Every time figure is set against a baseline measured in the same run
 * on the same machine (a trivial script, a bare loop), so the ratios mean the same on a
 * laptop and in CI; no figure is compared with an absolute time.
 *
 *  - dist/Code.js and dist/AreaTables.html sizes, raw and gzip;
 *  - cold start: fresh global scope + compile + top level + one CODER_SALARY for a state, and
 *    one for a metropolitan area (which reads and decodes the area tables), against a
 *    one-function script loaded the same way (target ≤ 3×), with where the time goes;
 *  - range throughput: CODER_SALARY over 10,000 rows, against a bare loop over the same arrays,
 *    with repeated inputs (the usual sheet), with every row distinct (no memo can help), and
 *    with states and areas mixed;
 *  - sheet writes: Spreadsheet calls a comparison of 5, 51 and 51×5 rows costs, and a pay
 *    review (reading the roster and writing the review) of 8 and 2,000 roster rows;
 *  - live formulas: custom-function executions a live comparison of 5 and 51 states costs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { measureColdStart } from './bench/coldStart';
import { loadInMainRealm, loadScript } from './bench/bundleContext';
import { MIXED_PLACES, salaryColumns, unknownStateColumns } from './bench/rangeInputs';
import { measureFirstCall, measureWarm, type Throughput } from './bench/rangeThroughput';
import { measureLiveExecutions, measurePayReviewWrites, measureSheetWrites } from './bench/sheetWrites';
import { customFunctionNames } from './preview/addonFunctions';
import { projectHtmlService } from './projectFiles';
import { startAddon } from '../src/addon/startAddon';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const ROWS = 10_000;
const SEED = 20250501;
const COLD_START_TARGET = 3;

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

function main(): void {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const code = readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8');
  const bytes = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  const areaTables = readFileSync(join(ROOT, 'dist', 'AreaTables.html'));

  const cold = measureColdStart(code, 150);
  if (cold.stateReadFiles) throw new Error('a state call read dist/AreaTables.html: the area tables must be read only for an area');
  const p = cold.bundle.phases;
  const inputs = {
    'mixed inputs': salaryColumns(ROWS, SEED, false),
    'every row distinct': salaryColumns(ROWS, SEED, true),
    'every state unknown': unknownStateColumns(ROWS, SEED),
    'states and areas mixed': salaryColumns(ROWS, SEED, false, MIXED_PLACES),
  };
  const coldRatio = cold.bundle.total / cold.trivial.total;
  const rows: Row[] = [
    ['dist/Code.js size', `${thousands(bytes)} B (gzip ${thousands(gzip)} B)`, '', ''],
    [
      'dist/AreaTables.html size (read for the first area)',
      `${thousands(areaTables.length)} B (gzip ${thousands(gzipSync(areaTables, { level: 9 }).length)} B)`,
      '',
      '',
    ],
    [
      'cold start: load + CODER_SALARY("CA",5,"CPC")',
      ms(cold.bundle.total),
      `1-function script ${ms(cold.trivial.total)}`,
      `${ratio(cold.bundle.total, cold.trivial.total)} (target ≤ ${COLD_START_TARGET}×${coldRatio <= COLD_START_TARGET ? ', met' : ', above'})`,
    ],
    ['  of which: new global scope', ms(p.context), ms(cold.trivial.phases.context), ''],
    ['  of which: compile', ms(p.compile), ms(cold.trivial.phases.compile), ''],
    ['  of which: top level (data, tables)', ms(p.topLevel), ms(cold.trivial.phases.topLevel), ''],
    ['  of which: first call', ms(p.firstCall), ms(cold.trivial.phases.firstCall), ''],
    [
      'cold start: load + CODER_SALARY("San Jose-Sunnyvale-Santa Clara, CA",5,"CPC")',
      ms(cold.area.total),
      `state call ${ms(cold.bundle.total)}`,
      ratio(cold.area.total, cold.bundle.total),
    ],
    ['  of which: first call (reads and decodes the area tables)', ms(cold.area.phases.firstCall), ms(p.firstCall), ''],
  ];
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
  writePerformanceDoc(output);
}

function writePerformanceDoc(output: string): void {
  const doc = `# Performance

Figures from \`npm run bench\` (scripts/bench.ts) on the machine that last ran it. Each time is the
median of repeated runs and is set against a baseline measured in the same run, so the **ratio**
column is what carries from machine to machine; the absolute times are only for orientation.

- **Cold start**: a fresh global scope, dist/Code.js compiled from source (V8's compile cache is
  defeated, as each Apps Script execution loads the project anew), its top level run, and one
  \`CODER_SALARY("CA", 5, "CPC")\`; the baseline loads a one-function script the same way. The
  area call does the same for San Jose-Sunnyvale-Santa Clara, CA: its first call reads
  dist/AreaTables.html (through HtmlService in Apps Script; here its text is already in memory)
  and decodes the area tables. The benchmark stops if a state call reads that file.
- **Range throughput**: one \`CODER_SALARY\` call over a ${thousands(ROWS)}-row range (five one-column ranges:
  states typed in several ways, years, credentials, roles, settings; seeded generator, seed
  ${SEED}), against a bare loop over the same arrays that returns a constant per row. "Every row
  distinct" uses fractional years so no row repeats another; "first call" is the call made
  right after loading, with nothing warmed up, as in a new Apps Script execution.
  "Every state unknown" gives 10,000 different places that are not states, so every row is a
  bad row whose lookup fails. "States and areas mixed" draws half its places from the states as
  above and half from metropolitan and nonmetropolitan areas given by code (as text and as a
  number), title or city.
- **vm context or ordinary global**: node:vm reaches a context's global object through
  interceptors, which makes every global lookup inside it (\`Math.log\`, \`Map\`) about a hundred
  times dearer than on an ordinary global such as Apps Script's. The same calls are therefore
  also timed with dist/Code.js run on the benchmark process's own global; those rows are the
  closer guide to Apps Script, the vm rows to the local preview and the tests.
- **Sheet writes**: Spreadsheet calls counted by the in-memory workbook while the sidebar's
  comparison builder writes a comparison of that many rows.
- **Live formulas**: the same comparison written as live formulas: the calls of the add-on's
  custom functions in the formulas written (Sheets runs each as one execution on the Apps
  Script server, a round trip per call), against the comparison written as values. Each column
  is one range formula over the label column, so the executions stay the same for 5 rows and
  for 51.
- **Pay review**: Spreadsheet calls counted the same way while the sidebar reads a roster of that
  many rows (an hourly column, a blank line and a misspelt state among them) and builds its
  Pay review sheet: one read each of values, formulas and merged cells, then batched writes.

Where cold start goes: compiling dist/Code.js is most of it, and most of that is the reference
data, which the bundle carries as one large object literal (V8 parses a JSON string given to
\`JSON.parse\` several times faster than the same data as a literal); then the first call, which
compiles each function it reaches on first use. A one-function script has neither, so the
ratio to it stays well above 3× for any bundle that carries its data. Compiling costs time in
proportion to the file's length, data included, which is why the area tables (several times the
state data) are a separate project file that only an area call reads.

\`\`\`
$ npm run bench
${output}
\`\`\`
`;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeFileSync(join(ROOT, 'docs', 'PERFORMANCE.md'), doc);
}

main();
