/**
 * The published figures the estimate is checked against (data/validation_published_figures.csv):
 * survey and BLS figures the model's factors are not read from, each with its publication, the
 * publisher's page, the copy it was read from and a confidence, like every file in data/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPublisherUrl } from '../../src/core/publishers';
import { readCsv } from '../referenceData';

export const FIGURES_FILE = join(fileURLToPath(import.meta.url), '..', '..', '..', 'data', 'validation_published_figures.csv');

export interface PublishedFigure {
  readonly id: string;
  readonly organization: string;
  /** The publication: one survey or release and its year, the unit a ratio may not cross. */
  readonly source: string;
  readonly year: number;
  readonly dimension: string;
  readonly group: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly sourceUrl: string;
  readonly confidence: 'high' | 'medium' | 'low';
  readonly status: 'ok' | 'uncertain-year';
}

export type PublishedFigures = ReadonlyMap<string, PublishedFigure>;

const CONFIDENCES = new Set(['high', 'medium', 'low']);
const STATUSES = new Set(['ok', 'uncertain-year']);

/** Reads and checks the file; throws one error listing every problem. */
export function readPublishedFigures(path = FIGURES_FILE): PublishedFigures {
  const problems: string[] = [];
  const figures = new Map<string, PublishedFigure>();
  readCsv(path).forEach((row, i) => {
    const where = `validation_published_figures.csv row ${i + 2} (${row.figure_id || 'no id'})`;
    const value = Number(row.value);
    const year = Number(row.year);
    if (!row.figure_id) problems.push(`${where}: no figure_id`);
    else if (figures.has(row.figure_id)) problems.push(`${where}: figure_id listed twice`);
    if (!row.source || !row.group || !row.metric || !row.unit) problems.push(`${where}: incomplete row`);
    if (!(value > 0)) problems.push(`${where}: value "${row.value}" is not a positive number`);
    if (!/^\d{4}$/.test(row.year ?? '')) problems.push(`${where}: year "${row.year}" is not a four-digit year`);
    if (!isPublisherUrl(row.source_url ?? '')) problems.push(`${where}: source_url "${row.source_url}" is not a publisher's page`);
    if (!row.retrieved_from) problems.push(`${where}: no retrieved_from (the copy the figure was read from)`);
    if (!CONFIDENCES.has(row.confidence ?? '')) problems.push(`${where}: confidence "${row.confidence}" is not high, medium or low`);
    if (!STATUSES.has(row.status ?? '')) problems.push(`${where}: status "${row.status}" is not ok or uncertain-year`);
    figures.set(row.figure_id!, {
      id: row.figure_id!,
      organization: row.organization ?? '',
      source: row.source ?? '',
      year,
      dimension: row.dimension ?? '',
      group: row.group ?? '',
      metric: row.metric ?? '',
      value,
      unit: row.unit ?? '',
      sourceUrl: row.source_url ?? '',
      confidence: row.confidence as PublishedFigure['confidence'],
      status: row.status as PublishedFigure['status'],
    });
  });
  if (problems.length > 0) throw new Error(`validation figures check failed:\n  - ${problems.join('\n  - ')}`);
  return figures;
}
