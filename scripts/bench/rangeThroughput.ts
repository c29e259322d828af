/**
 * Range throughput: CODER_SALARY over a 10,000-row range in the bundle, against a bare loop
 * that walks the same 2-D arrays and returns a constant per row, loaded the same way.
 */
import type { ScriptGlobals } from './bundleContext';
import { collectGarbage, median, timeOnce } from './timing';
import type { SalaryColumns } from './rangeInputs';

export const BARE_LOOP = `
function BARE_LOOP(state, years, cert, role, setting) {
  var out = [];
  for (var i = 0; i < state.length; i++) {
    var cells = [state[i][0], years[i][0], cert[i][0], role[i][0], setting[i][0]];
    out.push([cells.length > 0 ? 1 : 0]);
  }
  return out;
}`;

export interface Throughput {
  readonly rows: number;
  /** Median milliseconds per call. */
  readonly bundle: number;
  readonly bareLoop: number;
}

export type Loader = (code: string, filename?: string) => ScriptGlobals;

function call(globals: ScriptGlobals, name: string, c: SalaryColumns): unknown {
  return globals[name]!(c.state, c.years, c.cert, c.role, c.setting);
}

/**
 * Warm: the same globals called repeatedly. The bare loop is timed in blocks before and after
 * the bundle's calls (not interleaved with them, whose garbage and JIT work would land in its
 * sub-millisecond spans), fifty passes per span; each figure is a median.
 */
export function measureWarm(load: Loader, code: string, columns: SalaryColumns, runs: number): Throughput {
  const sheet = load(code);
  const bare = load(BARE_LOOP, 'BareLoop.js');
  const passes = 50;
  const bareSpan = (): number => {
    collectGarbage();
    return (
      timeOnce(() => {
        for (let k = 0; k < passes; k++) call(bare, 'BARE_LOOP', columns);
      }) / passes
    );
  };
  const bundleSpan = (): number => {
    collectGarbage();
    return timeOnce(() => call(sheet, 'CODER_SALARY', columns));
  };
  for (let i = 0; i < 5; i++) {
    bareSpan();
    bundleSpan();
  }
  const half = Math.ceil(runs / 2);
  const bareLoop = Array.from({ length: half }, bareSpan);
  const bundle = Array.from({ length: runs }, bundleSpan);
  bareLoop.push(...Array.from({ length: half }, bareSpan));
  return { rows: columns.state.length, bundle: median(bundle), bareLoop: median(bareLoop) };
}

/** Cold: the first call in a fresh vm context each time (no JIT warm-up, as in a new Apps Script execution). */
export function measureFirstCall(load: Loader, code: string, columns: SalaryColumns, runs: number): Throughput {
  const bundle: number[] = [];
  const bareLoop: number[] = [];
  for (let i = 0; i < runs; i++) {
    const sheet = load(code);
    const bare = load(BARE_LOOP, 'BareLoop.js');
    collectGarbage();
    bundle.push(timeOnce(() => call(sheet, 'CODER_SALARY', columns)));
    collectGarbage();
    bareLoop.push(timeOnce(() => call(bare, 'BARE_LOOP', columns)));
  }
  return { rows: columns.state.length, bundle: median(bundle), bareLoop: median(bareLoop) };
}
