/** US states, DC and the nation, as people type them. */
import { REFERENCE } from '../../data/generated/reference';
import type { Area } from './referenceTypes';
import { InputError } from './inputError';
import { nearestMatch } from './nearestMatch';

export const NATIONAL: Area = { code: 'US', name: 'United States', fips: '00' };

/** The 50 states and DC, alphabetical by name. */
export const STATES: readonly Area[] = REFERENCE.areas;

const NATIONAL_ALIASES = ['us', 'usa', 'u.s.', 'u.s.a.', 'united states', 'united states of america', 'national', 'nation', 'nationwide'];
const EXTRA_ALIASES: Readonly<Record<string, string>> = {
  'washington dc': 'DC',
  'washington d.c.': 'DC',
  'd.c.': 'DC',
  'district of columbia': 'DC',
};

let lookup: Map<string, Area> | undefined;
function areaLookup(): Map<string, Area> {
  if (lookup) return lookup;
  lookup = new Map();
  for (const area of STATES) {
    lookup.set(area.code.toLowerCase(), area);
    lookup.set(area.name.toLowerCase(), area);
  }
  for (const alias of NATIONAL_ALIASES) lookup.set(alias, NATIONAL);
  for (const [alias, code] of Object.entries(EXTRA_ALIASES))
    lookup.set(
      alias,
      STATES.find((s) => s.code === code)!,
    );
  return lookup;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export const AREA_ACCEPTED = 'a two-letter state code ("CA"), a state name ("California"), "DC", or "US" for the nation';

/** "CA", "ca", " new york ", "National" → the area; anything else → InputError with a suggestion. */
export function parseArea(text: string, argument = 'state'): Area {
  if (text.trim() === '') throw new InputError(argument, '', AREA_ACCEPTED, undefined, `missing ${argument}`);
  const found = areaLookup().get(normalise(text));
  if (found) return found;
  const suggest = () => {
    const nearest = nearestMatch(
      normalise(text),
      [...areaLookup().entries()].map(([key, value]) => ({ key, value })),
    );
    return nearest ? `"${nearest.name}" (${nearest.code})` : undefined;
  };
  throw new InputError(argument, text, AREA_ACCEPTED, suggest, `unknown ${argument}`);
}

export function areaByCode(code: string): Area {
  return code === 'US' ? NATIONAL : STATES.find((s) => s.code === code)!;
}
