/**
 * Range shapes beyond the per-function properties: ranges that do not line up, credentials
 * spread across a row, and ranges as tall as a whole sheet column.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATES } from '../../src/core/places/areas';
import { CREDENTIALS } from '../../src/core/pay/credentials';
import { FUNCTIONS, thrownProblem } from './catalogue';
import { isErrorObject, loadBundle, outcome, sameCells, type SheetsRealm } from './sheetsRealm';

let sheets: SheetsRealm;

beforeAll(() => {
  sheets = loadBundle();
});

describe('range shapes', () => {
  it('ranges that do not line up throw an Error naming the function and each argument with its shape', () => {
    const ranged = FUNCTIONS.filter((fn) => !fn.table && fn.params.filter((p) => !p.flag && !p.list).length >= 2);
    fc.assert(
      fc.property(
        fc.constantFrom(...ranged),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom('CA', 'tx', 5, ''),
        (fn, first, second, cell) => {
          fc.pre(first !== second);
          const [a, b] = fn.params.map((p, k) => ({ p, k })).filter(({ p }) => !p.flag && !p.list);
          const args: unknown[] = fn.params.map((p) => (p.flag ? '' : cell));
          args[a!.k] = Array.from({ length: first }, () => [cell]);
          args[b!.k] = Array.from({ length: second }, () => [cell]);
          const result = outcome(() => sheets.call(fn.name, args));
          if (!('thrown' in result)) throw new Error(`${fn.name}: ${first} rows against ${second} rows did not throw`);
          const problem = thrownProblem(fn, result.thrown, isErrorObject);
          if (problem) throw new Error(problem);
          const message = (result.thrown as Error).message;
          for (const text of ['do not line up', `${a!.p.name} ${first}×1`, `${b!.p.name} ${second}×1`]) {
            if (!message.includes(text)) throw new Error(`message lacks "${text}": ${message}`);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('SALARY_RANGE given a block (no single answer row per cell) throws an Error naming the argument and its shape', () => {
    const fn = FUNCTIONS.find((f) => f.name === 'SALARY_RANGE')!;
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), (rows, columns) => {
        const block = Array.from({ length: rows }, () => Array.from({ length: columns }, () => 'TX'));
        const result = outcome(() => sheets.call(fn.name, [block]));
        if (!('thrown' in result)) throw new Error(`a ${rows}×${columns} block did not throw`);
        const problem = thrownProblem(fn, result.thrown, isErrorObject);
        if (problem) throw new Error(problem);
        if (!(result.thrown as Error).message.includes(`state ${rows}×${columns}`)) throw new Error((result.thrown as Error).message);
      }),
      { numRuns: 100 },
    );
  });

  it('credentials across a row of cells count as one list, the same as typed in one cell', () => {
    const codes = CREDENTIALS.map((c) => c.code);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...codes, 'none', '', 'cpc', 'CPX'), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...STATES.map((s) => s.code)),
        fc.integer({ min: 0, max: 45 }),
        (row, state, years) => {
          for (const [name, args] of [
            ['CODER_SALARY', [state, years]],
            ['CERT_PREMIUM', []],
          ] as const) {
            const spread = outcome(() => sheets.call(name, [...args, [row]]));
            const typed = outcome(() => sheets.call(name, [...args, row.filter((c) => c !== '').join(', ')]));
            if ('thrown' in typed) {
              // A bad code: the spread row reports it in its one cell instead of throwing.
              const cell = 'value' in spread ? (spread.value as unknown[][])[0]![0] : spread.thrown;
              if (typeof cell !== 'string' || !cell.startsWith('#')) throw new Error(`${name}: ${row} gave ${String(cell)}`);
              continue;
            }
            const expected = typed.value === '' ? [['']] : [[typed.value]];
            if (!('value' in spread) || !sameCells(spread.value, expected)) {
              throw new Error(
                `${name}: row ${JSON.stringify(row)} gave ${JSON.stringify('value' in spread ? spread.value : String(spread.thrown))}, one cell gives ${String(typed.value)}`,
              );
            }
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('a 200,000-row column computes every row (no call-stack or size limit on tall ranges)', () => {
    const rows = 200_000;
    const states = Array.from({ length: rows }, (_, i) => [i % 7 === 0 ? '' : STATES[i % STATES.length]!.code]);
    const result = sheets.call('CODER_SALARY', [states, 5, 'CPC']) as unknown[][];
    expect(result).toHaveLength(rows);
    for (const i of [0, 1, 2, 7, 51, 99_999, rows - 1]) {
      expect(result[i], `row ${i}`).toEqual([states[i]![0] === '' ? '' : sheets.call('CODER_SALARY', [states[i]![0], 5, 'CPC'])]);
    }
  });
});
