// A short demonstration of the built add-on: loads dist/Code.js the way Apps Script does
// (one global scope, no modules) and calls the custom functions.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const context = vm.createContext({});
vm.runInContext(readFileSync(new URL('../dist/Code.js', import.meta.url), 'utf8'), context);
const show = (formula) => {
  let value;
  try {
    value = vm.runInContext(formula, context);
  } catch (error) {
    value = `Error: ${error.message}`;
  }
  console.log(`=${formula}\n  → ${JSON.stringify(value)}`);
};
show('CODER_SALARY("CA", 5, "CPC")');
show('CODER_SALARY([["CA"],["XX"],[""]], 5, "CPC")');
show('CODER_SALARY("Calfornia", 5)');
show('SALARY_RANGE("TX", "coder", true)');
show('STATE_WAGE("AK", "mean")');
show('PAY_PERCENTILE(52000, "FL")');
show('CERT_PREMIUM("CPC, CRC")');
show('COL_ADJUST(60000, "TX", "CA")');
show('JOB_OUTLOOK("coder", "growth")');
show('SALARY_SOURCE("wages")');
