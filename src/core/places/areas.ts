/**
 * Places as people type them: the nation, a state or DC, or a BLS metropolitan or
 * nonmetropolitan area (by code, title or principal city). `parseArea` is the one resolver every
 * function's place argument goes through.
 */
import { REFERENCE } from '../../../data/generated/reference';
import type { Area } from '../referenceTypes';
import { CELL_TEXT_MAX, InputError } from '../inputError';
import { RemoteWorkError, isRemoteWork } from './remoteWork';
import { nearestMatchIndex } from '../nearestMatch';
import { rememberedByKey } from '../memo';
import { areasWithCode } from './areaTables';
import { areaNameSuggestions, areasNamed, nearestAreaName, placeKey } from './areaNames';

export const NATIONAL: Area = { code: 'US', name: 'United States', kind: 'national', states: [], fips: '00' };

/** The 50 states and DC, alphabetical by name. */
export const STATES: readonly Area[] = REFERENCE.areas.map((s) => ({ ...s, kind: 'state', states: [s.code] }));

/** Territories BLS defines areas in; the data has no state figures for them (code list, not statistics). */
const TERRITORY_NAMES: Readonly<Record<string, string>> = { PR: 'Puerto Rico', GU: 'Guam', VI: 'Virgin Islands' };

const NATIONAL_ALIASES = ['us', 'usa', 'u.s.', 'u.s.a.', 'united states', 'united states of america', 'national', 'nation', 'nationwide'];
const EXTRA_ALIASES: Readonly<Record<string, string>> = {
  'washington dc': 'DC',
  'washington d.c.': 'DC',
  'd.c.': 'DC',
  'district of columbia': 'DC',
};

