/**
 * The data check of BEA's metropolitan and nonmetropolitan-portion price parities: one year and
 * one release with the state parities, a code joined to a BLS area only under a shared title,
 * a blank only where BEA prints 0.000 and the file says why. Each run on a copy of data/ with
 * one cell changed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTable, writeTable } from '../../scripts/dataUpdate/table';
import { loadReferenceData } from '../../scripts/referenceData';
import { decodeAreaTables, encodeAreaTables } from '../../src/core/places/areaTableFormat';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const FILE = 'bea_marpp_2024.csv';
const scratch = mkdtempSync(join(tmpdir(), 'price-parities-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of data/ with `change` applied to one file's rows; returns the check's problems. */
function problemsAfter(file: string, change: (rows: Record<string, string>[]) => void): string[] {
  const dir = mkdtempSync(join(scratch, 'data-'));
  cpSync(DATA, dir, { recursive: true, filter: (src) => !src.startsWith(join(DATA, 'generated')) });
  const table = readTable(join(dir, file));
  change(table.rows);
  writeTable(join(dir, file), table);
  try {
    loadReferenceData(dir);
    return [];
  } catch (error) {
    return (error as { problems?: string[] }).problems ?? [String(error)];
  }
}

const rowOf = (rows: Record<string, string>[], code: string) => rows.find((r) => r.cbsa_code === code)!;
const lineOf = (code: string) => readTable(join(DATA, FILE)).rows.findIndex((r) => r.cbsa_code === code) + 2;

describe('the area price parities', () => {
  const data = loadReferenceData(DATA);

  it('are read whole: 387 metropolitan areas and 47 nonmetropolitan portions (DE, DC, NJ and RI have none), of 2024', () => {
    const parities = data.areaTables.priceParities;
    expect(parities.filter((p) => p.kind === 'metropolitan')).toHaveLength(387);
    expect(parities.filter((p) => p.kind === 'nonmetropolitan').map((p) => p.area)).not.toEqual(expect.arrayContaining(['DE']));
    expect(parities.filter((p) => p.kind === 'nonmetropolitan')).toHaveLength(47);
    expect(parities.find((p) => p.area === '46300')).toEqual({ area: '46300', kind: 'metropolitan', name: 'Twin Falls, ID', rpp: 92.108 });
    expect(parities.find((p) => p.area === '14860')?.name).toBe('Bridgeport-Stamford-Danbury, CT');
    expect(parities.find((p) => p.area === 'TX')).toEqual({ area: 'TX', kind: 'nonmetropolitan', name: 'Texas', rpp: 87.835 });
    expect(data.areaParitySources).toEqual({
      year: 2024,
      metropolitan: {
        title: 'BEA Regional Price Parities by metropolitan area, 2024 (released 19 February 2026)',
        url: 'https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
      },
      nonmetropolitan: {
        title: 'BEA Regional Price Parities by metropolitan and nonmetropolitan portion, 2024 (released 19 February 2026)',
        url: 'https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
      },
    });
  });

  it('come back exactly from the area tables the add-on ships', () => {
    expect(decodeAreaTables(encodeAreaTables(data.areaTables)).priceParities).toEqual(data.areaTables.priceParities);
  });

  it('must be of the state parities’ year and release: a ratio never mixes two', () => {
    const line = lineOf('41860');
    expect(problemsAfter(FILE, (rows) => (rowOf(rows, '41860').year = '2023'))).toEqual([
      `${FILE} row ${line} (41860 San Francisco-Oakland-Fremont, CA (Metropolitan Statistical Area)): year 2023, the state parities' year is 2024: a ratio never mixes two years`,
    ]);
    const cited = problemsAfter(FILE, (rows) => {
      rowOf(rows, '41860').source = 'BEA Regional Price Parities by metropolitan area, 2024 (released 12 December 2025)';
    });
    expect(cited).toEqual([expect.stringMatching(new RegExp(`^${FILE} row ${line} \\(41860 .*\\): cites ".*12 December 2025\\)" .*, expected ".*19 February 2026\\)"`))]);
    // A state file of another release: every area parity no longer matches it.
    const states = problemsAfter('bea_rpp_states_2023_2024.csv', (rows) => {
      for (const row of rows.filter((r) => r.year === '2024')) row.source = row.source!.replace('19 February 2026', '20 February 2026');
    });
    expect(states.length).toBeGreaterThan(400);
    expect(states.every((p) => p.startsWith(`${FILE} row `) && p.includes('(released 20 February 2026)'))).toBe(true);
  });

  it('join a BLS area only where the two share a title in some year', () => {
    expect(problemsAfter(FILE, (rows) => (rowOf(rows, '19430').area_name = 'Dayton, OH (Metropolitan Statistical Area)'))).toEqual([
      'BEA parity 19430 "Dayton, OH" and BLS area 19430 (May 2024 "Dayton-Kettering-Beavercreek, OH", May 2025 "Dayton-Kettering-Beavercreek, OH") share a code but never a title',
    ]);
  });

  it('may be blank only for a state without a nonmetropolitan portion, saying why', () => {
    expect(problemsAfter(FILE, (rows) => (rowOf(rows, '10999').note = ''))).toEqual([
      `${FILE} row ${lineOf('10999')} (10999 Delaware (Nonmetropolitan Portion)): blank parity without a note saying why`,
    ]);
    expect(problemsAfter(FILE, (rows) => (rowOf(rows, '41860').rpp_all_items = ''))).toEqual([
      `${FILE} row ${lineOf('41860')} (41860 San Francisco-Oakland-Fremont, CA (Metropolitan Statistical Area)): no parity; only a state without a nonmetropolitan portion may be blank`,
    ]);
    expect(problemsAfter(FILE, (rows) => (rowOf(rows, '48999').rpp_all_items = '8.7835'))).toEqual([
      `${FILE} row ${lineOf('48999')} (48999 Texas (Nonmetropolitan Portion)): price parity 8.7835 outside 70..140`,
    ]);
  });
});
