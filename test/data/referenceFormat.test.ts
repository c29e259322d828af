/**
 * The reference data as Code.js carries it: packed (src/core/referenceFormat.ts), it reads back
 * exactly as the CSVs read, table by table; and each table is parsed only when first read, so a
 * call for a state's figures never parses the tables it has no use for.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { loadReferenceData } from '../../scripts/referenceData';
import { bundleGlobals } from '../../scripts/projectFiles';
import { lazyReference, packReference } from '../../src/core/referenceFormat';
import { REFERENCE } from '../../data/generated/reference';
import type { ReferenceData } from '../../src/core/referenceTypes';

const DATA = join(import.meta.dirname, '..', '..', 'data');
/** What the CSVs read, without the area tables (a project file of their own). */
const FROM_CSV = Object.fromEntries(Object.entries(loadReferenceData(DATA)).filter(([key]) => key !== 'areaTables')) as unknown as ReferenceData;
const TABLES = Object.keys(FROM_CSV) as (keyof ReferenceData)[];

/** What the tables' texts are once Code.js is loaded: jsonLiteral writes an apostrophe as \u0027. */
const asLoaded = (text: string): string => text.replace(/'/g, '\\u0027');

describe('the packed reference data', () => {
  it.each(TABLES)('reads back %s exactly as the CSVs read, keys in the same order', (table) => {
    expect(REFERENCE[table]).toStrictEqual(JSON.parse(JSON.stringify(FROM_CSV[table])));
    expect(REFERENCE[table]).toEqual(FROM_CSV[table]);
    expect(JSON.stringify(REFERENCE[table])).toBe(JSON.stringify(FROM_CSV[table]));
  });

  it('has every table of ReferenceData and nothing else', () => {
    expect(Object.keys(REFERENCE).sort()).toEqual([...TABLES].sort());
  });

  it('is much smaller than the same data as JSON', () => {
    const packed = packReference(FROM_CSV);
    const size = packed.shared.length + Object.values(packed.tables).reduce((n, t) => n + t.length, 0);
    expect(size).toBeLessThan(JSON.stringify(FROM_CSV).length / 2);
  });

  it('round-trips records of one kind, keys in differing orders, absent and null values, apostrophes and shared objects', () => {
    const page = { title: "Coders' pay", url: 'https://www.bls.gov/oes/' };
    const data = {
      records: [
        { a: 1, b: 'long label shared by records', c: { x: 1, y: 2 }, publication: page },
        { a: 2, b: 'long label shared by records', c: { y: 3, x: 4 }, publication: page },
        { a: 3, c: {}, publication: page, d: null },
        { b: 'long label shared by records', a: 4, c: { x: 5 }, publication: page },
      ],
      lone: { soc: '29-2072', publication: page, figure: { label: 'a', source: 'https://www.bls.gov/oes/' } },
      empty: [],
      years: [2021, 2022],
    };
    const packed = packReference(data);
    const read = lazyReference<typeof data>(
      asLoaded(packed.shared),
      Object.fromEntries(Object.entries(packed.tables).map(([k, t]) => [k, asLoaded(t)])) as Record<keyof typeof data, string>,
    );
    for (const key of Object.keys(data) as (keyof typeof data)[]) {
      expect(JSON.stringify(read[key])).toBe(JSON.stringify(data[key]));
      expect(read[key]).toStrictEqual(data[key]);
    }
  });

  it('decodes a table once, on its first read, and keeps it', () => {
    const packed = packReference({ one: [{ a: 1 }, { a: 2 }], two: 'text' });
    let parses = 0;
    const counting = new Proxy(
      { one: packed.tables.one!, two: packed.tables.two! },
      {
        get(target, key: 'one' | 'two') {
          if (typeof key === 'string' && key in target) parses++;
          return target[key];
        },
      },
    );
    const read = lazyReference<{ one: { a: number }[]; two: string }>(packed.shared, counting);
    expect(parses).toBe(0);
    const first = read.one;
    expect(read.one).toBe(first);
    expect(parses).toBe(1);
  });
});

describe('Code.js parses a table only when a call first reads it', () => {
  const code = readFileSync('dist/Code.js', 'utf8');
  const packed = packReference(FROM_CSV);
  const names = new Map<string, string>(Object.entries(packed.tables).map(([table, text]) => [asLoaded(text), table]));
  names.set(asLoaded(packed.shared), 'shared values');

  /** Loads Code.js with JSON.parse watched; `parsed` lists the tables parsed since the last look. */
  function load(): { context: Record<string, (...args: unknown[]) => unknown>; parsed: () => string[] } {
    const seen: string[] = [];
    const context = vm.createContext({ ...bundleGlobals(), __seen: (text: string) => names.has(text) && seen.push(names.get(text)!) });
    vm.runInContext('{ const parse = JSON.parse; JSON.parse = function (text, reviver) { __seen(text); return parse.call(JSON, text, reviver); }; }', context);
    vm.runInContext(code, context);
    return { context: context as never, parsed: () => seen.splice(0) };
  }

  it('carries every table as its own string in plain quotes', () => {
    for (const table of TABLES) expect(code).toMatch(new RegExp(`[{,]${table}:'\\[`));
    expect(code).not.toContain(':`[');
  });

  it('a state call never parses the consumer prices, certification costs, price parities, earlier occupation or projections', () => {
    const { context, parsed } = load();
    const atLoad = parsed();
    expect(context.CODER_SALARY!('CA', 5, 'CPC')).toEqual(expect.any(Number));
    const read = [...atLoad, ...parsed()];
    expect(read).toContain('wages');
    for (const table of ['consumerPrices', 'certificationCosts', 'priceParities', 'earlierOccupation', 'projections'])
      expect(read).not.toContain(table);
  });

  it('no table is parsed twice; the load parses only tables every state call reads (the places and credentials the modules list at load)', () => {
    const { context, parsed } = load();
    const atLoad = parsed();
    expect(['shared values', 'areas', 'credentials', 'apprenticeRules', 'credentialSurvey']).toEqual(expect.arrayContaining(atLoad));
    context.CODER_SALARY!('CA', 5, 'CPC');
    context.CODER_SALARY!('TX', 2, 'CCS');
    const read = [...atLoad, ...parsed()];
    expect(new Set(read).size).toBe(read.length);
  });

  it('a cost-of-living call reads the price parities when it needs them', () => {
    const { context, parsed } = load();
    parsed();
    context.COL_ADJUST!(50000, 'CA', 'TX');
    expect(parsed()).toContain('priceParities');
  });
});
