import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import {
  wageTrendTable as wageTrendCell,
  wageGrowthCell,
  certPayback,
  certPaybackExplain,
  careerPathTable as careerPathCell,
  growthRate,
} from '../../src/sheets/careerFunctions';
import type { CellOutput } from '../../src/sheets/cells';

/** A table function's answer to inputs that are not blank: a table. */
const wageTrendTable = (...args: unknown[]) => wageTrendCell(...(args as [unknown])) as CellOutput[][];
const careerPathTable = (...args: unknown[]) => careerPathCell(...(args as [unknown, unknown, unknown])) as CellOutput[][];
import { coderSalary } from '../../src/sheets/customFunctions';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

describe('WAGE_TREND', () => {
  it('answers a table with a header naming the constant-dollar base and its provisional average', () => {
    const table = wageTrendTable('US');
    expect(table[0]).toEqual([
      'Year',
      'SOC',
      'Median (annual)',
      'Mean (annual)',
      'Employment',
      'Median in 2025 dollars (CPI-U, 2025 average provisional)',
      'Note',
    ]);
    const byYear = new Map(table.slice(1).map((row) => [row[0], row]));
    expect(byYear.get(2023)![2]).toBe(48780);
    expect(byYear.get(2025)![2]).toBe(51140);
    expect(byYear.get(2013)!.slice(1, 6)).toEqual(['', '', '', '', '']);
    expect(wageTrendTable('usa', 'coder', 2015)[0]![5]).toBe('Median in 2015 dollars (CPI-U)');
  });

  it('refuses a range of areas and a base year without a CPI-U average, in plain words', () => {
    expect(() => wageTrendTable([['US'], ['TX']])).toThrowError(/^WAGE_TREND: give single cells \(area 2×1.*one area at a time/);
    expect(wageTrendTable([['TX']])).toEqual(wageTrendTable('TX'));
    expect(() => wageTrendTable('US', '', 2005)).toThrowError(/WAGE_TREND: dollars must be between 2009 and 2025/);
    expect(() => wageTrendTable('Texs')).toThrowError(/unknown area "Texs" — did you mean "Texas" \(TX\)\?/);
    expect(wageTrendCell('')).toBe('');
  });
});

describe('WAGE_TREND for a metropolitan area', () => {
  it('gives 41940 (San Jose) its May 2022–2025 figures as the area file publishes them, in constant dollars too', () => {
    const rows = (
      parse(readFileSync('data/oews_metro_29-2072_43-3021_2022_2025.csv', 'utf8'), { columns: true }) as Record<string, string>[]
    )
      .filter((r) => r.area_code === '41940' && r.soc_code === '29-2072')
      .map((r) => [Number(r.reference_period!.slice(4)), Number(r.annual_median), Number(r.annual_mean), Number(r.employment)]);
    const table = wageTrendTable('41940');
    expect(table.slice(1).map((r) => [r[0], r[2], r[3], r[4]])).toEqual(rows);
    expect(rows.map((r) => r[0])).toEqual([2022, 2023, 2024, 2025]);
    // A code typed as a number, and the city, name the same area.
    expect(wageTrendTable(41940)).toEqual(table);
    expect(wageTrendTable('San Jose, CA')).toEqual(table);
    expect(wageGrowthCell('41940', 2022, 2025)).toBe(Math.round((Math.pow(86890 / 64480, 1 / 3) - 1) * 10000) / 10000);
  });

  it('says when BLS titled an area differently in a year, and answers plainly for an occupation without area figures', () => {
    const chicago = wageTrendTable('16980');
    expect(chicago.find((r) => r[0] === 2022)![6]).toBe('BLS titled the area "Chicago-Naperville-Elgin, IL-IN-WI" in May 2022');
    expect(() => wageTrendTable('41940', 'hit')).toThrowError(
      /^WAGE_TREND: no Health Information Technologists and Medical Registrars \(29-9021\) wages for/,
    );
  });
});

describe('WAGE_GROWTH', () => {
  it('rounds to four decimals and broadcasts over a column of areas, a bad row keeping its own message', () => {
    expect(wageGrowthCell('US', 2021, 2025)).toBe(Math.round((Math.pow(51140 / 46660, 1 / 4) - 1) * 10000) / 10000);
    const column = wageGrowthCell([['US'], ['TX'], ['Pensylvania'], ['']], 2023, 2025, 'coder', true) as unknown[][];
    expect(column[0]).toEqual([wageGrowthCell('US', 2023, 2025, 'coder', true)]);
    expect(column[1]).toEqual([wageGrowthCell('TX', 2023, 2025, 'coder', 'yes')]);
    expect(column[2]![0]).toBe('#BAD AREA "Pensylvania" → Pennsylvania?');
    expect(column[3]).toEqual(['']);
    expect(wageGrowthCell([['US']], 2015, 2025)).toEqual([['#N/A NOT COMPARABLE 2015-2025']]);
    expect(() => wageGrowthCell('US', 2021.5, 2025)).toThrowError(/from_year must be a whole year/);
  });
});

describe('CERT_PAYBACK', () => {
  it('gives months for CPC, the never-pays-back text where the gain is below the membership, and asks for missing costs', () => {
    const months = certPayback('US', 2, 'CPC');
    expect(typeof months === 'number' && months > 0).toBe(true);
    expect(certPayback('US', 2, 'CPB', 'CCS, RHIA, CCA')).toMatch(/^never pays back: gain \$\d+ a year, recurring cost \$222 a year$/);
    // CPC-A carries the apprentices' part of the premium: paid back within months.
    expect(certPayback('TX', 0, 'CPC-A')).toBeLessThan(6);
    // At a payer a coder without a credential is priced at the payer's workforce, as credentialed as a CPC holder: nothing to gain.
    expect(certPayback('TX', 0, 'CPC-A', '', '', 'payer')).toBe('never pays back: gain $0 a year, recurring cost $222 a year');
    expect(() => certPayback('US', 2, 'COC')).toThrowError(
      /^CERT_PAYBACK: missing extra_cost: the data has no cited current COC exam price/,
    );
    expect(typeof certPayback('US', 2, 'COC', '', '', '', 400)).toBe('number');
    expect(certPayback('US', 2, [['CPC'], ['CRC']], 'CPC')).toEqual([['#BAD CERT "CPC"'], [certPayback('US', 2, 'CRC', 'CPC')]]);
    expect(() => certPayback('US', 2, 'CPC', 'CPC')).toThrowError(/CERT_PAYBACK: cert is already held \(it is in have\), got "CPC"/);
  });

  it('broadcasts a column of credentials, each row as its own call', () => {
    const column = certPayback('TX', 3, [['CPC'], ['COC'], ['CRC'], ['']], 'none') as unknown[][];
    expect(column).toEqual([[certPayback('TX', 3, 'CPC')], ['#MISSING EXTRA_COST'], [certPayback('TX', 3, 'CRC')], ['']]);
  });

  it('explains a single call as a table ending with the answer, and a range as one line per cell', () => {
    const table = certPaybackExplain('US', 2, 'CPC') as unknown[][];
    expect(table.at(-1)).toEqual(['Months to pay back', certPayback('US', 2, 'CPC')]);
    const lines = certPaybackExplain([['US'], ['TX']], 2, 'CPC') as unknown[][];
    expect(lines[1]![0]).toMatch(
      new RegExp(`^TX CPC on none; gain \\$[\\d,]+/yr; up front \\$647; recurring \\$222/yr; = ${certPayback('TX', 2, 'CPC')} months?$`),
    );
  });
});

describe('CAREER_PATH', () => {
  it('answers a header and 11 year rows for CPC now and CRC in year 3 in Texas', () => {
    const table = careerPathTable('TX', 0, 'CPC:0, CRC:3', 10);
    expect(table).toHaveLength(12);
    expect(table[0]).toEqual([
      'Year',
      'Years of experience',
      'Credentials held',
      "Estimated pay (today's dollars)",
      'Cumulative earnings',
      'Cumulative credential costs',
    ]);
    expect(table.slice(1).map((r) => r[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(table[4]!.slice(1, 4)).toEqual([3, 'CPC, CRC', coderSalary('TX', 3, 'CPC, CRC')]);
  });

  it('takes the plan as rows of credential | year | cost, or a column of cells', () => {
    const text = careerPathTable('TX', 2, 'CPC:0, COC:2:400', 5);
    expect(
      careerPathTable('TX', 2, [
        ['CPC', 0, ''],
        ['COC', 2, 400],
      ]),
    ).toEqual(careerPathTable('TX', 2, 'CPC:0, COC:2:400'));
    expect(careerPathTable('TX', 2, [['CPC:0'], ['COC:2:400']], 5)).toEqual(text);
  });

  it('grows pay only when asked, and says so in the header', () => {
    expect(growthRate('2%')).toBe(0.02);
    expect(growthRate(0.02)).toBe(0.02);
    expect(growthRate('')).toBe(0);
    const grown = careerPathTable('US', 5, 'CPC', 3, '', '', '2%');
    expect(grown[0]![3]).toBe('Estimated pay (growing 2% a year)');
    expect(grown[4]![3]).toBe(Math.round((coderSalary('US', 8, 'CPC') as number) * 1.02 ** 3));
    expect(() => careerPathTable('US', 5, 'CPC', 3, '', '', '80%')).toThrowError(/growth must be between -50% and 50% a year/);
    expect(() => careerPathTable('US', 5, 'CPC', 2.5)).toThrowError(/horizon must be a whole number/);
    expect(() => careerPathTable([['US'], ['TX']], 5, 'CPC')).toThrowError(/^CAREER_PATH: give single cells/);
  });
});
