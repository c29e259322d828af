/**
 * Cold start: a fresh global scope, the script compiled from source, its top level run, one
 * custom function answered — what every Apps Script execution of a custom function pays.
 *
 * How it is measured, and why:
 *  - In a child process of its own started with V8's `--single-threaded`, so garbage collection
 *    and compilation run on the thread being measured, and timed as that process's CPU time
 *    (`process.cpuUsage`). Wall-clock time on a shared machine mostly measures the other
 *    processes: under load, a 15 ms load is preempted several times and its median doubles,
 *    while a sub-millisecond baseline is rarely touched, so wall-clock ratios drift with the
 *    machine's load. CPU time does not; the wall-clock medians are kept for orientation.
 *  - V8 caches compiled scripts by source text inside a process, while each Apps Script
 *    execution loads the project anew, so every load appends a unique comment to defeat that
 *    cache; the baseline (a one-function script) is loaded the same way.
 *  - The state call, the area call and the baseline are loaded in turn, in a rotating order,
 *    in every round, so none of them always follows the same one.
 *  - Each execution reads dist/AreaTables.html anew when it asks for it, as each Apps Script
 *    execution does through HtmlService; a state call must never ask.
 *
 * A second build (another dist/ folder) may be measured in the same rounds, side by side.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { collectGarbage, median } from './timing';

export const TRIVIAL_SCRIPT = 'function CODER_SALARY(state, years, cert) {\n  return 1;\n}\n';
export const STATE_CALL: readonly unknown[] = ['CA', 5, 'CPC'];
export const AREA_CALL: readonly unknown[] = ['San Jose-Sunnyvale-Santa Clara, CA', 5, 'CPC'];

export interface Phases {
  readonly context: number;
  readonly compile: number;
  readonly topLevel: number;
  readonly firstCall: number;
}

export interface ColdStart {
  /** Median CPU milliseconds from a fresh scope to the first call's answer. */
  readonly total: number;
  /** Median CPU milliseconds of each phase. */
  readonly phases: Phases;
  /** Median wall-clock milliseconds of the same loads, for orientation only. */
  readonly wall: number;
  /** What the first call answered (an error's message when it threw). */
  readonly answer: string;
}

export interface BuildColdStart {
  readonly state: ColdStart;
  /** Undefined when the build has no area tables (built before areas were added). */
  readonly area?: ColdStart;
  /** Project files the state call read through HtmlService: must be none. */
  readonly stateReadFiles: readonly string[];
}

export interface ColdStartReport {
  readonly runs: number;
  readonly trivial: ColdStart;
  readonly builds: Record<string, BuildColdStart>;
}

const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Sample {
  readonly cpu: number[];
  readonly wall: number;
  readonly answer: string;
  readonly read: string[];
}

function loadAndCall(code: string, dist: string | undefined, run: string, args: readonly unknown[]): Sample {
  const read: string[] = [];
  const HtmlService = {
    createHtmlOutputFromFile(name: string) {
      read.push(name);
      if (!dist) throw new Error(`no project files: ${name}`);
      const text = readFileSync(join(dist, `${name}.html`), 'utf8');
      return { getContent: () => text };
    },
  };
  collectGarbage();
  const w0 = performance.now();
  const c0 = cpu();
  const context = vm.createContext({ HtmlService });
  const c1 = cpu();
  const script = new vm.Script(`${code}\n// run ${run}\n`, { filename: 'Code.js' });
  const c2 = cpu();
  script.runInContext(context);
  const c3 = cpu();
  let answer: unknown;
  try {
    answer = (context as { CODER_SALARY: (...a: unknown[]) => unknown }).CODER_SALARY(...args);
  } catch (error) {
    answer = `threw: ${(error as Error).message}`;
  }
  const c4 = cpu();
  const wall = performance.now() - w0;
  return { cpu: [c1 - c0, c2 - c1, c3 - c2, c4 - c3, c4 - c0], wall, answer: String(answer), read };
}

function summarise(samples: readonly Sample[]): ColdStart {
  const at = (k: number): number => median(samples.map((s) => s.cpu[k]!));
  return {
    total: at(4),
    phases: { context: at(0), compile: at(1), topLevel: at(2), firstCall: at(3) },
    wall: median(samples.map((s) => s.wall)),
    answer: samples[0]!.answer,
  };
}

/** Measures in this process: call it only in a process started with `--single-threaded`. */
export function measureHere(dists: Record<string, string>, runs: number): ColdStartReport {
  const codes = Object.fromEntries(Object.entries(dists).map(([label, dist]) => [label, readFileSync(join(dist, 'Code.js'), 'utf8')]));
  type Job = { key: string; code: string; dist?: string; args: readonly unknown[] };
  const jobs: Job[] = [{ key: 'trivial', code: TRIVIAL_SCRIPT, args: STATE_CALL }];
  for (const [label, code] of Object.entries(codes)) {
    jobs.push({ key: `${label}|state`, code, dist: dists[label], args: STATE_CALL });
    jobs.push({ key: `${label}|area`, code, dist: dists[label], args: AREA_CALL });
  }
  const samples = new Map<string, Sample[]>(jobs.map((j) => [j.key, []]));
  const nonce = `${process.pid}-${Date.now()}`;
  for (let i = -5; i < runs; i++) {
    for (let k = 0; k < jobs.length; k++) {
      const job = jobs[(k + i + 5) % jobs.length]!;
      const sample = loadAndCall(job.code, job.dist, `${nonce}-${job.key}-${i}`, job.args);
      // Warm-up rounds: node's own vm machinery, not the script, is cold on the first loads.
      if (i >= 0) samples.get(job.key)!.push(sample);
    }
  }
  const builds: Record<string, BuildColdStart> = {};
  for (const label of Object.keys(codes)) {
    const state = samples.get(`${label}|state`)!;
    const area = summarise(samples.get(`${label}|area`)!);
    builds[label] = {
      state: summarise(state),
      // A build without area tables answers an area with an error before reading anything.
      area: area.answer.startsWith('threw') || area.answer.startsWith('#') ? undefined : area,
      stateReadFiles: [...new Set(state.flatMap((s) => s.read))],
    };
  }
  return { runs, trivial: summarise(samples.get('trivial')!), builds };
}

/**
 * Cold start of each build (label → dist folder holding Code.js and AreaTables.html) and of
 * the baseline, measured in a child process as described above.
 */
export function measureColdStart(dists: Record<string, string>, runs: number): ColdStartReport {
  const self = fileURLToPath(import.meta.url);
  const output = execFileSync(process.execPath, ['--single-threaded', '--import', 'tsx', self, JSON.stringify({ dists, runs })], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(output) as ColdStartReport;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { dists, runs } = JSON.parse(process.argv[2]!) as { dists: Record<string, string>; runs: number };
  process.stdout.write(JSON.stringify(measureHere(dists, runs)));
}
