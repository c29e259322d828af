/**
 * The data check refuses a row that does not cite its publication and the publisher's page
 * (data/CITATIONS.md), run on a copy of data/ with one cell changed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTable, writeTable } from '../../scripts/dataUpdate/table';
import { loadReferenceData } from '../../scripts/referenceData';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const scratch = mkdtempSync(join(tmpdir(), 'citation-columns-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of data/ with one row of one file changed; returns the check's problems. */
function problemsAfter(file: string, change: (row: Record<string, string>) => void, rowIndex = 0): string[] {
  const dir = mkdtempSync(join(scratch, 'data-'));
  cpSync(DATA, dir, { recursive: true, filter: (src) => !src.startsWith(join(DATA, 'generated')) });
  const table = readTable(join(dir, file));
  change(table.rows[rowIndex]!);
  writeTable(join(dir, file), table);
  try {
    loadReferenceData(dir);
    return [];
  } catch (error) {
    return (error as { problems?: string[] }).problems ?? [String(error)];
  }
}

describe('the data check on citations', () => {
  it('passes on data/ as it is', () => {
    expect(() => loadReferenceData(DATA)).not.toThrow();
  });

  it('fails when a row has no publication', () => {
    expect(problemsAfter('projections_ooh.csv', (row) => (row.source = ''))).toEqual(['projections_ooh.csv row 2: no publication in "source"']);
  });

  it('fails when a row has no publisher page, even one the add-on does not use', () => {
    const historical = readTable(join(DATA, 'industry_29-2072.csv')).rows.findIndex((r) => r.status === 'historical');
    expect(problemsAfter('industry_29-2072.csv', (row) => (row.source_url = ''), historical)).toEqual([
      `industry_29-2072.csv row ${historical + 2}: no publisher page in "source_url"`,
    ]);
  });

  it('fails when the page cited is a copy, or the publication is an address', () => {
    const copy = 'https://github.com/dmohrweiss/DBGroup6/blob/4678cdc/data/processed/bea_cost_of_living.csv';
    const asPage = problemsAfter('bea_rpp_states_2023_2024.csv', (row) => (row.source_url = copy));
    expect(asPage).toContain(
      `bea_rpp_states_2023_2024.csv row 2: source_url ${copy} is not a publisher's page (bls.gov, bea.gov, aapc.com, ahima.org)`,
    );
    // The bundled data is checked as a whole too: no address of a copy may reach a user.
    expect(asPage).toContain(
      `data.priceParities[0].publication.url: ${copy} is not a publisher's page; the copy it was read from belongs in retrieved_from`,
    );
    const asTitle = problemsAfter('bea_rpp_states_2023_2024.csv', (row) => (row.source = row.retrieved_from!));
    expect(asTitle.filter((p) => p.startsWith('bea_rpp_states_2023_2024.csv row 2'))).toEqual([
      expect.stringMatching(/^bea_rpp_states_2023_2024\.csv row 2: "source" must name the publication, not an address \("https:\/\/github\.com\//),
    ]);
  });

  it("fails when an OEWS row cites another year's or another state's page", () => {
    expect(problemsAfter('oews_29-2072_state_may2025.csv', (row) => (row.source_url = 'https://www.bls.gov/oes/2024/may/oes_al.htm'))).toContain(
      'oews_29-2072_state_may2025.csv: AL 29-2072 2025 cites https://www.bls.gov/oes/2024/may/oes_al.htm; its page is https://www.bls.gov/oes/2025/may/oes_al.htm',
    );
    expect(problemsAfter('oews_29-2072_state_may2025.csv', (row) => (row.source_url = 'https://www.bls.gov/oes/2025/may/oes_ak.htm'))).toContain(
      'oews_29-2072_state_may2025.csv: AL 29-2072 2025 cites https://www.bls.gov/oes/2025/may/oes_ak.htm; its page is https://www.bls.gov/oes/2025/may/oes_al.htm',
    );
  });

  it('fails when the setting medians are cited on a page other than the handbook the ratio comes from', () => {
    const problems = problemsAfter('industry_29-2072.csv', (row) => (row.source_url = 'https://www.bls.gov/oes/2025/may/oes292072.htm'));
    expect(problems).toEqual([
      'setting figure "Offices of physicians median, May 2025" cites https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm, the other setting https://www.bls.gov/oes/2025/may/oes292072.htm',
    ]);
  });
});
