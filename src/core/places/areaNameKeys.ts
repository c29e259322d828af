/**
 * The keys an area's names are found by, worked out once from the area tables: the generator
 * stores them in dist/AreaTables.html (src/core/places/areaTableFormat.ts), so the first call
 * that names an area reads the index instead of building it.
 */
import type { Area } from '../referenceTypes';

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

/**
 * Each key with the positions (in `areas`) of the areas that carried it in the most recent year
 * any area did, in the order the keys were first claimed: "Sacramento" finds the MSA as BLS
 * titles it now, while an old title still finds the area it named.
 */
export function areaNameIndex(areas: readonly Area[]): [string, ...number[]][] {
  const claimed = new Map<string, { year: number; areas: number[] }>();
  // Each distinct name of an area once, with the last year it carried it.
  const entries: { area: number; year: number; name: string }[] = [];
  areas.forEach((area, i) => {
    const last = new Map<string, number>();
    for (const { year, name } of area.names ?? []) last.set(name, year);
    for (const [name, year] of last) entries.push({ area: i, year, name });
  });
  for (const { area, year, name } of entries.sort((a, b) => b.year - a.year)) {
    for (const key of keysOf(name, areas[area]!.kind)) {
      const entry = claimed.get(key);
      if (!entry) claimed.set(key, { year, areas: [area] });
      else if (entry.year === year && !entry.areas.includes(area)) entry.areas.push(area);
    }
  }
  return [...claimed].map(([key, { areas: found }]) => [key, ...found]);
}
