/**
 * The server never trusts the sidebar: whatever arrives through google.script.run (any JSON,
 * any size), a comparison either builds or fails with a short message in plain words, and a
 * failed request writes nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemoryWorkbook } from '../../scripts/preview/memoryWorkbook';
import { createServerApi } from '../../src/addon/serverApi';
import { MAX_ROWS } from '../../src/addon/sheets/comparison';
import { RequestError } from '../../src/addon/requestError';
import type { ComparisonRequest, WaysInRequest } from '../../src/addon/requests';
import { startAddonFromDist } from '../support/startedAddon';

startAddonFromDist();

const VALID: ComparisonRequest = {
  compare: 'states',
  items: ['CA', 'TX'],
  state: 'US',
  years: 5,
  cert: 'CPC',
  role: 'coder',
  setting: 'any',
  columns: { range: true, hourly: true, costOfLiving: true, employment: true, outlook: true },
  costOfLivingTo: 'US',
  output: 'values',
};

/** What google.script.run can deliver: JSON values only. */
const json = fc.jsonValue({ maxDepth: 2 });
const field = fc.oneof(
  json,
  fc.constantFrom('CA', 'ca', 'California', 'US', 'XX', '', ' ', 'none', 'CPC, CRC', 'biller', 'hospital', '5', 'top10', 'all', 'formulas'),
  fc.integer({ min: -5, max: 100 }),
);
const request = fc.record(
  {
    compare: fc.oneof(fc.constantFrom('states', 'credentials', 'years', 'roles', 'settings'), json),
    items: fc.oneof(fc.array(field, { maxLength: 8 }), json),
    stateSelection: fc.oneof(fc.constantFrom('chosen', 'all', 'top10', 'bottom10'), json),
    state: field,
    years: field,
    cert: field,
    role: field,
    setting: field,
    columns: fc.oneof(fc.record({ range: json, hourly: json, costOfLiving: json, employment: json, outlook: json }), json),
    costOfLivingTo: field,
    output: fc.oneof(fc.constantFrom('values', 'formulas'), json),
    title: fc.oneof(fc.string({ maxLength: 120 }), json),
  },
  { requiredKeys: [] },
);

function attempt(value: unknown) {
  const workbook = new MemoryWorkbook();
  const api = createServerApi(() => workbook);
  const cloned = JSON.parse(JSON.stringify(value ?? null)) as ComparisonRequest;
  try {
    return { workbook, result: api.buildComparison(cloned) };
  } catch (error) {
    return { workbook, error };
  }
}

describe('comparison requests from an untrusted client', () => {
  it('builds or refuses in plain words, and a refusal writes nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(request, fc.record({ ...Object.fromEntries(Object.entries(VALID).map(([k, v]) => [k, fc.constant(v)])) }), json),
        (value) => {
          const { workbook, result, error } = attempt(value);
          if (error !== undefined) {
            expect(error).toBeInstanceOf(RequestError);
            const message = (error as Error).message;
            expect(message.length).toBeLessThan(400);
            expect(message).not.toMatch(/undefined|null|\[object|TypeError|Cannot read/);
            expect(workbook.callCount).toBe(0);
            expect(workbook.sheets).toHaveLength(1);
          } else {
            expect(result!.rows).toBeGreaterThan(0);
            expect(result!.rows).toBeLessThanOrEqual(MAX_ROWS);
            expect(workbook.sheets).toHaveLength(2);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps the longest refusal, an unknown credential listing every code, short enough to read beside the button', () => {
    for (const cert of ['CA', 'CPC, CRC, XYZ']) {
      const { workbook, error } = attempt({ ...VALID, cert });
      expect((error as Error).message).toMatch(/^Credentials: unknown credential/);
      expect((error as Error).message.length).toBeLessThan(400);
      expect(workbook.callCount).toBe(0);
    }
  });

  it('refuses oversized text before reading it, without echoing it back', () => {
    const huge = 'x'.repeat(1_000_000);
    for (const [key, label] of [
      ['state', 'The state'],
      ['cert', 'The credentials'],
      ['role', 'The role'],
      ['setting', 'The setting'],
      ['costOfLivingTo', 'The cost-of-living state'],
    ] as const) {
      const { workbook, error } = attempt({ ...VALID, compare: 'credentials', items: ['CPC'], [key]: huge });
      expect((error as Error).message).toBe(`${label} is too long: 1000000 characters, at most 200.`);
      expect(workbook.callCount).toBe(0);
    }
    const { error } = attempt({ ...VALID, items: [huge] });
    expect((error as Error).message).toBe('A state is too long: 1000000 characters, at most 200.');
  });

  it('reads a missing state selection sent as null like an absent one', () => {
    const { result } = attempt({ ...VALID, stateSelection: null });
    expect(result?.rows).toBe(2);
  });
});

describe('ways-in requests from an untrusted client', () => {
  const plan = fc.oneof(
    json,
    fc.constantFrom(
      '',
      ' ',
      'none',
      'certificate:0, CPC:1',
      'associate:0, CCS:3',
      'bachelor:0, RHIA:4',
      'RHIT:1',
      'CPC:50',
      'XYZ:1',
      'bachelor:0, associate:1',
    ),
  );
  const waysRequest = fc.record(
    {
      area: field,
      years: field,
      plans: fc.oneof(fc.array(plan, { maxLength: 7 }), json),
      horizon: fc.oneof(fc.integer({ min: -2, max: 45 }), field),
      role: field,
      setting: field,
      growth: fc.oneof(fc.constantFrom('', '2%', 0.02, '-60%', 'x'), field),
      whileStudying: fc.oneof(fc.boolean(), json),
      output: fc.oneof(fc.constantFrom('values', 'formulas'), json),
      title: fc.oneof(fc.string({ maxLength: 120 }), json),
    },
    { requiredKeys: [] },
  );

  it('builds or refuses in plain words, and a refusal writes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(waysRequest, json), (value) => {
        const workbook = new MemoryWorkbook();
        const cloned = JSON.parse(JSON.stringify(value ?? null)) as WaysInRequest;
        let result: ReturnType<ReturnType<typeof createServerApi>['buildWaysIn']> | undefined;
        try {
          result = createServerApi(() => workbook).buildWaysIn(cloned);
        } catch (error) {
          expect(error).toBeInstanceOf(RequestError);
          const message = (error as Error).message;
          expect(message.length).toBeLessThan(400);
          expect(message).not.toMatch(/undefined|null|\[object|TypeError|Cannot read/);
          expect(workbook.callCount).toBe(0);
          expect(workbook.sheets).toHaveLength(1);
          return;
        }
        expect(result.rows).toBeGreaterThan(1);
        expect(workbook.sheets).toHaveLength(2);
      }),
      { numRuns: 200 },
    );
  });
});
