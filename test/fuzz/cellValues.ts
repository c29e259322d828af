/**
 * Random cell values for every argument of every custom function: what people type when it
 * is right, and what they type when it is nearly right (typos, case, stray spaces, numbers as
 * text, dates, booleans, error values from other cells, blanks).
 */
import fc from 'fast-check';
import { STATES } from '../../src/core/places/areas';
import { CREDENTIALS } from '../../src/core/pay/credentials';

export type ArgumentKind =
  | 'state'
  | 'years'
  | 'cert'
  | 'role'
  | 'setting'
  | 'headers'
  | 'stat'
  | 'pay'
  | 'amount'
  | 'field'
  | 'topic'
  | 'year'
  | 'sort'
  | 'dataYear'
  | 'priceYear'
  | 'plan'
  | 'horizon'
  | 'growth';

const STATE_WORDS = [
  ...STATES.flatMap((s) => [s.code, s.name]),
  'US',
  'USA',
  'United States',
  'National',
  'nationwide',
  'Washington DC',
  'District of Columbia',
];
/** Metropolitan and nonmetropolitan areas as people name them, including ambiguous, multi-state and data-less ones. */
const AREA_WORDS = [
  '41940',
  '0200006',
  '200006',
  '70750',
  '10380',
  '2600004',
  'San Jose-Sunnyvale-Santa Clara, CA',
  'Sunnyvale',
  'Portland',
  'Portland, OR',
  'portland, me',
  'Vancouver, WA',
  'Texarkana, AR',
  'Springfield, TX',
  'Seattle',
  'New York, NY',
  'St. Louis',
  'North Florida nonmetropolitan area',
];
/** Area codes as a number in a cell (a nonmetro code's leading zero gone). */
const AREA_NUMBERS = [41940, 200006, 38900, 12345];
const CERT_WORDS = [
  ...CREDENTIALS.map((c) => c.code),
  'none',
  'CPC, CRC',
  'cpc/crc',
  'CPC and CRC',
  'CPC A',
  'CPC, CRC, CIC',
  'RHIT; RHIA',
];
const ROLE_WORDS = [
  'coder',
  'biller',
  'hit',
  'medical coder',
  'billing',
  'health information technologist',
  '29-2072',
  '43-3021',
  '29-9021',
];
const SETTING_WORDS = [
  'any',
  'hospital',
  'physician office',
  'all settings',
  "doctor's office",
  'clinic',
  'inpatient',
  'hospital outpatient',
  'physician practice',
  'health system',
  'payer',
];
const STAT_WORDS = [
  'median',
  'mean',
  'p10',
  'p25',
  'p75',
  'p90',
  'hourly_median',
  'hourly mean',
  'hourly_p90',
  'employment',
  'year',
  'average',
  'location_quotient',
  'lq',
];
const SORT_WORDS = ['name', 'median', 'employment', 'code'];
const FIELD_WORDS = ['growth', 'growth_rounded', 'openings', 'period', 'median', 'education'];
const TOPIC_WORDS = ['all', 'wages', 'credentials', 'setting', 'cost of living', 'outlook', 'col', 'aapc', 'history', 'costs', 'cpi'];
const FLAG_WORDS = ['TRUE', 'FALSE', 'yes', 'no', 'y', 'n', '1', '0'];
const PLAN_WORDS = [
  'CPC:0, CRC:3',
  'CPC',
  'CPC:held, CRC:1',
  'COC:2:400',
  'CCS:0',
  'none',
  'CPC:0; CPB:2; CRC:4',
  'RHIT:1:250',
  'CPC-A:0, CPC:2',
  'cpc:now',
  'associate:0, RHIT:2:299',
  'certificate:0, CPC:1',
  'bachelor:0, RHIA:4',
  'RHIA:0',
  'associate:held, RHIT:0:299',
];

/** Values other cells can hold that are never right for any argument. */
const SHEET_ERRORS = ['#N/A', '#BAD STATE "XX"', '#REF!', '#VALUE!', '#DIV/0!', '#NUM!', '#NAME?', '#ERROR!', '#MISSING STATE'];
const BLANKS = ['', ' ', '   ', '\t', '\u00a0'];
/** Names every JavaScript object answers to: a lookup table must not mistake them for values. */
const OBJECT_MEMBERS = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** One small edit: a typo as a person makes it. */
function typo(word: string, at: number, edit: number, letter: string): string {
  if (word.length === 0) return letter;
  const i = at % word.length;
  switch (edit % 4) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word + letter;
    case 2:
      return word.slice(0, i) + letter + word.slice(i + 1);
    default:
      return word.slice(0, i) + letter + word.slice(i);
  }
}

