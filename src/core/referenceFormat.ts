/**
 * The form the reference data takes in Code.js, and how it is read back.
 *
 * Apps Script compiles the whole of Code.js on every execution, custom functions included, and
 * compile time grows with its bytes, so the data is packed; and a call reads a few tables, so
 * each table is decoded only when first read. The packed form, per table, is the JSON text of
 * `[shape, packed]`, with one list of values the tables share (publications, release and survey
 * labels, pages, each stored once):
 *
 *  - a shape of `"value"`: the packed value is the value itself;
 *  - `"pooled"`: a string or an object, packed as its position in the shared list;
 *  - `{ fields: [[key, shape], …] }`: an object, packed as the row of its values in the order of
 *    the keys, `null` where it has no such key and the row cut after its last value — so a list of
 *    records of one kind (the wage records, their `values`) names its keys once. An object whose
 *    own key order the row would not keep stays an object, packed as it is;
 *  - `{ patch: [[key, shape], …] }`: an object that keeps its keys, the listed ones' values packed
 *    (a lone record, such as the setting figures, whose pages are shared);
 *  - `{ items: shape }`: an array, every item packed by the same shape.
 *
 * The generator (scripts/generateData.ts) packs with `packReference`, choosing for each place in
 * the data whichever shape is smallest; the generated module (data/generated/reference.ts) reads
 * with `lazyReference`; test/data/referenceFormat.test.ts checks every table reads back equal to
 * the data read from the CSVs. Decoding runs in the interpreter and costs more per value than
 * JSON.parse, but the bytes it saves are compiled by every execution while a table is decoded only
 * by those that read it; measured, the smallest packing was as fast for a state call as packings
 * that decode less, and faster than plain JSON.
 */

export type Shape =
  | 'value'
  | 'pooled'
  | { readonly fields: readonly (readonly [string, Shape])[] }
  | { readonly patch: readonly (readonly [string, Shape])[] }
  | { readonly items: Shape };

function decode(shape: Shape, packed: unknown, shared: readonly unknown[]): unknown {
  if (shape === 'value') return packed;
  if (shape === 'pooled') return shared[packed as number];
  if ('patch' in shape) {
    const object = packed as Record<string, unknown>;
    for (const [key, field] of shape.patch) if (key in object) object[key] = decode(field, object[key], shared);
    return object;
  }
  if ('items' in shape) {
    const items = packed as unknown[];
    const out: unknown[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = decode(shape.items, items[i], shared);
    return out;
  }
  // An object whose keys the row's order would not keep is packed as it is.
  if (!Array.isArray(packed)) return packed;
  const row = packed as unknown[];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < row.length; i++) {
    const field = shape.fields[i]!;
    if (row[i] !== null) out[field[0]] = decode(field[1], row[i], shared);
  }
  return out;
}

/**
 * An object whose every property decodes its table from the packed text on first read and keeps
 * it: nothing is parsed when Code.js loads, and a table a call never reads is never parsed.
 */
