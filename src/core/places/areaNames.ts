/**
 * How people name a metropolitan or nonmetropolitan area: its BLS title ("San Jose-Sunnyvale-Santa
 * Clara, CA"), the title without its states, or any principal city in it ("Sunnyvale"). Built
 * from the area tables the first time a place is not a state.
 *
 * A name maps to the areas that carried it in the most recent year any area did: "Sacramento"
 * finds the MSA as BLS titles it now, while an old title ("Sacramento--Roseville--Arden-Arcade,
 * CA") still finds the area it named.
 */
import type { Area } from '../referenceTypes';
import { localAreas } from './areaTables';
import { nearestMatchIndex } from '../nearestMatch';

/**
 * Place text as compared: lower case, single spaces, no full stops ("St. Louis" = "st louis"),
 * any dash a hyphen with no spaces around it, one space after a comma.
 */
export function placeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\./g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\s+/g, ' ')
    .replace(/\s*([-/])\s*/g, '$1')
    .replace(/\s*,\s*/g, ', ')
    .trim();
}

/**
 * BLS separates a title's cities with "-" and writes "--" between them when a city's own name
 * has a hyphen (Scranton--Wilkes-Barre). A title that is a single hyphenated city has no "--"
 * to show it, so those are named here.
 */
const HYPHENATED_CITIES = new Set(['winston-salem']);

/** The cities of a title's city part: "nashville-davidson--murfreesboro--franklin" → nashville-davidson, nashville, murfreesboro, franklin. */
export function principalCities(cityPart: string): string[] {
  if (HYPHENATED_CITIES.has(cityPart)) return [cityPart];
  const cities: string[] = [];
  const parts = cityPart.includes('--') ? cityPart.split('--') : cityPart.split('-');
  for (const part of parts) {
    for (const city of part.split('/')) {
      if (!city) continue;
      cities.push(city);
      // "Nashville-Davidson" is Nashville's consolidated government: people type "Nashville".
      if (city.includes('-')) cities.push(city.slice(0, city.indexOf('-')));
      // BLS titles Honolulu "Urban Honolulu".
      if (city.startsWith('urban ')) cities.push(city.slice('urban '.length));
    }
  }
  return cities;
}

const NONMETRO_SUFFIX = ' nonmetropolitan area';

/** Every key one of an area's names is found by. */
function keysOf(name: string, kind: Area['kind']): string[] {
  const full = placeKey(name);
  const keys = [full];
  if (kind === 'nonmetropolitan') {
    if (full.endsWith(NONMETRO_SUFFIX)) keys.push(full.slice(0, -NONMETRO_SUFFIX.length));
    return keys;
  }
  const comma = full.lastIndexOf(', ');
  const cityPart = comma >= 0 ? full.slice(0, comma) : full;
  keys.push(cityPart, ...principalCities(cityPart));
  return keys;
}

interface NameIndex {
  readonly byKey: Map<string, readonly Area[]>;
  /** Each key once with the area it names, for "did you mean" (a key naming several areas is left out). */
  readonly suggestions: readonly { key: string; value: Area }[];
}

let index: NameIndex | undefined;

function nameIndex(): NameIndex {
  if (index) return index;
  const claimed = new Map<string, { year: number; areas: Area[] }>();
  // Each distinct name of an area once, with the last year it carried it.
  const entries: { area: Area; year: number; name: string }[] = [];
  for (const area of localAreas()) {
    const last = new Map<string, number>();
    for (const { year, name } of area.names ?? []) last.set(name, year);
    for (const [name, year] of last) entries.push({ area, year, name });
  }
  for (const { area, year, name } of entries.sort((a, b) => b.year - a.year)) {
    for (const key of keysOf(name, area.kind)) {
      const entry = claimed.get(key);
      if (!entry) claimed.set(key, { year, areas: [area] });
      else if (entry.year === year && !entry.areas.includes(area)) entry.areas.push(area);
    }
  }
  const byKey = new Map<string, readonly Area[]>();
  const suggestions: { key: string; value: Area }[] = [];
  for (const [key, { areas }] of claimed) {
    byKey.set(key, areas);
    if (areas.length === 1) suggestions.push({ key, value: areas[0]! });
  }
  index = { byKey, suggestions };
  return index;
}

/** The areas a place key names (none, one, or several for a city in more than one area). */
export function areasNamed(key: string): readonly Area[] {
  return nameIndex().byKey.get(key) ?? [];
}

/** Area names and cities for "did you mean". */
export function areaNameSuggestions(): readonly { key: string; value: Area }[] {
  return nameIndex().suggestions;
}

let nearest: ((given: string) => Area | undefined) | undefined;

/** The area whose name or city is nearest to a typo, if one is close enough (the index is built for the first typo). */
export function nearestAreaName(key: string): Area | undefined {
  nearest ??= nearestMatchIndex(nameIndex().suggestions);
  return nearest(key);
}
