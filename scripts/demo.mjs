// A short demonstration of the built add-on: loads dist/Code.js the way Apps Script does
// (one global scope, no modules) and calls the custom functions.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

// Code.js reads its area tables, a project file, through HtmlService when an area is first asked for.
const HtmlService = {
  createHtmlOutputFromFile: (name) => ({ getContent: () => readFileSync(new URL(`../dist/${name}.html`, import.meta.url), 'utf8') }),
};
const context = vm.createContext({ HtmlService });
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
show('CODER_SALARY("San Jose-Sunnyvale-Santa Clara, CA", 10)');
show('CODER_SALARY("Portland", 5)');
show('STATE_WAGE("41940", "p25")');
show('AREA_LIST("RI")');
show('SALARY_RANGE("TX", "coder", true)');
show('STATE_WAGE("AK", "mean")');
show('PAY_PERCENTILE(52000, "FL")');
show('CERT_PREMIUM("CPC, CRC")');
show('COL_ADJUST(60000, "TX", "CA")');
show('JOB_OUTLOOK("coder", "growth")');
show('SALARY_SOURCE("wages")');
