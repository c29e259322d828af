/**
 * Every custom function called the way a cell calls it, with one value per argument, 10,000
 * times each: valid values and near misses. Each call returns a value of the documented type
 * and shape, or a blank when the required arguments are blank, or throws an Error naming the
 * function and the argument; no cell ever holds NaN, Infinity, undefined or null.
 */
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { badCell, describe as show, FUNCTIONS, thrownProblem, type FunctionUnderTest } from './catalogue';
import { cellArbitraries } from './cellValues';
import { isErrorObject, loadBundle, outcome, type SheetsRealm } from './sheetsRealm';

const RUNS = 10_000;
let sheets: SheetsRealm;

beforeAll(() => {
  sheets = loadBundle();
});

const isBlankCell = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Trailing optional arguments may be left out, as in =CODER_SALARY("CA", 5). */
function callArguments(fn: FunctionUnderTest): fc.Arbitrary<unknown[]> {
  const cells = cellArbitraries((t) => sheets.date(t));
  const required = fn.params.filter((p) => !p.optional).length;
  return fc
    .tuple(fc.tuple(...fn.params.map((p) => cells.cell(p.kind))), fc.integer({ min: required, max: fn.params.length }))
    .map(([values, given]) => values.slice(0, given));
}

function check(fn: FunctionUnderTest, args: unknown[]): void {
  const result = outcome(() => sheets.call(fn.name, args));
  const where = (): string => `${fn.name}(${args.map(show).join(', ')})`;
  if ('thrown' in result) {
    const problem = thrownProblem(fn, result.thrown, isErrorObject);
    if (problem) throw new Error(`${where()}: ${problem}`);
    return;
  }
  const value = result.value;
  const bad = badCell(value);
  if (bad) throw new Error(`${where()}: ${bad}`);
  const requiredBlank = fn.params.some((p) => !p.optional) && fn.params.every((p, k) => p.optional || isBlankCell(args[k]));
  if (requiredBlank) {
    const blank = fn.rowWidth ? value === '' || (Array.isArray(value) && (value.at(-1) as unknown[]).every((c) => c === '')) : value === '';
    if (!blank) throw new Error(`${where()}: blank required arguments should give a blank, got ${show(value)}`);
    return;
  }
  const problem = fn.single(value);
  if (problem) throw new Error(`${where()}: ${problem}`);
}

describe('single calls, 10,000 random inputs per function', () => {
  for (const fn of FUNCTIONS) {
    it(`${fn.name}: a documented value, a blank, or an Error naming the function and argument`, () => {
      fc.assert(
        fc.property(callArguments(fn), (args) => check(fn, args)),
        { numRuns: RUNS },
      );
    });
  }

  for (const explain of FUNCTIONS.filter((f) => f.rangeCellsMatch)) {
    it(`${explain.name} ends with the very answer ${explain.rangeCellsMatch} gives`, () => {
      const answer = FUNCTIONS.find((f) => f.name === explain.rangeCellsMatch)!;
      fc.assert(
        fc.property(callArguments(answer), (args) => {
          const value = outcome(() => sheets.call(answer.name, args));
          const table = outcome(() => sheets.call(explain.name, args));
          if ('thrown' in value || 'thrown' in table) {
            if (!('thrown' in value && 'thrown' in table)) throw new Error(`one of the two threw for ${args.map(show).join(', ')}`);
            return;
          }
          const last = Array.isArray(table.value) ? (table.value.at(-1) as unknown[])[1] : table.value;
          if (last !== value.value) throw new Error(`${explain.name} ends with ${show(last)}, ${answer.name} gives ${show(value.value)}`);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
