/**
 * AREA_LIST: the metropolitan and nonmetropolitan areas of a state (or of the whole country) with
 * each one's published employment and median, for people building their own tables.
 */
import type { Area, WageRecord } from '../referenceTypes';
import type { RoleInfo } from './roles';
import { InputError, NotInDataError } from '../inputError';
import { nearestMatch, quoted } from '../nearestMatch';
import { hasAreaFigures, lastYear, localAreas } from '../places/areaTables';
import { publishedWages } from './distribution';
import { isLocalArea } from '../places/areas';

export type AreaSort = 'name' | 'median' | 'employment' | 'code';

const SORTS: readonly AreaSort[] = ['name', 'median', 'employment', 'code'];
export const SORT_ACCEPTED = '"name" (default), "median" (highest first), "employment" (highest first) or "code"';

export const AREA_LIST_HEADER = ['Code', 'Area', 'Type', 'Employment', 'Median', 'Year'] as const;
/** What a cell shows where the data has no figure for the area (see the README's known gaps). */
export const NO_FIGURE = 'no figure in the data';

export function parseAreaSort(text: string): AreaSort {
  const key = text.trim().toLowerCase();
  if (key === '') return 'name';
  const sort = SORTS.find((s) => s === key);
  if (sort) return sort;
  throw new InputError('sort', text, SORT_ACCEPTED, () =>
    quoted(
      nearestMatch(
        key,
        SORTS.map((s) => ({ key: s, value: s })),
      ),
    ),
  );
}

/** The areas BLS defines in the data's latest year that lie (wholly or partly) in the state; every one for the nation. */
export function areasIn(place: Area): Area[] {
  if (isLocalArea(place)) {
    throw new InputError(
      'state',
      place.name,
      'a state ("CA", "California") or "US" for every area',
      undefined,
      'AREA_LIST lists the areas of a state or of the nation, not of a metropolitan or nonmetropolitan area',
    );
  }
  const areas = localAreas();
  const latest = Math.max(...areas.map(lastYear));
  return areas.filter((a) => lastYear(a) === latest && (place.kind === 'national' || a.states.includes(place.code)));
}

/** An area with its published record, or none where the data has no figure for it. */
export interface ListedArea {
  readonly area: Area;
  /** The latest record with a published median (publishedWages); absent: no figure in the data. */
  readonly record?: WageRecord;
}

/**
 * Every area of `areasIn(place)` with the record its figures come from. Throws NotInDataError
 * when the data has no area figures for the occupation at all (29-9021).
 */
export function listedAreas(place: Area, role: RoleInfo): ListedArea[] {
  if (!hasAreaFigures(role.soc)) {
    throw new NotInDataError(
      `the bundled BLS area estimates do not cover ${role.occupation} (${role.soc}); no figure in the data for any area`,
      `#N/A NO AREA FIGURES ${role.soc}`,
    );
  }
  return areasIn(place).map((area) => {
    try {
      return { area, record: publishedWages(role, area) };
    } catch (error) {
      if (error instanceof NotInDataError) return { area };
      throw error;
    }
  });
}

interface Listed {
  readonly area: Area;
  readonly employment?: number;
  readonly median?: number;
  readonly year?: number;
}

/** One row per area: code, name, type, employment, median, year (the record's: the latest with a median). */
export function areaListRows(place: Area, role: RoleInfo, sort: AreaSort): (string | number)[][] {
  const listed: Listed[] = listedAreas(place, role).map(({ area, record }) => ({
    area,
    employment: record?.values.employment,
    median: record?.values.annual_median,
    year: record?.year,
  }));
  const byName = (a: Listed, b: Listed): number => a.area.name.localeCompare(b.area.name);
  const highFirst = (k: 'median' | 'employment') => (a: Listed, b: Listed) => (b[k] ?? -1) - (a[k] ?? -1) || byName(a, b);
  const order: Record<AreaSort, (a: Listed, b: Listed) => number> = {
    name: byName,
    code: (a, b) => a.area.code.localeCompare(b.area.code),
    median: highFirst('median'),
    employment: highFirst('employment'),
  };
  return listed
    .sort(order[sort])
    .map((l) => [l.area.code, l.area.name, l.area.kind, l.employment ?? NO_FIGURE, l.median ?? NO_FIGURE, l.year ?? NO_FIGURE]);
}
