/**
 * Cost of living by place: BEA's parity of a metropolitan area itself, of its state's
 * nonmetropolitan portion for a nonmetropolitan area, and the state's where BEA has neither.
 * Expected parities are read from the CSVs in data/ directly, not through the add-on's tables.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/referenceCsv';
import { parseArea } from '../../src/core/places/areas';
import { lastYear, localAreas } from '../../src/core/places/areaTables';
import { adjustForCostOfLiving, parityFallbacks, priceParity } from '../../src/core/places/costOfLiving';
import { NotInDataError } from '../../src/core/inputError';
import { REFERENCE } from '../../data/generated/reference';
import { colAdjust } from '../../src/sheets/customFunctions';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

const DATA = join(import.meta.dirname, '..', '..', 'data');
const metroRows = readCsv(join(DATA, 'bea_marpp_2024.csv'));
const stateRows = readCsv(join(DATA, 'bea_rpp_states_2023_2024.csv'));
/** BEA's 2024 all-items parity of a CBSA code or of a state's nonmetropolitan portion (GeoFIPS SS999), as the file has it. */
const bea = (code: string): number => Number(metroRows.find((r) => r.cbsa_code === code)!.rpp_all_items);
/** The state's 2024 parity of the 19 February 2026 release, as the file has it. */
const state = (abbr: string): number =>
  Number(
    stateRows.find((r) => r.state_abbr === abbr && r.year === '2024' && (r.bea_release ?? '').startsWith('19 Feb 2026'))!.rpp_all_items,
  );
const cents = (n: number): number => Math.round(n * 100) / 100;

