/**
 * The form the reference data takes in Code.js, and how it is read back.
 *
 * Apps Script compiles the whole of Code.js on every execution, custom functions included, and
 * compile time grows with its bytes, so the data is packed; and a call reads a few tables, so
 * each table is decoded only when first read. The packed form, per table, is the JSON text of
 * `[shape, packed]`:
 *
 *  - a shape of `"value"`: the packed value is the value itself;
 *  - `"pooled"`: a string, packed as its position in one list of strings shared by every table
 *    (a publication's title or page, a release or survey label is stored once);
 *  - `{ fields: [[key, shape], …] }`: an object, packed as the row of its values in the order of
 *    the keys, `null` where it has no such key and the row cut after its last value — so a list of
 *    records of one kind (the wage records, their `values`, their `publication`) names its keys once.
 *    An object whose own key order the row would not keep stays an object, packed as it is;
 *  - `{ items: shape }`: an array, every item packed by the same shape.
 *
 * The generator (scripts/generateData.ts) packs with `packReference`, choosing for each place in
 * the data whichever shape is smallest; the generated module (data/generated/reference.ts) reads
 * with `lazyReference`; a test checks every table reads back equal to the data read from the CSVs.
 */

export type Shape = 'value' | 'pooled' | { readonly fields: readonly (readonly [string, Shape])[] } | { readonly items: Shape };

function decode(shape: Shape, packed: unknown, strings: readonly string[]): unknown {
  if (shape === 'value') return packed;
  if (shape === 'pooled') return strings[packed as number];
  if ('items' in shape) {
    const items = packed as unknown[];
    const out: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = decode(shape.items, items[i], strings);
    return out;
  }
  // An object whose keys the row's order would not keep is packed as it is.
  if (!Array.isArray(packed)) return packed;
  const row = packed as unknown[];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < row.length; i++) {
    const field = shape.fields[i]!;
    if (row[i] !== null) out[field[0]] = decode(field[1], row[i], strings);
  }
  return out;
}

/**
 * An object whose every property decodes its table from the packed text on first read and keeps
 * it: nothing is parsed when Code.js loads, and a table a call never reads is never parsed.
 */
