/** Timing helpers: every figure the benchmark prints is a median of repeated runs. */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A full collection, outside any timed span, so one run's garbage is not charged to the next. */
export function collectGarbage(): void {
  gc();
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds taken by `run`. */
export function timeOnce(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Median milliseconds of `runs` timed calls after `warmup` untimed ones (lets the JIT settle). */
export function medianTime(run: () => void, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  return median(Array.from({ length: runs }, () => timeOnce(run)));
}

/**
 * Median times of two runs measured alternately, so drift in the machine's speed (other
 * processes, frequency scaling, garbage collection) falls on both sides of a ratio alike.
 */
export function alternating(a: (i: number) => void, b: (i: number) => void, runs: number, warmup = 3): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a(-1 - i);
    b(-1 - i);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    ta.push(timeOnce(() => a(i)));
    collectGarbage();
    tb.push(timeOnce(() => b(i)));
  }
  return [median(ta), median(tb)];
}
