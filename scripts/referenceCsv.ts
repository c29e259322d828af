/**
 * Reading one reference CSV and the columns every data file shares: its rows by column name,
 * whether a row may be used, its year, and what it cites (data/CITATIONS.md). The file readers
 * (scripts/referenceData.ts, areaData.ts, careerData.ts, credentialData.ts) build on these.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { isPublisherUrl, type Publication } from '../src/core/publishers';
import type { PublishedStat, Soc } from '../src/core/referenceTypes';

export type Row = Record<string, string>;

/** Rows whose status says they must not be used (see data/SOURCES.md conventions). */
const UNUSABLE_STATUS = new Set(['conflicting', 'uncertain-year', 'historical']);

export function readCsv(path: string): Row[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Row[];
}

export function usable(row: Row): boolean {
  return !UNUSABLE_STATUS.has((row.status ?? '').trim());
}

/** "May 2025" or "2025" → 2025; anything else → NaN. */
export function yearOf(text: string): number {
  const match = /^(?:May\s+)?(\d{4})$/.exec(text.trim());
  return match ? Number(match[1]) : Number.NaN;
}

export function numberOrUndefined(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export interface WageRow {
  soc: Soc;
  area: string;
  year: number;
  release: string;
  values: Partial<Record<PublishedStat, number>>;
  missing: Partial<Record<PublishedStat, string>>;
  publication: Publication;
  file: string;
}

/** What a row cites: its `source` (the publication) and `source_url` (the publisher's page). */
export function publicationOf(row: Row): Publication {
  return { title: (row.source ?? '').trim(), url: (row.source_url ?? '').trim() };
}

/** Every row names its publication and links the publisher's page (data/CITATIONS.md). */
export function checkCitationColumns(file: string, rows: readonly Row[], problems: string[]): void {
  rows.forEach((row, i) => {
    const where = `${file} row ${i + 2}`;
    const { title, url } = publicationOf(row);
    if (!title) problems.push(`${where}: no publication in "source"`);
    else if (/:\/\//.test(title)) problems.push(`${where}: "source" must name the publication, not an address ("${title}")`);
    // A secondary report whose publisher's page is not in the data (a college's tuition, as an
    // article gives it) keeps source_url blank: it is shown by name, never with the copy's address.
    if (!url) {
      if ((row.status ?? '').trim() !== 'secondary' || !(row.retrieved_from ?? '').trim())
        problems.push(`${where}: no publisher page in "source_url"`);
    } else if (!isPublisherUrl(url))
      problems.push(`${where}: source_url ${url} is not a publisher's page (bls.gov, bea.gov, aapc.com, ahima.org)`);
  });
}
