/**
 * The model as a sheet sees it: CODER_SALARY, CODER_SALARY_EXPLAIN and STATE_WAGE through the
 * same functions the add-on registers (src/sheets/customFunctions.ts), so the validation follows
 * whatever the estimate becomes. Imports the generated data module: run the data generator first.
 */
import { coderSalary, coderSalaryExplain, stateWage } from '../../src/sheets/customFunctions';
import { careerPathTable } from '../../src/sheets/careerFunctions';
import type { PayModel } from './comparisons';

function number(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${what} gave ${JSON.stringify(value)}, not a number`);
  return value;
}

export const productModel: PayModel = {
  pay: (place, years, cert, role, setting) =>
    number(coderSalary(place, years, cert, role, setting), `CODER_SALARY("${place}", ${years}, "${cert}", "${role}", "${setting}")`),
  explain: (place, years, cert, role, setting) => {
    const table = coderSalaryExplain(place, years, cert, role, setting);
    return (Array.isArray(table) ? table : [[table]]).map((row) => row.join(' | ')).join('\n');
  },
  median: (place, role) => number(stateWage(place, 'median', role), `STATE_WAGE("${place}", "median", "${role}")`),
  planPay: (place, years, plan, role, setting) => {
    const table = careerPathTable(place, years, plan, 1, role, setting);
    const pay = Array.isArray(table) ? table[1]?.[3] : undefined;
    return number(pay, `CAREER_PATH("${place}", ${years}, "${plan}", 1, "${role}", "${setting}")`);
  },
};