describe('COL_ADJUST with metropolitan price parities', () => {
  it("prices San Francisco with its own parity, not California's", () => {
    const sanFrancisco = colAdjust(60000, 'TX', 'San Francisco');
    expect(sanFrancisco).not.toBe(colAdjust(60000, 'TX', 'CA'));
    expect(colAdjust(60000, 'TX', 'CA')).toBe(68446.38);
    expect(sanFrancisco).toBe(cents((60000 * bea('41860')) / state('TX')));
    expect(sanFrancisco).toBe(71471.2);
    expect(priceParity(parseArea('San Francisco'))).toMatchObject({
      rpp: 115.613,
      basis: 'metropolitan',
      label: 'BEA RPP 2024, San Francisco-Oakland-Fremont, CA',
    });
  });

  it('gives each metropolitan area its own parity, a multi-state one too', () => {
    expect(priceParity(parseArea('Sunnyvale')).rpp).toBe(bea('41940'));
    expect(priceParity(parseArea('Vancouver, WA'))).toMatchObject({
      rpp: bea('38900'),
      label: 'BEA RPP 2024, Portland-Vancouver-Hillsboro, OR-WA',
    });
    expect(adjustForCostOfLiving(50000, parseArea('Texarkana, AR'), parseArea('Sunnyvale'))).toBeCloseTo(
      (50000 * bea('41940')) / bea('45500'),
      6,
    );
    // Connecticut's planning-region MSAs (OMB 2023) are BEA's and BLS's alike from May 2024.
    expect(priceParity(parseArea('25540')).label).toBe('BEA RPP 2024, Hartford-West Hartford-East Hartford, CT');
  });

  it("prices a nonmetropolitan area with its state's nonmetropolitan portion", () => {
    const north = parseArea('4800002');
    expect(north.name).toBe('North Region of Texas nonmetropolitan area');
    expect(priceParity(north)).toMatchObject({
      rpp: bea('48999'),
      basis: 'nonmetropolitan portion',
      label: 'BEA RPP 2024, Texas nonmetropolitan portion',
    });
    expect(colAdjust(60000, '4800002', 'TX')).toBe(cents((60000 * state('TX')) / bea('48999')));
    expect(colAdjust(60000, '4800002', 'TX')).toBe(66299.54);
    expect(priceParity(north).publication.title).toBe(
      'BEA Regional Price Parities by metropolitan and nonmetropolitan portion, 2024 (released 19 February 2026)',
    );
  });

  it("falls back to the state's parity, and says so, where BEA publishes none for the area", () => {
    // BEA prints 0.000 for Delaware's nonmetropolitan portion: it has none in BEA's tables.
    expect(metroRows.find((r) => r.cbsa_code === '10999')!.rpp_all_items).toBe('');
    expect(priceParity(parseArea('1000005'))).toMatchObject({
      rpp: state('DE'),
      basis: 'state in place of the area',
      label: 'BEA RPP 2024, Delaware, no nonmetropolitan parity for Sussex Delaware nonmetropolitan area',
    });
    expect(colAdjust(60000, '1000005', 'DE')).toBe(60000);
    // Dayton, OH (19380) was redrawn in 2024 as Dayton-Kettering-Beavercreek (19430): BEA's 2024 table has only the new one.
    expect(priceParity(parseArea('19380'))).toMatchObject({
      rpp: state('OH'),
      label: 'BEA RPP 2024, Ohio, no metro parity for Dayton, OH',
    });
    expect(priceParity(parseArea('19430'))).toMatchObject({ rpp: bea('19430'), basis: 'metropolitan' });
    expect(() => priceParity(parseArea('10380'))).toThrow(
      new NotInDataError(
        'no BEA price parity for Aguadilla, PR in the bundled data: none for the area or for Puerto Rico',
        '#N/A NO RPP 10380',
      ),
    );
  });

  it('lists every area of the latest year without a parity of its own, and what it takes (a data refresh that changes this fails here)', () => {
    const latest = Math.max(...localAreas().map(lastYear));
    expect(latest).toBe(2025);
    const current = localAreas().filter((a) => lastYear(a) === latest);
    expect(current.filter((a) => a.kind === 'metropolitan')).toHaveLength(393);
    expect(current.filter((a) => a.kind === 'nonmetropolitan')).toHaveLength(137);
    const none = (name: string, where: string) => `no BEA price parity for ${name} in the bundled data: none for the area or for ${where}`;
    expect(parityFallbacks(current).map((f) => [f.area.code, f.takes])).toEqual([
      ['1000005', 'BEA RPP 2024, Delaware, no nonmetropolitan parity for Sussex Delaware nonmetropolitan area'],
      ['10380', none('Aguadilla, PR', 'Puerto Rico')],
      ['11640', none('Arecibo, PR', 'Puerto Rico')],
      ['25020', none('Guayama, PR', 'Puerto Rico')],
      ['32420', none('Mayaguez, PR', 'Puerto Rico')],
      ['38660', none('Ponce, PR', 'Puerto Rico')],
      ['41980', none('San Juan-Bayamon-Caguas, PR', 'Puerto Rico')],
      ['6600001', none('Guam', 'Guam')],
      ['7200006', none('Puerto Rico nonmetropolitan area', 'Puerto Rico')],
      ['7800001', none('Virgin Islands', 'Virgin Islands')],
    ]);
    // So 387 of 393 MSAs take their own parity and 133 of 137 nonmetropolitan areas their state's portion.
    const bases = current.flatMap((a) => (parityFallbacks([a]).length > 0 ? [] : [priceParity(a).basis]));
    expect(bases.filter((b) => b === 'metropolitan')).toHaveLength(387);
    expect(bases.filter((b) => b === 'nonmetropolitan portion')).toHaveLength(133);
  });

  it("gives the areas of earlier years only (NECTAs, codes retired in 2024) their state's parity", () => {
    const latest = Math.max(...localAreas().map(lastYear));
    const earlier = parityFallbacks(localAreas().filter((a) => lastYear(a) < latest));
    expect(earlier.filter((f) => f.none).map((f) => f.area.code)).toEqual(['41900']);
    expect(earlier.filter((f) => !f.none).map((f) => `${f.area.code} ${f.area.states[0]}`)).toEqual([
      '14100 PA',
      '15680 MD',
      '16060 IL',
      '17460 OH',
      '19060 MD',
      '19180 IL',
      '19380 OH',
      '20700 PA',
      '31460 CA',
      '35100 NC',
      '36140 NJ',
      '38220 AR',
      '39140 AZ',
      '45540 FL',
      '70750 ME',
      '70900 MA',
      '71650 MA',
      '71950 CT',
      '72400 VT',
      '72850 CT',
      '73050 NH',
      '73450 CT',
      '74500 MA',
      '74650 ME',
      '74950 NH',
      '75550 MA',
      '75700 CT',
      '76450 CT',
      '76600 MA',
      '76750 ME',
      '76900 NH',
      '77200 RI',
      '78100 MA',
      '78700 CT',
      '79600 MA',
    ]);
  });

  it('never divides parities of two years or two releases', () => {
    const places = ['US', 'TX', 'San Francisco', '4800002', '1000005'].map((p) => priceParity(parseArea(p)));
    expect(new Set(places.map((p) => p.year))).toEqual(new Set([2024]));
    for (const p of places) expect(p.publication.title).toMatch(/, 2024 \(released 19 February 2026\)$/);
    expect(REFERENCE.areaParitySources.year).toBe(2024);
  });
});
