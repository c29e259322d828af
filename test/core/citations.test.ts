/**
 * What a user reads as a source names the publication and links the publisher's own page
 * (data/CITATIONS.md): EXPLAIN through the built bundle for every state and role, SALARY_SOURCE,
 * and the sources lines of built sheets.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { NATIONAL, STATES } from '../../src/core/places/areas';
import { publishedWages, areaDistribution } from '../../src/core/pay/distribution';
import { ROLES, type Role } from '../../src/core/pay/roles';
import { wageSourceLines } from '../../src/core/sources/citations';
import { isPublisherUrl } from '../../src/core/publishers';
import { webAddresses } from '../../scripts/build';

const bundle = vm.createContext({});
vm.runInContext(readFileSync('dist/Code.js', 'utf8'), bundle);
const call = (formula: string): unknown => vm.runInContext(formula, bundle);

describe('EXPLAIN cites the BLS page of the figures it used', () => {
  for (const role of Object.keys(ROLES) as Role[]) {
    it(`for every state (${role}): the state page of the record's own year`, () => {
      for (const area of STATES) {
        const record = publishedWages(ROLES[role], area);
        const rows = call(`CODER_SALARY_EXPLAIN(${JSON.stringify(area.code)}, 5, "CPC", ${JSON.stringify(role)}, "hospital")`) as [
          string,
          unknown,
        ][];
        const base = rows.find(([step]) => step === 'Base source')?.[1];
        expect(base, area.code).toBe(
          `BLS OEWS May ${record.year}, state estimates, ${area.name}: https://www.bls.gov/oes/${record.year}/may/oes_${area.code.toLowerCase()}.htm`,
        );
        const all = rows.map(([, value]) => String(value)).join('\n');
        for (const url of webAddresses(all)) expect(isPublisherUrl(url), `${area.code}: ${url}`).toBe(true);
      }
    });
  }

  it('cites May 2024 pages where a state has only May 2024 figures', () => {
    const rows = call('CODER_SALARY_EXPLAIN("NY", 5, "none", "hit")') as [string, unknown][];
    expect(
      publishedWages(
        ROLES.hit,
        STATES.find((s) => s.code === 'NY')!,
      ).year,
    ).toBe(2024);
    expect(rows.find(([step]) => step === 'Base source')?.[1]).toContain('https://www.bls.gov/oes/2024/may/oes_ny.htm');
  });

  it('cites the national page of the occupation for the US, and of the borrowed shape in a fallback', () => {
    const us = call('CODER_SALARY_EXPLAIN("US", 5, "CPC", "biller")') as [string, unknown][];
    expect(us.find(([step]) => step === 'Base source')?.[1]).toBe(
      'BLS Occupational Employment and Wage Statistics (OEWS), May 2025, national estimates, United States: https://www.bls.gov/oes/2025/may/oes433021.htm',
    );
    const ak = call('CODER_SALARY_EXPLAIN("AK", 5, "CPC")') as [string, unknown][];
    expect(ak.find(([step]) => step === 'Percentiles used')?.[1]).toContain(
      'national figures: BLS Occupational Employment and Wage Statistics (OEWS), May 2025, national estimates: https://www.bls.gov/oes/2025/may/oes292072.htm',
    );
  });

  it('cites the Occupational Outlook Handbook for the setting ratio and the AAPC report for credentials', () => {
    const rows = new Map(call('CODER_SALARY_EXPLAIN("NY", 12, "CPC, CRC", "coder", "hospital")') as [string, string][]);
    expect(rows.get('Setting basis')).toMatch(
      /; BLS Occupational Outlook Handbook, Medical Records Specialists, "Pay": https:\/\/www\.bls\.gov\/ooh\/healthcare\/medical-records-and-health-information-technicians\.htm; AAPC 2015 Salary Survey: https:\/\/www\.aapc\.com\/resources\/medical-coding-salary-survey$/,
    );
    expect(rows.get('Credential basis')).toContain('https://www.aapc.com/resources/medical-coding-salary-survey');
  });
});

describe('SALARY_SOURCE', () => {
  it('names each publication with its page on the publisher site', () => {
    const text = call('SALARY_SOURCE()') as string;
    expect(text).toContain('SOC 29-2072 Medical Records Specialists, May 2025: national https://www.bls.gov/oes/2025/may/oes292072.htm');
    expect(text).toContain('https://www.bls.gov/oes/tables.htm');
    expect(text).toContain(
      'Cost of living: BEA Regional Price Parities by state, 2024 (released 19 February 2026): https://www.bea.gov/data/prices-inflation/regional-price-parities-state-and-metro-area',
    );
    expect(text).toContain(
      'BLS Employment Projections 2025–2035, occupational data (SOC 29-2072, 29-9021): https://www.bls.gov/emp/tables/emp-by-detailed-occupation.htm',
    );
    expect(text).toContain('https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm');
    expect(text).toContain('https://www.aapc.com/resources/medical-coding-salary-survey');
    for (const url of webAddresses(text)) expect(isPublisherUrl(url), url).toBe(true);
  });
});

describe('sources lines of a table', () => {
  it('list each state page used, grouped by release', () => {
    const lines = wageSourceLines(
      ['CA', 'TX'].map((code) =>
        areaDistribution(
          ROLES.coder,
          STATES.find((s) => s.code === code)!,
        ),
      ),
    );
    expect(lines).toEqual([
      'Wages (CA): BLS OEWS May 2025, state estimates: https://www.bls.gov/oes/2025/may/oes_ca.htm',
      'Wages (TX): BLS OEWS May 2025, state estimates: https://www.bls.gov/oes/2025/may/oes_tx.htm',
    ]);
  });

  it('add the national page whose shape a fallback state borrows, and the national page of a US row', () => {
    const lines = wageSourceLines([NATIONAL, STATES.find((s) => s.code === 'AK')!].map((area) => areaDistribution(ROLES.coder, area)));
    expect(lines).toEqual([
      'Wages (US, SOC 29-2072): BLS Occupational Employment and Wage Statistics (OEWS), May 2025, national estimates: https://www.bls.gov/oes/2025/may/oes292072.htm',
      'Wages (AK): BLS OEWS May 2025, state estimates: https://www.bls.gov/oes/2025/may/oes_ak.htm',
    ]);
  });

  it('name the page pattern, with one example, when a release covers many states', () => {
    const lines = wageSourceLines(STATES.map((area) => areaDistribution(ROLES.hit, area)));
    expect(lines).toContainEqual(
      `Wages: BLS OEWS May 2024, state estimates, 51 states, one page per state (e.g. AL https://www.bls.gov/oes/2024/may/oes_al.htm), all listed at https://www.bls.gov/oes/tables.htm`,
    );
  });
});
