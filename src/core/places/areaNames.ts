/**
 * How people name a metropolitan or nonmetropolitan area: its BLS title ("San Jose-Sunnyvale-Santa
 * Clara, CA"), the title without its states, or any principal city in it ("Sunnyvale"). Read
 * from the area tables the first time a place is not a state.
 *
 * A name maps to the areas that carried it in the most recent year any area did: "Sacramento"
 * finds the MSA as BLS titles it now, while an old title ("Sacramento--Roseville--Arden-Arcade,
 * CA") still finds the area it named. The keys are worked out when the tables are generated
 * (src/core/places/areaNameKeys.ts): a call looks up the keys it is given.
 */
import type { Area } from '../referenceTypes';
import { areasWithKey, everyAreaKey } from './areaTables';
import { nearestMatchIndex } from '../nearestMatch';

export { placeKey, principalCities } from './areaNameKeys';

/** Every key with the areas it names, in the tables' order: read once more than a few are looked up. */
let every: readonly { key: string; areas: readonly Area[] }[] | undefined;
let byKey: Map<string, readonly Area[]> | undefined;
let searches = 0;

/**
 * A call or two searches the tables for its key's line, which is cheaper than reading every
 * key; a range of places (or of misspellings, each searched for in vain) reads them all into a
 * map once.
 */
const SEARCHES_BEFORE_MAP = 8;

/** The areas a place key names (none, one, or several for a city in more than one area). */
export function areasNamed(key: string): readonly Area[] {
  if (!byKey && ++searches <= SEARCHES_BEFORE_MAP) return areasWithKey(key);
  byKey ??= new Map(everyKey().map((entry) => [entry.key, entry.areas]));
  return byKey.get(key) ?? [];
}

function everyKey(): readonly { key: string; areas: readonly Area[] }[] {
  every ??= everyAreaKey();
  return every;
}

let suggestions: readonly { key: string; value: Area }[] | undefined;

/** Area names and cities for "did you mean" (a key naming several areas is left out): read for the first unknown place. */
export function areaNameSuggestions(): readonly { key: string; value: Area }[] {
  suggestions ??= everyKey()
    .filter((entry) => entry.areas.length === 1)
    .map((entry) => ({ key: entry.key, value: entry.areas[0]! }));
  return suggestions;
}

let nearest: ((given: string) => Area | undefined) | undefined;

/** The area whose name or city is nearest to a typo, if one is close enough (the index is built for the first typo). */
export function nearestAreaName(key: string): Area | undefined {
  nearest ??= nearestMatchIndex(areaNameSuggestions());
  return nearest(key);
}
