/** The first screen of the preview: the main functions at work on a few states. */
import type { MemoryWorkbook } from '../../src/addon/memoryWorkbook';

const CURRENCY = '$#,##0';

export function addExampleSheet(workbook: MemoryWorkbook, name = 'Examples'): void {
  const sheet = workbook.sheet(name) ?? workbook.addSheet(name);
  const rows: (string | number)[][] = [
    ['Coding & Billing Pay — examples (edit any cell)'],
    ['State', 'Years', 'Estimate with CPC', 'No credential', 'Percentile of $55,000', 'Published median'],
    ['CA', 5, '=CODER_SALARY(A3:A7,B3:B7,"CPC")', '=CODER_SALARY(A3:A7,B3:B7)', '=PAY_PERCENTILE(55000,A3:A7)', '=STATE_WAGE(A3:A7)'],
    ['Texas', 2],
    ['new york', 10],
    ['FL', 20],
    ['Ohio', 0],
    [],
    ['Pay range', '10th', '25th', 'Median', '75th', '90th'],
    ['TX', '=SALARY_RANGE(A10)'],
    [],
    ['Credential premium CPC, CRC', '=CERT_PREMIUM("CPC, CRC")'],
    ['$60,000 in Texas buys in California', '=COL_ADJUST(60000,"TX","CA")'],
    ['Coder job growth 2025–35', '=JOB_OUTLOOK("coder","growth")'],
    ['A typo gives a clear error', '=CODER_SALARY("Calfornia",5)'],
    [],
    ['=SALARY_SOURCE()'],
  ];
  rows.forEach((cells, i) => cells.forEach((value, j) => workbook.setCell(name, i + 1, j + 1, value)));
  for (const key of [
    '3,3',
    '3,4',
    '4,3',
    '4,4',
    '5,3',
    '5,4',
    '6,3',
    '6,4',
    '7,3',
    '7,4',
    '3,6',
    '4,6',
    '5,6',
    '6,6',
    '7,6',
    '10,2',
    '10,3',
    '10,4',
    '10,5',
    '10,6',
    '13,2',
  ])
    sheet.formats.set(key, CURRENCY);
  for (const row of [3, 4, 5, 6, 7]) sheet.formats.set(`${row},5`, '0.0%');
  sheet.formats.set('12,2', '0.0%');
  sheet.formats.set('14,2', '0.0%');
  for (const key of ['1,1', '2,1', '2,2', '2,3', '2,4', '2,5', '2,6', '9,1', '9,2', '9,3', '9,4', '9,5', '9,6']) sheet.bold.add(key);
  sheet.frozenRows = 2;
  workbook.select(name);
}