export function lazyReference<T extends object>(sharedText: string, tables: { readonly [K in keyof T]: string }): T {
  let shared: readonly unknown[] | undefined;
  const reference = {} as T;
  for (const key of Object.keys(tables) as (keyof T & string)[]) {
    Object.defineProperty(reference, key, {
      enumerable: true,
      configurable: true,
      get(): unknown {
        if (!shared) shared = JSON.parse(sharedText) as unknown[];
        const [shape, packed] = JSON.parse(tables[key]) as [Shape, unknown];
        const value = decode(shape, packed, shared);
        Object.defineProperty(reference, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return reference;
}

/* The generator's side: bundled nowhere (nothing in src/ calls it, so the bundler drops it). */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Characters a shared value's position takes, taken as the same for every value. */
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

/** The shape that packs the values found at one place of the data in the fewest characters. */
function choose(values: readonly Json[], uses: ReadonlyMap<string, number>): Choice {
  const plain = sum(values, (v) => JSON.stringify(v).length);
  let best: Choice = { shape: 'value', size: plain };
  const consider = (choice: Choice): void => {
    if (choice.size < best.size) best = choice;
  };
  if (values.length === 0) return best;
  if (values.every((v) => typeof v === 'string') || values.every(isRecord)) {
    consider({
      shape: 'pooled',
      size: sum<Json>(values, (v) => {
        const text = JSON.stringify(v);
        return POSITION_SIZE + text.length / uses.get(text)!;
      }),
    });
  }
  if (values.every(Array.isArray)) {
    const items = choose((values as Json[][]).flat(), uses);
    const commas = sum(values as Json[][], (v) => 2 + Math.max(0, v.length - 1));
    if (items.shape !== 'value') consider({ shape: { items: items.shape }, size: items.size + commas + 12 });
  } else if (values.every(isRecord)) {
    const objects = values as { [key: string]: Json }[];
    // Keys kept, some values packed and decoded in place.
    const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
    const patch = keys
      .map((key) => {
        const at = objects.filter((o) => key in o).map((o) => o[key]!);
        const choice = choose(at, uses);
        return { key, choice, saved: sum(at, (v) => JSON.stringify(v).length) - choice.size };
      })
      .filter(({ choice, saved }) => choice.shape !== 'value' && saved > 0);
    if (patch.length > 0) {
      consider({
        shape: { patch: patch.map(({ key, choice }) => [key, choice.shape] as const) },
        size:
          plain -
          sum(patch, ({ saved }) => saved) +
          12 +
          sum(patch, ({ key, choice }) => key.length + 6 + JSON.stringify(choice.shape).length),
      });
    }
    // Rows of values under keys named once.
    const order = keyOrder(objects);
    const rowObjects = objects.filter((o) => fits(o, order));
    if (rowObjects.length > 0) {
      const fields = order.map(
        (key) =>
          [
            key,
            choose(
              rowObjects.filter((o) => key in o).map((o) => o[key]!),
              uses,
            ),
          ] as const,
      );
      const rows = sum(rowObjects, (o) => {
        const last = order.reduce((at, key, i) => (key in o ? i : at), -1);
        const absent = order.slice(0, last + 1).filter((key) => !(key in o)).length;
        return 2 + Math.max(0, last) + 4 * absent;
      });
      const header = 12 + sum(fields, ([key, choice]) => key.length + 6 + JSON.stringify(choice.shape).length);
      consider({
        shape: { fields: fields.map(([key, choice]) => [key, choice.shape] as const) },
        size:
          rows +
          header +
          sum(fields, ([, choice]) => choice.size) +
          sum(
            objects.filter((o) => !fits(o, order)),
            (o) => JSON.stringify(o).length,
          ),
      });
    }
  }
  return best;
}

function pack(shape: Shape, value: Json, position: (v: Json) => number): Json {
  if (shape === 'value') return value;
  if (shape === 'pooled') return position(value);
  if ('items' in shape) return (value as Json[]).map((item) => pack(shape.items, item, position));
  const object = value as { [key: string]: Json };
  if ('patch' in shape) {
    const patched = { ...object };
    for (const [key, field] of shape.patch) if (key in patched) patched[key] = pack(field, patched[key]!, position);
    return patched;
  }
  const keys = shape.fields.map(([key]) => key);
  if (!fits(object, keys)) return object;
  const row = shape.fields.map(([key, field]) => (key in object ? pack(field, object[key]!, position) : null));
  while (row.length > 0 && row[row.length - 1] === null) row.pop();
  return row;
}

/** How often each string and each object occurs, by its JSON text. */
function countValues(value: Json, uses: Map<string, number>): void {
  if (typeof value === 'string' || isRecord(value)) {
    const text = JSON.stringify(value);
    uses.set(text, (uses.get(text) ?? 0) + 1);
  }
  if (Array.isArray(value)) for (const item of value) countValues(item, uses);
  else if (isRecord(value)) for (const item of Object.values(value)) countValues(item, uses);
}

export interface PackedReference {
  /** The JSON text of the list of values the tables share (strings, publications). */
  readonly shared: string;
  /** Per table, the JSON text of `[shape, packed]`. */
  readonly tables: Readonly<Record<string, string>>;
}

/** Packs each property of `data` as a table; its JSON form is what is packed (as Code.js always carried). */
export function packReference(data: object): PackedReference {
  const tables = JSON.parse(JSON.stringify(data)) as { [key: string]: Json };
  const uses = new Map<string, number>();
  countValues(tables, uses);
  const shapes = Object.fromEntries(Object.entries(tables).map(([key, value]) => [key, choose([value], uses).shape]));
  // The values most used come first: their positions are the shortest.
  const pooled = new Map<string, number>();
  for (const [key, value] of Object.entries(tables)) {
    pack(shapes[key]!, value, (v) => {
      const text = JSON.stringify(v);
      pooled.set(text, (pooled.get(text) ?? 0) + 1);
      return 0;
    });
  }
  const shared = [...pooled.entries()].sort((a, b) => b[1] - a[1]).map(([text]) => text);
  const positions = new Map(shared.map((text, i) => [text, i]));
  return {
    shared: `[${shared.join(',')}]`,
    tables: Object.fromEntries(
      Object.entries(tables).map(([key, value]) => [
        key,
        JSON.stringify([shapes[key], pack(shapes[key]!, value, (v) => positions.get(JSON.stringify(v))!)]),
      ]),
    ),
  };
}
