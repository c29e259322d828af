/**
 * The metropolitan and nonmetropolitan area tables `npm run data:update` writes in `data/`:
 * their file names and columns. Two kinds of CSV, in the vocabulary of the reference files they
 * extend:
 *  - area wages, `oews_metro_*.csv`: one row per occupation, area and OEWS year
 *    (`reference_period` "May 2025"), the area's published annual figures and location quotient;
 *  - area definitions, `oews_areas_*.csv`: every area BLS defines each year, with type and
 *    primary state, so an area without a figure can still be named.
 * Reading and checking them (by their columns, whatever their names) is scripts/areaData.ts.
 */

/** The columns of the area wage tables (those of `oews_metro_29-2072_43-3021_2022_2025.csv`). */
export const AREA_WAGE_COLUMNS: readonly string[] = [
  'soc_code',
  'reference_period',
  'area_code',
  'area_name',
  'area_type',
  'state',
  'employment',
  'annual_mean',
  'annual_median',
  'annual_p25',
  'annual_p75',
  'location_quotient',
  'source',
  'source_url',
  'retrieved_from',
  'names_from',
];

/**
 * Figures an area wage row may carry: the annual figures and the location quotient (the
 * occupation's share of the area's jobs against its share nationally). p10 and p90 only where
 * the official file was read.
 */
export const AREA_FIGURES = [
  'employment',
  'annual_mean',
  'annual_median',
  'annual_p10',
  'annual_p25',
  'annual_p75',
  'annual_p90',
  'location_quotient',
] as const;
export type AreaFigure = (typeof AREA_FIGURES)[number];

/** The columns of the area definitions (those of `oews_areas_2022_2025.csv`). */
export const AREA_DEFINITION_COLUMNS: readonly string[] = [
  'reference_period',
  'area_code',
  'area_name',
  'area_type',
  'state',
  'source',
  'source_url',
  'retrieved_from',
];

export function isAreaWageFile(fileName: string): boolean {
  return /^oews_metro_.*\.csv$/.test(fileName);
}

export function isAreaDefinitionFile(fileName: string): boolean {
  return /^oews_areas_.*\.csv$/.test(fileName);
}
