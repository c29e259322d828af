/**
 * Cold start: a fresh global scope, the script compiled from source, its top level run, one
 * CODER_SALARY answered. V8 caches compiled scripts by source text inside a process, while
 * each Apps Script execution loads the project anew, so every run appends a unique comment
 * to defeat that cache; the baseline (a one-function script) is loaded the same way.
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { collectGarbage, median } from './timing';

export const TRIVIAL_SCRIPT = 'function CODER_SALARY(state, years, cert) {\n  return 1;\n}\n';

export interface ColdStart {
  /** Median total, milliseconds. */
  readonly total: number;
  readonly phases: { readonly context: number; readonly compile: number; readonly topLevel: number; readonly firstCall: number };
}

function loadAndCall(code: string, run: string): number[] {
  collectGarbage();
  const t0 = performance.now();
  const context = vm.createContext({});
  const t1 = performance.now();
  const script = new vm.Script(`${code}\n// run ${run}\n`, { filename: 'Code.js' });
  const t2 = performance.now();
  script.runInContext(context);
  const t3 = performance.now();
  (context as { CODER_SALARY: (...args: unknown[]) => unknown }).CODER_SALARY('CA', 5, 'CPC');
  const t4 = performance.now();
  return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0];
}

function summarise(samples: number[][]): ColdStart {
  const at = (k: number): number => median(samples.map((s) => s[k]!));
  return { total: at(4), phases: { context: at(0), compile: at(1), topLevel: at(2), firstCall: at(3) } };
}

/** Bundle and baseline, loaded alternately `runs` times each. */
export function measureColdStart(code: string, runs: number): { bundle: ColdStart; trivial: ColdStart } {
  const bundle: number[][] = [];
  const trivial: number[][] = [];
  const nonce = `${process.pid}-${Date.now()}`;
  for (let i = -5; i < runs; i++) {
    const b = loadAndCall(code, `${nonce}-${i}`);
    const t = loadAndCall(TRIVIAL_SCRIPT, `${nonce}-${i}`);
    if (i < 0) continue; // warm-up: node's own vm machinery, not the script, is cold on the first loads
    bundle.push(b);
    trivial.push(t);
  }
  return { bundle: summarise(bundle), trivial: summarise(trivial) };
}
