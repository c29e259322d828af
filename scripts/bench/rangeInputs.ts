/**
 * The 10,000-row ranges the throughput figures use: the columns a coding school or HR sheet
 * would hold (states as people type them, years, credentials, roles, settings), drawn from a
 * seeded generator so every run measures the same input.
 */

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATES = ['CA', 'TX', 'ny', 'Florida', ' new york ', 'US', 'WA', 'Ohio', 'il', 'GA', 'North Carolina', 'AK', 'DC', 'National'];
/** Metropolitan and nonmetropolitan areas as people give them: codes (as text and as numbers), titles, cities. */
const AREAS: readonly (string | number)[] = [
  '41940',
  41940,
  'San Jose-Sunnyvale-Santa Clara, CA',
  'Sunnyvale',
  'Portland, OR',
  'portland, me',
  'Vancouver, WA',
  'Texarkana, AR',
  'Seattle',
  'Austin',
  'Nashville',
  'St Louis',
  'Kansas City, KS',
  'Anchorage',
  'Honolulu',
  200006,
  'North Florida nonmetropolitan area',
];
/** Half states, half areas. */
export const MIXED_PLACES: readonly (string | number)[] = [...STATES, ...AREAS.slice(0, STATES.length)];
const CREDENTIALS = ['', 'CPC', 'cpc', 'CPC, CRC', 'RHIT', 'CCS', 'CPC-A', 'CPC, CRC, CIC', 'COC'];
const ROLES = ['', 'coder', 'biller', 'hit'];
const SETTINGS = ['', 'any', 'hospital', 'physician office'];

/** A one-column range per argument of CODER_SALARY, as Sheets passes it (rows × 1). */
export interface SalaryColumns {
  readonly state: (string | number)[][];
  readonly years: (number | string)[][];
  readonly cert: string[][];
  readonly role: string[][];
  readonly setting: string[][];
}

/**
 * `rows` rows of mixed inputs. With `distinct`, years are fractional (12.3071…), so no two
 * rows share inputs and no per-call memo can help.
 */
export function salaryColumns(rows: number, seed: number, distinct: boolean, places: readonly (string | number)[] = STATES): SalaryColumns {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const columns: SalaryColumns = { state: [], years: [], cert: [], role: [], setting: [] };
  for (let i = 0; i < rows; i++) {
    const years = distinct ? 40 * random() : Math.floor(41 * random());
    columns.state.push([pick(places)]);
    // One row in ten types the years as text ("7"), as people do.
    columns.years.push([!distinct && random() < 0.1 ? String(years) : years]);
    columns.cert.push([pick(CREDENTIALS)]);
    columns.role.push([pick(ROLES)]);
    columns.setting.push([pick(SETTINGS)]);
  }
  return columns;
}

const PLACES = ['Springfield', 'Riverside', 'Fairview', 'Franklin', 'Greenville', 'Bristol', 'Clinton', 'Salem'];

/**
 * The same columns with a state column of 10,000 different unknown places ("Salem 17"), as
 * when a column of cities is given by mistake: every cell is a bad row, looked up for a
 * suggestion, and the memo cannot help.
 */
export function unknownStateColumns(rows: number, seed: number): SalaryColumns {
  const columns = salaryColumns(rows, seed, false);
  return { ...columns, state: columns.state.map((_, i) => [`${PLACES[i % PLACES.length]} ${i}`]) };
}