let lookup: Map<string, Area> | undefined;
function stateLookup(): Map<string, Area> {
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

export const AREA_ACCEPTED =
  'a state ("CA", "California"), "DC", "US" for the nation, or a metropolitan or nonmetropolitan area by BLS code ("41940"), title ("San Jose-Sunnyvale-Santa Clara, CA") or city ("Sunnyvale", "Portland, OR"); for a remote job, the employer\'s area';

/** A BLS metropolitan or nonmetropolitan area, as against a state, DC or the nation. */
export function isLocalArea(area: Area): boolean {
  return area.kind === 'metropolitan' || area.kind === 'nonmetropolitan';
}

/** "San Jose-Sunnyvale-Santa Clara, CA (41940)"; a state as "California (CA)". */
export function areaLabel(area: Area): string {
  return `${area.name} (${area.code})`;
}

/** The state an area is filed under by BLS (its own for a state), or undefined for the nation and territories. */
export function stateOf(area: Area): Area | undefined {
  if (area.kind === 'national') return undefined;
  if (area.kind === 'state') return area;
  return STATES.find((s) => s.code === area.states[0]);
}

/** The state's name, a territory's name, or the code itself. */
export function stateName(code: string): string {
  return STATES.find((s) => s.code === code)?.name ?? TERRITORY_NAMES[code] ?? code;
}

/**
 * A typed BLS area code: MSAs have 5 digits, nonmetropolitan areas 7, the first two the state's
 * FIPS code, so a code typed into a cell reaches us as a number without its leading zero
 * (200006 for 0200006).
 */
function areaCode(key: string): string | undefined {
  if (/^\d{5}$|^\d{7}$/.test(key)) return key;
  if (/^\d{6}$/.test(key)) return `0${key}`;
  return undefined;
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A place that matches an area only partly: the message is a whole sentence naming the areas it could mean. */
export class AreaMatchError extends InputError {
  constructor(argument: string, given: string, sentence: string) {
    super(argument, given, AREA_ACCEPTED, undefined, sentence);
  }

  override get sentence(): string {
    return this.problem;
  }
}

/** A city in several areas is not guessed: the message lists them so the person can add the state. */
export class AmbiguousAreaError extends AreaMatchError {
  constructor(
    argument: string,
    given: string,
    readonly candidates: readonly Area[],
    within?: Area,
  ) {
    const count = COUNT_WORDS[candidates.length] ?? String(candidates.length);
    const list = [...candidates]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(areaLabel)
      .join('; ');
    const where = within ? ` in ${within.name}` : '';
    const hint = within ? 'use the area code or the full title' : 'add the state';
    super(argument, given, `"${given.trim()}" is in ${count} areas${where}: ${list} — ${hint}`);
  }

  /**
   * `#AMBIGUOUS "Portland": Portland, ME (38860) or Portland, OR (38900)`: the candidates as
   * briefly as a cell's 80 characters allow — with their codes, else their states alone, else
   * how many there are.
   */
  override get cellText(): string {
    const trimmed = this.given.trim();
    const given = trimmed.length > 24 ? `${trimmed.slice(0, 21)}...` : trimmed;
    const sorted = [...this.candidates].sort((a, b) => a.name.localeCompare(b.name));
    const states = sorted.map((a) => a.states[0] ?? '');
    const distinct = new Set(states).size === states.length;
    // Items holding a comma ("Columbus, GA") are set apart by semicolons.
    const either = (items: readonly string[]) => {
      const between = items.some((item) => item.includes(',')) ? '; ' : ', ';
      return items.length > 1 ? `${items.slice(0, -1).join(between)} or ${items[items.length - 1]}` : (items[0] ?? '');
    };
    const head = `#AMBIGUOUS "${given}": `;
    const tries = [
      either(sorted.map((a, i) => `${distinct ? `${given}, ${states[i]}` : a.name} (${a.code})`)),
      ...(distinct ? [either(sorted.map((a, i) => `${given}, ${states[i]}`)), `${given}, ${either([...states].sort())}`] : []),
      either(sorted.map((a) => a.code)),
    ];
    const fits = tries.find((t) => head.length + t.length <= CELL_TEXT_MAX);
    return fits ? head + fits : `#AMBIGUOUS "${given}": ${sorted.length} areas, add the state`;
  }
}

/** "Portland, OR" / "Portland OR" / "portland, oregon" → the city and the state, when the text ends in a state. */
function cityAndState(key: string): { city: string; state: Area } | undefined {
  const comma = key.lastIndexOf(',');
  const split = comma >= 0 ? [key.slice(0, comma), key.slice(comma + 1)] : /^(.+) ([a-z]{2})$/.exec(key)?.slice(1);
  if (!split) return undefined;
  const state = stateLookup().get(split[1]!.trim());
  if (!state || state.kind !== 'state') return undefined;
  return { city: placeKey(split[0]!), state };
}

/** The nearest state's name, code or alias to a typo (the index is built for the first typo). */
let nearestStateKey: ((given: string) => Area | undefined) | undefined;

/** Suggestions by typed key: a column of unknown places often repeats the same few typos. */
const suggestions = rememberedByKey<{ readonly text: string | undefined }>();

/** The nearest state (first: a state is what most people mean) or area to a typo. */
function suggestion(key: string): string | undefined {
  return suggestions(key, () => ({ text: nearestSuggestion(key) })).text;
}

function nearestSuggestion(key: string): string | undefined {
  nearestStateKey ??= nearestMatchIndex([...stateLookup().entries()].map(([k, value]) => ({ key: k, value })));
  const areas = areaNameSuggestions();
  const nearest = nearestStateKey(key) ?? nearestAreaName(key);
  const quoted = (area: Area): string => `"${area.name}" (${area.code})`;
  if (nearest) return quoted(nearest);
  // A city typed without the word BLS adds ("Boise" for "Boise City, ID").
  const prefix = `${key} `;
  const started = areas.find((a) => a.key.length <= key.length + 6 && a.key.startsWith(prefix));
  return started ? quoted(started.value) : undefined;
}

/**
 * "CA", "ca", " new york ", "National", "41940", 200006, "San Jose-Sunnyvale-Santa Clara, CA",
 * "Sunnyvale", "Portland, OR" → the area; anything else → InputError with a suggestion, or
 * AmbiguousAreaError when a city is in several areas.
 */
export function parseArea(text: string, argument = 'state'): Area {
  if (text.trim() === '') throw new InputError(argument, '', AREA_ACCEPTED, undefined, `missing ${argument}`);
  const state = stateLookup().get(normalise(text));
  if (state) return state;
  // "Remote" is no place: OEWS counts a remote worker at the employer's establishment.
  if (isRemoteWork(text)) throw new RemoteWorkError(argument, text, AREA_ACCEPTED);
  const key = placeKey(text);
  const code = areaCode(key);
  if (code) {
    const area = areasWithCode(code)[0];
    if (area) return area;
    throw new InputError(argument, text, AREA_ACCEPTED, undefined, 'unknown area code');
  }
  const named = areasNamed(key);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) throw new AmbiguousAreaError(argument, text, named);
  const split = cityAndState(key);
  if (split) {
    const inCity = areasNamed(split.city);
    const inState = inCity.filter((a) => a.states.includes(split.state.code));
    if (inState.length === 1) return inState[0]!;
    if (inState.length > 1) throw new AmbiguousAreaError(argument, text, inState, split.state);
    if (inCity.length > 0) {
      const elsewhere = inCity.map(areaLabel).join('; ');
      throw new AreaMatchError(
        argument,
        text,
        `"${text.trim()}": no area in ${split.state.name} is named after that city; it is in ${elsewhere}`,
      );
    }
  }
  throw new InputError(argument, text, AREA_ACCEPTED, () => suggestion(key), `unknown ${argument}`);
}

/** A state or the nation by its code ("CA", "US"). */
export function areaByCode(code: string): Area {
  return code === 'US' ? NATIONAL : STATES.find((s) => s.code === code)!;
}
