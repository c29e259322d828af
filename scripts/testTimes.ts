/**
 * `npm run test:times`: runs the whole suite as `npm test` does, with vitest's JSON report
 * beside its usual output, then prints where the time went: the run's wall time and the machine's
 * load when it started, the test files' times added up (two files run at once, so the sum is
 * about twice the wall time of the tests), and the longest files with the second each started
 * at. docs/TESTING.md quotes it. `npm run test:times -- REPORT.json` reads a report an earlier
 * run wrote (`vitest run --reporter=json --outputFile.json=REPORT.json`) instead of running.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
/** How many of the longest files are listed. */
const LONGEST = 15;

interface FileResult {
  readonly name: string;
  readonly startTime: number;
  readonly endTime: number;
  readonly status: string;
}

interface Report {
  readonly startTime: number;
  readonly success: boolean;
  readonly numPassedTests: number;
  readonly numTotalTests: number;
  readonly testResults: readonly FileResult[];
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

function timesTable(report: Report): string {
  const files = report.testResults.map((f) => ({ path: relative(ROOT, f.name), took: f.endTime - f.startTime, start: f.startTime }));
  const first = Math.min(...files.map((f) => f.start));
  const last = Math.max(...report.testResults.map((f) => f.endTime));
  const sum = files.reduce((total, f) => total + f.took, 0);
  const longest = [...files].sort((a, b) => b.took - a.took).slice(0, LONGEST);
  return [
    `${report.numPassedTests} of ${report.numTotalTests} tests passed in ${files.length} files`,
    `first file started → last file ended: ${seconds(last - first)} s; the files' times added up: ${seconds(sum)} s`,
    '',
    '     s  start  file',
    ...longest.map((f) => `${seconds(f.took).padStart(6)}  ${seconds(f.start - first).padStart(5)}  ${f.path}`),
  ].join('\n');
}

function runSuite(reportPath: string): number {
  const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportPath}`], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return run.status ?? 1;
}

function main(): void {
  const given = process.argv[2];
  if (given) {
    console.log(timesTable(JSON.parse(readFileSync(given, 'utf8')) as Report));
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'test-times-'));
  try {
    const load = loadavg()[0]!.toFixed(2);
    const started = Date.now();
    const status = runSuite(join(folder, 'report.json'));
    const wall = Date.now() - started;
    console.log(`\nnpm test's suite: ${seconds(wall)} s wall, build and browser start included (load average ${load} at the start)`);
    console.log(timesTable(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as Report));
    process.exitCode = status;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
