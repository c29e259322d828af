import { describe, expect, it } from 'vitest';
import { AmbiguousAreaError, NATIONAL, STATES, parseArea, stateOf } from '../../src/core/places/areas';
import { areaWageRecord, lastYear, localAreas } from '../../src/core/places/areaTables';
import { principalCities } from '../../src/core/places/areaNames';
import { CREDENTIALS } from '../../src/core/pay/credentials';
import { ROLES, type Role } from '../../src/core/pay/roles';
import { SETTINGS } from '../../src/core/pay/settings';
import { estimatePay } from '../../src/core/pay/estimate';
import { MEDIAN_WORKER_YEARS } from '../../src/core/pay/experience';
import { areaDistribution, publishedWages } from '../../src/core/pay/distribution';
import { explainEstimate } from '../../src/core/sources/explain';
import { publishedStatistic } from '../../src/core/pay/wageStatistics';
import { InputError, NotInDataError } from '../../src/core/inputError';
import type { Area, CredentialInfo } from '../../src/core/referenceTypes';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

const byCode = (code: string): CredentialInfo => CREDENTIALS.find((c) => c.code === code)!;
const code = (text: string): string => parseArea(text).code;
const message = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof InputError ? error.sentence : (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('a place argument names a state, the nation or an area', () => {
  it('keeps states and the nation as before, and state names win over cities of the same name', () => {
    expect(parseArea(' new  york ')).toBe(STATES.find((s) => s.code === 'NY'));
    expect(parseArea('National')).toBe(NATIONAL);
    expect(code('Washington')).toBe('WA');
    expect(code('New York')).toBe('NY');
    expect(code('New York, NY')).toBe('35620');
  });

  it('reads a BLS area code as text or as the number a cell holds, nonmetro codes with or without their leading zero', () => {
    for (const given of ['41940', ' 41940 ', String(41940)]) expect(code(given)).toBe('41940');
    for (const given of ['0200006', '200006', String(200006)]) expect(code(given)).toBe('0200006');
    expect(message(() => parseArea('12345'))).toBe('unknown area code "12345"');
  });

  it('reads a full title, the title without its states, or a principal city, in any case and spacing', () => {
    for (const given of [
      'San Jose-Sunnyvale-Santa Clara, CA',
      'san jose - sunnyvale - santa clara,ca',
      'San Jose–Sunnyvale–Santa Clara, CA',
      'SAN JOSE-SUNNYVALE-SANTA CLARA',
      'Sunnyvale',
      '  sunnyvale ',
      'Santa Clara',
      'Sunnyvale, CA',
      'Sunnyvale CA',
      'Sunnyvale, California',
    ])
      expect(code(given), given).toBe('41940');
    expect(code('St Louis')).toBe('41180');
    expect(code('Saint Louis, MO')).toBe('41180');
    expect(code('Nashville')).toBe('34980');
    expect(code('Winston-Salem')).toBe('49180');
    expect(code('Honolulu')).toBe('46520');
    expect(code('Louisville')).toBe('31140');
    expect(code('North Florida nonmetropolitan area')).toBe('1200006');
    expect(code('north florida')).toBe('1200006');
  });

  it('does not guess a city in two areas: the message lists them with states and codes', () => {
    const run = () => parseArea('Portland');
    expect(run).toThrow(AmbiguousAreaError);
    expect(message(run)).toBe(
      '"Portland" is in two areas: Portland-South Portland, ME (38860); Portland-Vancouver-Hillsboro, OR-WA (38900) — add the state',
    );
    expect(code('Portland, OR')).toBe('38900');
    expect(code('portland, me')).toBe('38860');
    expect(code('Portland ME')).toBe('38860');
    expect(message(() => parseArea('Columbus'))).toMatch(
      /^"Columbus" is in three areas: Columbus, GA-AL \(17980\); Columbus, IN \(18020\); Columbus, OH \(18140\)/,
    );
  });

  it('finds a multi-state area from a city with any of its states', () => {
    expect(code('Vancouver, WA')).toBe('38900');
    expect(code('Texarkana, AR')).toBe('45500');
    expect(code('Texarkana, TX')).toBe('45500');
    expect(code('Kansas City, KS')).toBe('28140');
    expect(message(() => parseArea('Springfield, TX'))).toMatch(
      /^"Springfield, TX": no area in Texas is named after that city; it is in .*Springfield, IL \(44100\)/,
    );
  });

  it('suggests the nearest state or area for unknown text', () => {
    const suggestion = (text: string) => {
      try {
        parseArea(text);
      } catch (error) {
        return (error as InputError).suggestion;
      }
      return 'resolved';
    };
    expect(suggestion('Calfornia')).toBe('"California" (CA)');
    expect(suggestion('Seatle')).toBe('"Seattle-Tacoma-Bellevue, WA" (42660)');
    expect(suggestion('Boise')).toBe('"Boise City, ID" (14260)');
    expect(suggestion('Atlantis')).toBe('"Atlanta-Sandy Springs-Roswell, GA" (12060)');
    expect(suggestion('Xanadu')).toBeUndefined();
    expect(message(() => parseArea('Xanadu'))).toBe('unknown state "Xanadu"');
  });

  it('finds an area by a title it had in an earlier year, and names a redrawn code by its year', () => {
    expect(code('Sacramento--Roseville--Arden-Arcade, CA')).toBe('40900');
    expect(code('Arden-Arcade')).toBe('40900');
    const michigan = parseArea('2600004');
    expect(michigan.name).toBe('Southern Michigan nonmetropolitan area');
    expect(() => publishedStatistic(ROLES.coder, michigan, 'annual_median', 2023)).toThrow(
      'in May 2023 BLS code 2600004 was another area, "Balance of Lower Peninsula of Michigan nonmetropolitan area"',
    );
  });

  it('splits titles into their principal cities as BLS writes them', () => {
    expect(principalCities('scranton--wilkes-barre')).toEqual(['scranton', 'wilkes-barre', 'wilkes']);
    expect(principalCities('louisville/jefferson county')).toEqual(['louisville', 'jefferson county']);
    expect(principalCities('winston-salem')).toEqual(['winston-salem']);
  });
});

describe('an area BLS defines but the data has no figure for', () => {
  it('answers "no figure in the data for this area" naming its state, for territories and New England areas of 2022–23', () => {
    for (const [given, state] of [
      ['10380', 'Puerto Rico'],
      ['70750', 'Maine'],
    ] as const) {
      const area = parseArea(given);
      expect(() => estimatePay({ area, years: 10, credentials: [], role: ROLES.coder, setting: 'any' })).toThrow(
        new RegExp(`^no figure in the data for this area: .*\\(${given}\\), ${state} — `),
      );
    }
    expect(() => publishedStatistic(ROLES.coder, parseArea('70750'), 'annual_median')).toThrow(/for Maine as a whole use "ME"/);
  });

  it('answers the same for health information technologists, whose area figures are not in the data', () => {
    const run = () => areaDistribution(ROLES.hit, parseArea('Sunnyvale'));
    expect(run).toThrow(NotInDataError);
    expect(run).toThrow(/^no figure in the data for this area: San Jose-Sunnyvale-Santa Clara, CA \(41940\), California — .*29-9021/);
  });
});

/** Every area with a coder or biller distribution in the data, with its role. */
function modelledAreas(): { area: Area; role: Role }[] {
  const out: { area: Area; role: Role }[] = [];
  for (const area of localAreas())
    for (const role of ['coder', 'biller'] as const) {
      try {
        areaDistribution(ROLES[role], area);
        out.push({ area, role });
      } catch (error) {
        if (!(error instanceof NotInDataError)) throw error;
      }
    }
  return out;
}

const YEARS = [0, 1, 2, 3, 5, 7, 10, 15, 20, 25, 30, 40, 45];
const CREDENTIAL_SETS: CredentialInfo[][] = [
  [],
  ...CREDENTIALS.map((c) => [c]),
  [byCode('CPC'), byCode('CRC')],
  [byCode('CCS'), byCode('RHIT')],
  [byCode('CPC'), byCode('CRC'), byCode('CIC')],
  [byCode('CPC'), byCode('COC'), byCode('CIC'), byCode('CPMA')],
];

describe('the area model', () => {
  it('gives the published median at the median worker’s years with no credential: San Jose 86,890 (May 2025)', () => {
    const sanJose = parseArea('San Jose-Sunnyvale-Santa Clara, CA');
    const years = MEDIAN_WORKER_YEARS;
    expect(estimatePay({ area: sanJose, years, credentials: [], role: ROLES.coder, setting: 'any' }).pay).toBe(86890);
    expect(publishedStatistic(ROLES.coder, sanJose, 'annual_p25')).toBe(63760);
    for (const { area, role } of modelledAreas()) {
      const median = publishedWages(ROLES[role], area).values.annual_median;
      expect(estimatePay({ area, years, credentials: [], role: ROLES[role], setting: 'any' }).pay).toBe(median);
    }
  });

  it('keeps the published quartiles and takes the tails from the state shape, national where the state has none', () => {
    const sanJose = areaDistribution(ROLES.coder, parseArea('41940'));
    const california = areaDistribution(ROLES.coder, parseArea('CA'));
    const [p10, p25, median, p75, p90] = sanJose.percentiles;
    expect([p25, median, p75]).toEqual([63760, 86890, sanJose.record.values.annual_p75]);
    expect(sanJose.basis).toBe('area-quartiles');
    expect(sanJose.tailsFrom).toBe(california);
    expect(p10 / p25).toBeCloseTo(california.percentiles[0] / california.percentiles[1], 12);
    expect(p90 / p75).toBeCloseTo(california.percentiles[4] / california.percentiles[3], 12);
    // Alaska publishes only a median for May 2025: Anchorage's tails follow the national shape.
    const anchorage = areaDistribution(ROLES.coder, parseArea('Anchorage'));
    expect(areaDistribution(ROLES.coder, parseArea('AK')).basis).toBe('national-shape');
    expect(anchorage.tailsFrom!.area).toBe(NATIONAL);
  });

  it('accepts a published median equal to a quartile', () => {
    const equal = modelledAreas().filter(({ area, role }) => {
      const v = publishedWages(ROLES[role], area).values;
      return v.annual_median === v.annual_p25 || v.annual_median === v.annual_p75;
    });
    expect(equal.length).toBeGreaterThan(0);
    for (const { area, role } of equal) {
      const pays = YEARS.map((years) => estimatePay({ area, years, credentials: [], role: ROLES[role], setting: 'any' }).pay);
      expect(pays.every((p) => Number.isFinite(p))).toBe(true);
    }
  });

  it('over every area × years × credential set × setting: within [0.9 × derived p10, 1.25 × derived p90], monotone in years and credentials', () => {
    const problems: string[] = [];
    let combinations = 0;
    for (const { area, role } of modelledAreas()) {
      const [p10, , , , p90] = areaDistribution(ROLES[role], area).percentiles;
      for (const setting of SETTINGS) {
        const pays = CREDENTIAL_SETS.map((credentials) =>
          YEARS.map((years) => estimatePay({ area, years, credentials, role: ROLES[role], setting }).pay),
        );
        combinations += CREDENTIAL_SETS.length * YEARS.length;
        pays.forEach((row, c) =>
          row.forEach((pay, y) => {
            const where = `${area.code} ${role} ${setting} ${CREDENTIAL_SETS[c]!.map((x) => x.code).join('+') || 'none'} ${YEARS[y]}y: ${pay}`;
            if (!Number.isInteger(pay) || pay < 0.9 * p10 || pay > 1.25 * p90)
              problems.push(`${where} outside [${0.9 * p10}, ${1.25 * p90}]`);
            if (y > 0 && pay < row[y - 1]!) problems.push(`${where} below ${YEARS[y - 1]} years`);
            if (c > 0 && pay < pays[0]![y]!) problems.push(`${where} below no credential`);
          }),
        );
        const [none, one, two, three] = [
          [],
          [byCode('COC')],
          [byCode('COC'), byCode('CRC')],
          [byCode('COC'), byCode('CRC'), byCode('CIC')],
        ].map((credentials) => estimatePay({ area, years: 5, credentials, role: ROLES[role], setting }).pay);
        if (!(none! <= one! && one! <= two! && two! <= three!))
          problems.push(`${area.code} ${role} ${setting}: more credentials paid less`);
      }
    }
    expect(problems).toEqual([]);
    expect(combinations).toBeGreaterThan(100_000);
  });

  it('EXPLAIN says which figures are published and which derived, and cites the area page', () => {
    const e = estimatePay({
      area: parseArea('41940'),
      years: 30,
      credentials: [byCode('CPC'), byCode('CRC')],
      role: ROLES.coder,
      setting: 'hospital',
    });
    const rows = Object.fromEntries(explainEstimate(e));
    expect(rows['Base median']).toBe(86890);
    expect(rows['Base source']).toBe(
      'BLS OEWS May 2025, metropolitan and nonmetropolitan area estimates, San Jose-Sunnyvale-Santa Clara, CA: https://www.bls.gov/oes/2025/may/oes_41940.htm',
    );
    expect(rows['Percentiles used']).toMatch(
      /^published for the area \(BLS OEWS May 2025\): p25 \$63,760, median \$86,890, p75 \$[\d,]+; derived, as the area's tails are not published: p10 .* California's published OEWS May 2025 percentiles \(https:\/\/www\.bls\.gov\/oes\/2025\/may\/oes_ca\.htm\)$/,
    );
    expect(rows.Ceiling).toMatch(/the area's p75 .* derived p90/);
    expect(rows['Estimate (annual, USD)']).toBe(e.pay);
  });
});

describe('the rest of the functions for an area', () => {
  it("STATE_WAGE reads an area's published statistics by year, and says the tails are not published", () => {
    const sanJose = parseArea('41940');
    expect(publishedStatistic(ROLES.coder, sanJose, 'year')).toBe(2025);
    expect(publishedStatistic(ROLES.coder, sanJose, 'annual_median', 2023)).toBe(
      areaWageRecord('29-2072', sanJose, 2023)!.values.annual_median,
    );
    expect(publishedStatistic(ROLES.coder, sanJose, 'location_quotient')).toBe(
      areaWageRecord('29-2072', sanJose, 2025)!.values.location_quotient,
    );
    expect(() => publishedStatistic(ROLES.coder, sanJose, 'annual_p90')).toThrow(/^the area's tails are not published/);
    expect(() => publishedStatistic(ROLES.coder, sanJose, 'annual_median', 2019)).toThrow(
      /BLS did not define it for May 2019; it has May 2022, May 2023, May 2024, May 2025/,
    );
  });

  it('keeps every year 2022–2025 for areas, and earlier years for states, answering with the latest by default', () => {
    const years = new Set(localAreas().flatMap((a) => (a.names ?? []).map((n) => n.year)));
    expect([...years].sort()).toEqual([2022, 2023, 2024, 2025]);
    expect(Math.max(...localAreas().map(lastYear))).toBe(2025);
    expect(publishedStatistic(ROLES.coder, parseArea('CA'), 'annual_median', 2024)).toBeGreaterThan(0);
    expect(publishedStatistic(ROLES.coder, parseArea('CA'), 'year')).toBe(2025);
  });

  it('files each area under a state BLS names for it', () => {
    for (const area of localAreas()) {
      const state = stateOf(area);
      if (state) expect(area.states).toContain(state.code);
      else expect(['PR', 'GU', 'VI']).toContain(area.states[0]);
    }
  });
});
