/**
 * Cold start: a fresh global scope, the script compiled from source, its top level run, one
 * custom function answered. V8 caches compiled scripts by source text inside a process, while
 * each Apps Script execution loads the project anew, so every run appends a unique comment
 * to defeat that cache; the baseline (a one-function script) is loaded the same way.
 *
 * Two first calls are timed: one for a state, which must never read the area tables, and one
 * for a metropolitan area, which reads them (dist/AreaTables.html through HtmlService, its text
 * already in memory as Apps Script's file service would hold it) and decodes them.
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { projectHtmlService } from '../projectFiles';
import { collectGarbage, median } from './timing';

export const TRIVIAL_SCRIPT = 'function CODER_SALARY(state, years, cert) {\n  return 1;\n}\n';
export const STATE_CALL: readonly unknown[] = ['CA', 5, 'CPC'];
export const AREA_CALL: readonly unknown[] = ['San Jose-Sunnyvale-Santa Clara, CA', 5, 'CPC'];

export interface ColdStart {
  /** Median total, milliseconds. */
  readonly total: number;
  readonly phases: { readonly context: number; readonly compile: number; readonly topLevel: number; readonly firstCall: number };
}

/** Files the runs read through HtmlService, by name: a state call must read none. */
export const filesRead = new Map<string, number>();
const html = projectHtmlService(undefined, (name) => filesRead.set(name, (filesRead.get(name) ?? 0) + 1));

function loadAndCall(code: string, run: string, args: readonly unknown[]): number[] {
  collectGarbage();
  const t0 = performance.now();
  const context = vm.createContext({ HtmlService: html });
  const t1 = performance.now();
  const script = new vm.Script(`${code}\n// run ${run}\n`, { filename: 'Code.js' });
  const t2 = performance.now();
  script.runInContext(context);
  const t3 = performance.now();
  (context as { CODER_SALARY: (...args: unknown[]) => unknown }).CODER_SALARY(...args);
  const t4 = performance.now();
  return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0];
}

function summarise(samples: number[][]): ColdStart {
  const at = (k: number): number => median(samples.map((s) => s[k]!));
  return { total: at(4), phases: { context: at(0), compile: at(1), topLevel: at(2), firstCall: at(3) } };
}

/** Bundle (a state call and an area call) and baseline, loaded in turn `runs` times each. */
export function measureColdStart(
  code: string,
  runs: number,
): { bundle: ColdStart; area: ColdStart; trivial: ColdStart; stateReadFiles: boolean } {
  const bundle: number[][] = [];
  const area: number[][] = [];
  const trivial: number[][] = [];
  const nonce = `${process.pid}-${Date.now()}`;
  let stateReadFiles = false;
  for (let i = -5; i < runs; i++) {
    filesRead.clear();
    const b = loadAndCall(code, `${nonce}-s${i}`, STATE_CALL);
    stateReadFiles ||= filesRead.size > 0;
    const a = loadAndCall(code, `${nonce}-a${i}`, AREA_CALL);
    const t = loadAndCall(TRIVIAL_SCRIPT, `${nonce}-${i}`, STATE_CALL);
    if (i < 0) continue; // warm-up: node's own vm machinery, not the script, is cold on the first loads
    bundle.push(b);
    area.push(a);
    trivial.push(t);
  }
  return { bundle: summarise(bundle), area: summarise(area), trivial: summarise(trivial), stateReadFiles };
}