/** A listed word as typed: unchanged, in another case, padded with spaces, or with one typo. */
function typed(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...words), fc.nat(6), fc.nat(), fc.nat(), fc.constantFrom(...'aeioustnrlc -.,'))
    .map(([word, how, at, edit, letter]) => {
      switch (how) {
        case 0:
        case 1:
          return word;
        case 2:
          return word.toUpperCase();
        case 3:
          return word.toLowerCase();
        case 4:
          return `  ${word.replace(/ /g, '  ')} `;
        default:
          return typo(word, at, edit, letter);
      }
    });
}

const numbersAsText = fc.oneof(
  fc.integer({ min: -100, max: 100 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
  fc.constantFrom(
    ' 5 ',
    '5 years',
    '10 yrs',
    '$52,000',
    '52,000',
    '1e3',
    '0x10',
    '5.',
    '.5',
    '--5',
    '5-',
    '5 5',
    'five',
    'Infinity',
    'NaN',
  ),
);

const anyNumber = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity),
);

export interface CellArbitraries {
  /** Any value a cell of this argument might hold, valid or not. */
  readonly cell: (kind: ArgumentKind) => fc.Arbitrary<unknown>;
  /** A blank cell as Sheets passes it (or an omitted argument). */
  readonly blank: fc.Arbitrary<unknown>;
}

/** `date` makes Date objects of the realm the functions run in. */
export function cellArbitraries(date: (time: number) => Date): CellArbitraries {
  const dates = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }).map(date);
  const junk = fc.oneof(
    { arbitrary: fc.constantFrom(...SHEET_ERRORS), weight: 3 },
    { arbitrary: fc.constantFrom(...BLANKS), weight: 3 },
    { arbitrary: fc.boolean(), weight: 2 },
    { arbitrary: dates, weight: 2 },
    { arbitrary: anyNumber, weight: 3 },
    { arbitrary: numbersAsText, weight: 2 },
    { arbitrary: fc.string({ maxLength: 16 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
    { arbitrary: fc.constantFrom(...OBJECT_MEMBERS), weight: 1 },
    { arbitrary: fc.constantFrom(undefined, null), weight: 1 },
  );
  const mostlyValid = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: junk, weight: 4 });
  const years = fc.oneof(
    fc.integer({ min: 0, max: 60 }),
    fc.double({ min: 0, max: 60, noNaN: true }),
    fc.integer({ min: 0, max: 60 }).map(String),
    fc.integer({ min: 61, max: 1_000_000 }),
    fc.integer({ min: -1_000_000, max: -1 }),
  );
  const money = (max: number): fc.Arbitrary<unknown> =>
    fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }), fc.integer({ min: 1000, max: 200_000 }).map(String));
  const kinds: Record<ArgumentKind, fc.Arbitrary<unknown>> = {
    state: mostlyValid(
      fc.oneof(
        { arbitrary: typed(STATE_WORDS), weight: 3 },
        { arbitrary: typed(AREA_WORDS), weight: 2 },
        { arbitrary: fc.constantFrom(...AREA_NUMBERS), weight: 1 },
      ),
    ),
    years: mostlyValid(years),
    cert: mostlyValid(typed(CERT_WORDS)),
    role: mostlyValid(typed(ROLE_WORDS)),
    setting: mostlyValid(typed(SETTING_WORDS)),
    headers: mostlyValid(fc.oneof(fc.boolean(), typed(FLAG_WORDS), fc.constantFrom(0, 1))),
    stat: mostlyValid(typed(STAT_WORDS)),
    pay: mostlyValid(money(250_000)),
    amount: mostlyValid(money(1e9)),
    field: mostlyValid(typed(FIELD_WORDS)),
    topic: mostlyValid(typed(TOPIC_WORDS)),
    year: mostlyValid(fc.oneof(fc.integer({ min: 2019, max: 2027 }), fc.constantFrom('2024', 'May 2023', 2025.5))),
    sort: mostlyValid(typed(SORT_WORDS)),
    dataYear: mostlyValid(
      fc.oneof(fc.integer({ min: 2008, max: 2027 }), fc.integer({ min: 2008, max: 2027 }).map(String), fc.constantFrom(2021.5)),
    ),
    priceYear: mostlyValid(fc.oneof(fc.integer({ min: 2006, max: 2027 }), fc.integer({ min: 2006, max: 2027 }).map(String))),
    plan: mostlyValid(typed(PLAN_WORDS)),
    horizon: mostlyValid(fc.oneof(fc.integer({ min: 0, max: 42 }), fc.constantFrom('10', 2.5, '5 years'))),
    growth: mostlyValid(fc.oneof(fc.double({ min: -0.6, max: 0.6, noNaN: true }), fc.constantFrom('2%', '3 %', '-5%', '0.02', '60%'))),
  };
  return { cell: (kind) => kinds[kind], blank: fc.constantFrom('', '', ' ', undefined) };
}