export function lazyReference<T extends object>(stringsText: string, tables: { readonly [K in keyof T]: string }): T {
  let strings: readonly string[] | undefined;
  const reference = {} as T;
  for (const key of Object.keys(tables) as (keyof T & string)[]) {
    Object.defineProperty(reference, key, {
      enumerable: true,
      configurable: true,
      get(): unknown {
        if (!strings) strings = JSON.parse(stringsText) as string[];
        const [shape, packed] = JSON.parse(tables[key]) as [Shape, unknown];
        const value = decode(shape, packed, strings);
        Object.defineProperty(reference, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return reference;
}

/* The generator's side: bundled nowhere (nothing in src/ calls it, so the bundler drops it). */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Characters a pooled string's position takes in a row, taken as the same for every string. */
const POSITION_SIZE = 3;

const isRecord = (value: Json): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One order of the objects' keys that keeps the own order of as many of them as it can, the most
 * common key orders first; an object it cannot keep (`fits` says) is packed as it is.
 */
function keyOrder(objects: readonly { [key: string]: Json }[]): string[] {
  const sequences = new Map<string, { keys: string[]; count: number }>();
  for (const object of objects) {
    const keys = Object.keys(object);
    const entry = sequences.get(keys.join('\n')) ?? { keys, count: 0 };
    entry.count++;
    sequences.set(keys.join('\n'), entry);
  }
  const order: string[] = [];
  for (const { keys } of [...sequences.values()].sort((a, b) => b.count - a.count)) {
    const merged = [...order];
    let at = -1;
    let kept = true;
    for (const key of keys) {
      const found = merged.indexOf(key);
      if (found === -1) merged.splice(++at, 0, key);
      else if (found > at) at = found;
      else kept = false;
    }
    if (kept) order.splice(0, order.length, ...merged);
  }
  return order;
}

/** Whether an object packs as a row of `keys`: its keys in that order, and no null to read as absent. */
function fits(object: { [key: string]: Json }, keys: readonly string[]): boolean {
  let at = -1;
  for (const [key, value] of Object.entries(object)) {
    const found = keys.indexOf(key, at + 1);
    if (found === -1 || value === null) return false;
    at = found;
  }
  return true;
}

const sum = <T>(items: readonly T[], size: (item: T) => number): number => items.reduce((n, item) => n + size(item), 0);

interface Choice {
  readonly shape: Shape;
  /** The packed characters, with a pooled string counted as its position and its share of the list. */
  readonly size: number;
}

/** The smallest shape for the values found at one place of the data. */
function choose(values: readonly Json[], uses: ReadonlyMap<string, number>): Choice {
  const plain = sum(values, (v) => JSON.stringify(v).length);
  let best: Choice = { shape: 'value', size: plain };
  const consider = (choice: Choice): void => {
    if (choice.size < best.size) best = choice;
  };
  if (values.length === 0) return best;
  if (values.every((v) => typeof v === 'string')) {
    const strings = values as string[];
    consider({ shape: 'pooled', size: sum(strings, (s) => POSITION_SIZE + JSON.stringify(s).length / uses.get(s)!) });
  } else if (values.every(Array.isArray)) {
    const items = choose((values as Json[][]).flat(), uses);
    const commas = sum(values as Json[][], (v) => 2 + Math.max(0, v.length - 1));
    consider({ shape: { items: items.shape }, size: items.size + commas + 12 });
  } else if (values.every(isRecord)) {
    const objects = values as { [key: string]: Json }[];
    const keys = keyOrder(objects);
    const rowObjects = objects.filter((o) => fits(o, keys));
    if (rowObjects.length > 0) {
      const fields = keys.map((key) => [key, choose(rowObjects.filter((o) => key in o).map((o) => o[key]!), uses)] as const);
      const rows = sum(rowObjects, (o) => {
        const last = keys.reduce((at, key, i) => (key in o ? i : at), -1);
        const absent = keys.slice(0, last + 1).filter((key) => !(key in o)).length;
        return 2 + Math.max(0, last) + 4 * absent;
      });
      const header = 12 + sum(fields, ([key, choice]) => key.length + 6 + JSON.stringify(choice.shape).length);
      consider({
        shape: { fields: fields.map(([key, choice]) => [key, choice.shape] as const) },
        size: rows + header + sum(fields, ([, choice]) => choice.size) + sum(objects.filter((o) => !fits(o, keys)), (o) => JSON.stringify(o).length),
      });
    }
  }
  return best;
}

function pack(shape: Shape, value: Json, position: (s: string) => number): Json {
  if (shape === 'value') return value;
  if (shape === 'pooled') return position(value as string);
  if ('items' in shape) return (value as Json[]).map((item) => pack(shape.items, item, position));
  const object = value as { [key: string]: Json };
  const keys = shape.fields.map(([key]) => key);
  if (!fits(object, keys)) return object;
  const row = shape.fields.map(([key, field]) => (key in object ? pack(field, object[key]!, position) : null));
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
  return row;
}

function countStrings(value: Json, uses: Map<string, number>): void {
  if (typeof value === 'string') uses.set(value, (uses.get(value) ?? 0) + 1);
  else if (Array.isArray(value)) for (const item of value) countStrings(item, uses);
  else if (isRecord(value)) for (const item of Object.values(value)) countStrings(item, uses);
}

export interface PackedReference {
  /** The JSON text of the shared list of strings. */
  readonly strings: string;
  /** Per table, the JSON text of `[shape, packed]`. */
  readonly tables: Readonly<Record<string, string>>;
}

/** Packs each property of `data` as a table; its JSON form is what is packed (as Code.js always carried). */
export function packReference(data: object): PackedReference {
  const tables = JSON.parse(JSON.stringify(data)) as { [key: string]: Json };
  const uses = new Map<string, number>();
  countStrings(tables, uses);
  const shapes = Object.fromEntries(Object.entries(tables).map(([key, value]) => [key, choose([value], uses).shape]));
  // The strings most used come first: their positions are the shortest.
  const pooled = new Map<string, number>();
  for (const [key, value] of Object.entries(tables)) pack(shapes[key]!, value, (s) => (pooled.set(s, (pooled.get(s) ?? 0) + 1), 0));
  const strings = [...pooled.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  const positions = new Map(strings.map((s, i) => [s, i]));
  return {
    strings: JSON.stringify(strings),
    tables: Object.fromEntries(
      Object.entries(tables).map(([key, value]) => [key, JSON.stringify([shapes[key], pack(shapes[key]!, value, (s) => positions.get(s)!)])]),
    ),
  };
}
